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

extension TableRecognizer {
    /// ``splitCells(_:)`` reading the row a byte at a time, the way it was read before it used `memchr`: the
    /// reference the tests compare it with.
    static func splitCellsByteByByte(_ line: String) -> [(text: String, offset: Int, hasBackslash: Bool)] {
        var line = line
        return line.withUTF8 { bytes in
            var start = 0
            var end = bytes.count
            if start < end, bytes[start] == UInt8(ascii: "|") { start += 1 }
            if end > start && bytes[end - 1] == UInt8(ascii: "|") && !isEscaped(bytes, at: end - 1, from: start) {
                end -= 1
            }
            var cells: [(text: String, offset: Int, hasBackslash: Bool)] = []
            var pipes = 0
            var pipe = ByteScan.index(of: UInt8(ascii: "|"), in: bytes, from: start, to: end)
            while pipe < end {
                pipes += 1
                pipe = ByteScan.index(of: UInt8(ascii: "|"), in: bytes, from: pipe + 1, to: end)
            }
            cells.reserveCapacity(pipes + 1)
            // Trimming removes blanks only, so a backslash seen between two pipes is in the trimmed cell.
            var backslash = false
            func add(_ lower: Int, _ upper: Int) {
                var a = lower
                var b = upper
                while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 { a += 1 }
                while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 { b -= 1 }
                cells.append(
                    (String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self), a, backslash))
                backslash = false
            }
            var cellStart = start
            var index = start
            var escaped = false
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\\") { backslash = true }
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "|") {
                    add(cellStart, index)
                    cellStart = index + 1
                }
                index += 1
            }
            add(cellStart, end)
            return cells
        }
    }
}
