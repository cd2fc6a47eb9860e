import Foundation

/// A set of bit flags (the docs' `1 << n` tables) sent as a JSON integer: what generated `OptionSet` types conform
/// to. A set keeps every bit it is decoded from, listed in the docs or not, and encodes them all again.
///
/// Decoding also reads a string of decimal digits, the form ``JSONStringFlags`` sends; encoding writes an integer.
public protocol JSONIntegerFlags: OptionSet, Codable, Hashable, Sendable, JSONFastDecodable
where RawValue == UInt64 {}

/// A set of bit flags sent as a string of decimal digits (`"permissions": "2147483648"`), as Discord sends permission
/// sets, whose bits do not all fit in the integers JavaScript reads exactly. A set keeps every bit it is decoded from.
///
/// Decoding also reads a JSON integer; encoding writes the string.
public protocol JSONStringFlags: OptionSet, Codable, Hashable, Sendable, JSONFastDecodable
where RawValue == UInt64 {}

extension JSONIntegerFlags {
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try FlagsCoding.decode(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public init(jsonReader reader: inout JSONDecodingReader) throws {
        self.init(rawValue: try FlagsCoding.read(&reader))
    }

    /// Decodes a set from JSON in one pass over the bytes: the result equals `JSONDecoder().decode(Self.self,
    /// from: json)`, and it throws exactly when that throws.
    public init(json: Data) throws {
        self = try JSONFastDecoding.decode(Self.self, from: json)
    }
}

extension JSONStringFlags {
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try FlagsCoding.decode(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(String(rawValue))
    }

    public init(jsonReader reader: inout JSONDecodingReader) throws {
        self.init(rawValue: try FlagsCoding.read(&reader))
    }

    /// Decodes a set from JSON in one pass over the bytes: the result equals `JSONDecoder().decode(Self.self,
    /// from: json)`, and it throws exactly when that throws.
    public init(json: Data) throws {
        self = try JSONFastDecoding.decode(Self.self, from: json)
    }
}

/// Reading the bits of a flags set: a JSON integer, or a string of decimal digits, that fits in 64 bits.
enum FlagsCoding {
    static let expected = "a set of flags (an unsigned integer, or a string of its decimal digits)"

    static func decode(from decoder: any Decoder) throws -> UInt64 {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(UInt64.self) { return number }
        let text = try container.decode(String.self)
        guard let bits = Snowflake(text)?.rawValue else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected \(expected), found '\(text)'")
        }
        return bits
    }

    static func read(_ reader: inout JSONDecodingReader) throws -> UInt64 {
        if try reader.peekValue() != UInt8(ascii: "\"") { return try reader.readInteger(UInt64.self) }
        let start = reader.offset
        let text = try reader.readString()
        guard let bits = Snowflake(text)?.rawValue else {
            throw JSONDecodingError(byteOffset: start, message: "expected \(expected), found '\(text)'")
        }
        return bits
    }
}

extension JSONValidationReader {
    /// A set of flags: a JSON integer from 0 to 2⁶⁴−1 written without fraction or exponent (`asString` false) or a string of the decimal digits of one
    /// (`asString` true). Any bits may be set.
    public mutating func checkFlags(asString: Bool, nullable: Bool, location: String) throws(JSONSyntaxError) {
        let byte = try nextByte()
        if asString, byte == 0x22 {
            let token = try scanString()
            if !withContent(of: token, { Snowflake.parse($0) != nil }) {
                report(
                    .wrongValue,
                    .found(
                        .text("a set of flags, a string of decimal digits such as \"2048\""), nullable: false,
                        start: token.start - 1, end: token.end + 1),
                    location: location, offset: token.start - 1)
            }
        } else if !asString, byte == 0x2D || (byte >= 0x30 && byte <= 0x39) {
            let token = try scanNumber()
            if !token.isPlain || Snowflake.parse(UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])) == nil {
                report(
                    .wrongValue,
                    .found(
                        .text("a set of flags, an integer from 0 to 18446744073709551615"), nullable: false,
                        start: token.start, end: token.end),
                    location: location, offset: token.start)
            }
        } else if byte == 0x6E && nullable {
            try scanLiteral()
        } else {
            try mismatch(
                expected: .text(asString ? "a string of flags" : "an integer of flags"), nullable: nullable,
                location: location)
        }
    }
}
