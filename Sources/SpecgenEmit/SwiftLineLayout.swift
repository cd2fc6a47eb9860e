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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Lines of a multi-line string literal (and the lines that open and close one) are text, not code.
        var isCode: [Bool] = []
        var inMultilineString = false
        for line in lines {
            let delimiters = line.components(separatedBy: "\"\"\"").count - 1
            isCode.append(!inMultilineString && delimiters == 0)
            if delimiters % 2 == 1 { inMultilineString.toggle() }
        }
        joinEmptyLists(&lines, isCode: &isCode)
        punctuateCollections(&lines, isCode: &isCode)
        var out: [String] = []
        var inCodeBlock = false
        for (line, code) in zip(lines, isCode) {
            guard code else {
                out.append(line)
                continue
            }
            // A code block in a doc comment (between ``` lines) keeps its lines.
            let text = line.drop { $0 == " " }
            if text.hasPrefix("///") {
                if text.dropFirst(3).drop(while: { $0 == " " }).hasPrefix("```") {
                    inCodeBlock.toggle()
                    out.append(line)
                    continue
                }
                if inCodeBlock {
                    out.append(line)
                    continue
                }
            } else {
                inCodeBlock = false
            }
            out += layoutLine(line)
        }
        return out.joined(separator: "\n")
    }

    /// Joins a line that ends with `(` and the next line when it closes the list at once (`init(` and `) {` for a
    /// type without fields become `init() {`).
    static func joinEmptyLists(_ lines: inout [String], isCode: inout [Bool]) {
        var index = 0
        while index + 1 < lines.count {
            defer { index += 1 }
            let line = lines[index]
            let next = lines[index + 1]
            guard isCode[index], isCode[index + 1], line.hasSuffix("("), indentation(next) == indentation(line),
                next.dropFirst(indentation(next)).hasPrefix(")"),
                let last = Token.scan(String(line.dropFirst(indentation(line))))?.last,
                last.kind == .open
            else { continue }
            lines[index] += next.dropFirst(indentation(next))
            lines.remove(at: index + 1)
            isCode.remove(at: index + 1)
        }
    }

    /// Gives each collection literal that a template writes over several lines (`[`, one element per line, `]`) the
    /// punctuation `swift format` asks for: a trailing comma after the last element when there are two or more,
    /// none when there is one, and `[]` when there are none.
    ///
    /// The elements are the lines one level deeper than the line that opens the literal (deeper lines continue an
    /// element); a literal with a comment, a blank line or a line less indented than its elements is left alone.
    static func punctuateCollections(_ lines: inout [String], isCode: inout [Bool]) {
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard isCode[index], opensCollection(lines[index]) else { continue }
            let indent = indentation(lines[index])
            var elements = 0
            var closer: Int?
            var next = index + 1
            scan: while next < lines.count, isCode[next] {
                let line = lines[next]
                let depth = indentation(line)
                let code = line.dropFirst(depth)
                if code.isEmpty || code.hasPrefix("//") { break scan }
                if depth == indent {
                    if code.hasPrefix("]") { closer = next }
                    break scan
                }
                if depth < indent + indentUnit.count { break scan }
                if depth == indent + indentUnit.count, !(code.first.map { ")]}".contains($0) } ?? false) {
                    elements += 1
                }
                next += 1
            }
            guard let closer else { continue }
            switch elements {
            case 0 where closer == index + 1:
                lines[index] += lines[closer].dropFirst(indent)
                lines.removeSubrange((index + 1)...closer)
                isCode.removeSubrange((index + 1)...closer)
            case 0:
                break
            case 1:
                if lines[closer - 1].hasSuffix(",") { lines[closer - 1].removeLast() }
            default:
                if !lines[closer - 1].hasSuffix(",") { lines[closer - 1] += "," }
            }
        }
    }

    /// Whether a line of code ends by opening a collection literal (`members: [`).
    private static func opensCollection(_ line: String) -> Bool {
        guard line.hasSuffix("["), let tokens = Token.scan(String(line.dropFirst(indentation(line)))),
            let last = tokens.last
        else { return false }
        return last.kind == .open && last.character == "[" && !last.followsValue
    }

    /// The number of spaces a line starts with.
    private static func indentation(_ line: String) -> Int {
        line.prefix { $0 == " " }.count
    }

    /// Lays out one line: the line itself when it fits or cannot be broken, otherwise its broken lines.
    static func layoutLine(_ line: String) -> [String] {
        guard line.count > lineLength else { return [line] }
        let indent = String(line.prefix { $0 == " " })
        let code = String(line.dropFirst(indent.count))
        if code.hasPrefix("//") { return wrapComment(code, indent: indent) }
        guard let tokens = Token.scan(code) else { return [line] }
        if let lines = splitCaseLabel(code, tokens, indent: indent) { return lines }
        if let lines = splitGuard(code, indent: indent) { return lines }
        if let lines = breakList(code, tokens, indent: indent) { return lines }
        if let lines = breakBlock(code, tokens, indent: indent) { return lines }
        if let lines = breakAfterAssignment(code, tokens, indent: indent) { return lines }
        if let lines = breakAfterLabel(code, tokens, indent: indent) { return lines }
        return [line]
    }

    // MARK: - Layouts

    /// A `//` or `///` comment → its words filled into lines of the same kind; the continuation of a list item
    /// (`/// - Parameter x: …`) is indented under its text. A table row, a heading, indented text and a word longer
    /// than a line stay as they are.
    private static func wrapComment(_ code: String, indent: String) -> [String] {
        let slashes = code.prefix { $0 == "/" }
        let text = code.dropFirst(slashes.count)
        guard slashes.count <= 3, text.hasPrefix(" "), !text.dropFirst().hasPrefix(" "),
            !text.dropFirst().hasPrefix("|"), !text.dropFirst().hasPrefix("#")
        else { return [indent + code] }
        let head = indent + slashes + " "
        let hanging = text.dropFirst().hasPrefix("- ") ? "  " : ""
        var lines: [String] = []
        var prefix = head
        var rest = text.dropFirst()
        var remaining = rest.count
        while prefix.count + remaining > lineLength {
            // The last space where the line can end, else the first one after it, such that the next line does not
            // start a Markdown block (a list item, a heading, a quote…).
            let room = lineLength - prefix.count
            var fitting: [(index: Substring.Index, offset: Int)] = []
            var index = rest.startIndex
            var offset = 0
            while index < rest.endIndex, offset <= room {
                if offset > 0, rest[index] == " " { fitting.append((index, offset)) }
                index = rest.index(after: index)
                offset += 1
            }
            var cut = fitting.reversed().first { !startsBlock(rest[rest.index(after: $0.index)...]) }
            while cut == nil, index < rest.endIndex {
                if rest[index] == " ", !startsBlock(rest[rest.index(after: index)...]) { cut = (index, offset) }
                index = rest.index(after: index)
                offset += 1
            }
            guard let cut else { break }
            lines.append(prefix + rest[..<cut.index])
            rest = rest[rest.index(after: cut.index)...]
            remaining -= cut.offset + 1
            prefix = head + hanging
        }
        lines.append(prefix + rest)
        return lines
    }

    /// Whether Markdown text at the start of a line would begin a block rather than continue a paragraph.
    private static func startsBlock(_ text: Substring) -> Bool {
        if text.isEmpty || text.hasPrefix(" ") { return true }
        for marker in ["- ", "* ", "+ ", "> ", "#", "|", "```", "~~~", "=", "---", "***", "___", "<"]
        where text.hasPrefix(marker) {
            return true
        }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let after = text.dropFirst(digits.count)
        return !digits.isEmpty && (after.hasPrefix(". ") || after.hasPrefix(") ") || after == "." || after == ")")
    }

    /// `case .a: statement` → the label, then the statement indented under it.
    private static func splitCaseLabel(_ code: String, _ tokens: [Token], indent: String) -> [String]? {
        guard code.hasPrefix("case ") || code.hasPrefix("default:") else { return nil }
        var depth = 0
        for token in tokens {
            switch token.kind {
            case .open: depth += 1
            case .close: depth -= 1
            case .colon where depth == 0:
                let label = String(code[..<code.index(after: token.start)])
                let statement = code[code.index(after: token.start)...].drop { $0 == " " }
                guard !statement.isEmpty else { return nil }
                return [indent + label] + layoutLine(indent + indentUnit + statement)
            default: break
            }
        }
        return nil
    }

    /// `guard condition else {` → `else {` on a line of its own; when the condition still does not fit, `guard`
    /// alone and the condition indented under it.
    private static func splitGuard(_ code: String, indent: String) -> [String]? {
        let head = "guard "
        let tail = " else {"
        guard code.hasPrefix(head), code.hasSuffix(tail), code.count > head.count + tail.count else { return nil }
        let condition = String(code.dropFirst(head.count).dropLast(tail.count))
        let oneLine = indent + head + condition
        if oneLine.count <= lineLength { return [oneLine, indent + "else {"] }
        return [indent + "guard"] + layoutLine(indent + indentUnit + condition) + [indent + "else {"]
    }

    /// Breaks the widest bracketed list of the line (outside any other bracket), one element per line.
    private static func breakList(_ code: String, _ tokens: [Token], indent: String) -> [String]? {
        guard var group = widestGroup(tokens) else { return nil }
        var prefix = String(code[..<code.index(after: group.open.start)])
        var suffix = String(code[group.close.start...])
        // A list whose only element is a collection literal hugs it: `f([` … `])`.
        while let inner = group.onlyElementGroup(in: tokens), inner.isCollection {
            prefix += String(code[code.index(after: group.open.start)...inner.open.start])
            suffix = String(code[inner.close.start..<group.close.start]) + suffix
            group = inner
        }
        let elements = group.elements(in: code, tokens: tokens)
        guard !elements.isEmpty else { return nil }
        var lines = layoutLine(indent + prefix)
        let trailingComma = group.isCollection && elements.count > 1
        for (index, element) in elements.enumerated() {
            let comma = index < elements.count - 1 || trailingComma ? "," : ""
            lines += layoutLine(indent + indentUnit + element + comma)
        }
        lines += layoutLine(indent + suffix)
        return lines
    }

    /// `… { statement }` at the end of a line → the statement on a line of its own, `}` on the next.
    private static func breakBlock(_ code: String, _ tokens: [Token], indent: String) -> [String]? {
        guard let close = tokens.last, close.kind == .close, close.character == "}",
            code.index(after: close.start) == code.endIndex
        else { return nil }
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
        guard let openIndex, tokens[openIndex].character == "{",
            !tokens[..<openIndex].contains(where: { $0.kind == .open && $0.character == "{" })
        else { return nil }
        let open = tokens[openIndex]
        let body = code[code.index(after: open.start)..<close.start].drop { $0 == " " }
        let statement = String(body.reversed().drop { $0 == " " }.reversed())
        // A closure with a signature (`{ x in … }`) or several statements keeps its line.
        guard !statement.isEmpty, !statement.contains(";"), !statement.contains(" in ") else { return nil }
        let head = String(code[...open.start])
        return layoutLine(indent + head) + layoutLine(indent + indentUnit + statement) + [indent + "}"]
    }

    /// `name = value` → the value on the next line, indented.
    private static func breakAfterAssignment(_ code: String, _ tokens: [Token], indent: String) -> [String]? {
        var depth = 0
        for token in tokens {
            switch token.kind {
            case .open: depth += 1
            case .close: depth -= 1
            case .assign where depth == 0:
                let head = code[..<code.index(before: token.start)]
                let value = code[code.index(after: token.start)...].drop { $0 == " " }
                guard !head.isEmpty, !value.isEmpty, !opensBlock(value) else { return nil }
                return [indent + head + " ="] + layoutLine(indent + indentUnit + value)
            default: break
            }
        }
        return nil
    }

    /// `label: value` (an argument) → the value on the next line, indented.
    private static func breakAfterLabel(_ code: String, _ tokens: [Token], indent: String) -> [String]? {
        guard let colon = tokens.first, colon.kind == .colon else { return nil }
        let label = code[..<colon.start]
        let value = code[code.index(after: colon.start)...].drop { $0 == " " }
        guard !label.isEmpty, !value.isEmpty, !opensBlock(value), !["case", "default"].contains(label),
            label.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
        else { return nil }
        return [indent + label + ":"] + layoutLine(indent + indentUnit + value)
    }

    /// Whether a value ends by opening brackets that later lines close: it stays on the line it starts on.
    private static func opensBlock(_ value: Substring) -> Bool {
        guard let last = value.last else { return false }
        return "([{".contains(last)
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
                guard stack.isEmpty, open.character != "{" else { continue }
                let candidate = Group(
                    openIndex: openIndex, closeIndex: index, open: open, close: token,
                    isCollection: open.character == "[" && !open.followsValue)
                if candidate.width > (best?.width ?? 0) { best = candidate }
            default: break
            }
        }
        return best
    }

    // MARK: - Scanning

    /// A bracket pair on one line.
    private struct Group {
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
            guard first.kind == .open, first.character != "{", last.kind == .close,
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
                isCollection: first.character == "[")
        }

        /// The list's elements, trimmed, split at its top-level commas; a trailing comma is dropped.
        func elements(in code: String, tokens: [Token]) -> [String] {
            var cuts: [String.Index] = [code.index(after: open.start)]
            var depth = 0
            for index in (openIndex + 1)..<closeIndex {
                let token = tokens[index]
                switch token.kind {
                case .open: depth += 1
                case .close: depth -= 1
                case .comma where depth == 0: cuts.append(token.start)
                default: break
                }
            }
            cuts.append(close.start)
            var elements: [String] = []
            for index in 0..<(cuts.count - 1) {
                let start = index == 0 ? cuts[0] : code.index(after: cuts[index])
                let element = code[start..<cuts[index + 1]].drop { $0 == " " }
                elements.append(String(element.reversed().drop { $0 == " " }.reversed()))
            }
            if elements.last?.isEmpty == true { elements.removeLast() }
            return elements.contains(where: \.isEmpty) ? [] : elements
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
        var character: Character
        /// Where it is in the line.
        var start: String.Index
        /// Its position in characters.
        var offset: Int
        /// For an opening bracket: whether a value comes just before it (a call or subscript, not a literal).
        var followsValue: Bool

        /// The brackets, commas, colons and assignments of a line of code, or `nil` when the line is not one this
        /// layout understands: it has a comment, a raw string or a string interpolation, or a string literal does not
        /// close.
        static func scan(_ code: String) -> [Token]? {
            var tokens: [Token] = []
            var inString = false
            var escaped = false
            var previous: Character = "\n"
            var offset = 0
            var index = code.startIndex
            while index < code.endIndex {
                let character = code[index]
                defer {
                    previous = character
                    offset += 1
                    index = code.index(after: index)
                }
                if inString {
                    if escaped {
                        if character == "(" { return nil }
                        escaped = false
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "\"" {
                        inString = false
                    }
                    continue
                }
                switch character {
                case "\"":
                    if previous == "#" { return nil }
                    inString = true
                case "/" where previous == "/", "*" where previous == "/":
                    return nil
                case "(", "[", "{":
                    let followsValue =
                        previous.isLetter || previous.isNumber || previous == "_" || previous == ")"
                        || previous == "]" || previous == "?" || previous == "!" || previous == ">"
                    tokens.append(
                        Token(
                            kind: .open, character: character, start: index, offset: offset,
                            followsValue: followsValue))
                case ")", "]", "}":
                    tokens.append(
                        Token(
                            kind: .close, character: character, start: index, offset: offset,
                            followsValue: false))
                case ",":
                    tokens.append(
                        Token(
                            kind: .comma, character: character, start: index, offset: offset,
                            followsValue: false))
                case ":":
                    tokens.append(
                        Token(
                            kind: .colon, character: character, start: index, offset: offset,
                            followsValue: false))
                case "=" where previous == " " && code[code.index(after: index)...].first == " ":
                    tokens.append(
                        Token(
                            kind: .assign, character: character, start: index, offset: offset,
                            followsValue: false))
                default:
                    break
                }
            }
            return inString ? nil : tokens
        }
    }
}
