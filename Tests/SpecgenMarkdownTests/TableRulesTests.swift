import SpecgenMarkdown
import SpecgenSupport
import Testing

/// The table rules where Parsedown (osu!'s renderer) and GFM (remark-gfm, MDX sites) read the same lines apart.
@Suite struct TableRulesTests {
    func tables(_ markdown: String, _ rules: TableRules) -> [Table] {
        let document = MarkdownReader(tableRules: rules).read(
            Array(markdown.utf8), path: "t.md", diagnostics: DiagnosticCollector())
        return document.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }

    func paragraphs(_ markdown: String, _ rules: TableRules) -> [String] {
        let document = MarkdownReader(tableRules: rules).read(
            Array(markdown.utf8), path: "t.md", diagnostics: DiagnosticCollector())
        return document.blocks.compactMap { if case .paragraph(let p) = $0 { p.plainText } else { nil } }
    }

    @Test func aLineWithoutAPipeEndsAParsedownTableButIsARowInGFM() {
        let markdown = "a | b\n--|--\n1 | 2\nafter\n"
        let parsedown = tables(markdown, .parsedown)
        #expect(parsedown.count == 1)
        #expect(parsedown.first?.rows.count == 1)
        #expect(paragraphs(markdown, .parsedown) == ["after"])
        let gfm = tables(markdown, .gfm)
        #expect(gfm.first?.rows.count == 2)
        #expect(gfm.first?.rows.last?.cells.first?.plainText == "after")
        #expect(paragraphs(markdown, .gfm).isEmpty)
    }

    @Test func parsedownRowsGoOnWhereCommonMarkStartsAListButGFMRowsDoNot() {
        let markdown = "a | b\n--|--\n1 | 2\n- x | y\n"
        #expect(tables(markdown, .parsedown).first?.rows.count == 2)
        #expect(tables(markdown, .parsedown).first?.rows.last?.cells.first?.plainText == "- x")
        #expect(tables(markdown, .gfm).first?.rows.count == 1)
    }

    @Test func onlyParsedownReadsPipeLinesWithoutADelimiterRowAsATable() {
        let markdown = "a | b\n1 | 2\n"
        let parsedown = tables(markdown, .parsedown)
        #expect(parsedown.count == 1)
        #expect(parsedown.first?.delimiterRange == nil)
        #expect(tables(markdown, .gfm).isEmpty)
        #expect(paragraphs(markdown, .gfm).count == 1)
    }

    @Test func gfmNeedsADelimiterRowAsWideAsTheHeader() {
        let markdown = "a | b | c\n--|--\n1 | 2 | 3\n"
        let parsedown = tables(markdown, .parsedown)
        #expect(parsedown.first?.delimiterCellCount == 2)
        #expect(parsedown.first?.header.cells.count == 3)
        #expect(tables(markdown, .gfm).isEmpty)
    }

    @Test func bothReadAFramedAlignedTableAlike() {
        let markdown = """
            | Field     | Type      | Description |
            |-----------|-----------|-------------|
            | id        | snowflake | the id      |
            | guild_id? | ?string   | \\* a note   |

            """
        for rules in [TableRules.parsedown, .gfm] {
            let found = tables(markdown, rules)
            #expect(found.count == 1)
            #expect(found.first?.headerTitles == ["Field", "Type", "Description"])
            #expect(
                found.first?.rows.map { $0.cells.map(\.plainText) } == [
                    ["id", "snowflake", "the id"], ["guild_id?", "?string", "* a note"],
                ])
        }
    }
}
