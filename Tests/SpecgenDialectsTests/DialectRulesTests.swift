import SpecgenDialects
import SpecgenEmit
import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport
import Testing

/// The rules a dialect gives the shared machinery: which files, how tables read, what nullable means, how a link to
/// a grouping heading resolves.
@Suite struct DialectRulesTests {
    /// Builds the schema of osu!-style docs with the builder options changed as given.
    func build(_ text: String, _ change: (inout SchemaBuilder.Options) -> Void) -> (ir: String, diagnostics: [String]) {
        let diagnostics = DiagnosticCollector()
        let dialect = OsuDialect()
        let document = dialect.read(
            dialect.readMarkdown(Array(text.utf8), path: "a.md", diagnostics: diagnostics), diagnostics: diagnostics
        ).document
        var options = dialect.schemaBuilderOptions
        change(&options)
        let schema = SchemaBuilder(options: options).build([document], diagnostics: diagnostics)
        SwiftSchema.reportTypeNames(in: schema, names: SwiftNameSettings(), to: diagnostics)
        return (schema.dump(names: SwiftNameSettings(), locations: false), diagnostics.sorted.map(\.description))
    }

    let nullable = """
        ## Thing

        Field | Type     | Description
        ----- | -------- | -----------
        a     | integer? | |

        """

    @Test func osuNullableMayBeAbsent() {
        #expect(OsuDialect().nullableMayBeAbsent)
        #expect(build(nullable) { _ in }.ir.contains("a a: integer optional nullable"))
    }

    @Test func withoutTheRuleANullableFieldIsStillRequired() {
        #expect(build(nullable) { $0.nullableMayBeAbsent = false }.ir.contains("a a: integer required nullable"))
    }

    let group = """
        ## CurrentUserAttributes

        ### ChatChannelUserAttributes

        Field       | Type    | Description
        ----------- | ------- | -----------
        can_message | boolean | |

        ### OtherAttributes

        Field | Type    | Description
        ----- | ------- | -----------
        x     | boolean | |

        ## ChatChannel

        Field | Type | Description
        ----- | ---- | -----------
        current_user_attributes | [CurrentUserAttributes](#currentuserattributes) | |

        ## Other

        Field | Type | Description
        ----- | ---- | -----------
        attrs | [CurrentUserAttributes](#currentuserattributes) | |

        """

    @Test func osuResolvesALinkToAGroupByTheLinkingTypesName() {
        let (ir, diagnostics) = build(group) { _ in }
        #expect(ir.contains("current_user_attributes currentUserAttributes: ChatChannelUserAttributes required"))
        // `Other` matches `OtherAttributes`.
        #expect(ir.contains("attrs attrs: OtherAttributes required"))
        #expect(diagnostics.isEmpty)
    }

    @Test func theGroupRuleIsTheDialectsAndItsReasonIsReported() {
        let (ir, diagnostics) = build(group) { $0.resolveGroupLink = GroupLinkResolution.unresolved }
        #expect(ir.contains("current_user_attributes currentUserAttributes: any required"))
        #expect(
            diagnostics.first
                == "a.md:19:27: warning: 'CurrentUserAttributes' only groups other types (ChatChannelUserAttributes, "
                + "OtherAttributes) and the link does not say which one is meant; the field accepts any JSON value")
        let (chosen, _) = build(group) { options in
            options.resolveGroupLink = { _, members, _ in .member(members.count - 1) }
        }
        #expect(chosen.contains("current_user_attributes currentUserAttributes: OtherAttributes required"))
    }

    @Test func osuNamesMatchIgnoringCaseAndPunctuationAndMustBeUnique() {
        let dialect = OsuDialect()
        let at = SourceLocation(path: "a.md", line: 1)
        let group = SpecDeclaration(name: "Group", location: at, kind: .container)
        func member(_ name: String) -> SpecDeclaration {
            SpecDeclaration(name: name, parents: ["Group"], isFullName: true, location: at, kind: .container)
        }
        let referrer = SpecDeclaration(name: "Chat Channel", location: at, kind: .container)
        #expect(
            dialect.resolveGroupLink(
                to: group, members: [member("BeatmapAttributes"), member("ChatChannelAttributes")], from: referrer)
                == .member(1))
        #expect(
            dialect.resolveGroupLink(
                to: group, members: [member("ChatChannelA"), member("chat_channel_b")], from: referrer)
                == .unresolved(reason: "none is named after the referring type"))
        #expect(
            dialect.resolveGroupLink(to: group, members: [member("ChatChannelA")], from: nil)
                == .unresolved(reason: "none is named after the referring type"))
    }

    @Test func osuReadsMarkdownFilesAsParsedownDoes() {
        let dialect = OsuDialect()
        #expect(dialect.fileExtensions == ["md"])
        #expect(dialect.isDocumentationFile("docs/_structures/user.md"))
        #expect(dialect.isDocumentationFile("README.MD"))
        #expect(!dialect.isDocumentationFile("page.mdx"))
        #expect(!dialect.isDocumentationFile("a.md/b"))
        #expect(dialect.tableRules == .parsedown)
        let bytes = Array("---\ntitle: x\n---\n## A\n".utf8)
        #expect(dialect.prepare(bytes) == bytes)
    }
}
