import SpecgenSupport

/// Recognises GFM pipe tables in the raw lines of one cmark paragraph.
///
/// The rules common to all renderers:
/// - a table starts at a line with an unescaped `|` that is directly followed by a delimiter row (cells of `-` with
///   optional `:` at either end), so a table may follow lines of text within the same paragraph;
/// - body rows continue to the end of the paragraph (a blank line or another block);
/// - leading and trailing pipes are optional; `\|` is a literal pipe (also inside code spans);
/// - short rows are padded with empty cells, and surplus cells are dropped (kept aside when not empty).
///
/// Where renderers disagree, ``rules`` decide: whether the first line without a pipe ends the table and the rest is
/// text again, whether the delimiter row must be as wide as the header, and whether a paragraph of at least two
/// lines that all contain pipes but has no delimiter row is still read as a table (with ``Table/delimiterRange``
/// `nil`, so that a missing separator can be reported instead of losing the fields).
struct TableRecognizer {
    let path: String
    let rules: TableRules

    enum Segment {
        case text(firstLine: Int, lastLine: Int)
        case table(Table)
    }

    func segments(of lines: [RawLine]) -> [Segment] {
        var segments: [Segment] = []
        var textStart: Int?
        var index = 0
        func flushText(before end: Int) {
            if let start = textStart {
                segments.append(.text(firstLine: lines[start].number, lastLine: lines[end - 1].number))
                textStart = nil
            }
        }
        while index < lines.count {
            if index + 1 < lines.count, Self.hasUnescapedPipe(lines[index].content),
                let delimiter = Self.delimiterCells(lines[index + 1].content),
                !rules.requiresMatchingDelimiter || delimiter.count == Self.splitCells(lines[index].content).count
            {
                flushText(before: index)
                var end = index + 2
                while end < lines.count, !rules.rowsNeedPipe || Self.hasUnescapedPipe(lines[end].content) { end += 1 }
                segments.append(
                    .table(
                        makeTable(
                            header: lines[index], delimiter: (lines[index + 1], delimiter),
                            body: Array(lines[(index + 2)..<end]))))
                index = end
                continue
            }
            if textStart == nil { textStart = index }
            index += 1
        }
        flushText(before: lines.count)
        // A pipe table that lost its delimiter row.
        if rules.readsTablesWithoutDelimiter, segments.count == 1, case .text = segments[0], lines.count >= 2,
            lines.allSatisfy({ Self.hasUnescapedPipe($0.content) }),
            Self.splitCells(lines[0].content).count >= 2
        {
            return [.table(makeTable(header: lines[0], delimiter: nil, body: Array(lines[1...])))]
        }
        return segments
    }

    /// Adds body rows to a table that continues past its paragraph.
    func append(_ lines: [RawLine], to table: inout Table) {
        table.rows += rows(lines, width: table.header.cells.count)
        if let last = lines.last {
            table.range.end = SourceLocation(
                path: path, line: last.number,
                column: last.contentColumn + last.content.utf8.count)
        }
    }

    private func makeTable(header: RawLine, delimiter: (RawLine, [TableAlignment?])?, body: [RawLine]) -> Table {
        let headerCells = cells(of: header)
        let width = headerCells.count
        let headerRow = TableRow(cells: headerCells, range: rowRange(header), sourceCellCount: width)
        let rows = rows(body, width: width)
        let last = body.last ?? delimiter?.0 ?? header
        let range = SourceRange(
            path: path, line: header.number, column: header.contentColumn, endLine: last.number,
            endColumn: last.contentColumn + last.content.utf8.count)
        return Table(
            header: headerRow, alignments: delimiter?.1 ?? [], rows: rows, range: range,
            delimiterRange: delimiter.map { rowRange($0.0) },
            delimiterCellCount: delimiter?.1.count ?? 0)
    }

    private func rows(_ body: [RawLine], width: Int) -> [TableRow] {
        var rows: [TableRow] = []
        rows.reserveCapacity(body.count)
        for line in body {
            var rowCells = cells(of: line)
            let sourceCount = rowCells.count
            var extra: [TableCell] = []
            if rowCells.count > width {
                extra = rowCells[width...].filter { !$0.isEmpty }
                rowCells.removeLast(rowCells.count - width)
            }
            let endColumn = line.contentColumn + line.content.utf8.count
            while rowCells.count < width {
                rowCells.append(
                    TableCell(
                        source: "", inlines: [],
                        range: SourceRange(path: path, line: line.number, column: endColumn),
                        isPadding: true))
            }
            rows.append(
                TableRow(
                    cells: rowCells, range: rowRange(line), sourceCellCount: sourceCount,
                    extraCells: extra))
        }
        return rows
    }

    private func rowRange(_ line: RawLine) -> SourceRange {
        SourceRange(
            path: path, line: line.number, column: line.contentColumn, endLine: line.number,
            endColumn: line.contentColumn + line.content.utf8.count)
    }

    private func cells(of line: RawLine) -> [TableCell] {
        Self.splitCells(line.content).map { piece in
            let range = SourceRange(
                path: path, line: line.number, column: line.contentColumn + piece.offset,
                endLine: line.number,
                endColumn: line.contentColumn + piece.offset + piece.text.utf8.count)
            // Only a cell with a backslash can hold an escaped pipe.
            let unescaped =
                piece.hasBackslash && piece.text.containsText("\\|") ? piece.text.replacingEscapedPipes() : piece.text
            return TableCell(source: piece.text, inlines: InlineParser.parse(unescaped), range: range)
        }
    }

    // MARK: - Line scanning

    /// Whether the line has a `|` that is not escaped by a backslash.
    static func hasUnescapedPipe(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            // Each pipe (found with `memchr`) is escaped when an odd run of backslashes is right before it.
            var index = ByteScan.index(of: UInt8(ascii: "|"), in: bytes, from: 0, to: bytes.count)
            while index < bytes.count {
                if !isEscaped(bytes, at: index, from: 0) { return true }
                index = ByteScan.index(of: UInt8(ascii: "|"), in: bytes, from: index + 1, to: bytes.count)
            }
            return false
        }
    }

    /// Splits a row into trimmed cells with their byte offsets in the line, and whether each holds a backslash.
    /// One leading and one trailing pipe are optional framing, not cell separators.
    static func splitCells(_ line: String) -> [(text: String, offset: Int, hasBackslash: Bool)] {
        var line = line
        return line.withUTF8 { bytes in
            var start = 0
            var end = bytes.count
            if start < end, bytes[start] == UInt8(ascii: "|") { start += 1 }
            if end > start, bytes[end - 1] == UInt8(ascii: "|"), !isEscaped(bytes, at: end - 1, from: start) {
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
            // The next pipe and any backslash before it are found with `memchr`; a backslash escapes the byte
            // after it (a pipe is then no separator), as a byte-by-byte reading does
            // (`TableSplitTests` compares the two).
            while true {
                let pipe = ByteScan.index(of: UInt8(ascii: "|"), in: bytes, from: index, to: end)
                let slash = ByteScan.index(of: UInt8(ascii: "\\"), in: bytes, from: index, to: pipe)
                if slash < pipe {
                    backslash = true
                    index = min(slash + 2, end)
                    continue
                }
                guard pipe < end else { break }
                add(cellStart, pipe)
                cellStart = pipe + 1
                index = pipe + 1
            }
            add(cellStart, end)
            return cells
        }
    }

    static func isEscaped(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, from start: Int) -> Bool {
        var backslashes = 0
        var i = index - 1
        while i >= start, bytes[i] == UInt8(ascii: "\\") {
            backslashes += 1
            i -= 1
        }
        return backslashes % 2 == 1
    }

    /// The alignments of a delimiter row, or `nil` if the line is not one.
    static func delimiterCells(_ line: String) -> [TableAlignment?]? {
        guard line.utf8.contains(UInt8(ascii: "-")) else { return nil }
        var alignments: [TableAlignment?] = []
        for piece in splitCells(line) {
            var cell = piece.text
            // The cell's bytes in place (a cell split from the line is a native string), not copied into an array.
            let shape = cell.withUTF8 { bytes -> (left: Bool, right: Bool)? in
                guard !bytes.isEmpty else { return nil }
                let leftColon = bytes[0] == UInt8(ascii: ":")
                let rightColon = bytes.count > 1 && bytes[bytes.count - 1] == UInt8(ascii: ":")
                let dashes = bytes[(leftColon ? 1 : 0)..<(bytes.count - (rightColon ? 1 : 0))]
                guard !dashes.isEmpty, dashes.allSatisfy({ $0 == UInt8(ascii: "-") }) else { return nil }
                return (leftColon, rightColon)
            }
            guard let (leftColon, rightColon) = shape else { return nil }
            switch (leftColon, rightColon) {
            case (true, true): alignments.append(.center)
            case (true, false): alignments.append(.left)
            case (false, true): alignments.append(.right)
            case (false, false): alignments.append(nil)
            }
        }
        return alignments
    }
}

extension String {
    fileprivate func replacingEscapedPipes() -> String {
        var out = ""
        var iterator = makeIterator()
        while let c = iterator.next() {
            if c == "\\" {
                if let next = iterator.next() {
                    if next == "|" {
                        out.append("|")
                    } else {
                        out.append(c)
                        out.append(next)
                    }
                } else {
                    out.append(c)
                }
            } else {
                out.append(c)
            }
        }
        return out
    }
}
