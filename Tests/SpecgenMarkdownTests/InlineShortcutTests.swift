import Foundation
import SpecgenSupport
import SpecgenTestSupport
import Testing

@testable import SpecgenMarkdown

/// The shortcut for table cells without inline syntax (`InlineParser.isPlain`) gives exactly what cmark gives:
/// compared with `InlineParser.parseWithCmark` on every cell of the corpora and on generated cells.
@Suite struct InlineShortcutTests {
    /// Every table cell of the corpora's docs (both osu-web revisions and Discord's), as the reader parses it.
    static func corpusCells() throws -> [String] {
        var cells: [String] = []
        for folder in ["Tests/Corpus/osu-web", "Tests/Corpus/osu-web-seed-era", "Tests/Corpus/discord-api-docs"] {
            let base = Golden.repositoryRoot.appendingPathComponent(folder)
            let enumerator = FileManager.default.enumerator(atPath: base.path)
            while let relative = enumerator?.nextObject() as? String {
                guard relative.hasSuffix(".md") || relative.hasSuffix(".mdx") else { continue }
                let bytes = Array(try Data(contentsOf: base.appendingPathComponent(relative)))
                let document = MarkdownReader().read(bytes, path: relative, diagnostics: DiagnosticCollector())
                collect(document.blocks, into: &cells)
            }
        }
        return cells
    }

    static func collect(_ blocks: [Block], into cells: inout [String]) {
        for block in blocks {
            switch block {
            case .table(let table):
                for row in [table.header] + table.rows {
                    for cell in row.cells + row.extraCells {
                        cells.append(cell.source.replacingOccurrences(of: "\\|", with: "|"))
                    }
                }
            case .blockQuote(let quote): collect(quote.blocks, into: &cells)
            case .list(let list): for item in list.items { collect(item, into: &cells) }
            default: break
            }
        }
    }

    @Test func corpusCellsReadAsCmarkReadsThem() throws {
        let cells = try Self.corpusCells()
        var shortcuts = 0
        var underscores = 0
        for cell in cells {
            #expect(InlineParser.parse(cell) == InlineParser.parseWithCmark(cell), "\(cell)")
            if InlineParser.isPlain(cell) {
                shortcuts += 1
                if cell.utf8.contains(UInt8(ascii: "_")) { underscores += 1 }
            }
        }
        // The comparison covers the shortcuts, and names with underscores in them.
        #expect(cells.filter { InlineParser.anchorLink($0) != nil }.count > 200)
        #expect(cells.filter { InlineParser.codeSpans($0) != nil }.count > 300)
        #expect(cells.count > 5_000)
        #expect(shortcuts > 2_000)
        #expect(underscores > 500)
    }

    /// Cells made of pieces that are plain, that are syntax, and underscores in every position, trimmed as the
    /// table recognizer trims them.
    @Test func generatedCellsReadAsCmarkReadsThem() {
        let pieces = [
            "a", "Z", "0", "9", "beatmap", "id", "_", "_", "__", "___", " ", " ", "\t", ".", "-", ",", ":", "?", "(",
            ")",
            "#", "1.", "/", "é", "ß", "\u{301}", "+", "=", "'", "\"", "*", "`", "[", "]", "!", "&amp;", "<b>", "\\",
            "\u{A0}", "&nbsp;",
        ]
        var generator = SplitMix64(seed: 0x5EED_CE11)
        var plain = 0
        for _ in 0..<20_000 {
            var cell = ""
            for _ in 0..<Int(generator.next() % 9) + 1 {
                cell += pieces[Int(generator.next() % UInt64(pieces.count))]
            }
            cell = cell.trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
            if InlineParser.isPlain(cell) { plain += 1 }
            #expect(InlineParser.parse(cell) == InlineParser.parseWithCmark(cell), "\(cell.debugDescription)")
        }
        #expect(plain > 2_000)
    }

    /// Cells of text and code spans (`InlineParser.codeSpans`), with the backticks, blanks and syntax that make it
    /// give up, against cmark's reading.
    @Test func generatedCodeSpanCellsReadAsCmarkReadsThem() {
        let pieces = [
            "`", "`", "`", "`", "``", "a", "null", "user_id", "_", " ", " ", "  ", "\t", ".", ",", "(", ")", "*", "[",
            "]", "<b>", "&amp;", "\\", "\\`", "é", "|", "#", "-", "!", "'",
        ]
        var generator = SplitMix64(seed: 0xC0DE_5BA2)
        var spans = 0
        for _ in 0..<30_000 {
            var cell = ""
            for _ in 0..<Int(generator.next() % 10) + 1 {
                cell += pieces[Int(generator.next() % UInt64(pieces.count))]
            }
            // Trimmed as the table recognizer trims cells; a text with blanks at its ends is left to cmark.
            let trimmed = cell.trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
            if trimmed != cell { #expect(InlineParser.codeSpans(cell) == nil, "\(cell.debugDescription)") }
            cell = trimmed
            if InlineParser.codeSpans(cell) != nil { spans += 1 }
            #expect(InlineParser.parse(cell) == InlineParser.parseWithCmark(cell), "\(cell.debugDescription)")
            #expect(
                InlineParser.parse(cell, allowBreaks: true) == InlineParser.parseWithCmark(cell, allowBreaks: true),
                "\(cell.debugDescription)")
        }
        #expect(spans > 500)
        #expect(
            InlineParser.codeSpans("One of `give` or ` x `.") == [
                .text("One of "), .code("give"), .text(" or "), .code("x"), .text("."),
            ])
        #expect(InlineParser.codeSpans("`  `") == [.code("  ")])
        #expect(InlineParser.codeSpans("` a`") == [.code(" a")])
        for cell in ["`a", "``a``", "`a` `", "a `b` c_", "`a`\n`b`", "`é`", "*`a`*", "`a` ", " `a`"] {
            #expect(InlineParser.codeSpans(cell) == nil, "\(cell.debugDescription)")
        }
    }

    /// Cells of a same-page link and what may follow it, against cmark's reading.
    @Test func generatedLinkCellsReadAsCmarkReadsThem() {
        let labels = [
            "Beatmap", "User C0", "a_b", "Parent.Child", " x", "x ", "é", "a*b", "a]b", "", "(x)", "x\u{A0}y",
        ]
        let anchors = ["#beatmap", "#user-c0", "#a_b.c", "#", "#x y", "/x", "#x)", "#é", "#x(y)", "#a&amp;b"]
        let rests = ["", "[]", "?", "[]?", " | null", "[][]", "[x]", "[x](y)", "_a_", "*", " or `x`", "!", "x", "]"]
        var linkCells = 0
        for label in labels {
            for anchor in anchors {
                for rest in rests {
                    let cell = "[" + label + "](" + anchor + ")" + rest
                    if InlineParser.anchorLink(cell) != nil { linkCells += 1 }
                    #expect(InlineParser.parse(cell) == InlineParser.parseWithCmark(cell), "\(cell.debugDescription)")
                }
            }
        }
        #expect(linkCells > 100)
        #expect(
            InlineParser.parse("[User](#user)[]?")
                == [.link(destination: "#user", title: "", children: [.text("User")]), .text("[]?")])
    }

    @Test func underscoresBetweenLettersOrDigitsOnly() {
        for cell in ["beatmapset_id", "a__b", "count_300", "A_1_b", "x_y z_w"] {
            #expect(InlineParser.isPlain(cell), "\(cell)")
        }
        for cell in ["_a", "a_", "a_ b", "a _b", "é_a", "a_é", "_", "a_b*", "a_(b)", "(a)_b"] {
            #expect(!InlineParser.isPlain(cell), "\(cell)")
        }
        // Emphasis that underscores do open, which the shortcut must leave to cmark.
        #expect(InlineParser.parse("_a_ b") == [.emphasis([.text("a")]), .text(" b")])
    }

    /// Only the guards go: the no-break space that starts the first text, and with breaks allowed the one after
    /// each line break. A no-break space of the text itself stays, and a guard goes even before a combining mark.
    @Test func onlyTheGuardsAreRemoved() {
        #expect(InlineParser.parseWithCmark("a\u{A0}b *c*") == [.text("a\u{A0}b "), .emphasis([.text("c")])])
        #expect(InlineParser.parseWithCmark("a&nbsp;b *c*") == [.text("a\u{A0}b "), .emphasis([.text("c")])])
        #expect(InlineParser.parseWithCmark("\u{A0}x *y*") == [.text("\u{A0}x "), .emphasis([.text("y")])])
        #expect(InlineParser.parseWithCmark("\u{301}x *y*") == [.text("\u{301}x "), .emphasis([.text("y")])])
        #expect(InlineParser.parseWithCmark("*y*") == [.emphasis([.text("y")])])
        #expect(
            InlineParser.parseWithCmark("a\n\u{A0}b *c*", allowBreaks: true) == [
                .text("a"), .softBreak, .text("\u{A0}b "), .emphasis([.text("c")]),
            ])
        #expect(
            InlineParser.removingGuards(
                from: [.text("\u{A0}"), .code("x"), .softBreak, .text("\u{A0}y"), .lineBreak, .text("z")],
                afterBreaks: true) == [.code("x"), .softBreak, .text("y"), .lineBreak, .text("z")])
        #expect(
            InlineParser.removingGuards(from: [.text("\u{A0}x"), .softBreak, .text("\u{A0}y")], afterBreaks: false)
                == [.text("x"), .softBreak, .text("\u{A0}y")])
        #expect(InlineParser.removingGuards(from: [.code("\u{A0}x")], afterBreaks: true) == [.code("\u{A0}x")])
        // The shortcut and cmark agree on a cell's own no-break spaces.
        #expect(InlineParser.parse("a\u{A0}b") == InlineParser.parseWithCmark("a\u{A0}b"))
    }
}

/// The line index found with `memchr` is the one a byte-by-byte scan finds: lines end at `\n`, `\r\n` or `\r`.
@Suite struct SourceTextLineTests {
    /// The line starts and ends, a byte at a time.
    static func lineIndex(_ bytes: [UInt8]) -> (starts: [Int], ends: [Int]) {
        var starts = [0]
        var ends: [Int] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                ends.append(index)
                starts.append(index + 1)
            } else if bytes[index] == 0x0D {
                ends.append(index)
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        ends.append(bytes.count)
        if starts.count > 1, starts.last == bytes.count {
            starts.removeLast()
            ends.removeLast()
        }
        return (starts, ends)
    }

    @Test func linesAsFoundByteByByte() {
        let pieces: [[UInt8]] = [
            [0x61], [0x62, 0x63], [0x0A], [0x0D], [0x0D, 0x0A], [0x0A, 0x0D], [0x20], [0xC3, 0xA9],
        ]
        var generator = SplitMix64(seed: 0x11AE_5EED)
        for _ in 0..<5_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 12) { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let source = SourceText(bytes: bytes)
            let expected = Self.lineIndex(bytes)
            #expect(source.lineStarts == expected.starts, "\(bytes)")
            #expect(source.lineEnds == expected.ends, "\(bytes)")
        }
        #expect(SourceText(bytes: Array("a\r\nb\rc\n\nd".utf8)).lineStarts == [0, 3, 5, 7, 8])
    }
}

/// An HTML block's lines and the search for its closing tag, on bytes where that gives what the general code gives.
@Suite struct HTMLBlockScanTests {
    @Test func linesAsSplitByCharacters() {
        let pieces = ["<div>", "x", "\n", "\n", "\r", "\r\n", " ", "é", "\u{301}", "</DIV>"]
        var generator = SplitMix64(seed: 0x4B1D_0C4B)
        for _ in 0..<5_000 {
            var literal = ""
            for _ in 0..<Int(generator.next() % 10) { literal += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let expected = literal.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(Converter.lines(of: literal) == expected, "\(literal.debugDescription)")
        }
    }

    @Test func closingTagFoundAsFoundationFindsIt() {
        let pieces = ["</", "div", "DIV", "Div", "<", "/", "d", "iv", " ", ">", "é", "É", "\u{1FEF}", "x"]
        var generator = SplitMix64(seed: 0xC105_E7A6)
        for _ in 0..<5_000 {
            var line = ""
            for _ in 0..<Int(generator.next() % 8) { line += pieces[Int(generator.next() % UInt64(pieces.count))] }
            for needle in ["</div", "</d", "</é"] {
                #expect(
                    Converter.lowercased(line, contains: needle) == line.lowercased().contains(needle),
                    "\(line.debugDescription) \(needle)")
            }
        }
    }
}

/// A pipe found with `memchr` is unescaped when the run of backslashes before it is even, as a scan that lets each
/// backslash escape the next byte finds.
@Suite struct UnescapedPipeTests {
    static func hasUnescapedPipeByScan(_ line: String) -> Bool {
        var escaped = false
        for byte in line.utf8 {
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "|") {
                return true
            }
        }
        return false
    }

    @Test func pipesAsFoundByAScan() {
        let pieces = ["\\", "\\\\", "|", "a", " ", "é", "`"]
        var generator = SplitMix64(seed: 0x9199_E5CA)
        for _ in 0..<5_000 {
            var line = ""
            for _ in 0..<Int(generator.next() % 9) { line += pieces[Int(generator.next() % UInt64(pieces.count))] }
            #expect(
                TableRecognizer.hasUnescapedPipe(line) == Self.hasUnescapedPipeByScan(line), "\(line.debugDescription)")
        }
        #expect(TableRecognizer.hasUnescapedPipe(#"a \\| b"#))
        #expect(!TableRecognizer.hasUnescapedPipe(#"a \| b \\\|"#))
    }
}

/// The first invalid byte of a file, found with ASCII skipped a word at a time, is the one the validator finds on
/// the whole file.
@Suite struct UTF8ValidationShortcutTests {
    @Test func firstInvalidByteAsOnTheWholeFile() {
        let pieces: [[UInt8]] = [
            Array("abcdefgh".utf8), [0x61], [0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x8E, 0xB5], [0xC3], [0x82],
            [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xFF], [0x0A],
        ]
        var generator = SplitMix64(seed: 0x07F8_BAD5)
        for _ in 0..<5_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 14) { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
            #expect(
                SourceText(bytes: bytes).firstInvalidUTF8Offset() == UTF8Validation.firstInvalidOffset(bytes),
                "\(bytes)")
        }
    }
}

/// Trimming returns the string itself when it has no blank at that end, as the search from that end gives.
@Suite struct TrimmingShortcutTests {
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
    }

    static func trimmedBySearch(_ text: String) -> String {
        let utf8 = Array(text.utf8)
        guard let first = utf8.firstIndex(where: { !isBlank($0) }) else { return "" }
        let last = utf8.lastIndex(where: { !isBlank($0) })!
        return String(decoding: utf8[first...last], as: UTF8.self)
    }

    static func trimmedInlines(_ inlines: [Inline]) -> [Inline] {
        var result = inlines.filter { if case .text(let s) = $0 { return !s.isEmpty } else { return true } }
        while let first = result.first, case .text(let s) = first, trimmedBySearch(s).isEmpty { result.removeFirst() }
        while let last = result.last, case .text(let s) = last, trimmedBySearch(s).isEmpty { result.removeLast() }
        if let first = result.first, case .text(let s) = first {
            let utf8 = Array(s.utf8)
            let start = utf8.firstIndex(where: { !isBlank($0) })!
            result[0] = .text(String(decoding: utf8[start...], as: UTF8.self))
        }
        if let last = result.last, case .text(let s) = last {
            let utf8 = Array(s.utf8)
            let end = utf8.lastIndex(where: { !isBlank($0) })!
            result[result.count - 1] = .text(String(decoding: utf8[...end], as: UTF8.self))
        }
        return result
    }

    @Test func asTheSearchFromEachEnd() {
        let pieces = ["a", "é", " ", "\t", "\n", "\r\n", "\u{B}", "\u{C}", "\u{A0}", "x y"]
        var generator = SplitMix64(seed: 0x7219_0001)
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 6) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            #expect(text.trimmingASCIIWhitespace() == Self.trimmedBySearch(text), "\(text.debugDescription)")
            let inlines: [[Inline]] = [[.text(text)], [.text(text), .code("c")], [.softBreak, .text(text)], []]
            for list in inlines {
                #expect(list.trimmed == Self.trimmedInlines(list), "\(list)")
            }
        }
    }
}
