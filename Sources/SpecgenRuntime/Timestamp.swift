import Foundation

/// An ISO 8601 / RFC 3339 date-time string, such as `2025-06-01T12:00:00+00:00`, `2025-06-01T12:00:00Z` or
/// `2025-06-01T12:00:05.123456Z`.
///
/// A timestamp keeps the exact text it was made from and encodes it unchanged, so decoding and encoding again gives
/// the same bytes whatever form the server used. Two timestamps are equal when their text is equal; compare
/// ``date`` (or ``secondsSince1970`` and ``nanoseconds``) to compare instants.
public struct Timestamp: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The text, as received.
    public let rawValue: String
    /// Whole seconds since 1970-01-01T00:00:00Z (negative before it).
    public let secondsSince1970: Int64
    /// The fraction of the second, in nanoseconds (digits beyond nine are dropped).
    public let nanoseconds: Int32

    /// Parses a timestamp: `YYYY-MM-DD`, `T` (or `t` or a space), `hh:mm:ss`, an optional fraction of any length,
    /// then `Z` (or `z`) or an offset `±hh:mm` (also `±hhmm`). Returns `nil` for anything else.
    public init?(rawValue: String) {
        var text = rawValue
        guard let parsed = text.withUTF8({ Timestamp.parse($0) }) else { return nil }
        self.rawValue = rawValue
        self.secondsSince1970 = parsed.seconds
        self.nanoseconds = parsed.nanoseconds
    }

    /// The earliest and latest instants a four-digit year can write: 0000-01-01T00:00:00Z and
    /// 9999-12-31T23:59:59Z, in seconds since 1970.
    static let representable: ClosedRange<Double> = -62_167_219_200...253_402_300_799

    /// Makes a timestamp for a date, written in UTC with `Z` and, when the date has one, a fraction of up to six
    /// digits. Dates outside the years 0000 to 9999, which RFC 3339 cannot write, are clamped to that range.
    public init(_ date: Date) {
        let raw = date.timeIntervalSince1970
        let interval = raw.isNaN ? 0 : min(max(raw, Self.representable.lowerBound), Self.representable.upperBound)
        var seconds = Int64(interval.rounded(.down))
        var micros = Int64(((interval - Double(seconds)) * 1_000_000).rounded())
        if micros >= 1_000_000 {
            if seconds < 253_402_300_799 {
                seconds += 1
                micros -= 1_000_000
            } else {
                micros = 999_999
            }
        }
        let (days, secondsOfDay) = Timestamp.floorDivide(seconds, 86_400)
        let (year, month, day) = Timestamp.civilDate(fromDays: days)
        func pad(_ value: Int64, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        var text =
            "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondsOfDay / 3600, 2)):"
            + "\(pad(secondsOfDay / 60 % 60, 2)):\(pad(secondsOfDay % 60, 2))"
        if micros != 0 {
            var fraction = pad(micros, 6)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        self.rawValue = text + "Z"
        self.secondsSince1970 = seconds
        self.nanoseconds = Int32(micros * 1000)
    }

    /// The instant, as a `Date` (precise to about a microsecond).
    public var date: Date {
        Date(timeIntervalSince1970: Double(secondsSince1970) + Double(nanoseconds) / 1_000_000_000)
    }

    /// The text.
    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Timestamp(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "Expected an ISO 8601 date-time such as 2025-06-01T12:00:00Z, found '\(text)'")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    // MARK: - Parsing

    /// Whether a string is a valid timestamp (the check validators use).
    public static func isValid(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { parse($0) } != nil
    }

    /// Whether UTF-8 bytes form a valid timestamp.
    public static func isValid<C: Collection>(utf8 bytes: C) -> Bool where C.Element == UInt8 {
        if let valid = bytes.withContiguousStorageIfAvailable({ parse($0) != nil }) { return valid }
        return Array(bytes).withUnsafeBufferPointer { parse($0) } != nil
    }

    /// Parses the UTF-8 of a timestamp: whole seconds since 1970 and nanoseconds, or `nil`.
    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> (seconds: Int64, nanoseconds: Int32)? {
        var i = 0
        func digits(_ count: Int) -> Int64? {
            guard i + count <= b.count else { return nil }
            var value: Int64 = 0
            for k in i..<(i + count) {
                let d = b[k]
                guard d >= 0x30 && d <= 0x39 else { return nil }
                value = value * 10 + Int64(d - 0x30)
            }
            i += count
            return value
        }
        func expect(_ byte: UInt8, or other: UInt8 = 0, or third: UInt8 = 0) -> Bool {
            guard i < b.count, b[i] == byte || (other != 0 && b[i] == other) || (third != 0 && b[i] == third) else {
                return false
            }
            i += 1
            return true
        }
        guard let year = digits(4), expect(0x2D), let month = digits(2), expect(0x2D), let day = digits(2),
            expect(0x54, or: 0x74, or: 0x20), let hour = digits(2), expect(0x3A), let minute = digits(2),
            expect(0x3A), let second = digits(2)
        else { return nil }
        guard (1...12).contains(month), day >= 1, day <= daysInMonth(year, month), hour <= 23, minute <= 59,
            second <= 60
        else { return nil }
        var nanos: Int64 = 0
        if i < b.count, b[i] == 0x2E {
            i += 1
            var count = 0
            while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 {
                if count < 9 { nanos = nanos * 10 + Int64(b[i] - 0x30) }
                count += 1
                i += 1
            }
            guard count > 0 else { return nil }
            if count < 9 { for _ in count..<9 { nanos *= 10 } }
        }
        var offset: Int64 = 0
        guard i < b.count else { return nil }
        if b[i] == 0x5A || b[i] == 0x7A {
            i += 1
        } else if b[i] == 0x2B || b[i] == 0x2D {
            let sign: Int64 = b[i] == 0x2D ? -1 : 1
            i += 1
            guard let oh = digits(2) else { return nil }
            if i < b.count, b[i] == 0x3A { i += 1 }
            guard let om = digits(2), oh <= 23, om <= 59 else { return nil }
            offset = sign * (oh * 3600 + om * 60)
        } else {
            return nil
        }
        guard i == b.count else { return nil }
        let days = daysFromCivil(year, month, day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + min(second, 59) + (second == 60 ? 1 : 0) - offset
        return (seconds, Int32(nanos))
    }

    static func daysInMonth(_ year: Int64, _ month: Int64) -> Int64 {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(_ year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilDate(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func floorDivide(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
        var q = a / b
        var r = a % b
        if r < 0 {
            q -= 1
            r += b
        }
        return (q, r)
    }
}
