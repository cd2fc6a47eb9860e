import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport

/// The Type-column grammar of the osu! docs, on the shared type-expression framework (``TypeTokenizer``,
/// ``TypeTokenCursor``, ``TypeExpressionSite``):
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

    /// Words are names, possibly dotted; the symbols are the grammar's punctuation.
    static let tokenizer = TypeTokenizer(symbols: ["[]", "(", ")", "?", "|"], wordPunctuation: ["_", "."])

    /// What the docs' types look like, for the report of a cell that is not one.
    static let expected = "a type such as `string`, `integer[]`, `[Name](#anchor)?` or a `\\|` union"

    let site: TypeExpressionSite

    init(range: SourceRange, diagnostics: DiagnosticCollector) {
        site = TypeExpressionSite(range: range, diagnostics: diagnostics)
    }

    var range: SourceRange { site.range }

    /// Parses a Type cell; `nil` for an empty cell. Text that is not a type expression is reported and becomes
    /// ``SpecType/untyped(_:)``.
    func parse(_ inlines: [Inline]) -> SpecType? {
        // Most type cells are a primitive's name with `[]` and `?` after it (`integer`, `string[]`, `boolean?`).
        if inlines.count == 1, case .text(let text) = inlines[0], let type = Self.primitiveWithSuffixes(text) {
            return type
        }
        return parseTokens(inlines)
    }

    /// The type of a text that is a primitive's name (letters only) followed by nothing but `[]` and `?`, built as
    /// ``parseTokens(_:)`` builds it (each suffix wraps what is before it); `nil` for any other text.
    static func primitiveWithSuffixes(_ text: String) -> SpecType? {
        var text = text
        return text.withUTF8 { bytes -> SpecType? in
            var index = 0
            while index < bytes.count, (bytes[index] | 0x20) >= UInt8(ascii: "a"),
                (bytes[index] | 0x20) <= UInt8(ascii: "z")
            {
                index += 1
            }
            guard index > 0,
                let primitive = primitives[
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<index]), as: UTF8.self)]
            else { return nil }
            var type = SpecType.primitive(primitive)
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "?") {
                    type = .nullable(type)
                    index += 1
                } else if bytes[index] == UInt8(ascii: "["), index + 1 < bytes.count,
                    bytes[index + 1] == UInt8(ascii: "]")
                {
                    type = .array(type)
                    index += 2
                } else {
                    return nil
                }
            }
            return type
        }
    }

    /// The type of a cell read token by token.
    func parseTokens(_ inlines: [Inline]) -> SpecType? {
        let tokens = Self.tokenizer.tokens(inlines)
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
        var cursor = TypeTokenCursor(tokens)
        // The text as written is only needed for the report of a cell that is not a type.
        guard let expression = parseUnion(&cursor), cursor.isAtEnd else {
            return site.untyped(inlines.markdownText, expected: Self.expected)
        }
        return normalize(expression) ?? site.untyped(inlines.markdownText, expected: Self.expected)
    }

    private func isUntyped(_ type: SpecType) -> Bool {
        if case .untyped = type { return true }
        return false
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

    private func parseUnion(_ cursor: inout TypeTokenCursor) -> Expression? {
        guard let first = parsePostfix(&cursor) else { return nil }
        var members = [first]
        while cursor.accept(symbol: "|") {
            guard let next = parsePostfix(&cursor) else { return nil }
            members.append(next)
        }
        return members.count == 1 ? first : .union(members)
    }

    private func parsePostfix(_ cursor: inout TypeTokenCursor) -> Expression? {
        guard var expression = parsePrimary(&cursor) else { return nil }
        while true {
            if cursor.accept(symbol: "[]") {
                expression = .array(expression)
            } else if cursor.accept(symbol: "?") {
                expression = .nullable(expression)
            } else {
                return expression
            }
        }
    }

    private func parsePrimary(_ cursor: inout TypeTokenCursor) -> Expression? {
        switch cursor.next() {
        case .symbol("("):
            guard let inner = parseUnion(&cursor), cursor.accept(symbol: ")") else { return nil }
            return inner
        case .link(let destination, let text):
            // Only same-page anchors are anchors; another destination is resolved by the link's text.
            return .link(anchor: destination.hasPrefix("#") ? String(destination.dropFirst()) : nil, text: text)
        case .code(let content): return .code(content)
        case .word(let name): return name.isEmpty ? nil : .name(name)
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
