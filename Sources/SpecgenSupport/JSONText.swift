/// A JSON value read from text, with where each value starts, so that problems in a JSON example can be pointed at.
///
/// The parser is strict RFC 8259 (no comments, no trailing commas, no `NaN`); it never recurses deeper than
/// ``JSONText/maximumDepth`` so that hostile input cannot exhaust the stack.
public indirect enum JSONText: Hashable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, as written (`12`, `-0.5e3`), and whether it has a fraction or an exponent.
    case number(String, isInteger: Bool)
    /// A string, escapes resolved.
    case string(String)
    /// An array's elements with their positions.
    case array([Located])
    /// An object's members in source order, with the position of each key and value.
    case object([Member])

    /// A value and where it starts.
    public struct Located: Hashable, Sendable {
        /// The value.
        public var value: JSONText
        /// 1-based line and column (in UTF-8 bytes) of its first character, relative to the parsed text.
        public var line: Int
        /// See ``line``.
        public var column: Int

        /// Creates a located value.
        public init(value: JSONText, line: Int, column: Int) {
            self.value = value
            self.line = line
            self.column = column
        }
    }

    /// One object member.
    public struct Member: Hashable, Sendable {
        /// The key.
        public var key: String
        /// 1-based line of the key.
        public var line: Int
        /// 1-based column (UTF-8 bytes) of the key.
        public var column: Int
        /// The value and where it starts.
        public var value: Located

        /// Creates a member.
        public init(key: String, line: Int, column: Int, value: Located) {
            self.key = key
            self.line = line
            self.column = column
            self.value = value
        }
    }

    /// Why a text is not JSON, and where (1-based line and UTF-8 column within the text).
    public struct SyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
        /// What is wrong.
        public var message: String
        /// See ``column``.
        public var line: Int
        /// Where the problem is.
        public var column: Int

        /// Creates an error.
        public init(message: String, line: Int, column: Int) {
            self.message = message
            self.line = line
            self.column = column
        }

        /// `line:column: message`.
        public var description: String { "\(line):\(column): \(message)" }
    }

    /// Arrays and objects nested deeper than this are a syntax error.
    public static let maximumDepth = 256

    /// Parses a complete JSON text (surrounding whitespace allowed).
    ///
    /// - Throws: ``SyntaxError`` at the first problem.
    public static func parse(_ text: String) throws -> Located {
        var parser = Parser(bytes: Array(text.utf8))
        parser.skipWhitespace()
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        if parser.index < parser.bytes.count {
            throw parser.error("unexpected '\(parser.describeCurrent())' after the JSON value")
        }
        return value
    }

    /// The JSON type's name as JSON Schema spells it (`object`, `array`, `string`, `integer`, `number`, `boolean`,
    /// `null`).
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number(_, let isInteger): return isInteger ? "integer" : "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}

// MARK: - Private

private struct Parser {
    let bytes: [UInt8]
    var index = 0
    var line = 1
    var lineStart = 0
    /// Where the last `,` was, to point a trailing comma out where it is.
    var lastComma = (line: 1, column: 1)

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    var column: Int { index - lineStart + 1 }

    func error(_ message: String) -> JSONText.SyntaxError {
        JSONText.SyntaxError(message: message, line: line, column: column)
    }

    func trailingComma(_ closer: String) -> JSONText.SyntaxError {
        JSONText.SyntaxError(
            message: "trailing comma before '\(closer)' (JSON allows none)", line: lastComma.line,
            column: lastComma.column)
    }

    func describeCurrent() -> String {
        guard index < bytes.count else { return "end of text" }
        let byte = bytes[index]
        if byte >= 0x20 && byte < 0x7F { return String(UnicodeScalar(byte)) }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D:
                index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default:
                return
            }
        }
    }

    mutating func parseValue(depth: Int) throws -> JSONText.Located {
        guard depth < JSONText.maximumDepth else { throw error("JSON nested too deeply") }
        guard index < bytes.count else { throw error("expected a value but the text ends") }
        let startLine = line
        let startColumn = column
        let value: JSONText
        switch bytes[index] {
        case UInt8(ascii: "{"): value = try parseObject(depth: depth)
        case UInt8(ascii: "["): value = try parseArray(depth: depth)
        case UInt8(ascii: "\""): value = .string(try parseString())
        case UInt8(ascii: "t"):
            try expectWord("true")
            value = .bool(true)
        case UInt8(ascii: "f"):
            try expectWord("false")
            value = .bool(false)
        case UInt8(ascii: "n"):
            try expectWord("null")
            value = .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = try parseNumber()
        default:
            throw error("expected a value but found '\(describeCurrent())'")
        }
        return JSONText.Located(value: value, line: startLine, column: startColumn)
    }

    mutating func expectWord(_ word: String) throws {
        for byte in word.utf8 {
            guard index < bytes.count, bytes[index] == byte else {
                throw error("expected '\(word)'")
            }
            index += 1
        }
    }

    mutating func parseObject(depth: Int) throws -> JSONText {
        index += 1
        var members: [JSONText.Member] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw error("expected a key but the text ends") }
            guard bytes[index] == UInt8(ascii: "\"") else {
                if bytes[index] == UInt8(ascii: "}") { throw trailingComma("}") }
                throw error("expected a key in double quotes but found '\(describeCurrent())'")
            }
            let keyLine = line
            let keyColumn = column
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("expected ':' after the key \"\(key)\"")
            }
            index += 1
            skipWhitespace()
            let value = try parseValue(depth: depth + 1)
            members.append(JSONText.Member(key: key, line: keyLine, column: keyColumn, value: value))
            skipWhitespace()
            guard index < bytes.count else { throw error("expected ',' or '}' but the text ends") }
            if bytes[index] == UInt8(ascii: ",") {
                lastComma = (line, column)
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(members)
            }
            throw error("expected ',' or '}' but found '\(describeCurrent())'")
        }
    }

    mutating func parseArray(depth: Int) throws -> JSONText {
        index += 1
        var elements: [JSONText.Located] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { throw trailingComma("]") }
            elements.append(try parseValue(depth: depth + 1))
            skipWhitespace()
            guard index < bytes.count else { throw error("expected ',' or ']' but the text ends") }
            if bytes[index] == UInt8(ascii: ",") {
                lastComma = (line, column)
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(elements)
            }
            throw error("expected ',' or ']' but found '\(describeCurrent())'")
        }
    }

    mutating func parseString() throws -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var run: [UInt8] = []
        func flushRun() {
            if !run.isEmpty {
                scalars.append(contentsOf: String(decoding: run, as: UTF8.self).unicodeScalars)
                run.removeAll(keepingCapacity: true)
            }
        }
        while true {
            guard index < bytes.count else { throw error("unterminated string") }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                flushRun()
                return String(scalars)
            case UInt8(ascii: "\\"):
                flushRun()
                index += 1
                guard index < bytes.count else { throw error("unterminated string") }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try parseHex4()
                    if code >= 0xD800 && code < 0xDC00,
                        index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                        bytes[index + 1] == UInt8(ascii: "u")
                    {
                        index += 2
                        let low = try parseHex4()
                        if low >= 0xDC00 && low < 0xE000 {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            scalars.append("\u{FFFD}")
                            code = low
                        }
                    }
                    scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                default:
                    index -= 1
                    throw error("invalid escape '\\\(describeCurrent())' in a string")
                }
            case 0x00..<0x20:
                throw error("control character in a string (a line break must be written as \\n)")
            default:
                run.append(byte)
                index += 1
            }
        }
    }

    mutating func parseHex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count else { throw error("unterminated \\u escape") }
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("invalid \\u escape")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    mutating func parseNumber() throws -> JSONText {
        let start = index
        var isInteger = true
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw error("expected a digit") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw error("a number must not start with 0") }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("expected a digit after '.'") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("expected a digit in the exponent") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        return .number(String(decoding: bytes[start..<index], as: UTF8.self), isInteger: isInteger)
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
