import Foundation

/// Discord's id: an unsigned 64-bit integer sent as a decimal string (`"175928847299117063"`), so that JavaScript
/// clients do not lose precision.
///
/// A snowflake decodes from that string (a JSON integer is accepted too) and encodes as the string again. Its bits
/// say when it was made: ``timestamp`` is the instant, the top 42 bits counting milliseconds since Discord's epoch
/// (2015-01-01T00:00:00Z). Snowflakes compare by their number, which orders them by creation time.
public struct Snowflake: RawRepresentable, Hashable, Sendable, Codable, Comparable, CustomStringConvertible,
    ExpressibleByIntegerLiteral
{
    /// The number.
    public let rawValue: UInt64

    /// Discord's epoch, the first millisecond of 2015, in milliseconds since 1970.
    public static let discordEpoch: UInt64 = 1_420_070_400_000

    /// Makes a snowflake from its number.
    public init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    /// Makes a snowflake from its number.
    public init(integerLiteral value: UInt64) {
        self.rawValue = value
    }

    /// Parses the decimal text of a snowflake: one or more ASCII digits whose value fits in 64 bits. Returns `nil`
    /// for anything else (a sign, spaces, an empty string, a larger number).
    public init?(_ text: String) {
        var text = text
        guard let value = text.withUTF8({ Snowflake.parse($0) }) else { return nil }
        self.rawValue = value
    }

    /// The snowflake whose timestamp is this instant and whose other bits are zero: the smallest id made at that
    /// millisecond (for paging by time: `before`, `after`). Instants before Discord's epoch give `0`.
    public init(earliestAt date: Date) {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded(.down)
        let sinceEpoch = milliseconds - Double(Self.discordEpoch)
        guard sinceEpoch > 0 else {
            self.rawValue = 0
            return
        }
        self.rawValue = UInt64(min(sinceEpoch, Double(UInt64.max >> 22))) << 22
    }

    /// Milliseconds since 1970 at which the snowflake was made.
    public var millisecondsSince1970: UInt64 {
        (rawValue >> 22) + Self.discordEpoch
    }

    /// The instant the snowflake was made.
    public var timestamp: Date {
        Date(timeIntervalSince1970: Double(millisecondsSince1970) / 1000)
    }

    /// The decimal text, as sent.
    public var description: String { String(rawValue) }

    public static func < (lhs: Snowflake, rhs: Snowflake) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(UInt64.self) {
            self.rawValue = number
            return
        }
        let text = try container.decode(String.self)
        guard let value = Snowflake(text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "Expected a snowflake (a decimal string of a 64-bit id), found '\(text)'")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    // MARK: - Parsing

    /// Whether a string is a snowflake's text (the check validators use).
    public static func isValid<C: Collection>(utf8 bytes: C) -> Bool where C.Element == UInt8 {
        if let valid = bytes.withContiguousStorageIfAvailable({ parse($0) != nil }) { return valid }
        return Array(bytes).withUnsafeBufferPointer { parse($0) } != nil
    }

    /// The value of UTF-8 decimal digits, or `nil` when they are not all digits, are none, or overflow 64 bits.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard !bytes.isEmpty else { return nil }
        var value: UInt64 = 0
        for byte in bytes {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(byte - 0x30))
            guard !overflow1, !overflow2 else { return nil }
            value = sum
        }
        return value
    }
}

extension Snowflake: JSONFastDecodable {
    public init(jsonReader reader: inout JSONDecodingReader) throws {
        if try reader.peekValue() != UInt8(ascii: "\"") {
            self.rawValue = try reader.readInteger(UInt64.self)
            return
        }
        let start = reader.offset
        let text = try reader.readString()
        guard let value = Snowflake(text) else {
            throw JSONDecodingError(
                byteOffset: start, message: "expected a snowflake (a decimal string of a 64-bit id), found '\(text)'")
        }
        self = value
    }
}

extension JSONValidationReader {
    /// A string of decimal digits whose value fits in 64 bits (a snowflake).
    public mutating func checkSnowflake(nullable: Bool, location: String) throws(JSONSyntaxError) {
        let byte = try nextByte()
        if byte == 0x22 {
            let token = try scanString()
            if !withContent(of: token, { Snowflake.parse($0) != nil }) {
                report(
                    .wrongValue,
                    .found(
                        .text("a snowflake, a string of decimal digits such as \"175928847299117063\""),
                        nullable: false, start: token.start - 1, end: token.end + 1),
                    location: location, offset: token.start - 1)
            }
        } else if byte == 0x6E && nullable {
            try scanLiteral()
        } else {
            try mismatch(expected: .text("a snowflake string"), nullable: nullable, location: location)
        }
    }
}
