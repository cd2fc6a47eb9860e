import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport
import Testing

@testable import SpecgenCore

/// A run over one input reads no links for the stray-file check (a link connects two inputs): the summary made
/// without them says whether the file has a body as the full one does, and the check reports the same files.
@Suite struct StrayFilesSummaryTests {
    static let pages = [
        "", "# Title\n", "# Title\n\n## Section\n", "# Title\n\nSome prose with a [link](#user).\n",
        "Prose only.\n", "# T\n\n- item [a](#b)\n- item\n", "# T\n\n> quoted [x](#y)\n", "# T\n\n```\ncode\n```\n",
        "# T\n\n---\n", "# T\n\n<div><a href=\"#cursorstring\">x</a></div>\n",
        "# T\n\n| Field | Type |\n| --- | --- |\n| id | [User](#user) |\n",
        "## [Linked heading](#x)\n", "# T\n\n1. one\n\n   > two [z](#z)\n",
    ]

    static func markdown(_ text: String) -> MarkdownDocument {
        MarkdownReader().read(Array(text.utf8), path: "page.md", diagnostics: DiagnosticCollector())
    }

    @Test(arguments: pages) func bodyWithoutLinks(text: String) {
        let markdown = Self.markdown(text)
        let full = StrayFiles.Summary(markdown)
        let quick = StrayFiles.Summary(markdown, readingLinks: false)
        #expect(quick.hasBody == full.hasBody)
        #expect(quick.linkedAnchors.isEmpty)
    }

    @Test func linksAreReadWhenAsked() {
        #expect(StrayFiles.Summary(Self.markdown("# T\n\nSee [the user](#user).\n")).linkedAnchors == ["user"])
        #expect(StrayFiles.Summary(Self.markdown("# T\n\n- [x](#b)\n")).hasBody)
        #expect(!StrayFiles.Summary(Self.markdown("# T\n\n## U\n")).hasBody)
    }

    /// One prose file that links to its own anchor is reported whichever summary it has.
    @Test(arguments: pages) func oneFileReportedTheSameWay(text: String) {
        let markdown = Self.markdown(text)
        let document = SpecDocument(path: "page.md", declarations: [], otherAnchors: ["user": nil, "b": nil])
        func warnings(_ summary: StrayFiles.Summary) -> [String] {
            let diagnostics = DiagnosticCollector()
            StrayFiles.check([document], summaries: [summary], looseKey: { $0 }, diagnostics: diagnostics)
            return diagnostics.diagnostics.map { "\($0.code ?? ""):\($0.message)" }
        }
        let full = warnings(StrayFiles.Summary(markdown))
        #expect(full == warnings(StrayFiles.Summary(markdown, readingLinks: false)))
        #expect(full.count == (StrayFiles.Summary(markdown).hasBody ? 1 : 0))
    }
}
