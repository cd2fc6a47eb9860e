import SpecgenSupport

/// Breaks the lines of generated Swift that are longer than the line length, so that the output is already in the
/// shape `swift format` (with the repository's `.swift-format`: 4 spaces, 120 columns) keeps as it is.
///
/// Templates write each statement on one line; a line that fits is left alone. A longer one is broken at its widest
/// bracketed list, one element per line:
///
/// ```swift
/// try NotificationBeatmapsetDiscussionLockDetails.specgenValidate(
///     &reader,
///     nullable: false,
///     location: "spec/structures/notification.md:60"
/// )
/// ```
///
/// A collection literal broken this way gets a trailing comma after its last element (when it has two or more); a
/// list whose only element is a collection literal hugs it (`JSONKeyTable([` … `])`); a `case` label moves its
/// statement to a line of its own; a `guard` moves `else {` to a line of its own, then its condition; a line with
/// no list to break opens its trailing `{ statement }`, or moves a value below its `=` or argument label; a comment
/// is filled into lines of the same kind. Each new line is laid out the same way, so the result depends only on the
/// text and is the same on every run. A line that cannot be broken (one long string literal or word) stays as it
/// is; `swift format` accepts those too.
///
/// Multi-line collection literals that templates write (`[`, one element per line, `]`) get the punctuation
/// `swift format` asks for whatever the number of elements, and an empty parameter list opened on one line and
/// closed on the next is joined (`init() {`).
///
/// The layout works on the UTF-8 bytes of the text. Lines and their widths are counted in characters, as an editor
/// and `swift format` count them: a line in ASCII (nearly every line) is laid out byte by byte, and the rare long
/// line with other characters as an array of `Character`s, by the same code.
enum SwiftLineLayout {
    /// The longest line, in characters, that needs no break.
    static let lineLength = 120

    /// One level of indentation.
    static let indentUnit = "    "

    /// Lays out every line of a Swift file.
    ///
    /// - Parameter text: The file's text, lines ending in `\n`.
    /// - Returns: The text with its multi-line collection literals punctuated and its long lines broken.
    static func layout(_ text: String) -> String {
        String(decoding: layout(utf8: Array(text.utf8)), as: UTF8.self)
    }

    /// Lays out every line of a Swift file given as UTF-8 bytes, as ``layout(_:)`` does.
    ///
    /// - Parameter tidying: Whether to tidy the text first, as ``TemplateSet/tidy(_:)`` does (trailing blanks
    ///   dropped, one final newline), while it is split into lines: the same bytes as tidying the text and laying
    ///   the result out, without a pass over the text and a copy of it.
    static func layout(utf8 text: consuming [UInt8], tidying: Bool = false) -> [UInt8] {
        var lines = Lines(text, tidying: tidying)
        joinEmptyLists(&lines)
        punctuateCollections(&lines)
        var out: [UInt8] = []
        out.reserveCapacity(lines.bytes.count + lines.bytes.count / 8)
        var inCodeBlock = false
        lines.bytes.withUnsafeBufferPointer { bytes in
            // Lines that are written as they are and follow each other in the buffer (with the newline between
            // them) are copied together.
            var pending: Range<Int>?
            func flush() {
                if let run = pending { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run])) }
                pending = nil
            }
            for index in lines.ranges.indices {
                let range = lines.ranges[index]
                let line = UnsafeBufferPointer(rebasing: bytes[range])
                if !lines.isCode[index] || keepsCodeBlockLine(line, &inCodeBlock) || line.count <= lineLength {
                    if let run = pending, range.lowerBound == run.upperBound + 1,
                        bytes[run.upperBound] == Byte.newline
                    {
                        pending = run.lowerBound..<range.upperBound
                        continue
                    }
                    flush()
                    if index > 0 { out.append(Byte.newline) }
                    pending = range
                    continue
                }
                flush()
                if index > 0 { out.append(Byte.newline) }
                appendLaidOut(line, to: &out)
            }
            flush()
        }
        return out
    }

    /// The lines of a file being laid out, as ranges of one byte buffer: the text, followed by the lines an edit
    /// made (an edited line gets a new range at the end of the buffer; a line that only loses its last byte keeps
    /// its start). Lines are neither copied nor retained one by one.
    struct Lines {
        /// The text, then the lines edits made.
        private(set) var bytes: [UInt8]
        /// Each line's bytes (without its newline).
        private(set) var ranges: [Range<Int>] = []
        /// Whether each line is code: lines of a multi-line string literal (and the lines that open and close
        /// one) are text.
        private(set) var isCode: [Bool] = []

        /// Splits a text into its lines; when `tidying`, without the trailing spaces, tabs and carriage returns of
        /// each line, and with the empty lines at the end replaced by one (the text ends in one newline).
        init(_ text: consuming [UInt8], tidying: Bool = false) {
            bytes = text
            // Room for lines of 24 bytes on average (the generated files' run about 45), so that the arrays seldom
            // grow: growing copied them a few dozen times per file.
            let expectedLines = bytes.count / 24 + 16
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(expectedLines)
            var isCode: [Bool] = []
            isCode.reserveCapacity(expectedLines)
            var inMultilineString = false
            // The lines and a line's quotes are found with `ByteScan`; the next quote is looked for once for all the
            // lines up to it, which have none.
            bytes.withUnsafeBytes { raw in
                var start = 0
                var nextQuote = ByteScan.index(of: Byte.quote, in: raw, from: 0, to: raw.count)
                repeat {
                    let end = ByteScan.index(of: Byte.newline, in: raw, from: start, to: raw.count)
                    var delimiters = 0
                    if nextQuote < end {
                        delimiters = tripleQuotes(in: raw, nextQuote..<end)
                        nextQuote = ByteScan.index(
                            of: Byte.quote, in: raw, from: min(end + 1, raw.count), to: raw.count)
                    }
                    var contentEnd = end
                    if tidying {
                        while contentEnd > start, Self.isTrailingBlank(raw[contentEnd - 1]) { contentEnd -= 1 }
                    }
                    ranges.append(start..<contentEnd)
                    isCode.append(!inMultilineString && delimiters == 0)
                    if delimiters % 2 == 1 { inMultilineString.toggle() }
                    start = end + 1
                } while start <= raw.count
            }
            if tidying {
                // The text ends in exactly one newline: the empty lines at its end (none has a quote) become one.
                while ranges.count > 1, ranges[ranges.count - 1].isEmpty {
                    ranges.removeLast()
                    isCode.removeLast()
                }
                let end = ranges[ranges.count - 1].upperBound
                ranges.append(end..<end)
                isCode.append(!inMultilineString)
            }
            self.ranges = ranges
            self.isCode = isCode
        }

        /// The number of lines.
        var count: Int { ranges.count }

        /// Whether a byte is one that tidying drops at the end of a line (a space, a tab or a carriage return).
        private static func isTrailingBlank(_ byte: UInt8) -> Bool {
            byte == Byte.space || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
        }

        /// A line's bytes.
        subscript(index: Int) -> ArraySlice<UInt8> { bytes[ranges[index]] }

        /// A line's last byte, if it has one.
        func last(_ index: Int) -> UInt8? {
            let range = ranges[index]
            return range.isEmpty ? nil : bytes[range.upperBound - 1]
        }

        /// The number of spaces a line starts with.
        func indentation(_ index: Int) -> Int {
            let range = ranges[index]
            var position = range.lowerBound
            while position < range.upperBound && bytes[position] == Byte.space { position += 1 }
            return position - range.lowerBound
        }

        /// The byte of a line at `offset` from its start, if the line is that long.
        func byte(_ index: Int, at offset: Int) -> UInt8? {
            let range = ranges[index]
            return offset < range.count ? bytes[range.lowerBound + offset] : nil
        }

        /// Makes a line `line` (code).
        mutating func replace(_ index: Int, with line: [UInt8]) {
            let start = bytes.count
            bytes += line
            ranges[index] = start..<bytes.count
            isCode[index] = true
        }

        /// Drops a line's last byte.
        mutating func removeLast(_ index: Int) {
            ranges[index] = ranges[index].lowerBound..<(ranges[index].upperBound - 1)
        }

        /// Removes the lines at `dropped` (in increasing order).
        mutating func remove(_ dropped: [Int]) {
            guard !dropped.isEmpty else { return }
            var write = 0
            var next = 0
            for read in ranges.indices {
                if next < dropped.count && dropped[next] == read {
                    next += 1
                    continue
                }
                ranges[write] = ranges[read]
                isCode[write] = isCode[read]
                write += 1
            }
            ranges.removeLast(ranges.count - write)
            isCode.removeLast(isCode.count - write)
        }
    }

    /// Whether a line of code stays as it is, whatever its length, because it is in a code block of a doc comment
    /// (between ``` lines) or is such a ``` line; tracks the code blocks in `inCodeBlock`.
    private static func keepsCodeBlockLine(_ line: UnsafeBufferPointer<UInt8>, _ inCodeBlock: inout Bool) -> Bool {
        let content = line.drop { $0 == Byte.space }
        if starts(content, with: Byte.slash, times: 3) {
            if starts(content.dropFirst(3).drop(while: { $0 == Byte.space }), with: Byte.backtick, times: 3) {
                inCodeBlock.toggle()
                return true
            }
            return inCodeBlock
        }
        inCodeBlock = false
        return false
    }

    /// Appends a line of code, broken into lines when it is too long.
    private static func appendLaidOut(_ line: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        // A line has at most as many characters as bytes.
        guard line.count > lineLength else {
            out.append(contentsOf: line)
            return
        }
        // The broken lines are appended each with its newline; the last one's is not the line's.
        if isASCII(line) {
            Layout<UInt8>.layoutLine(Array(line), into: &out)
            out.removeLast()
        } else {
            var characters: [Character] = []
            Layout<Character>.layoutLine(Array(String(decoding: line, as: UTF8.self)), into: &characters)
            characters.removeLast()
            out += String(characters).utf8
        }
    }

    /// Lays out one line: the line itself when it fits or cannot be broken, otherwise its broken lines.
    static func layoutLine(_ line: String) -> [String] {
        let bytes = Array(line.utf8)
        guard bytes.count > lineLength else { return [line] }
        var out: [UInt8] = []
        bytes.withUnsafeBufferPointer { appendLaidOut($0, to: &out) }
        return out.split(separator: Byte.newline, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    /// The number of `"""` in a line (the bytes of `text` in `range`), counted from its start without overlaps.
    private static func tripleQuotes(in text: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int {
        var count = 0
        var position = range.lowerBound
        while true {
            position = ByteScan.index(of: Byte.quote, in: text, from: position, to: range.upperBound)
            guard position < range.upperBound else { return count }
            var run = 0
            while position < range.upperBound && text[position] == Byte.quote {
                run += 1
                position += 1
            }
            count += run / 3
        }
    }

    /// Whether a line starts with `times` of `byte` (`///`).
    private static func starts<Line: Collection<UInt8>>(_ line: Line, with byte: UInt8, times: Int) -> Bool {
        line.count >= times && !line.prefix(times).contains { $0 != byte }
    }

    /// Whether a line is all ASCII, one byte per character.
    private static func isASCII<Line: Collection<UInt8>>(_ line: Line) -> Bool {
        line.allSatisfy { $0 < 0x80 }
    }

    /// The tokens of a line of code (without its indentation), or `nil` as ``Layout/scan(_:)`` says.
    private static func scan(_ code: ArraySlice<UInt8>) -> [Token]? {
        isASCII(code)
            ? Layout<UInt8>.scan(Array(code)) : Layout<Character>.scan(Array(String(decoding: code, as: UTF8.self)))
    }

    /// Joins a line that ends with `(` and the next line when it closes the list at once (`init(` and `) {` for a
    /// type without fields become `init() {`).
    static func joinEmptyLists(_ lines: inout Lines) {
        var dropped: [Int] = []
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard index + 1 < lines.count, lines.isCode[index], lines.isCode[index + 1],
                lines.last(index) == Byte.openParen
            else { continue }
            let indent = lines.indentation(index)
            if lines.indentation(index + 1) == indent, lines.byte(index + 1, at: indent) == Byte.closeParen,
                let last = scan(lines[index].dropFirst(indent))?.last, last.kind == .open
            {
                lines.replace(index, with: Array(lines[index]) + lines[index + 1].dropFirst(indent))
                dropped.append(index + 1)
                // The next line is gone: the next line to look at is the one after it.
                index += 1
            }
        }
        lines.remove(dropped)
    }

    /// Gives each collection literal that a template writes over several lines (`[`, one element per line, `]`) the
    /// punctuation `swift format` asks for: a trailing comma after the last element when there are two or more,
    /// none when there is one, and `[]` when there are none.
    ///
    /// The elements are the lines one level deeper than the line that opens the literal (deeper lines continue an
    /// element); a literal with a comment, a blank line or a line less indented than its elements is left alone.
    static func punctuateCollections(_ lines: inout Lines) {
        // A literal with no elements joins its closing line, which is dropped afterwards.
        var dropped: [Int] = []
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard lines.isCode[index], lines.last(index) == Byte.openBracket, opensCollection(lines[index]) else {
                continue
            }
            let indent = lines.indentation(index)
            let elementIndent = indent + indentUnit.utf8.count
            var elements = 0
            var closer: Int?
            var next = index + 1
            scan: while next < lines.count, lines.isCode[next] {
                let depth = lines.indentation(next)
                guard let first = lines.byte(next, at: depth) else { break scan }
                if first == Byte.slash && lines.byte(next, at: depth + 1) == Byte.slash { break scan }
                if depth == indent {
                    if first == Byte.closeBracket { closer = next }
                    break scan
                }
                if depth < elementIndent { break scan }
                if depth == elementIndent, first != Byte.closeParen, first != Byte.closeBracket,
                    first != Byte.closeBrace
                {
                    elements += 1
                }
                next += 1
            }
            guard let closer else { continue }
            switch elements {
            case 0 where closer == index + 1:
                lines.replace(index, with: Array(lines[index]) + lines[closer].dropFirst(indent))
                dropped.append(closer)
                // The closing line is gone: the next line to look at is the one after it.
                index += 1
            case 0:
                break
            case 1:
                if lines.last(closer - 1) == Byte.comma { lines.removeLast(closer - 1) }
            default:
                if lines.last(closer - 1) != Byte.comma {
                    lines.replace(closer - 1, with: Array(lines[closer - 1]) + [Byte.comma])
                }
            }
        }
        lines.remove(dropped)
    }

    /// Whether a line of code ends by opening a collection literal (`members: [`).
    private static func opensCollection(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.last == Byte.openBracket, let last = scan(line.dropFirst(indentation(line)))?.last else {
            return false
        }
        return last.kind == .open && last.character == Byte.openBracket && !last.followsValue
    }

    /// The number of spaces a line starts with.
    private static func indentation(_ line: ArraySlice<UInt8>) -> Int {
        line.prefix { $0 == Byte.space }.count
    }

    /// What starts a Markdown block at the start of a line (besides an ordered list item's number).
    fileprivate static let blockMarkers = [
        "- ", "* ", "+ ", "> ", "#", "|", "```", "~~~", "=", "---", "***", "___", "<",
    ]

    /// The ASCII bytes the layout looks at.
    fileprivate enum Byte {
        static let newline = UInt8(ascii: "\n")
        static let space = UInt8(ascii: " ")
        static let quote = UInt8(ascii: "\"")
        static let slash = UInt8(ascii: "/")
        static let backtick = UInt8(ascii: "`")
        static let comma = UInt8(ascii: ",")
        static let openParen = UInt8(ascii: "(")
        static let closeParen = UInt8(ascii: ")")
        static let openBracket = UInt8(ascii: "[")
        static let closeBracket = UInt8(ascii: "]")
        static let openBrace = UInt8(ascii: "{")
        static let closeBrace = UInt8(ascii: "}")
    }

    // MARK: - Scanning

    /// A bracket pair on one line.
    fileprivate struct Group {
        var openIndex: Int
        var closeIndex: Int
        var open: Token
        var close: Token
        /// Whether it is an array or dictionary literal (not a call, subscript or parameter list).
        var isCollection: Bool

        /// The distance between the brackets, in characters.
        var width: Int { close.offset - open.offset - 1 }

        /// The inner pair when the list holds exactly one element and that element is the pair.
        func onlyElementGroup(in tokens: [Token]) -> Group? {
            guard closeIndex - openIndex >= 3 else { return nil }
            let first = tokens[openIndex + 1]
            let last = tokens[closeIndex - 1]
            guard first.kind == .open, first.character != Byte.openBrace, last.kind == .close,
                first.offset == open.offset + 1, last.offset == close.offset - 1
            else { return nil }
            // The first bracket must close at the last one.
            var depth = 0
            for index in (openIndex + 1)..<closeIndex {
                switch tokens[index].kind {
                case .open: depth += 1
                case .close:
                    depth -= 1
                    if depth == 0 && index != closeIndex - 1 { return nil }
                default: break
                }
            }
            return Group(
                openIndex: openIndex + 1, closeIndex: closeIndex - 1, open: first, close: last,
                isCollection: first.character == Byte.openBracket)
        }
    }

    /// A character of a line that matters to the layout, outside string literals.
    struct Token: Equatable {
        enum Kind: Equatable {
            case open
            case close
            case comma
            case colon
            /// `=` with a space on each side.
            case assign
        }

        var kind: Kind
        /// The character, which is ASCII.
        var character: UInt8
        /// Its position in the line, in characters.
        var offset: Int
        /// For an opening bracket: whether a value comes just before it (a call or subscript, not a literal).
        var followsValue: Bool
    }
}

/// What a line is laid out as: a byte of an ASCII line, or a character of another line.
private protocol LineLayoutUnit: Equatable {
    /// The unit of an ASCII character.
    static func ascii(_ byte: UInt8) -> Self
    /// The ASCII character the unit is, or `nil` for any other.
    var asciiByte: UInt8? { get }
    /// Whether it is a letter or a digit (for what may come before a call's parenthesis or in an argument label).
    var isLetterOrNumber: Bool { get }
}

extension UInt8: LineLayoutUnit {
    fileprivate static func ascii(_ byte: UInt8) -> UInt8 { byte }
    fileprivate var asciiByte: UInt8? { self }
    fileprivate var isLetterOrNumber: Bool {
        (0x30...0x39).contains(self) || (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self)
    }
}

extension Character: LineLayoutUnit {
    fileprivate static func ascii(_ byte: UInt8) -> Character { Character(Unicode.Scalar(byte)) }
    fileprivate var asciiByte: UInt8? { utf8.count == 1 ? utf8.first : nil }
    fileprivate var isLetterOrNumber: Bool { isLetter || isNumber }
}

/// The layout of one line, in units (bytes or characters) whose indices are the line's columns.
private enum Layout<Unit: LineLayoutUnit> {
    typealias Token = SwiftLineLayout.Token
    typealias Group = SwiftLineLayout.Group
    typealias Byte = SwiftLineLayout.Byte

    static var lineLength: Int { SwiftLineLayout.lineLength }

    /// A unit for an ASCII character.
    static func unit(_ scalar: Unicode.Scalar) -> Unit { .ascii(UInt8(ascii: scalar)) }

    /// Whether the units start with an ASCII text.
    static func hasPrefix(_ line: ArraySlice<Unit>, _ prefix: String) -> Bool {
        var index = line.startIndex
        for byte in prefix.utf8 {
            guard index < line.endIndex, line[index] == .ascii(byte) else { return false }
            index += 1
        }
        return true
    }

    /// Whether the units end with an ASCII text.
    static func hasSuffix(_ line: ArraySlice<Unit>, _ suffix: String) -> Bool {
        let count = suffix.utf8.count
        return line.count >= count && hasPrefix(line.suffix(count), suffix)
    }

    /// Whether the units are an ASCII text.
    static func equals(_ line: ArraySlice<Unit>, _ text: String) -> Bool {
        line.count == text.utf8.count && hasPrefix(line, text)
    }

    /// Whether an ASCII text occurs in the units.
    static func contains(_ line: ArraySlice<Unit>, _ text: String) -> Bool {
        let count = text.utf8.count
        guard line.count >= count else { return false }
        return (line.startIndex...(line.endIndex - count)).contains { hasPrefix(line[$0...], text) }
    }

    /// The units without their leading and trailing spaces.
    static func trimmed(_ line: ArraySlice<Unit>) -> ArraySlice<Unit> {
        let space = unit(" ")
        let start = line.drop { $0 == space }
        guard let last = start.lastIndex(where: { $0 != space }) else { return start.prefix(0) }
        return start[...last]
    }

    /// Lays out one line, appending to `out` the line itself when it fits or cannot be broken, otherwise its broken
    /// lines, each followed by a newline.
    static func layoutLine(_ line: [Unit], into out: inout [Unit]) {
        guard line.count > lineLength else { return append(line[...], into: &out) }
        let space = unit(" ")
        let indentCount = line.prefix { $0 == space }.count
        let indent = line[..<indentCount]
        let code = Array(line[indentCount...])
        if hasPrefix(code[...], "//") { return wrapComment(code, indent: indent, into: &out) }
        guard let tokens = scan(code) else { return append(line[...], into: &out) }
        if splitCaseLabel(code, tokens, indent: indent, into: &out) { return }
        if splitGuard(code, indent: indent, into: &out) { return }
        if breakList(code, tokens, indent: indent, into: &out) { return }
        if breakBlock(code, tokens, indent: indent, into: &out) { return }
        if breakAfterAssignment(code, tokens, indent: indent, into: &out) { return }
        if breakAfterLabel(code, tokens, indent: indent, into: &out) { return }
        append(line[...], into: &out)
    }

    /// Appends a line as it is: `indent`, the parts and `suffix` (ASCII), then a newline.
    private static func append(
        _ indent: ArraySlice<Unit>, _ part: ArraySlice<Unit> = [], _ more: ArraySlice<Unit> = [], suffix: String = "",
        into out: inout [Unit]
    ) {
        out += indent
        out += part
        out += more
        for byte in suffix.utf8 { out.append(.ascii(byte)) }
        out.append(unit("\n"))
    }

    /// Lays out the line made of `indent`, one more level of indentation when `deeper`, `part`, then a comma when
    /// `comma`: a line that fits is appended from its parts, without being made first.
    private static func layoutLine(
        _ indent: ArraySlice<Unit>, deeper: Bool, _ part: ArraySlice<Unit>, comma: Bool = false,
        into out: inout [Unit]
    ) {
        let deeperCount = deeper ? SwiftLineLayout.indentUnit.utf8.count : 0
        let count = indent.count + deeperCount + part.count + (comma ? 1 : 0)
        if count <= lineLength {
            out += indent
            for _ in 0..<deeperCount { out.append(unit(" ")) }
            out += part
            if comma { out.append(unit(",")) }
            out.append(unit("\n"))
            return
        }
        var line: [Unit] = []
        line.reserveCapacity(count)
        line += indent
        for _ in 0..<deeperCount { line.append(unit(" ")) }
        line += part
        if comma { line.append(unit(",")) }
        layoutLine(line, into: &out)
    }

    // MARK: - Layouts

    /// A `//` or `///` comment → its words filled into lines of the same kind; the continuation of a list item
    /// (`/// - Parameter x: …`) is indented under its text. A table row, a heading, indented text and a word longer
    /// than a line stay as they are.
    private static func wrapComment(_ code: [Unit], indent: ArraySlice<Unit>, into out: inout [Unit]) {
        let space = unit(" ")
        let slashes = code.prefix { $0 == unit("/") }
        let text = code[slashes.count...]
        guard slashes.count <= 3, hasPrefix(text, " "), !hasPrefix(text.dropFirst(), " "),
            !hasPrefix(text.dropFirst(), "|"), !hasPrefix(text.dropFirst(), "#")
        else { return append(indent, code[...], into: &out) }
        let head = indent + slashes + [space]
        let continuation = hasPrefix(text.dropFirst(), "- ") ? head + [space, space] : head
        var prefix = head
        var rest = text.dropFirst()
        while prefix.count + rest.count > lineLength {
            // The last space where the line can end, else the first one after it, such that the next line does not
            // start a Markdown block (a list item, a heading, a quote…). The spaces that fit are those after the first
            // unit and at most `room` units in: looked at from the last one back, then the rest from `limit` on.
            let room = lineLength - prefix.count
            let limit = min(rest.endIndex, rest.startIndex + max(room + 1, 0))
            var cut: Int?
            var index = limit
            while index > rest.startIndex + 1 {
                index -= 1
                if rest[index] == space, !startsBlock(rest[(index + 1)...]) {
                    cut = index
                    break
                }
            }
            index = limit
            while cut == nil, index < rest.endIndex {
                if rest[index] == space, !startsBlock(rest[(index + 1)...]) { cut = index }
                index += 1
            }
            guard let cut else { break }
            append(prefix[...], rest[..<cut], into: &out)
            rest = rest[(cut + 1)...]
            prefix = continuation
        }
        append(prefix[...], rest, into: &out)
    }

    /// Whether Markdown text at the start of a line would begin a block rather than continue a paragraph.
    private static func startsBlock(_ text: ArraySlice<Unit>) -> Bool {
        if text.isEmpty || hasPrefix(text, " ") { return true }
        for marker in SwiftLineLayout.blockMarkers where hasPrefix(text, marker) {
            return true
        }
        let digits = text.prefix { $0.asciiByte.map { (0x30...0x39).contains($0) } ?? false }
        let after = text.dropFirst(digits.count)
        return !digits.isEmpty
            && (hasPrefix(after, ". ") || hasPrefix(after, ") ") || equals(after, ".") || equals(after, ")"))
    }

    /// `case .a: statement` → the label, then the statement indented under it.
    private static func splitCaseLabel(
        _ code: [Unit], _ tokens: [Token], indent: ArraySlice<Unit>, into out: inout [Unit]
    ) -> Bool {
        guard hasPrefix(code[...], "case ") || hasPrefix(code[...], "default:") else { return false }
        var depth = 0
        for token in tokens {
            switch token.kind {
            case .open: depth += 1
            case .close: depth -= 1
            case .colon where depth == 0:
                let label = code[...token.offset]
                let statement = code[(token.offset + 1)...].drop { $0 == unit(" ") }
                guard !statement.isEmpty else { return false }
                append(indent, label, into: &out)
                layoutLine(indent, deeper: true, statement, into: &out)
                return true
            default: break
            }
        }
        return false
    }

    /// `guard condition else {` → `else {` on a line of its own; when the condition still does not fit, `guard`
    /// alone and the condition indented under it.
    private static func splitGuard(_ code: [Unit], indent: ArraySlice<Unit>, into out: inout [Unit]) -> Bool {
        let head = "guard "
        let tail = " else {"
        guard hasPrefix(code[...], head), hasSuffix(code[...], tail),
            code.count > head.utf8.count + tail.utf8.count
        else { return false }
        let headCount = head.utf8.count
        let condition = code[headCount..<(code.count - tail.utf8.count)]
        if indent.count + headCount + condition.count <= lineLength {
            append(indent, code[..<headCount], condition, into: &out)
        } else {
            append(indent, suffix: "guard", into: &out)
            layoutLine(indent, deeper: true, condition, into: &out)
        }
        append(indent, suffix: "else {", into: &out)
        return true
    }

    /// Breaks the widest bracketed list of the line (outside any other bracket), one element per line.
    private static func breakList(
        _ code: [Unit], _ tokens: [Token], indent: ArraySlice<Unit>, into out: inout [Unit]
    ) -> Bool {
        guard var group = widestGroup(tokens) else { return false }
        var prefix = code[...group.open.offset]
        var suffix = code[group.close.offset...]
        // A list whose only element is a collection literal hugs it: `f([` … `])`.
        while let inner = group.onlyElementGroup(in: tokens), inner.isCollection {
            // The hugged brackets follow the prefix and precede the suffix in the line.
            prefix = code[...inner.open.offset]
            suffix = code[inner.close.offset...]
            group = inner
        }
        let elements = self.elements(of: group, in: code, tokens: tokens)
        guard !elements.isEmpty else { return false }
        layoutLine(indent, deeper: false, prefix, into: &out)
        let trailingComma = group.isCollection && elements.count > 1
        for (index, element) in elements.enumerated() {
            let comma = index < elements.count - 1 || trailingComma
            layoutLine(indent, deeper: true, element, comma: comma, into: &out)
        }
        layoutLine(indent, deeper: false, suffix, into: &out)
        return true
    }

    /// `… { statement }` at the end of a line → the statement on a line of its own, `}` on the next.
    private static func breakBlock(
        _ code: [Unit], _ tokens: [Token], indent: ArraySlice<Unit>, into out: inout [Unit]
    ) -> Bool {
        guard let close = tokens.last, close.kind == .close, close.character == Byte.closeBrace,
            close.offset + 1 == code.count
        else { return false }
        var depth = 0
        var openIndex: Int?
        for index in tokens.indices.reversed() {
            switch tokens[index].kind {
            case .close: depth += 1
            case .open:
                depth -= 1
                if depth == 0 { openIndex = index }
            default: break
            }
            if openIndex != nil { break }
        }
        guard let openIndex, tokens[openIndex].character == Byte.openBrace,
            !tokens[..<openIndex].contains(where: { $0.kind == .open && $0.character == Byte.openBrace })
        else { return false }
        let open = tokens[openIndex]
        let statement = trimmed(code[(open.offset + 1)..<close.offset])
        // A closure with a signature (`{ x in … }`) or several statements keeps its line.
        guard !statement.isEmpty, !contains(statement, ";"), !contains(statement, " in ") else { return false }
        layoutLine(indent, deeper: false, code[...open.offset], into: &out)
        layoutLine(indent, deeper: true, statement, into: &out)
        append(indent, suffix: "}", into: &out)
        return true
    }

    /// `name = value` → the value on the next line, indented.
    private static func breakAfterAssignment(
        _ code: [Unit], _ tokens: [Token], indent: ArraySlice<Unit>, into out: inout [Unit]
    ) -> Bool {
        var depth = 0
        for token in tokens {
            switch token.kind {
            case .open: depth += 1
            case .close: depth -= 1
            case .assign where depth == 0:
                let head = code[..<(token.offset - 1)]
                let value = code[(token.offset + 1)...].drop { $0 == unit(" ") }
                guard !head.isEmpty, !value.isEmpty, !opensBlock(value) else { return false }
                append(indent, head, suffix: " =", into: &out)
                layoutLine(indent, deeper: true, value, into: &out)
                return true
            default: break
            }
        }
        return false
    }

    /// `label: value` (an argument) → the value on the next line, indented.
    private static func breakAfterLabel(
        _ code: [Unit], _ tokens: [Token], indent: ArraySlice<Unit>, into out: inout [Unit]
    ) -> Bool {
        guard let colon = tokens.first, colon.kind == .colon else { return false }
        let label = code[..<colon.offset]
        let value = code[(colon.offset + 1)...].drop { $0 == unit(" ") }
        guard !label.isEmpty, !value.isEmpty, !opensBlock(value), !equals(label, "case"), !equals(label, "default"),
            label.allSatisfy({ $0.isLetterOrNumber || $0 == unit("_") })
        else { return false }
        append(indent, label, suffix: ":", into: &out)
        layoutLine(indent, deeper: true, value, into: &out)
        return true
    }

    /// Whether a value ends by opening brackets that later lines close: it stays on the line it starts on.
    private static func opensBlock(_ value: ArraySlice<Unit>) -> Bool {
        guard let last = value.last else { return false }
        return last == unit("(") || last == unit("[") || last == unit("{")
    }

    /// The bracket pair (`(…)` or `[…]`) at the top level of the line, opened and closed on it, with the widest
    /// contents; the first of equals.
    private static func widestGroup(_ tokens: [Token]) -> Group? {
        var best: Group?
        var stack: [Int] = []
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .open:
                stack.append(index)
            case .close:
                guard let openIndex = stack.popLast() else { continue }
                let open = tokens[openIndex]
                guard stack.isEmpty, open.character != Byte.openBrace else { continue }
                let candidate = Group(
                    openIndex: openIndex, closeIndex: index, open: open, close: token,
                    isCollection: open.character == Byte.openBracket && !open.followsValue)
                if candidate.width > (best?.width ?? 0) { best = candidate }
            default: break
            }
        }
        return best
    }

    /// A list's elements, trimmed, split at its top-level commas; a trailing comma is dropped.
    private static func elements(of group: Group, in code: [Unit], tokens: [Token]) -> [ArraySlice<Unit>] {
        var cuts: [Int] = [group.open.offset + 1]
        var depth = 0
        for index in (group.openIndex + 1)..<group.closeIndex {
            let token = tokens[index]
            switch token.kind {
            case .open: depth += 1
            case .close: depth -= 1
            case .comma where depth == 0: cuts.append(token.offset)
            default: break
            }
        }
        cuts.append(group.close.offset)
        var elements: [ArraySlice<Unit>] = []
        for index in 0..<(cuts.count - 1) {
            let start = index == 0 ? cuts[0] : cuts[index] + 1
            elements.append(trimmed(code[start..<cuts[index + 1]]))
        }
        if elements.last?.isEmpty == true { elements.removeLast() }
        // A closure, not the key path `\.isEmpty`: in this generic type the key path is made anew at each call.
        return elements.contains { $0.isEmpty } ? [] : elements
    }

    /// The brackets, commas, colons and assignments of a line of code, or `nil` when the line is not one this
    /// layout understands: it has a comment, a raw string or a string interpolation, or a string literal does not
    /// close.
    static func scan(_ code: [Unit]) -> [Token]? {
        var tokens: [Token] = []
        // Room for a token every four units, in place of growing from one.
        tokens.reserveCapacity(code.count / 4)
        var inString = false
        var escaped = false
        var previous = Byte.newline
        var previousIsLetterOrNumber = false
        for offset in code.indices {
            let element = code[offset]
            let character = element.asciiByte
            defer {
                // A character other than ASCII is none of the characters the scan compares with (0 stands for it).
                previous = character ?? 0
                previousIsLetterOrNumber = element.isLetterOrNumber
            }
            if inString {
                if escaped {
                    if character == Byte.openParen { return nil }
                    escaped = false
                } else if character == UInt8(ascii: "\\") {
                    escaped = true
                } else if character == Byte.quote {
                    inString = false
                }
                continue
            }
            guard let character else { continue }
            switch character {
            case Byte.quote:
                if previous == UInt8(ascii: "#") { return nil }
                inString = true
            case UInt8(ascii: "/") where previous == UInt8(ascii: "/"),
                UInt8(ascii: "*") where previous == UInt8(ascii: "/"):
                return nil
            case Byte.openParen, Byte.openBracket, Byte.openBrace:
                let followsValue =
                    previousIsLetterOrNumber || previous == UInt8(ascii: "_") || previous == Byte.closeParen
                    || previous == Byte.closeBracket || previous == UInt8(ascii: "?") || previous == UInt8(ascii: "!")
                    || previous == UInt8(ascii: ">")
                tokens.append(Token(kind: .open, character: character, offset: offset, followsValue: followsValue))
            case Byte.closeParen, Byte.closeBracket, Byte.closeBrace:
                tokens.append(Token(kind: .close, character: character, offset: offset, followsValue: false))
            case Byte.comma:
                tokens.append(Token(kind: .comma, character: character, offset: offset, followsValue: false))
            case UInt8(ascii: ":"):
                tokens.append(Token(kind: .colon, character: character, offset: offset, followsValue: false))
            case UInt8(ascii: "=") where previous == Byte.space && code.dropFirst(offset + 1).first == unit(" "):
                tokens.append(Token(kind: .assign, character: character, offset: offset, followsValue: false))
            default:
                break
            }
        }
        return inString ? nil : tokens
    }
}
