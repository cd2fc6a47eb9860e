import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport

/// The Type-column grammar of the osu! docs:
///
/// ```
/// expr     := postfix ( "|" postfix )*          -- `\|` in the table source
/// postfix  := primary ( "[]" | "?" )*
/// primary  := "(" expr ")" | link | code | name
/// link     := "[" text "](#" anchor ")"          -- text may be dotted: Parent.Child
/// name     := string | integer | float | number | boolean | bool | object | null | DateTime | BareName
/// ```
///
/// A union whose members are all code spans is a literal union (`` `normal` \| `sticky` ``); a whole type written
/// in one code span (`` `number` ``, `` `Mod[]` ``) is read as that type; a `null` member makes the rest nullable.
struct OsuTypeGrammar {
    /// Primitive names, as the docs write them.
    static let primitives: [String: SpecPrimitive] = [
        "string": .string, "integer": .integer, "float": .number, "number": .number, "boolean": .boolean,
        "bool": .boolean, "object": .object, "DateTime": .timestamp,
    ]

    private enum Token: Equatable {
        case link(anchor: String?, text: String)
        case code(String)
        case name(String)
        case openParen, closeParen, brackets, question, pipe
        case other(String)
    }

    let range: SourceRange
    let diagnostics: DiagnosticCollector

    /// Parses a Type cell; `nil` for an empty cell. Text that is not a type expression is reported and becomes
    /// ``SpecType/untyped(_:)``.
    func parse(_ inlines: [Inline]) -> SpecType? {
        let source = inlines.markdownText
        var tokens: [Token] = []
        tokenize(inlines, into: &tokens)
        if tokens.isEmpty { return nil }
        // A whole type inside one code span: read the span's content as the type.
        if tokens.count == 1, case .code(let content) = tokens[0] {
            let inner = MarkdownReader.parseInlines(content)
            if let parsed = OsuTypeGrammar(range: range, diagnostics: DiagnosticCollector()).parse(inner),
                !isUntyped(parsed)
            {
                return parsed
            }
            return .literals([content])
        }
        var index = 0
        guard let expression = parseUnion(tokens, &index), index == tokens.count else {
            return untyped(source)
        }
        return normalize(expression) ?? untyped(source)
    }

    private func isUntyped(_ type: SpecType) -> Bool {
        if case .untyped = type { return true }
        return false
    }

    private func untyped(_ source: String) -> SpecType {
        diagnostics.emit(
            .warning,
            "type '\(source)' is not a type expression (expected a type such as `string`, `integer[]`, "
                + "`[Name](#anchor)?` or a `\\|` union); the field accepts any JSON value",
            at: range, code: "untyped-field")
        return .untyped(source)
    }

    // MARK: - Tokens

    private func tokenize(_ inlines: [Inline], into tokens: inout [Token]) {
        for inline in inlines {
            switch inline {
            case .link(let destination, _, let children):
                let text = children.plainText
                let anchor: String? = destination.hasPrefix("#") ? String(destination.dropFirst()) : nil
                tokens.append(.link(anchor: anchor, text: text))
            case .code(let content):
                tokens.append(.code(content))
            case .text(let text):
                tokenizeText(text, into: &tokens)
            case .emphasis(let children), .strong(let children):
                tokenize(children, into: &tokens)
            case .image(_, _, let children):
                tokens.append(.other(children.plainText))
            case .html(let html):
                tokens.append(.other(html))
            case .softBreak, .lineBreak:
                continue
            }
        }
    }

    private func tokenizeText(_ text: String, into tokens: inout [Token]) {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let c = scalars[index]
            switch c {
            case " ", "\t", "\n":
                index += 1
            case "(":
                tokens.append(.openParen)
                index += 1
            case ")":
                tokens.append(.closeParen)
                index += 1
            case "?":
                tokens.append(.question)
                index += 1
            case "|":
                tokens.append(.pipe)
                index += 1
            case "[" where index + 1 < scalars.count && scalars[index + 1] == "]":
                tokens.append(.brackets)
                index += 2
            default:
                if Self.isNameScalar(c) {
                    var end = index
                    while end < scalars.count, Self.isNameScalar(scalars[end]) { end += 1 }
                    var name = String(String.UnicodeScalarView(scalars[index..<end]))
                    // A trailing dot ends a sentence, not a name.
                    while name.hasSuffix(".") { name.removeLast() }
                    tokens.append(.name(name))
                    index = end
                } else {
                    tokens.append(.other(String(c)))
                    index += 1
                }
            }
        }
    }

    private static func isNameScalar(_ c: Unicode.Scalar) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "_" || c == "."
    }

    // MARK: - Parsing

    /// A parsed expression before `null` members and literal unions are folded.
    private indirect enum Expression {
        case link(anchor: String?, text: String)
        case code(String)
        case name(String)
        case array(Expression)
        case nullable(Expression)
        case union([Expression])
    }

    private func parseUnion(_ tokens: [Token], _ index: inout Int) -> Expression? {
        guard let first = parsePostfix(tokens, &index) else { return nil }
        var members = [first]
        while index < tokens.count, tokens[index] == .pipe {
            index += 1
            guard let next = parsePostfix(tokens, &index) else { return nil }
            members.append(next)
        }
        return members.count == 1 ? first : .union(members)
    }

    private func parsePostfix(_ tokens: [Token], _ index: inout Int) -> Expression? {
        guard var expression = parsePrimary(tokens, &index) else { return nil }
        while index < tokens.count {
            if tokens[index] == .brackets {
                expression = .array(expression)
            } else if tokens[index] == .question {
                expression = .nullable(expression)
            } else {
                break
            }
            index += 1
        }
        return expression
    }

    private func parsePrimary(_ tokens: [Token], _ index: inout Int) -> Expression? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        index += 1
        switch token {
        case .openParen:
            guard let inner = parseUnion(tokens, &index), index < tokens.count, tokens[index] == .closeParen else {
                return nil
            }
            index += 1
            return inner
        case .link(let anchor, let text): return .link(anchor: anchor, text: text)
        case .code(let content): return .code(content)
        case .name(let name): return name.isEmpty ? nil : .name(name)
        default: return nil
        }
    }

    private func normalize(_ expression: Expression) -> SpecType? {
        switch expression {
        case .link(let anchor, let text):
            return .reference(SpecReference(anchor: anchor, name: text, range: range))
        case .name(let name):
            if name == "null" { return nil }
            if let primitive = Self.primitives[name] { return .primitive(primitive) }
            return .reference(SpecReference(anchor: nil, name: name, range: range))
        case .code(let content):
            return .literals([content])
        case .array(let element):
            return normalize(element).map { .array($0) }
        case .nullable(let inner):
            return normalize(inner).map { .nullable($0) }
        case .union(let members):
            var literals: [String] = []
            var others: [SpecType] = []
            var nullable = false
            for member in members {
                if case .name("null") = member {
                    nullable = true
                } else if case .nullable(.name("null")) = member {
                    nullable = true
                } else if case .code(let content) = member {
                    literals.append(content)
                } else if case .nullable(.code(let content)) = member {
                    // `` `a` \| `b`? ``: the `?` makes the whole literal union nullable.
                    literals.append(content)
                    nullable = true
                } else if let type = normalize(member) {
                    let (inner, memberNullable) = type.strippingNullable
                    nullable = nullable || memberNullable
                    others.append(inner)
                } else {
                    return nil
                }
            }
            let core: SpecType
            if !literals.isEmpty {
                guard others.isEmpty else { return nil }
                core = .literals(literals)
            } else if others.count == 1 {
                core = others[0]
            } else if others.isEmpty {
                return nil
            } else {
                core = .union(others)
            }
            return nullable ? .nullable(core) : core
        }
    }
}
