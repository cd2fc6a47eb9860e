import SpecgenDialects
import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport
import Testing

/// Constructs of the real osu! docs beyond the seed page, each as a small snippet.
@Suite struct CorpusConstructTests {
    @Test func tablesForTwoStatesOfAnObjectMakeTheFieldsNotInBothOptional() {
        let (ir, diagnostics) = readSchema([
            "meta.md": """
            ## CommentableMeta

            Metadata of the object that a comment is attached to.

            If object is available:

            Field | Type    | Description
            ----- | ------- | -----------
            id    | integer | the ID
            title | string  | display title
            url   | string? | |

            Otherwise if object has been deleted:

            Field   | Type   | Description
            ------- | ------ | -----------
            title   | string | display title
            deleted | boolean | |

            """
        ])
        #expect(diagnostics.isEmpty)
        #expect(
            ir == """
                object CommentableMeta 'CommentableMeta'
                  id id: integer optional
                  title title: string required
                  url url: string optional nullable
                  deleted deleted: boolean optional

                """)
    }

    @Test func aMemberOfAGroupOfObjectsWithoutATypeColumnListsUntypedFields() {
        let (ir, diagnostics) = readSchema([
            "attrs.md": """
            ## CurrentUserAttributes

            ### BeatmapsetDiscussionPermissions

            Name        | Description
            ----------- | -----------
            can_destroy | Can delete the discussion.

            ### ChatChannelUserAttributes

            Name        | Type    | Description
            ----------- | ------- | -----------
            can_message | boolean | |

            """
        ])
        #expect(
            ir.contains(
                """
                object BeatmapsetDiscussionPermissions 'CurrentUserAttributes.BeatmapsetDiscussionPermissions'
                  can_destroy canDestroy: any required
                """))
        #expect(
            diagnostics == [
                "attrs.md:7:1: warning: field 'can_destroy' of 'CurrentUserAttributes.BeatmapsetDiscussionPermissions' "
                    + "has no type (its table has no Type column); it accepts any JSON value"
            ])
    }

    @Test func aTypeDescribedOnlyInProseIsUntypedWhereItIsUsed() {
        let (ir, diagnostics) = readSchema([
            "cursor.md": "## Cursor\n\nA structure with the parameters of the next page.\n",
            "guide.md": "# Using chat\n\n## Public channels and activity timeout\n\nSome prose.\n",
            "list.md": "## List\n\nField | Type\n--- | ---\ncursor | [Cursor](#cursor)\n",
        ])
        #expect(ir.contains("cursor cursor: any required"))
        // The guide's section is not a type and says nothing; the use of the prose-only type is reported.
        #expect(
            diagnostics == [
                "list.md:5:10: warning: 'Cursor' is described only in prose (it has no field or value table); the field "
                    + "accepts any JSON value"
            ])
    }

    @Test func aTypeShownOnlyAsAJSONObjectIsAnObject() {
        let (ir, diagnostics) = readSchema([
            "stats.md": "## ScoreStatistics\n```json\n{\n  \"great\": 211\n}\n```\n\nA dictionary of counts.\n",
            "score.md": "## Score\n\nField | Type\n--- | ---\nstatistics | [ScoreStatistics](#scorestatistics)\n",
        ])
        #expect(diagnostics.isEmpty)
        #expect(ir.contains("statistics statistics: object required"))
    }

    @Test func aDescriptionThatNamesTheListOfValuesTypesTheField() {
        let (ir, diagnostics) = readSchema([
            "set.md": """
            ## Beatmapset

            Field  | Type    | Description
            ------ | ------- | -----------
            ranked | integer | See [Rank status](#beatmapset-rank-status) for list of possible values.
            status | string  | See [Rank status](#beatmapset-rank-status) for list of possible values.
            sort   | string  | one of the [CommentSort](#commentsort) types

            <div id="beatmapset-rank-status"></div>

            ### Rank status

            Integer | String
            ------- | ---------
            -2      | graveyard
            1       | ranked

            ## CommentSort

            Name | Description
            ---- | -----------
            new  | Newest first

            """
        ])
        #expect(diagnostics.isEmpty)
        #expect(ir.contains("ranked ranked: BeatmapsetRankStatus required"))
        // The enumeration's values are integers, so a string field keeps its type.
        #expect(ir.contains("status status: string required"))
        #expect(ir.contains("sort sort: CommentSort required"))
    }

    @Test func footnoteMarksAreNotPartOfNamesOrDescriptions() {
        let (ir, _) = readSchema([
            "s.md": """
            ## Score

            Field | Type | Description
            ----- | ---- | -----------
            is_perfect_combo<sup>1</sup> | boolean | Whether the combo is perfect.<sup>1</sup>

            """
        ])
        #expect(ir.contains("is_perfect_combo isPerfectCombo: boolean required"))
        let documents = readDocuments([
            "s.md": """
            ## Score

            Field | Type | Description
            ----- | ---- | -----------
            legacy_perfect | boolean | Whether the combo is perfect.<sup>1</sup>

            """
        ])
        guard case .object(let object) = documents[0].declarations[0].kind else {
            Issue.record("not an object")
            return
        }
        #expect(object.fields[0].summary == "Whether the combo is perfect.")
    }

    @Test func everyTableIsRecordedWithWhatItBecame() {
        let logs = readings([
            "t.md": """
            ## Thing

            Field | Type
            ----- | ----
            a     | integer

            ### Optional Attributes

            Field | Type
            ----- | ----
            b     | string

            ### Kind

            Name | Description
            ---- | -----------
            x    | |
            y    | |

            """
        ])
        #expect(
            logs[0].log.tables.map { "\($0.location.line) \($0.role) \($0.rowCount) \($0.owner ?? "-")" } == [
                "3 fields 1 Thing", "9 fields 1 Thing", "15 values 2 Thing.Kind",
            ])
        #expect(logs[0].log.sectionMarkers.map { "\($0.form): \($0.text)" } == ["heading 3: Optional Attributes"])
    }
}

/// Reads snippets with the osu! dialect.
func readDocuments(_ files: [String: String]) -> [SpecDocument] {
    readings(files).map(\.document)
}

/// Reads snippets with the osu! dialect, with the log of how each was read.
func readings(_ files: [String: String]) -> [SpecReading] {
    let diagnostics = DiagnosticCollector()
    return files.sorted { $0.key < $1.key }.map { path, text in
        OsuDialect().read(
            MarkdownReader().read(Array(text.utf8), path: path, diagnostics: diagnostics),
            diagnostics: diagnostics)
    }
}

/// Problems the random-spec property test found, kept as snippets.
@Suite struct RandomSpecRegressionTests {
    /// A type named `CodingKeys` would be hidden inside every struct by the struct's own `CodingKeys`.
    @Test func aTypeNamedCodingKeysIsRenamed() {
        let (ir, diagnostics) = readSchema([
            "a.md": """
            ## CodingKeys

            Field | Type
            ----- | ----
            id    | integer

            ## Holder

            Field | Type
            ----- | ----
            keys  | [CodingKeys](#codingkeys)

            """
        ])
        #expect(ir.contains("object CodingKeys2 'CodingKeys'"))
        #expect(ir.contains("keys keys: CodingKeys2 required"))
        #expect(
            diagnostics == [
                "a.md:1:1: warning: 'CodingKeys' would be named 'CodingKeys' in Swift, which is taken; "
                    + "it is named 'CodingKeys2'"
            ])
    }

    /// Names that start with a digit give the same Swift name to a type and to a member (`_2Fast`); inside the
    /// generated enum or struct the member would hide the type, so the member is renamed.
    @Test func membersNeverShadowTypeNames() {
        let (ir, _) = readSchema([
            "a.md": """
            ## 2Fast

            Field | Type
            ----- | ----
            id    | integer

            ## 2

            Field | Type
            ----- | ----
            id    | integer

            ## Holder

            Field | Type
            ----- | ----
            either | [2Fast](#2fast)\\|[2](#2)
            2      | [2](#2)

            """
        ])
        #expect(ir.contains("union _2FastOr_2 (union)\n  ._2FastValue(_2Fast)\n  ._2Value(_2)"))
        #expect(ir.contains("2 _2Value: _2 required"))
    }
}

@Suite struct ListedValueTests {
    @Test func aStringWhoseDescriptionOnlyListsValuesIsAnOpenEnumeration() {
        let (ir, diagnostics) = readSchema([
            "a.md": """
            ## KudosuHistory

            Field    | Type    | Description
            -------- | ------- | -----------
            action   | string  | One of `give`, `vote.give`, or `reset`.
            approval | string? | `ranked`, `approved`.
            model    | string  | Object type which the exchange happened on (`forum_post`, etc).
            kind     | string  | `only`
            count    | integer | `1`, `2`.

            """
        ])
        #expect(diagnostics.isEmpty)
        #expect(ir.contains("action action: KudosuHistoryAction required"))
        #expect(
            ir.contains(
                "enum KudosuHistoryAction 'KudosuHistory.action' (values of KudosuHistory.action)\n"
                    + "  .give = give\n  .voteGive = vote.give\n  .reset = reset\n"))
        #expect(ir.contains("approval approval: KudosuHistoryApproval optional nullable"))
        // Prose around the code spans, a single value (a constant), or a non-string field: left as they are.
        #expect(ir.contains("model model: string required"))
        #expect(ir.contains("kind kind: string required = \"only\""))
        #expect(ir.contains("count count: integer required"))
    }

    /// Values in quotes after at most a short lead-in ("type of message; 'action', 'markdown' or 'plain'") are a
    /// list of values too; prose that quotes values is not.
    @Test func aStringWhoseDescriptionListsQuotedValuesIsAnEnumeration() {
        let (ir, diagnostics) = readSchema([
            "a.md": """
            ## ChatMessage

            Field   | Type    | Description
            ------- | ------- | -----------
            type    | string  | type of message; 'action', 'markdown' or 'plain'
            kind    | string  | message kind, given as 'action', 'markdown', or 'plain'.
            mode    | string? | "public" or "private"
            level   | string  | One of 'low', 'high'
            same    | string  | same as 'x' or 'y'
            when    | string  | 'x' when it is set, 'y' otherwise
            name    | string  | the user's 'display' or 'real' name
            twice   | string  | 'a' or 'a'
            one     | string  | 'only'
            spaced  | string  | 'a b' or 'c'
            long    | string  | the kind of message that this is, as sent: 'a' or 'b'
            count   | integer | 'one' or 'two'

            """
        ])
        #expect(diagnostics.isEmpty)
        #expect(ir.contains("type type: ChatMessageType required"))
        #expect(
            ir.contains(
                "enum ChatMessageType 'ChatMessage.type' (values of ChatMessage.type)\n"
                    + "  .action = action\n  .markdown = markdown\n  .plain = plain\n  .unknown(_)"))
        #expect(ir.contains("kind kind: ChatMessageKind required"))
        #expect(
            ir.contains("mode mode: ChatMessageMode optional nullable")
                || ir.contains("mode mode: ChatMessageMode required nullable"))
        #expect(ir.contains("level level: ChatMessageLevel required"))
        for field in ["same", "when", "name", "twice", "one", "spaced", "long"] {
            #expect(ir.contains("\(field) \(field): string required"), "\(field)")
        }
        #expect(ir.contains("count count: integer required"))
    }
}
