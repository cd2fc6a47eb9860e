import SpecgenSupport
import SpecgenTestSupport
import Testing

@testable import SpecgenMarkdown

/// What `TableRecognizer.splitCells` reports besides the cells: whether a cell holds a backslash, which decides
/// whether its escaped pipes are looked for; and the delimiter row's alignments, read from the cells in place.
@Suite struct TableSplitTests {
    /// A row of random cells made of the bytes that matter to splitting (pipes, backslashes, blanks) and others.
    static func randomRow(_ generator: inout SplitMix64) -> String {
        let pieces = ["|", "\\", "\\|", " ", "\t", "a", "`", "é", "-", ":", "x_y", "\\\\"]
        let count = Int(generator.next() % 24)
        return (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
    }

    @Test func backslashFlagSaysWhetherTheCellHasABackslash() {
        var generator = SplitMix64(seed: 0x7AB1E)
        var withBackslash = 0
        for _ in 0..<5_000 {
            let row = Self.randomRow(&generator)
            for cell in TableRecognizer.splitCells(row) {
                #expect(cell.hasBackslash == cell.text.utf8.contains(UInt8(ascii: "\\")), "\(row)")
                if cell.hasBackslash { withBackslash += 1 }
            }
        }
        #expect(withBackslash > 1_000)
    }

    @Test func splittingWithMemchrIsSplittingByteByByte() {
        var generator = SplitMix64(seed: 0x5B1_17C3)
        var rows = ["", "|", "||", "\\", "\\|", "|\\|", "a\\", "a \\\\| b", "| a | b \\|", "| x \\\\|", "\\\\\\|"]
        for _ in 0..<20_000 { rows.append(Self.randomRow(&generator)) }
        for row in rows {
            let cells = TableRecognizer.splitCells(row)
            let reference = TableRecognizer.splitCellsByteByByte(row)
            #expect(cells.map(\.text) == reference.map(\.text), "\(row)")
            #expect(cells.map(\.offset) == reference.map(\.offset), "\(row)")
            #expect(cells.map(\.hasBackslash) == reference.map(\.hasBackslash), "\(row)")
        }
    }

    @Test func cellsWithEscapedPipesAreUnescapedForTheirInlines() {
        let markdown = "| a | b |\n| --- | --- |\n| `x \\| y` | p \\\\| q |\n| plain | c\\d |\n"
        let document = MarkdownReader().read(Array(markdown.utf8), path: "t.md", diagnostics: DiagnosticCollector())
        guard case .table(let table)? = document.blocks.first else {
            Issue.record("no table")
            return
        }
        #expect(table.rows[0].cells[0].source == "`x \\| y`")
        #expect(table.rows[0].cells[0].inlines == [.code("x | y")])
        #expect(table.rows[1].cells[0].inlines == [.text("plain")])
        #expect(table.rows[1].cells[1].inlines == InlineParser.parseWithCmark("c\\d"))
    }

    @Test func delimiterRowsReadAsBefore() {
        #expect(TableRecognizer.delimiterCells("--- | :-- | --: | :-:") == [nil, .left, .right, .center])
        #expect(TableRecognizer.delimiterCells("|-|") == [nil])
        #expect(TableRecognizer.delimiterCells(": | ---") == nil)
        #expect(TableRecognizer.delimiterCells("--- | | ---") == nil)
        #expect(TableRecognizer.delimiterCells("-- - | ---") == nil)
        #expect(TableRecognizer.delimiterCells("::") == nil)
        #expect(TableRecognizer.delimiterCells(":-é") == nil)
        #expect(TableRecognizer.delimiterCells("a | b") == nil)
    }
}
