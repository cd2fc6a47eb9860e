import Foundation
import SpecgenCore
import SpecgenRuntime
import SpecgenTestSupport
import SpecgenValidation
import Testing

// Snippet tests: a few lines of Markdown in, the generator run end to end, and the expected JSON Schema, Swift
// declarations, diagnostics or validation issues beside them. Each pins one rule of one stage through the public
// pipeline, so that the test survives changes to the stage's internals and fails when the rule breaks. A case states
// what it expects as a table (``SnippetExpectation``: diagnostics, property schemas, required keys) and checks the
// rest on the snippet that the table's check returns.

/// Table cells as the docs write them: escaped pipes, framing pipes.
@Suite struct TableSnippetTests {
    /// A cell that ends in `\|` keeps its pipe: the escaped pipe is text, not the row's closing pipe.
    @Test func aCellEndingInAnEscapedPipeKeepsIt() throws {
        SnippetExpectation(
            markdown: #"""
                ## Item

                Field | Type | Description
                ----- | ---- | -----------
                glyph | string | Drawn as \|
                fence | string | Framed, and ends in an escaped pipe \| |
                plain | string | `a \| b` in the middle
                """#,
            properties: [
                ("glyph", #"{"description":"Drawn as |","type":"string"}"#),
                ("fence", #"{"description":"Framed, and ends in an escaped pipe |","type":"string"}"#),
                ("plain", #"{"description":"`a | b` in the middle","type":"string"}"#),
            ],
            required: ["glyph", "fence", "plain"]
        ).check()
    }

    /// An escaped backslash before the closing pipe leaves the pipe a separator.
    @Test func anEscapedBackslashBeforeTheLastPipeDoesNotEscapeIt() throws {
        SnippetExpectation(
            markdown: #"""
                ## Item

                Field | Type | Description
                ----- | ---- | -----------
                path | string | C:\\|
                """#,
            properties: [("path", #"{"description":"C:\\","type":"string"}"#)]
        ).check()
    }
}

/// The Type column's grammar, read into nullability, unions and literal enumerations.
@Suite struct TypeSnippetTests {
    /// `null` makes the rest of a union nullable wherever it stands in it, first, in the middle or last.
    @Test func nullMakesTheUnionNullableInAnyPosition() throws {
        let nullableString = #"{"type":["string","null"]}"#
        let snippet = SnippetExpectation(
            markdown: #"""
                ## Item

                Field  | Type | Description
                ------ | ---- | -----------
                first  | null \| string | |
                last   | string \| null | |
                middle | integer \| null \| string | |
                marked | string? | |
                linked | null \| [Other](#other) | |
                plain  | string | |

                ## Other

                Field | Type | Description
                ----- | ---- | -----------
                id    | integer | |
                """#,
            properties: [
                ("first", nullableString),
                ("last", nullableString),
                ("marked", nullableString),
                ("plain", #"{"type":"string"}"#),
                ("linked", ##"{"anyOf":[{"$ref":"#/$defs/Other"},{"type":"null"}]}"##),
            ],
            // The server leaves out keys whose value is `null`, so only the key that is never `null` is required.
            required: ["plain"]
        ).check()
        let middle = try #require(snippet.property("middle", of: "Item"))
        #expect(middle.contains(#"{"type":"null"}"#) || middle.contains(#""null""#), "\(middle)")
        // The validator agrees: `null` is accepted for each, a number is not.
        let validator = SchemaValidator(
            schema: snippet.result.schema, typeName: swiftTypeNames(of: snippet.result))
        let nulls = #"{"first":null,"last":null,"middle":null,"marked":null,"linked":null,"plain":"p"}"#
        #expect(validator.validate(Data(nulls.utf8), as: "Item") == [])
        let wrong = #"{"first":1,"last":"l","middle":2,"marked":"m","linked":null,"plain":null}"#
        #expect(
            validator.validate(Data(wrong.utf8), as: "Item").map(\.instancePath) == ["/first", "/plain"])
    }

    /// A union of code spans is a literal enumeration; `null` among them makes it nullable.
    @Test func literalUnionsBecomeEnumerations() throws {
        let snippet = SnippetExpectation(
            markdown: #"""
                ## Item

                Field | Type | Description
                ----- | ---- | -----------
                kind  | `a` \| `b` | |
                maybe | null \| `x` \| `y` | |
                """#,
            properties: [("kind", ##"{"$ref":"#/$defs/ItemKind"}"##)]
        ).check()
        #expect(snippet.definition("ItemKind")?["enum"] as? [String] == ["a", "b"])
        let maybe = try #require(snippet.property("maybe", of: "Item"))
        #expect(maybe.contains("null"), "\(maybe)")
    }
}

/// Which keys are always present: the main table's, unless the description makes them conditional; an "Optional
/// attributes" table's never.
@Suite struct PresenceSnippetTests {
    @Test func descriptionsThatMakeAFieldConditionalMakeItOptional() throws {
        SnippetExpectation(
            markdown: #"""
                ## Item

                Field   | Type    | Description
                ------- | ------- | -----------
                id      | integer | Always there.
                score   | integer | Only present on ranked maps.
                note    | string  | Not included for private items.
                plain   | string  | |

                Optional attributes

                Field | Type   | Description
                ----- | ------ | -----------
                extra | string | |
                """#,
            properties: [("extra", #"{"type":"string"}"#)],
            required: ["id", "plain"]
        ).check()
    }
}

/// Links between headings: exact anchors, loose matches and ambiguous ones.
@Suite struct AnchorSnippetTests {
    /// `## Item`, whose `owner` field's type is `link`, then `## User Profile` and, with `twin`, `## UserProfile`
    /// (at line 13), which a loose match cannot tell apart from it.
    static func docs(owner link: String, twin: Bool) -> String {
        var markdown = """
            ## Item

            Field | Type | Description
            ----- | ---- | -----------
            owner | \(link) | |

            ## User Profile

            Field | Type | Description
            ----- | ---- | -----------
            id    | integer | |
            """
        if twin {
            markdown += """


                ## UserProfile

                Field | Type | Description
                ----- | ---- | -----------
                name  | string | |
                """
        }
        return markdown
    }

    /// What the generator says of the twin heading, whose Swift name the first heading takes.
    static let twinRenamed =
        "doc.md:13:1: warning: 'UserProfile' would be named 'UserProfile' in Swift, which is taken; it is named "
        + "'UserProfile2'"

    /// A link that matches one heading only when punctuation is ignored is followed, with a warning.
    @Test func aLooseAnchorThatMatchesOneHeadingIsFollowed() throws {
        SnippetExpectation(
            markdown: Self.docs(owner: "[User Profile](#user_profile)", twin: false),
            diagnostics: [
                "doc.md:5:9: warning: link '#user_profile' matches no anchor exactly; it is taken to mean "
                    + "'User Profile' (punctuation ignored); fix the link"
            ],
            properties: [("owner", ##"{"$ref":"#/$defs/UserProfile"}"##)]
        ).check()
    }

    /// A link that matches two headings loosely is not guessed: the field accepts any JSON value.
    @Test func aLooseAnchorThatMatchesTwoHeadingsIsNotGuessed() throws {
        let snippet = SnippetExpectation(
            markdown: Self.docs(owner: "[User Profile](#user_profile)", twin: true),
            diagnostics: [
                "doc.md:5:9: warning: link '#user_profile' matches no anchor exactly and several loosely "
                    + "('User Profile', 'UserProfile'); the field accepts any JSON value",
                Self.twinRenamed,
            ],
            properties: [("owner", "{}")]
        ).check()
        let validator = SchemaValidator(
            schema: snippet.result.schema, typeName: swiftTypeNames(of: snippet.result))
        #expect(validator.validate(Data(#"{"owner": [1, "x"]}"#.utf8), as: "Item") == [])
    }

    /// An exact anchor wins over loose matches.
    @Test func anExactAnchorWins() throws {
        SnippetExpectation(
            markdown: Self.docs(owner: "[User Profile](#userprofile)", twin: true),
            diagnostics: [Self.twinRenamed],
            properties: [("owner", ##"{"$ref":"#/$defs/UserProfile2"}"##)]
        ).check()
    }

    /// A link to no heading at all is reported and accepts any value.
    @Test func aDanglingAnchorIsReported() throws {
        SnippetExpectation(
            markdown: #"""
                ## Item

                Field | Type | Description
                ----- | ---- | -----------
                owner | [Nobody](#nobody) | |
                """#,
            diagnostics: [
                "doc.md:5:9: warning: link '#nobody' (Nobody) leads to no heading or anchor; the field accepts any "
                    + "JSON value"
            ],
            properties: [("owner", "{}")]
        ).check()
    }
}

/// Enumerations whose documented values collide with the names the generator adds.
@Suite struct EnumerationSnippetTests {
    /// A documented value named `unknown` is a case of its own; the catch-all for undocumented values gets another
    /// name, and the schema lists the value.
    @Test func aDocumentedValueNamedUnknownKeepsItsCase() throws {
        let snippet = SnippetExpectation(
            markdown: #"""
                ## Status

                Value   | Description
                ------- | -----------
                active  | |
                unknown | The server does not know.
                """#
        ).check()
        #expect(snippet.definition("Status")?["enum"] as? [String] == ["active", "unknown"])
        let models = try #require(snippet.file("Doc.swift"))
        let cases = snippet.lines(of: "Doc.swift", containing: "case ").filter { !$0.hasPrefix("//") }
        #expect(cases.contains("case unknown"), "\(models)")
        #expect(cases.contains { $0.hasPrefix("case unknown2(") }, "\(models)")
        #expect(!cases.contains { $0.hasPrefix("case unknown(") }, "\(models)")
        // The documented value decodes to its own case.
        #expect(models.contains(#"case "unknown": self = .unknown"#) || models.contains(#""unknown": .unknown"#))
    }

    /// The same for an events page: an event named `unknown` is not the catch-all.
    @Test func anEventNamedUnknownKeepsItsCase() throws {
        let snippet = Snippet(
            #"""
            # Events

            Field | Type | Description
            ----- | ---- | -----------
            event | string | |
            data  | object? | |

            ## unknown

            Nothing is sent with it.

            ## ping

            Nothing is sent with it.
            """#)
        #expect(snippet.diagnostics.filter { $0.contains("error:") } == [])
        let cases = snippet.lines(of: "Doc.swift", containing: "case unknown")
        #expect(cases.contains("case unknown"), "\(cases)")
        #expect(cases.contains { $0.hasPrefix("case unknown2(") }, "\(cases)")
    }
}

/// The validator `specgen validate` runs (and the generated validators share the runtime with it): JSON Pointers
/// and strict syntax on the path that checks types.
@Suite struct ValidationSnippetTests {
    static let docs = #"""
        ## Item

        Field | Type | Description
        ----- | ---- | -----------
        a/b   | string | A key with a slash.
        m~n   | integer | A key with a tilde.
        inner | [Inner](#inner) | |

        ## Inner

        Field | Type | Description
        ----- | ---- | -----------
        x/y   | boolean | |
        """#

    func issues(_ json: String) -> [ValidationIssue] {
        let snippet = Snippet(Self.docs)
        return SchemaValidator(schema: snippet.result.schema, typeName: swiftTypeNames(of: snippet.result))
            .validate(Data(json.utf8), as: "Item")
    }

    /// A missing key is reported at the pointer it would have, escaped as RFC 6901 says (`/` → `~1`, `~` → `~0`).
    @Test func theMissingKeysPointerIsEscaped() throws {
        #expect(Snippet(Self.docs).diagnostics == [])
        let found = issues(#"{"inner": {}}"#)
        #expect(
            found.map(\.description) == [
                #"/inner/x~1y: required key "x/y" is missing [doc.md:13]"#,
                #"/a~1b: required key "a/b" is missing [doc.md:5]"#,
                #"/m~0n: required key "m~n" is missing [doc.md:6]"#,
            ])
        #expect(found.allSatisfy { $0.kind == .missingKey })
    }

    /// A present key's pointer is escaped the same way.
    @Test func aWrongValuesPointerIsEscaped() throws {
        let found = issues(#"{"a/b": 1, "m~n": 2, "inner": {"x/y": "no"}}"#)
        #expect(found.map(\.instancePath) == ["/a~1b", "/inner/x~1y"])
        #expect(found.map(\.kind) == [.wrongType, .wrongType])
    }

    /// A trailing comma is malformed JSON wherever it stands: after a known member, after an unknown one, in a
    /// nested object, in an array. The issue is at the pointer reached when reading stopped.
    @Test(arguments: [
        (#"{"a/b": "x", "m~n": 1, "inner": {"x/y": true},}"#, "/inner"),
        (#"{"a/b": "x", "m~n": 1, "inner": {"x/y": true,}}"#, "/inner/x~1y"),
        (#"{"a/b": "x", "m~n": 1, "inner": {"x/y": true}, "extra": 1,}"#, "/extra"),
        (#"{"a/b": "x", "m~n": 1, "inner": {"x/y": true}, "extra": {"k": 1,}}"#, "/extra/k"),
        (#"{"a/b": "x", "m~n": 1, "inner": {"x/y": true}, "extra": [1,]}"#, "/extra/1"),
    ])
    func aTrailingCommaIsMalformed(json: String, pointer: String) throws {
        let found = issues(json)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.kind == .malformedJSON, "\(found)")
        #expect(found.first?.instancePath == pointer, "\(found)")
    }

    /// Without the trailing commas, the same documents conform.
    @Test func theSameDocumentsWithoutTrailingCommasConform() throws {
        #expect(issues(#"{"a/b": "x", "m~n": 1, "inner": {"x/y": true}, "extra": {"k": [1]}}"#) == [])
    }
}
