/// The strict check for the docs' timestamps: an RFC 3339 `date-time`.
///
/// `YYYY-MM-DD`, `T`, `hh:mm:ss`, an optional fraction of one or more digits, then `Z` or an offset `±hh:mm`. `T`
/// and `Z` may be lower case. The year is 0001–9999, the day exists in its month (leap years included), hours are
/// 00–23, minutes 00–59 and seconds 00–59: leap seconds are not accepted, as in the `rfc3339-validator` check that
/// JSON Schema tools use for `format: date-time`. Nothing may follow.
///
/// This is stricter than ``Timestamp``, which models use to decode whatever a server sends.
public enum RFC3339 {
    /// Whether UTF-8 bytes form a valid date-time.
    public static func isDateTime(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        // Fixed positions: YYYY-MM-DDThh:mm:ss is 19 bytes.
        guard b.count >= 20 else { return false }
        func digit(_ i: Int) -> Int? {
            let d = b[i]
            return d >= 0x30 && d <= 0x39 ? Int(d - 0x30) : nil
        }
        func number(_ i: Int, _ count: Int) -> Int? {
            var value = 0
            for k in i..<(i + count) {
                guard let d = digit(k) else { return nil }
                value = value * 10 + d
            }
            return value
        }
        guard let year = number(0, 4), b[4] == 0x2D, let month = number(5, 2), b[7] == 0x2D,
            let day = number(8, 2), b[10] == 0x54 || b[10] == 0x74, let hour = number(11, 2), b[13] == 0x3A,
            let minute = number(14, 2), b[16] == 0x3A, let second = number(17, 2)
        else { return false }
        guard year >= 1, (1...12).contains(month), day >= 1, day <= daysInMonth(year, month), hour <= 23,
            minute <= 59, second <= 59
        else { return false }
        var i = 19
        if b[i] == 0x2E {
            i += 1
            let start = i
            while i < b.count, digit(i) != nil { i += 1 }
            guard i > start, i < b.count else { return false }
        }
        switch b[i] {
        case 0x5A, 0x7A:
            return i + 1 == b.count
        case 0x2B, 0x2D:
            guard i + 6 == b.count, let offsetHour = number(i + 1, 2), b[i + 3] == 0x3A,
                let offsetMinute = number(i + 4, 2)
            else { return false }
            return offsetHour <= 23 && offsetMinute <= 59
        default:
            return false
        }
    }

    /// Whether a string is a valid date-time.
    public static func isDateTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { isDateTime($0) }
    }

    /// The days of a month of the proleptic Gregorian calendar.
    static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
