import SpecgenDialects
import SpecgenMarkdown
import SpecgenSupport
import Testing

/// The pre-pass that hides MDX from the Markdown reader without moving anything.
@Suite struct LinePreservingPrepassTests {
    // A page as Discord's docs write it (developers/resources/channel.mdx, abridged).
    let page = """
        ---
        title: "Channel"
        sidebarTitle: "Channel"
        ---

        import {ManualAnchor} from '/snippets/manualanchor.jsx'
        import {Route} from '/snippets/route.jsx'

        ### Channel Object

        Represents a guild or DM channel within Discord.

        <ManualAnchor id="channel-object-channel-structure" />
        ###### Channel Structure

        | Field | Type      | Description |
        |-------|-----------|-------------|
        | id    | snowflake | the id      |

        <Info>
        Text **inside** a callout stays.
        </Info>

        ## Get Channel
        <Route method="GET">/channels/[\\{channel.id\\}](/developers/resources/channel#channel-object)</Route>

        Get a channel by ID.

        """

    func prepared(_ text: String, anchors: Set<String> = ["ManualAnchor"]) -> String {
        String(decoding: LinePreservingPrepass(anchorComponents: anchors).apply(Array(text.utf8)), as: UTF8.self)
    }

    @Test func keepsEveryByteOffsetAndLine() {
        let out = prepared(page)
        #expect(out.utf8.count == page.utf8.count)
        let before = page.split(separator: "\n", omittingEmptySubsequences: false)
        let after = out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(before.count == after.count)
        for (old, new) in zip(before, after) {
            #expect(old.utf8.count == new.utf8.count)
            // A line is either kept as it is or rewritten whole.
            if old != new { #expect(!new.contains("Channel Object") && !new.contains("|")) }
        }
    }

    @Test func blanksFrontMatterImportsAndComponentLinesAndKeepsCalloutText() {
        let lines = prepared(page).split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0).trimmingASCIIWhitespace()
        }
        #expect(lines[0...3].allSatisfy { $0.isEmpty })
        #expect(lines[5].isEmpty && lines[6].isEmpty)
        #expect(lines[8] == "### Channel Object")
        #expect(lines[12] == "<div id=\"channel-object-channel-structure\"></div>")
        #expect(lines[19].isEmpty && lines[21].isEmpty)
        #expect(lines[20] == "Text **inside** a callout stays.")
        #expect(lines[24].isEmpty)
    }

    @Test func theMarkdownReaderThenSeesTheHeadingsWithTheirAnchorsAndTheTable() {
        let diagnostics = DiagnosticCollector()
        let document = MarkdownReader(tableRules: .gfm).read(
            LinePreservingPrepass(anchorComponents: ["ManualAnchor"]).apply(Array(page.utf8)), path: "c.mdx",
            diagnostics: diagnostics)
        #expect(diagnostics.diagnostics.isEmpty)
        var summary: [String] = []
        for block in document.blocks {
            switch block {
            case .heading(let h): summary.append("h\(h.level) \(h.plainText) @\(h.range.start.line)")
            case .html(let html): summary.append("ids \(Anchors.htmlIDs(in: html.literal)) @\(html.range.start.line)")
            case .table(let t): summary.append("table \(t.rows.count) @\(t.range.start.line):\(t.range.start.column)")
            case .paragraph(let p): summary.append("p @\(p.range.start.line)")
            default: summary.append("other")
            }
        }
        #expect(
            summary == [
                "h3 Channel Object @9", "p @11", "ids [\"channel-object-channel-structure\"] @13",
                "h6 Channel Structure @14", "table 1 @16:1", "p @21", "h2 Get Channel @24", "p @27",
            ])
    }

    @Test func leavesMarkdownAndNonComponentHTMLAlone() {
        let text = "## A\n\n<div id=\"x\"></div>\n<br/>\nimportant: not an import\n<Foo> text after a tag\n"
        #expect(prepared(text) == text)
    }

    @Test func aComponentNotListedAsAnAnchorIsBlankedWithItsID() {
        #expect(prepared("<Tab id=\"a\" />\n## B\n").trimmingASCIIWhitespace() == "## B")
    }

    @Test func frontMatterOnlyAtTheStartAndCRLFKept() {
        let text = "# T\r\n---\r\ntitle: x\r\n---\r\n"
        #expect(prepared(text) == text)
        let front = "---\r\ntitle: x\r\n---\r\n# T\r\n"
        #expect(prepared(front) == "   \r\n        \r\n   \r\n# T\r\n")
    }
}
