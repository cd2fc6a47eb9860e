import SpecgenMarkdown
import SpecgenSupport
import Testing

/// Where a row's cells end: escaped pipes at the end of a row, escaped backslashes before the closing pipe.
@Suite struct TableCellTests {
    /// The rows of the one table in `markdown`: each row's cells' plain text and how many cells the line had.
    static func rows(_ markdown: String) -> [(cells: [String], sourceCount: Int)] {
        let document = MarkdownReader().read(Array(markdown.utf8), path: "t.md", diagnostics: DiagnosticCollector())
        for block in document.blocks {
            if case .table(let table) = block {
                return table.rows.map { ($0.cells.map(\.plainText), $0.sourceCellCount) }
            }
        }
        return []
    }

    @Test(arguments: [
        // A trailing `\|` is text, not the closing pipe.
        (#"x | y \|"#, ["x", "y |"], 2),
        (#"| x | y \| |"#, ["x", "y |"], 2),
        (#"x | \|"#, ["x", "|"], 2),
        // An escaped backslash leaves the closing pipe a closing pipe.
        (#"x | y \\|"#, ["x", #"y \"#], 2),
        (#"x | y \\\|"#, ["x", #"y \|"#], 2),
        // Without a closing pipe.
        (#"x | y"#, ["x", "y"], 2),
        (#"x | y |"#, ["x", "y"], 2),
    ])
    func theLastCellEndsWhereTheRowSays(row: String, cells: [String], count: Int) {
        let rows = Self.rows("a | b\n--- | ---\n" + row + "\n")
        #expect(rows.count == 1)
        #expect(rows.first?.cells == cells, "\(row)")
        #expect(rows.first?.sourceCount == count, "\(row)")
    }

    /// Cells beyond the header's width are kept aside only when they have content; an empty one (a row that ends
    /// in `| |`) is dropped without a trace.
    @Test func onlyNonEmptySurplusCellsAreKeptAside() {
        let document = MarkdownReader().read(
            Array("a | b\n--- | ---\nx | y | |\nx | y | z\n".utf8), path: "t.md", diagnostics: DiagnosticCollector())
        guard case .table(let table)? = document.blocks.first else {
            Issue.record("no table")
            return
        }
        #expect(table.rows.map { $0.extraCells.map(\.plainText) } == [[], ["z"]])
        #expect(table.rows.map(\.sourceCellCount) == [3, 3])
        #expect(table.rows.map { $0.cells.map(\.plainText) } == [["x", "y"], ["x", "y"]])
    }
}
