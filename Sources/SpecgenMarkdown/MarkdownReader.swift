import CCmark
import SpecgenSupport

/// Reads Markdown into a ``MarkdownDocument`` using libcmark, and recognises pipe tables on top of it, read as
/// ``tableRules`` say.
///
/// This type is the whole C boundary: it parses, walks the tree once, copies everything into Swift values and frees
/// the tree before returning. No cmark pointer leaves it.
public struct MarkdownReader: Sendable {
    /// Containers nested deeper than this are not descended into (their content is dropped with a warning); this
    /// keeps pathological input from exhausting the stack.
    public static let maximumNesting = 48

    /// How pipe tables are read where renderers disagree.
    public var tableRules: TableRules

    /// Creates a reader.
    ///
    /// - Parameter tableRules: How pipe tables are read (a docs family's renderer's rules).
    public init(tableRules: TableRules = .parsedown) {
        self.tableRules = tableRules
    }

    /// Reads a Markdown file.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes. Invalid UTF-8 is reported as an error at its position and read as U+FFFD.
    ///   - path: The display path used in every source range.
    ///   - diagnostics: Where problems are reported.
    /// - Returns: The document.
    public func read(_ bytes: [UInt8], path: String, diagnostics: DiagnosticCollector) -> MarkdownDocument {
        let source = SourceText(bytes: bytes)
        if let bad = source.firstInvalidUTF8Offset() {
            let location = source.location(ofByte: bad, path: path)
            diagnostics.emit(
                .error,
                "file is not valid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) at offset \(bad)); "
                    + "save it as UTF-8",
                at: location, code: "invalid-utf8")
        }
        let converter = Converter(source: source, path: path, rules: tableRules, diagnostics: diagnostics)
        let blocks = converter.parseLines(1, source.lineCount, depth: 0)
        return MarkdownDocument(path: path, blocks: blocks)
    }

    /// Parses a piece of inline Markdown (such as a table cell) into inlines, never into blocks.
    public static func parseInlines(_ text: String) -> [Inline] {
        InlineParser.parse(text)
    }
}

// MARK: - Private

/// Walks cmark trees for one file.
final class Converter {
    let source: SourceText
    let path: String
    let rules: TableRules
    let diagnostics: DiagnosticCollector
    var warnedAboutNesting = false

    init(source: SourceText, path: String, rules: TableRules, diagnostics: DiagnosticCollector) {
        self.source = source
        self.path = path
        self.rules = rules
        self.diagnostics = diagnostics
    }

    /// Parses source lines `first...last` (1-based, inclusive) as a Markdown document of their own and returns its
    /// blocks with ranges in file coordinates.
    func parseLines(_ first: Int, _ last: Int, depth: Int) -> [Block] {
        guard first <= last, first >= 1 else { return [] }
        let bytes = source.bytes(ofLines: first, last)
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8
        let root: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                cmark_parse_document($0, buffer.count, options)
            }
        }
        guard let root else { return [] }
        defer { cmark_node_free(root) }
        return convertTopLevel(of: root, lineOffset: first - 1, lastLine: last, depth: depth)
    }

    /// Converts a document's top-level blocks. Where the table rules say so (``TableRules/rowsContinuePastBlocks``),
    /// a table goes on while the next lines contain a pipe, even where CommonMark starts another block (a row
    /// beginning with `- `, `1. ` or `<p>`); the blocks those lines formed are skipped, and whatever follows them is
    /// read again.
    func convertTopLevel(of root: OpaquePointer, lineOffset: Int, lastLine: Int, depth: Int) -> [Block] {
        var blocks: [Block] = []
        var child = cmark_node_first_child(root)
        var consumedThrough = 0
        while let node = child {
            child = cmark_node_next(node)
            let range = range(of: node, lineOffset: lineOffset)
            if range.end.line <= consumedThrough { continue }
            if range.start.line <= consumedThrough {
                // A block that the table's rows cut into: read the rest of it again.
                blocks += parseLines(consumedThrough + 1, range.end.line, depth: depth + 1)
                continue
            }
            convert(node, lineOffset: lineOffset, quoteDepth: 0, depth: depth, into: &blocks)
            if rules.rowsContinuePastBlocks, case .table(var table)? = blocks.last,
                table.range.end.line == range.end.line, range.end.line < lastLine
            {
                let extra = continuationLines(after: range.end.line, through: lastLine)
                if !extra.isEmpty {
                    TableRecognizer(path: path, rules: rules).append(extra, to: &table)
                    blocks[blocks.count - 1] = .table(table)
                    consumedThrough = extra.last!.number
                }
            }
        }
        return blocks
    }

    /// The lines right after `line` that continue a table: non-blank, with an unescaped pipe.
    func continuationLines(after line: Int, through lastLine: Int) -> [RawLine] {
        var lines: [RawLine] = []
        var number = line + 1
        while number <= lastLine {
            let raw = RawLine(number: number, text: source.line(number), quoteDepth: 0, firstColumn: 1)
            guard !raw.content.isEmpty, TableRecognizer.hasUnescapedPipe(raw.content) else { break }
            lines.append(raw)
            number += 1
        }
        return lines
    }

    func range(of node: OpaquePointer, lineOffset: Int) -> SourceRange {
        let startLine = Int(cmark_node_get_start_line(node)) + lineOffset
        let startColumn = max(Int(cmark_node_get_start_column(node)), 1)
        let endLine = Int(cmark_node_get_end_line(node)) + lineOffset
        // cmark's end column is inclusive; ours is exclusive.
        let endColumn = Int(cmark_node_get_end_column(node)) + 1
        return SourceRange(
            path: path, line: startLine, column: startColumn, endLine: max(endLine, startLine),
            endColumn: endColumn)
    }

    func convertChildren(of parent: OpaquePointer, lineOffset: Int, quoteDepth: Int, depth: Int) -> [Block] {
        var blocks: [Block] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            convert(node, lineOffset: lineOffset, quoteDepth: quoteDepth, depth: depth, into: &blocks)
            child = cmark_node_next(node)
        }
        return blocks
    }

    func convert(_ node: OpaquePointer, lineOffset: Int, quoteDepth: Int, depth: Int, into blocks: inout [Block]) {
        let range = range(of: node, lineOffset: lineOffset)
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            blocks.append(
                .heading(Heading(level: level, inlines: InlineParser.convertChildren(of: node), range: range)))
        case CMARK_NODE_PARAGRAPH:
            convertParagraph(node, range: range, quoteDepth: quoteDepth, depth: depth, into: &blocks)
        case CMARK_NODE_HTML_BLOCK:
            convertHTMLBlock(node, range: range, depth: depth, into: &blocks)
        case CMARK_NODE_CODE_BLOCK:
            let info = string(cmark_node_get_fence_info(node)).trimmingASCIIWhitespace()
            let literal = string(cmark_node_get_literal(node))
            let fenced =
                source.line(range.start.line).trimmingLeadingASCIIWhitespace().hasPrefix("```")
                || source.line(range.start.line).trimmingLeadingASCIIWhitespace().hasPrefix("~~~")
            blocks.append(
                .code(
                    CodeBlock(
                        info: info, literal: literal, range: range,
                        contentLine: range.start.line + (fenced ? 1 : 0))))
        case CMARK_NODE_THEMATIC_BREAK:
            blocks.append(.thematicBreak(range))
        case CMARK_NODE_BLOCK_QUOTE:
            guard checkNesting(depth, at: range) else { return }
            let inner = convertChildren(of: node, lineOffset: lineOffset, quoteDepth: quoteDepth + 1, depth: depth + 1)
            blocks.append(.blockQuote(BlockQuote(blocks: inner, range: range)))
        case CMARK_NODE_LIST:
            guard checkNesting(depth, at: range) else { return }
            var items: [[Block]] = []
            var item = cmark_node_first_child(node)
            while let itemNode = item {
                items.append(
                    convertChildren(
                        of: itemNode, lineOffset: lineOffset, quoteDepth: quoteDepth,
                        depth: depth + 1))
                item = cmark_node_next(itemNode)
            }
            blocks.append(
                .list(
                    ListBlock(
                        isOrdered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                        items: items, range: range)))
        default:
            // Custom blocks do not occur without extensions; skip anything else.
            break
        }
    }

    func checkNesting(_ depth: Int, at range: SourceRange) -> Bool {
        guard depth >= MarkdownReader.maximumNesting else { return true }
        if !warnedAboutNesting {
            warnedAboutNesting = true
            diagnostics.emit(
                .warning,
                "blocks nested more than \(MarkdownReader.maximumNesting) levels deep are ignored",
                at: range, code: "deep-nesting")
        }
        return false
    }

    /// A paragraph may hold a pipe table (cmark has none), possibly after some lines of text.
    func convertParagraph(
        _ node: OpaquePointer, range: SourceRange, quoteDepth: Int, depth: Int,
        into blocks: inout [Block]
    ) {
        let lines = (range.start.line...range.end.line).map { lineNumber in
            RawLine(
                number: lineNumber, text: source.line(lineNumber), quoteDepth: quoteDepth,
                firstColumn: lineNumber == range.start.line ? range.start.column : 1)
        }
        let segments = TableRecognizer(path: path, rules: rules).segments(of: lines)
        if segments.count == 1, case .text = segments[0] {
            blocks.append(.paragraph(Paragraph(inlines: InlineParser.convertChildren(of: node), range: range)))
            return
        }
        for segment in segments {
            switch segment {
            case .table(let table):
                blocks.append(.table(table))
            case .text(let first, let last):
                // Re-read the text lines alone; they can only form paragraphs again.
                let text = lines.filter { $0.number >= first && $0.number <= last }.map(\.content).joined(
                    separator: "\n")
                let inlines = InlineParser.parse(text, allowBreaks: true)
                let start = lines.first { $0.number == first }!
                let end = lines.first { $0.number == last }!
                let r = SourceRange(
                    path: path, line: first, column: start.contentColumn, endLine: last,
                    endColumn: end.contentColumn + end.content.utf8.count)
                blocks.append(.paragraph(Paragraph(inlines: inlines, range: r)))
            }
        }
    }

    /// An HTML block runs to the next blank line, so Markdown written right after a one-line element such as
    /// `<div id="x"></div>` or after `</aside>` ends up inside it. Split that trailing Markdown off and read it.
    func convertHTMLBlock(_ node: OpaquePointer, range: SourceRange, depth: Int, into blocks: inout [Block]) {
        let literal = string(cmark_node_get_literal(node))
        let lines = Self.lines(of: literal)
        var closingLine: Int?
        if let tag = Self.openingTagName(lines.first ?? "") {
            let closing = "</\(tag)"
            for (index, line) in lines.enumerated() where Self.lowercased(line, contains: closing) {
                closingLine = index
                break
            }
            if closingLine == nil, let first = lines.first, first.trimmingASCIIWhitespace().hasSuffix("/>") {
                closingLine = 0
            }
        }
        let lastContent = lines.lastIndex { !$0.trimmingASCIIWhitespace().isEmpty } ?? 0
        guard let closingLine, closingLine < lastContent, depth < MarkdownReader.maximumNesting else {
            blocks.append(.html(HTMLBlock(literal: literal, range: range)))
            return
        }
        let htmlEnd = range.start.line + closingLine
        let htmlLiteral = lines[0...closingLine].joined(separator: "\n") + "\n"
        blocks.append(
            .html(
                HTMLBlock(
                    literal: htmlLiteral,
                    range: SourceRange(
                        path: path, line: range.start.line, column: range.start.column, endLine: htmlEnd,
                        endColumn: lines[closingLine].utf8.count + 1))))
        blocks += parseLines(htmlEnd + 1, range.end.line, depth: depth + 1)
    }

    /// The lines of a block's literal, split at each `\n` character (a `\r\n` is one character, and no split).
    /// Without a `\r`, every `\n` byte is a character of its own, and the bytes are split.
    static func lines(of literal: String) -> [String] {
        var literal = literal
        let split = literal.withUTF8 { bytes -> [String]? in
            guard ByteScan.index(of: 0x0D, in: bytes, from: 0, to: bytes.count) == bytes.count else { return nil }
            var lines: [String] = []
            var start = 0
            while true {
                let end = ByteScan.index(of: 0x0A, in: bytes, from: start, to: bytes.count)
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                if end == bytes.count { return lines }
                start = end + 1
            }
        }
        return split ?? literal.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Whether the line, lower-cased, contains `needle` (Foundation's search, which matches canonically equivalent
    /// text). When both are ASCII, that is a search of the bytes with the line's letters lower-cased.
    static func lowercased(_ line: String, contains needle: String) -> Bool {
        var line = line
        var needle = needle
        let ascii = line.withUTF8 { text in
            needle.withUTF8 { pattern -> Bool? in
                guard !text.contains(where: { $0 >= 0x80 }), !pattern.contains(where: { $0 >= 0x80 }) else {
                    return nil
                }
                guard !pattern.isEmpty else { return nil }
                func lower(_ byte: UInt8) -> UInt8 {
                    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 0x20 : byte
                }
                guard text.count >= pattern.count else { return false }
                for start in 0...(text.count - pattern.count) {
                    var matched = 0
                    while matched < pattern.count, lower(text[start + matched]) == pattern[matched] { matched += 1 }
                    if matched == pattern.count { return true }
                }
                return false
            }
        }
        return ascii ?? line.lowercased().contains(needle)
    }

    static func openingTagName(_ line: String) -> String? {
        let trimmed = line.trimmingLeadingASCIIWhitespace()
        guard trimmed.hasPrefix("<") else { return nil }
        let name = trimmed.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "-" }
        return name.isEmpty ? nil : name.lowercased()
    }
}

/// One raw source line of a paragraph, with the container markers (block-quote `>`s) and indentation removed.
struct RawLine {
    var number: Int
    /// The line's content after indentation and quote markers.
    var content: String
    /// The 1-based byte column at which `content` starts in the source line.
    var contentColumn: Int

    init(number: Int, text: String, quoteDepth: Int, firstColumn: Int) {
        self.number = number
        var text = text
        let (content, offset) = text.withUTF8 { utf8 -> (String?, Int) in
            var offset = 0
            // Start no earlier than the paragraph's own column on its first line.
            if firstColumn > 1 { offset = min(firstColumn - 1, utf8.count) }
            var quotes = quoteDepth
            while offset < utf8.count {
                let byte = utf8[offset]
                if byte == 0x20 || byte == 0x09 {
                    offset += 1
                } else if byte == UInt8(ascii: ">") && quotes > 0 {
                    quotes -= 1
                    offset += 1
                } else {
                    break
                }
            }
            // Trailing whitespace is not part of any cell.
            var end = utf8.count
            while end > offset, utf8[end - 1] == 0x20 || utf8[end - 1] == 0x09 { end -= 1 }
            if offset == 0, end == utf8.count { return (nil, 0) }
            return (String(decoding: UnsafeBufferPointer(rebasing: utf8[offset..<end]), as: UTF8.self), offset)
        }
        self.content = content ?? text
        self.contentColumn = offset + 1
    }
}

func string(_ pointer: UnsafePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)
}

/// Converts cmark inline nodes, and parses stand-alone inline text (table cells) with cmark.
enum InlineParser {
    /// Inline nesting beyond this depth is flattened to its text.
    static let maximumNesting = 32

    /// Whether the text holds no inline Markdown syntax, so that cmark would read it as one text node: none of the
    /// bytes that can start syntax, except runs of `_` between ASCII letters or digits (`beatmapset_id`), which by
    /// CommonMark's flanking rules can neither open nor close emphasis.
    static func isPlain(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { isPlain($0) } ?? isPlain(Array(text.utf8))
    }

    private static func isPlain<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Bool
    where Bytes.Index == Int {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            switch bytes[index] {
            case UInt8(ascii: "_"):
                guard index > bytes.startIndex, isASCIIAlphanumeric(bytes[index - 1]) else { return false }
                var end = index + 1
                while end < bytes.endIndex, bytes[end] == UInt8(ascii: "_") { end += 1 }
                guard end < bytes.endIndex, isASCIIAlphanumeric(bytes[end]) else { return false }
                index = end
                continue
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "!"), UInt8(ascii: "&"), UInt8(ascii: "\n"),
                UInt8(ascii: "\r"), 0:
                return false
            default:
                index += 1
            }
        }
        return true
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// Parses `text` as inline content only. A no-break space is put in front so that nothing at the start of the
    /// text (`#`, `-`, `1.`, `<p>`, `>`) can open a block; it is removed again afterwards.
    static func parse(_ text: String, allowBreaks: Bool = false) -> [Inline] {
        if text.isEmpty { return [] }
        if isPlain(text) { return [.text(text)] }
        if let link = anchorLink(text) { return link }
        if let spans = codeSpans(text) { return spans }
        return parseWithCmark(text, allowBreaks: allowBreaks)
    }

    /// The inlines of an ASCII text whose only syntax is code spans between single backticks (`` `null` if the
    /// user has none``), as cmark reads it: the text between the spans as text (each piece plain by ``isPlain(_:)``),
    /// each span's content as code, one space removed from both ends when it starts and ends with one and is not all
    /// spaces. `nil` for any other text: a backtick without its partner, two backticks in a row, a line break, a
    /// NUL or a non-ASCII byte, other syntax between the spans, or blanks at either end.
    static func codeSpans(_ text: String) -> [Inline]? {
        var text = text
        return text.withUTF8 { bytes -> [Inline]? in
            let backtick = UInt8(ascii: "`")
            // Blanks at the ends, which cmark strips from a paragraph, are left to it (table cells are trimmed).
            guard let first = bytes.first, let last = bytes.last, first != 0x20, first != 0x09, last != 0x20,
                last != 0x09
            else { return nil }
            var open = ByteScan.index(of: backtick, in: bytes, from: 0, to: bytes.count)
            guard open < bytes.count else { return nil }
            var result: [Inline] = []
            var pieceStart = 0
            func appendText(_ lower: Int, _ upper: Int) -> Bool {
                let piece = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
                guard !piece.contains(where: { $0 >= 0x80 }), isPlain(piece) else { return false }
                if !piece.isEmpty { result.append(.text(String(decoding: piece, as: UTF8.self))) }
                return true
            }
            while open < bytes.count {
                guard appendText(pieceStart, open) else { return nil }
                var close = open + 1
                while close < bytes.count, bytes[close] != backtick {
                    let byte = bytes[close]
                    if byte >= 0x80 || byte == 0x0A || byte == 0x0D || byte == 0 { return nil }
                    close += 1
                }
                // Single backticks only, each with its partner.
                guard close < bytes.count, close > open + 1, close + 1 == bytes.count || bytes[close + 1] != backtick
                else { return nil }
                var lower = open + 1
                var upper = close
                if upper - lower >= 2, bytes[lower] == 0x20, bytes[upper - 1] == 0x20,
                    bytes[lower..<upper].contains(where: { $0 != 0x20 })
                {
                    lower += 1
                    upper -= 1
                }
                result.append(
                    .code(String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)))
                pieceStart = close + 1
                open = ByteScan.index(of: backtick, in: bytes, from: pieceStart, to: bytes.count)
            }
            guard appendText(pieceStart, bytes.count) else { return nil }
            return result
        }
    }

    /// The inlines of a cell that is one same-page link with plain text, followed by nothing or by letters, digits,
    /// blanks and `[]?|.,-` (`[Beatmap](#beatmap)[]?`), as cmark reads it: the link (its text one text node, no
    /// title), then the rest as text, whose brackets cannot form a link without a `(` or a definition. `nil` for
    /// any other text.
    static func anchorLink(_ text: String) -> [Inline]? {
        var text = text
        return text.withUTF8 { bytes -> [Inline]? in
            guard bytes.count >= 6, bytes[0] == UInt8(ascii: "[") else { return nil }
            guard let close = bytes.firstIndex(of: UInt8(ascii: "]")), close > 1, close + 3 < bytes.count,
                bytes[close + 1] == UInt8(ascii: "("), bytes[close + 2] == UInt8(ascii: "#")
            else { return nil }
            var end = close + 3
            while end < bytes.count, isAnchorByte(bytes[end]) { end += 1 }
            guard end > close + 3, end < bytes.count, bytes[end] == UInt8(ascii: ")") else { return nil }
            for byte in bytes[(end + 1)...] where !isTrailingByte(byte) { return nil }
            let label = String(decoding: UnsafeBufferPointer(rebasing: bytes[1..<close]), as: UTF8.self)
            let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
            guard !isBlank(bytes[1]), !isBlank(bytes[close - 1]), isPlain(label) else { return nil }
            let destination = String(
                decoding: UnsafeBufferPointer(rebasing: bytes[(close + 2)..<end]), as: UTF8.self)
            var inlines: [Inline] = [.link(destination: destination, title: "", children: [.text(label)])]
            if end + 1 < bytes.count {
                inlines.append(
                    .text(String(decoding: UnsafeBufferPointer(rebasing: bytes[(end + 1)...]), as: UTF8.self)))
            }
            return inlines
        }
    }

    private static func isAnchorByte(_ byte: UInt8) -> Bool {
        isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
    }

    private static func isTrailingByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "?"), UInt8(ascii: "|"), UInt8(ascii: "."),
            UInt8(ascii: ","), UInt8(ascii: "-"), 0x20:
            return true
        default:
            return isASCIIAlphanumeric(byte)
        }
    }

    /// ``parse(_:allowBreaks:)`` without the shortcut for plain text: cmark parses every text.
    static func parseWithCmark(_ text: String, allowBreaks: Bool = false) -> [Inline] {
        if text.isEmpty { return [] }
        let guarded = "\u{A0}" + (allowBreaks ? text.replacingNewlinesWithGuards() : text)
        var bytes = Array(guarded.utf8)
        if bytes.isEmpty { bytes = [0x20] }
        let root: OpaquePointer? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parse_document($0, buffer.count, CMARK_OPT_VALIDATE_UTF8)
            }
        }
        guard let root else { return [.text(text)] }
        defer { cmark_node_free(root) }
        var result: [Inline] = []
        var block = cmark_node_first_child(root)
        while let node = block {
            if !result.isEmpty { result.append(.softBreak) }
            result += convertChildren(of: node)
            block = cmark_node_next(node)
        }
        return removingGuards(from: result, afterBreaks: allowBreaks)
    }

    /// The inlines without the guards ``parseWithCmark(_:allowBreaks:)`` put in: the no-break space that starts the
    /// first text, and with `afterBreaks` the one that starts the text after each line break. Only those are
    /// removed, as bytes, so that a no-break space of the text itself (`&nbsp;`, or the character) stays where it
    /// is, and a guard is removed even when a combining mark follows it; a text left empty is dropped.
    static func removingGuards(from inlines: [Inline], afterBreaks: Bool) -> [Inline] {
        var result: [Inline] = []
        result.reserveCapacity(inlines.count)
        var guarded = true
        for inline in inlines {
            defer {
                switch inline {
                case .softBreak, .lineBreak: guarded = afterBreaks
                default: guarded = false
                }
            }
            guard guarded, case .text(let text) = inline else {
                result.append(inline)
                continue
            }
            let rest =
                text.utf8.starts(with: [0xC2, 0xA0]) ? String(decoding: text.utf8.dropFirst(2), as: UTF8.self) : text
            if !rest.isEmpty { result.append(.text(rest)) }
        }
        return result
    }

    static func convertChildren(of node: OpaquePointer, depth: Int = 0) -> [Inline] {
        var result: [Inline] = []
        var child = cmark_node_first_child(node)
        while let inline = child {
            if let converted = convert(inline, depth: depth) {
                // Merge adjacent text (cmark splits text at brackets and entities).
                if case .text(let next) = converted, let last = result.last, case .text(let previous) = last {
                    result[result.count - 1] = .text(previous + next)
                } else {
                    result.append(converted)
                }
            }
            child = cmark_node_next(inline)
        }
        return result
    }

    static func convert(_ node: OpaquePointer, depth: Int) -> Inline? {
        if depth >= maximumNesting {
            return .text(flattenedText(node))
        }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: return .html(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_EMPH: return .emphasis(convertChildren(of: node, depth: depth + 1))
        case CMARK_NODE_STRONG: return .strong(convertChildren(of: node, depth: depth + 1))
        case CMARK_NODE_LINK:
            return .link(
                destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                children: convertChildren(of: node, depth: depth + 1))
        case CMARK_NODE_IMAGE:
            return .image(
                source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)),
                children: convertChildren(of: node, depth: depth + 1))
        default:
            return nil
        }
    }

    /// The text of a subtree, collected without recursion.
    static func flattenedText(_ node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let current = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(current)
            if cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE
            {
                text += string(cmark_node_get_literal(current))
            }
        }
        return text
    }
}

extension String {
    /// Puts a no-break space after every line break so that no line of re-read paragraph text opens a block.
    fileprivate func replacingNewlinesWithGuards() -> String {
        replacingEvery("\n", with: "\n\u{A0}")
    }

    /// The text with every occurrence of `target`, a character (`\n`, the no-break space), replaced, compared as
    /// characters (a `\r\n` is no `\n`).
    fileprivate func replacingEvery(_ target: Character, with replacement: String) -> String {
        guard var found = firstIndex(of: target) else { return self }
        var result = ""
        var rest = self[...]
        while true {
            result += rest[..<found]
            result += replacement
            rest = rest[rest.index(after: found)...]
            guard let next = rest.firstIndex(of: target) else { break }
            found = next
        }
        result += rest
        return result
    }
}
