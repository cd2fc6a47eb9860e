import SpecgenDialects
import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport
import Testing

/// The redirects of the site's `docs.json`: a link to a page that moved reaches it (through chains of redirects and
/// prefixes), and one whose redirects lead outside the docs or loop is a located warning.
@Suite struct DiscordRedirectsTests {
    static let site = """
        {
          "name": "Discord",
          "redirects": [
            {"source": "/developers/topics/users", "destination": "/developers/resources/user"},
            {"source": "/developers/old-users", "destination": "/developers/topics/users"},
            {"source": "/developers/legacy/*", "destination": "/developers/resources/user"},
            {"source": "/developers/legal", "destination": "https://support-dev.discord.com/terms"},
            {"source": "/developers/ping", "destination": "/developers/pong"},
            {"source": "/developers/pong", "destination": "/developers/ping"}
          ]
        }
        """

    static let user = """
        ### User Object

        ###### User Structure

        | Field | Type      | Description   |
        |-------|-----------|---------------|
        | id    | snowflake | the user's id |

        """

    static let channel = """
        ### Channel Object

        ###### Channel Structure

        | Field     | Type                                                   | Description        |
        |-----------|--------------------------------------------------------|--------------------|
        | owner     | [user](/developers/topics/users#user-object) object     | a moved page       |
        | creator   | [user](/developers/old-users#user-object) object        | a chain            |
        | editor    | [user](/developers/legacy/users/v1#user-object) object  | a prefix           |
        | lawyer    | [user](/developers/legal#user-object) object            | leaves the docs    |
        | ping      | [user](/developers/ping#user-object) object             | a loop             |

        """

    static let redirects: DiscordRedirects = DiscordRedirects.read(
        Array(site.utf8), path: "docs.json", diagnostics: DiagnosticCollector())

    /// The schema and diagnostics of the two pages, read with a dialect configured by `docs.json`.
    func build() -> (schema: Schema, diagnostics: [String]) {
        let diagnostics = DiagnosticCollector()
        let dialect = DiscordDialect().configured(
            siteFiles: [(path: "docs.json", bytes: Array(Self.site.utf8))], diagnostics: diagnostics)
        let pages = [
            ("developers/resources/channel.mdx", Self.channel), ("developers/resources/user.mdx", Self.user),
        ]
        let documents = dialect.relating(
            pages.map { path, text in
                dialect.read(
                    dialect.readMarkdown(Array(text.utf8), path: path, diagnostics: diagnostics),
                    diagnostics: diagnostics
                ).document
            })
        let schema = SchemaBuilder(options: dialect.schemaBuilderOptions).build(documents, diagnostics: diagnostics)
        return (schema, diagnostics.sorted.map(\.description))
    }

    @Test func docsJSONIsReadWithTheLineOfEachRedirect() {
        #expect(Self.redirects.redirects.count == 6)
        #expect(Self.redirects.redirects.map(\.location.line) == [4, 5, 6, 7, 8, 9])
        #expect(Self.redirects.redirects[2].source == "/developers/legacy" && Self.redirects.redirects[2].isPrefix)
        #expect(DiscordDialect().siteFileNames == ["docs.json"])
    }

    @Test func pathsFollowChainsAndPrefixes() {
        let redirects = Self.redirects
        guard case .page(let page, let via) = redirects.resolve("/developers/old-users") else {
            Issue.record("not a page")
            return
        }
        #expect(page == "/developers/resources/user" && via.map(\.location.line) == [5, 4])
        #expect(redirects.resolve("/developers/resources/user") == .page("/developers/resources/user", via: []))
        guard case .page(let prefixed, _) = redirects.resolve("/developers/legacy/users") else {
            Issue.record("not a page")
            return
        }
        #expect(prefixed == "/developers/resources/user")
        guard case .outside(let address, _) = redirects.resolve("/developers/legal") else {
            Issue.record("not outside")
            return
        }
        #expect(address == "https://support-dev.discord.com/terms")
        guard case .loop(let loop) = redirects.resolve("/developers/ping") else {
            Issue.record("not a loop")
            return
        }
        #expect(loop.map(\.location.line) == [8, 9])
    }

    @Test func linksToMovedPagesResolveAndTheOthersAreLocatedWarnings() throws {
        let (schema, diagnostics) = build()
        guard case .object(let channel)? = schema.type(named: "Channel")?.kind else {
            Issue.record("no Channel")
            return
        }
        let types = Dictionary(uniqueKeysWithValues: channel.properties.map { ($0.jsonName, $0.type) })
        #expect(types["owner"] == .named("User"))
        #expect(types["creator"] == .named("User"))
        #expect(types["editor"] == .named("User"))
        let path = "developers/resources/channel.mdx"
        let outside = try #require(diagnostics.first { $0.contains("leads outside the docs") })
        #expect(outside.hasPrefix("\(path):10:"))
        #expect(outside.contains("warning:") && outside.contains("docs.json:7"))
        let loop = try #require(diagnostics.first { $0.contains("loop") })
        #expect(loop.hasPrefix("\(path):11:"))
        #expect(loop.contains("docs.json:8") && loop.contains("docs.json:9"))
        // Without the redirects, the moved page's link does not resolve.
        let plain = DiscordDialect()
        let collector = DiagnosticCollector()
        let documents = [
            ("developers/resources/channel.mdx", Self.channel), ("developers/resources/user.mdx", Self.user),
        ].map { path, text in
            plain.read(plain.readMarkdown(Array(text.utf8), path: path, diagnostics: collector), diagnostics: collector)
                .document
        }
        let unresolved = SchemaBuilder(options: plain.schemaBuilderOptions).build(documents, diagnostics: collector)
        guard case .object(let before)? = unresolved.type(named: "Channel")?.kind else {
            Issue.record("no Channel")
            return
        }
        #expect(before.properties.first { $0.jsonName == "owner" }?.type != .named("User"))
    }

    @Test func aDocsJSONThatIsNotJSONIsALocatedError() {
        let diagnostics = DiagnosticCollector()
        let redirects = DiscordRedirects.read(
            Array("{\n  \"redirects\": [\n    {\"source\": 1}\n  ]\n".utf8),
            path: "docs.json", diagnostics: diagnostics)
        #expect(redirects.redirects.isEmpty)
        #expect(diagnostics.sorted.map(\.description).first?.hasPrefix("docs.json:") == true)
        #expect(diagnostics.hasErrors)
        let entries = DiagnosticCollector()
        _ = DiscordRedirects.read(
            Array(#"{"redirects": [{"source": 1, "destination": "/x"}]}"#.utf8), path: "docs.json",
            diagnostics: entries)
        #expect(
            entries.sorted.map(\.description) == [
                "docs.json:1:16: error: a redirect needs a string 'source' and 'destination'"
            ])
    }
}
