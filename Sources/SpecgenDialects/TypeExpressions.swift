import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport

// The framework a dialect's type-expression grammar is written on: a Type cell's inlines become tokens (links,
// code spans, words and the grammar's symbols), which a recursive-descent grammar reads with a cursor; what does not
// parse is reported in one way and accepted as any JSON value.

/// A token of a type expression.
public enum TypeToken: Hashable, Sendable {
    /// A Markdown link: its destination as written and its text.
    case link(destination: String, text: String)
    /// A code span's content.
    case code(String)
    /// A run of name characters (`integer`, `Parent.Child`, `snowflake`).
    case word(String)
    /// One of the grammar's symbols (`[]`, `?`, `|`, `(`).
    case symbol(String)
    /// Anything else: a character that is neither, inline HTML, an image's text.
    case other(String)
}

/// Splits a Type cell's inlines into ``TypeToken``s.
public struct TypeTokenizer: Sendable {
    /// The symbols, matched longest first (`[]` before `[`).
    public var symbols: [String] {
        didSet { symbolBytes = symbols.map { Array($0.utf8) } }
    }
    /// The characters of a word besides ASCII letters and digits (`_`, `.`).
    public var wordPunctuation: Set<Unicode.Scalar> {
        didSet { asciiWordBytes = Self.asciiWordBytes(wordPunctuation) }
    }
    /// Whether dots at the end of a word are dropped (they end a sentence, not a name).
    public var dropsTrailingDots: Bool

    /// The symbols' UTF-8 bytes, in the order of ``symbols``.
    private var symbolBytes: [[UInt8]]
    /// Which ASCII bytes are word characters: bit `b % 64` of word `b / 64`.
    private var asciiWordBytes: (UInt64, UInt64)

    /// Creates a tokenizer.
    public init(symbols: [String], wordPunctuation: Set<Unicode.Scalar> = ["_"], dropsTrailingDots: Bool = true) {
        let sorted = symbols.sorted { $0.unicodeScalars.count > $1.unicodeScalars.count }
        self.symbols = sorted
        self.wordPunctuation = wordPunctuation
        self.dropsTrailingDots = dropsTrailingDots
        self.symbolBytes = sorted.map { Array($0.utf8) }
        self.asciiWordBytes = Self.asciiWordBytes(wordPunctuation)
    }

    private static func asciiWordBytes(_ punctuation: Set<Unicode.Scalar>) -> (UInt64, UInt64) {
        var mask: (UInt64, UInt64) = (0, 0)
        for byte in UInt8(0)..<0x80 where isWordScalar(Unicode.Scalar(byte), punctuation: punctuation) {
            if byte < 64 { mask.0 |= 1 << UInt64(byte) } else { mask.1 |= 1 << UInt64(byte - 64) }
        }
        return mask
    }

    /// The tokens of the inlines; whitespace and line breaks separate tokens and are dropped, emphasis is read
    /// through.
    public func tokens(_ inlines: [Inline]) -> [TypeToken] {
        var tokens: [TypeToken] = []
        append(inlines, to: &tokens)
        return tokens
    }

    private func append(_ inlines: [Inline], to tokens: inout [TypeToken]) {
        for inline in inlines {
            switch inline {
            case .link(let destination, _, let children):
                tokens.append(.link(destination: destination, text: children.plainText))
            case .code(let content):
                tokens.append(.code(content))
            case .text(let text):
                appendText(text, to: &tokens)
            case .emphasis(let children), .strong(let children):
                append(children, to: &tokens)
            case .image(_, _, let children):
                tokens.append(.other(children.plainText))
            case .html(let html):
                tokens.append(.other(html))
            case .softBreak, .lineBreak:
                continue
            }
        }
    }

    private static func isWordScalar(_ c: Unicode.Scalar, punctuation: Set<Unicode.Scalar>) -> Bool {
        (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || punctuation.contains(c)
    }

    private func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        Self.isWordScalar(c, punctuation: wordPunctuation)
    }

    private func isWordByte(_ byte: UInt8) -> Bool {
        byte < 64 ? asciiWordBytes.0 & (1 << UInt64(byte)) != 0 : asciiWordBytes.1 & (1 << UInt64(byte & 63)) != 0
    }

    /// Appends the tokens of a text inline: ASCII text, nearly all of it, byte by byte; other text a scalar at a time.
    func appendText(_ text: String, to tokens: inout [TypeToken]) {
        var text = text
        let done = text.withUTF8 { bytes -> Bool in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            appendASCIIText(bytes, to: &tokens)
            return true
        }
        if !done { appendTextByScalars(text, to: &tokens) }
    }

    /// The tokens of ASCII text, the same as ``appendTextByScalars(_:to:)`` gives: each byte is a scalar, a symbol
    /// matches where its bytes do, and a word is a run of word bytes.
    func appendASCIIText(_ bytes: UnsafeBufferPointer<UInt8>, to tokens: inout [TypeToken]) {
        let count = bytes.count
        var index = 0
        scanning: while index < count {
            let c = bytes[index]
            if c == 0x20 || c == 0x09 || c == 0x0A {
                index += 1
                continue
            }
            for (number, symbol) in symbolBytes.enumerated() where index + symbol.count <= count {
                var matched = 0
                while matched < symbol.count, bytes[index + matched] == symbol[matched] { matched += 1 }
                if matched == symbol.count {
                    tokens.append(.symbol(symbols[number]))
                    index += symbol.count
                    continue scanning
                }
            }
            if isWordByte(c) {
                var end = index
                while end < count, isWordByte(bytes[end]) { end += 1 }
                var wordEnd = end
                if dropsTrailingDots { while wordEnd > index, bytes[wordEnd - 1] == UInt8(ascii: ".") { wordEnd -= 1 } }
                tokens.append(
                    .word(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<wordEnd]), as: UTF8.self)))
                index = end
            } else {
                tokens.append(.other(String(Unicode.Scalar(c))))
                index += 1
            }
        }
    }

    /// The tokens of any text, a Unicode scalar at a time.
    func appendTextByScalars(_ text: String, to tokens: inout [TypeToken]) {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        scanning: while index < scalars.count {
            let c = scalars[index]
            if c == " " || c == "\t" || c == "\n" {
                index += 1
                continue
            }
            for symbol in symbols {
                let symbolScalars = Array(symbol.unicodeScalars)
                if index + symbolScalars.count <= scalars.count,
                    Array(scalars[index..<(index + symbolScalars.count)]) == symbolScalars
                {
                    tokens.append(.symbol(symbol))
                    index += symbolScalars.count
                    continue scanning
                }
            }
            if isWordScalar(c) {
                var end = index
                while end < scalars.count, isWordScalar(scalars[end]) { end += 1 }
                var word = String(String.UnicodeScalarView(scalars[index..<end]))
                if dropsTrailingDots { while word.hasSuffix(".") { word.removeLast() } }
                tokens.append(.word(word))
                index = end
            } else {
                tokens.append(.other(String(c)))
                index += 1
            }
        }
    }
}

/// A position in a list of tokens, for a recursive-descent grammar.
public struct TypeTokenCursor: Sendable {
    /// The tokens.
    public let tokens: [TypeToken]
    /// The index of the next token.
    public var index = 0

    /// Creates a cursor at the first token.
    public init(_ tokens: [TypeToken]) {
        self.tokens = tokens
    }

    /// Whether every token has been read.
    public var isAtEnd: Bool { index >= tokens.count }

    /// The next token, not read.
    public var peek: TypeToken? { isAtEnd ? nil : tokens[index] }

    /// Reads the next token.
    public mutating func next() -> TypeToken? {
        guard let token = peek else { return nil }
        index += 1
        return token
    }

    /// Reads the symbol if it is next.
    public mutating func accept(symbol: String) -> Bool {
        guard peek == .symbol(symbol) else { return false }
        index += 1
        return true
    }

    /// Reads the words if they are next, compared without case (`accept(words: "array", "of")`).
    public mutating func accept(words: String...) -> Bool {
        var at = index
        for word in words {
            guard at < tokens.count, case .word(let found) = tokens[at], found.lowercased() == word.lowercased()
            else { return false }
            at += 1
        }
        index = at
        return true
    }
}

/// Where a type expression is written, and the one way a dialect reports that it is not one.
public struct TypeExpressionSite {
    /// The Type cell's range.
    public let range: SourceRange
    /// Where problems are reported.
    public let diagnostics: DiagnosticCollector

    /// Creates a site.
    public init(range: SourceRange, diagnostics: DiagnosticCollector) {
        self.range = range
        self.diagnostics = diagnostics
    }

    /// Reports that the text is not a type expression of the dialect and returns it as an untyped type.
    ///
    /// - Parameters:
    ///   - source: The text as written.
    ///   - expected: What the dialect's types look like, for the message ("a type such as `string`, …").
    public func untyped(_ source: String, expected: String) -> SpecType {
        diagnostics.emit(
            .warning,
            "type '\(source)' is not a type expression (expected \(expected)); the field accepts any JSON value",
            at: range, code: "untyped-field")
        return .untyped(source)
    }
}
