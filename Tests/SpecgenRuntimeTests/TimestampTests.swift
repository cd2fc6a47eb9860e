import Foundation
import SpecgenRuntime
import Testing

@Suite struct TimestampTests {
    /// 2025-06-01T12:00:00Z. Checked by hand: 55 years from 1970 holding 14 leap days (1972…2024), then 151 days for
    /// January to May 2025, then 12 hours: (55 × 365 + 14 + 151) × 86 400 + 43 200.
    static let noonJune1st2025: Int64 = 1_748_779_200

    struct Valid: Sendable, CustomTestStringConvertible {
        let text: String
        let seconds: Int64
        let nanoseconds: Int32
        var testDescription: String { text }
        init(_ text: String, _ seconds: Int64, _ nanoseconds: Int32 = 0) {
            self.text = text
            self.seconds = seconds
            self.nanoseconds = nanoseconds
        }
    }

    static let valid: [Valid] = [
        // The three wire forms.
        Valid("2025-06-01T12:00:00+00:00", noonJune1st2025),
        Valid("2025-06-01T12:00:00Z", noonJune1st2025),
        Valid("2025-06-01T12:00:05.123456Z", noonJune1st2025 + 5, 123_456_000),
        // Lower-case t and z, and a space for T.
        Valid("2025-06-01t12:00:00z", noonJune1st2025),
        Valid("2025-06-01t12:00:00Z", noonJune1st2025),
        Valid("2025-06-01 12:00:00Z", noonJune1st2025),
        // Offsets, ±hh:mm and ±hhmm; local time minus offset gives UTC.
        Valid("2025-06-01T12:00:00+0000", noonJune1st2025),
        Valid("2025-06-01T12:00:00-00:00", noonJune1st2025),
        Valid("2025-06-01T14:30:00+02:30", noonJune1st2025),
        Valid("2025-06-01T14:30:00+0230", noonJune1st2025),
        Valid("2025-06-01T06:30:00-05:30", noonJune1st2025),
        Valid("2025-06-01T06:30:00-0530", noonJune1st2025),
        Valid("2025-05-31T23:00:00-13:00", noonJune1st2025),  // the previous local day
        Valid("2025-06-02T01:00:00+13:00", noonJune1st2025),  // the next local day
        Valid("2025-06-01T12:00:00+23:59", noonJune1st2025 - 23 * 3600 - 59 * 60),
        Valid("2025-06-01T12:00:00-23:59", noonJune1st2025 + 23 * 3600 + 59 * 60),
        // Fractions of 1 to 12 digits; digits past the ninth are dropped (truncated, not rounded).
        Valid("2025-06-01T12:00:00.1Z", noonJune1st2025, 100_000_000),
        Valid("2025-06-01T12:00:00.12Z", noonJune1st2025, 120_000_000),
        Valid("2025-06-01T12:00:00.123Z", noonJune1st2025, 123_000_000),
        Valid("2025-06-01T12:00:00.1234Z", noonJune1st2025, 123_400_000),
        Valid("2025-06-01T12:00:00.12345Z", noonJune1st2025, 123_450_000),
        Valid("2025-06-01T12:00:00.123456Z", noonJune1st2025, 123_456_000),
        Valid("2025-06-01T12:00:00.1234567Z", noonJune1st2025, 123_456_700),
        Valid("2025-06-01T12:00:00.12345678Z", noonJune1st2025, 123_456_780),
        Valid("2025-06-01T12:00:00.123456789Z", noonJune1st2025, 123_456_789),
        Valid("2025-06-01T12:00:00.1234567891Z", noonJune1st2025, 123_456_789),
        Valid("2025-06-01T12:00:00.12345678912Z", noonJune1st2025, 123_456_789),
        Valid("2025-06-01T12:00:00.123456789123Z", noonJune1st2025, 123_456_789),
        Valid("2025-06-01T12:00:00.999999999999Z", noonJune1st2025, 999_999_999),
        Valid("2025-06-01T12:00:00.000000001Z", noonJune1st2025, 1),
        Valid("2025-06-01T12:00:00.0Z", noonJune1st2025, 0),
        Valid("2025-06-01T12:00:00.5+01:00", noonJune1st2025 - 3600, 500_000_000),
        // Leap days: 2024 (divisible by 4) and 2000 (divisible by 400).
        Valid("2024-02-29T00:00:00Z", 1_709_164_800),
        Valid("2024-03-01T00:00:00Z", 1_709_164_800 + 86_400),
        Valid("2000-02-29T00:00:00Z", 951_782_400),
        // The epoch, and before it: whole seconds round down, the fraction stays positive.
        Valid("1970-01-01T00:00:00Z", 0),
        Valid("1970-01-01T00:00:00+01:00", -3600),
        Valid("1969-12-31T23:59:59Z", -1),
        Valid("1969-12-31T23:59:59.25Z", -1, 250_000_000),
        Valid("1969-07-20T20:17:40Z", -14_182_940),
        Valid("1900-01-01T00:00:00Z", -2_208_988_800),
        Valid("0001-01-01T00:00:00Z", -62_135_596_800),
        Valid("9999-12-31T23:59:59Z", 253_402_300_799),
        // A leap second is accepted and read as the first second of the next minute.
        Valid("2016-12-31T23:59:60Z", 1_483_228_800),
    ]

    @Test(arguments: valid)
    func parsesValidForms(_ form: Valid) throws {
        let timestamp = try #require(Timestamp(rawValue: form.text))
        #expect(timestamp.rawValue == form.text)
        #expect(timestamp.description == form.text)
        #expect(timestamp.secondsSince1970 == form.seconds)
        #expect(timestamp.nanoseconds == form.nanoseconds)
        #expect(Timestamp.isValid(form.text))
        #expect(Timestamp.isValid(utf8: form.text.utf8))
        #expect(Timestamp.isValid(utf8: Array(form.text.utf8)[...]))
        let expected = Double(form.seconds) + Double(form.nanoseconds) / 1e9
        #expect(abs(timestamp.date.timeIntervalSince1970 - expected) < 1e-6)

        // Codable: decodes from a JSON string and encodes the same text back.
        let json = Data("[\"\(form.text)\"]".utf8)
        let decoded = try JSONDecoder().decode([Timestamp].self, from: json)
        #expect(decoded == [timestamp])
        let encoded = try JSONEncoder().encode(decoded)
        #expect(try JSONDecoder().decode([String].self, from: encoded) == [form.text])
    }

    static let invalid: [String] = [
        // Dates that do not exist.
        "2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2025-04-31T00:00:00Z", "2025-13-01T00:00:00Z",
        "2025-00-10T00:00:00Z", "2025-06-00T00:00:00Z", "2025-06-32T00:00:00Z",
        // Times that do not exist.
        "2025-06-01T24:00:00Z", "2025-06-01T12:60:00Z", "2025-06-01T12:00:61Z",
        // No offset.
        "2025-06-01T12:00:00", "2025-06-01T12:00:00.123", "2025-06-01T12:00:00.",
        // Trailing junk.
        "2025-06-01T12:00:00Zjunk", "2025-06-01T12:00:00Z ", "2025-06-01T12:00:00ZZ", "2025-06-01T12:00:00+00:00:00",
        "2025-06-01T12:00:00+00:001", "2025-06-01T12:00:00Z\n",
        // Empty fraction.
        "2025-06-01T12:00:00.Z", "2025-06-01T12:00:00.+00:00",
        // Bad offsets.
        "2025-06-01T12:00:00+24:00", "2025-06-01T12:00:00+00:60", "2025-06-01T12:00:00+0", "2025-06-01T12:00:00+00",
        "2025-06-01T12:00:00+00:", "2025-06-01T12:00:00+0:00", "2025-06-01T12:00:00 +00:00", "2025-06-01T12:00:00UTC",
        // Other shapes.
        "", "2025-06-01", "12:00:00Z", "2025-6-1T12:00:00Z", "2025-06-01T12:00Z", "2025-06-01T1:00:00Z",
        "+2025-06-01T12:00:00Z", "-2025-06-01T12:00:00Z", "20250601T120000Z", " 2025-06-01T12:00:00Z",
        "2025-06-01X12:00:00Z", "2025-06-01T12:00:00,5Z", "2025/06/01T12:00:00Z", "２０２５-06-01T12:00:00Z",
        "2025-06-01T12:00:00.١Z",
    ]

    @Test(arguments: invalid)
    func rejectsInvalidForms(_ text: String) {
        #expect(Timestamp(rawValue: text) == nil)
        #expect(!Timestamp.isValid(text))
        #expect(!Timestamp.isValid(utf8: text.utf8))
        let json = Data(#"{"t":"\#(text.replacingOccurrences(of: "\n", with: "\\n"))"}"#.utf8)
        let error = #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([String: Timestamp].self, from: json)
        }
        if case .dataCorrupted(let context)? = error {
            #expect(context.codingPath.map(\.stringValue) == ["t"])
        } else {
            Issue.record("expected dataCorrupted, got \(String(describing: error))")
        }
    }

    @Test func nonStringJSONIsRejected() {
        for json in ["[1748779200]", "[null]", "[true]", "[{}]"] {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode([Timestamp].self, from: Data(json.utf8)) }
        }
    }

    // MARK: - Equality

    @Test func equalityIsByText() throws {
        let zulu = try #require(Timestamp(rawValue: "2025-06-01T12:00:00Z"))
        let atom = try #require(Timestamp(rawValue: "2025-06-01T12:00:00+00:00"))
        let lower = try #require(Timestamp(rawValue: "2025-06-01t12:00:00z"))
        #expect(zulu != atom)
        #expect(zulu != lower)
        #expect(zulu.date == atom.date)
        #expect(zulu.secondsSince1970 == lower.secondsSince1970)
        #expect(zulu == Timestamp(rawValue: "2025-06-01T12:00:00Z"))
        #expect(zulu.hashValue == Timestamp(rawValue: "2025-06-01T12:00:00Z")?.hashValue)
        #expect(Set([zulu, atom, lower, zulu]).count == 3)
    }

    // MARK: - init(Date)

    struct FromDate: Sendable, CustomTestStringConvertible {
        let interval: TimeInterval
        let text: String
        let seconds: Int64
        let nanoseconds: Int32
        var testDescription: String { "\(interval) → \(text)" }
    }

    static let fromDates: [FromDate] = [
        FromDate(interval: 0, text: "1970-01-01T00:00:00Z", seconds: 0, nanoseconds: 0),
        FromDate(interval: 1_748_779_200, text: "2025-06-01T12:00:00Z", seconds: 1_748_779_200, nanoseconds: 0),
        FromDate(
            interval: 1_748_779_205.123456, text: "2025-06-01T12:00:05.123456Z", seconds: 1_748_779_205,
            nanoseconds: 123_456_000),
        // Trailing zeros of the fraction are dropped.
        FromDate(
            interval: 1_748_779_205.5, text: "2025-06-01T12:00:05.5Z", seconds: 1_748_779_205, nanoseconds: 500_000_000),
        FromDate(
            interval: 1_748_779_205.25, text: "2025-06-01T12:00:05.25Z", seconds: 1_748_779_205,
            nanoseconds: 250_000_000),
        FromDate(
            interval: 1_748_779_205.000_05, text: "2025-06-01T12:00:05.00005Z", seconds: 1_748_779_205,
            nanoseconds: 50_000),
        FromDate(interval: 1_709_164_800, text: "2024-02-29T00:00:00Z", seconds: 1_709_164_800, nanoseconds: 0),
        // Before 1970: the seconds round down and the fraction is counted forward from them.
        FromDate(interval: -1, text: "1969-12-31T23:59:59Z", seconds: -1, nanoseconds: 0),
        FromDate(interval: -1.5, text: "1969-12-31T23:59:58.5Z", seconds: -2, nanoseconds: 500_000_000),
        FromDate(interval: -14_182_940, text: "1969-07-20T20:17:40Z", seconds: -14_182_940, nanoseconds: 0),
        FromDate(interval: -2_208_988_800, text: "1900-01-01T00:00:00Z", seconds: -2_208_988_800, nanoseconds: 0),
        FromDate(interval: -62_135_596_800, text: "0001-01-01T00:00:00Z", seconds: -62_135_596_800, nanoseconds: 0),
        FromDate(interval: 253_402_300_799, text: "9999-12-31T23:59:59Z", seconds: 253_402_300_799, nanoseconds: 0),
        // Microsecond precision: less than half a microsecond rounds away, and can carry into the next second.
        FromDate(interval: 0.000_000_4, text: "1970-01-01T00:00:00Z", seconds: 0, nanoseconds: 0),
        FromDate(interval: 0.999_999_6, text: "1970-01-01T00:00:01Z", seconds: 1, nanoseconds: 0),
        FromDate(interval: -0.000_000_4, text: "1970-01-01T00:00:00Z", seconds: 0, nanoseconds: 0),
    ]

    @Test(arguments: fromDates)
    func formatsDates(_ example: FromDate) throws {
        let timestamp = Timestamp(Date(timeIntervalSince1970: example.interval))
        #expect(timestamp.rawValue == example.text)
        #expect(timestamp.secondsSince1970 == example.seconds)
        #expect(timestamp.nanoseconds == example.nanoseconds)
        // The text parses back to the same timestamp.
        #expect(Timestamp(rawValue: timestamp.rawValue) == timestamp)
        #expect(abs(timestamp.date.timeIntervalSince1970 - example.interval) < 1e-6)
    }

    @Test func distantDatesInRange() throws {
        // Date.distantPast is 0001-01-01 in the Julian calendar, which is 0000-12-30 in the proleptic Gregorian one.
        #expect(Timestamp(Date.distantPast).rawValue == "0000-12-30T00:00:00Z")
        #expect(Timestamp(Date.distantFuture).rawValue == "4001-01-01T00:00:00Z")
        #expect(Timestamp(rawValue: Timestamp(Date.distantPast).rawValue) == Timestamp(Date.distantPast))
    }

    /// Dates outside the years 0000 to 9999 are clamped to what RFC 3339 can write, so the text always parses.
    @Test(arguments: [253_402_300_800.0, -62_167_219_200.0 - 86_400])
    func datesOutsideFourDigitYears(_ interval: TimeInterval) throws {
        let timestamp = Timestamp(Date(timeIntervalSince1970: interval))
        #expect(Timestamp.isValid(timestamp.rawValue), "\(timestamp.rawValue)")
        let encoded = try JSONEncoder().encode([timestamp])
        #expect(try JSONDecoder().decode([Timestamp].self, from: encoded) == [timestamp])
        #expect(timestamp.rawValue == (interval > 0 ? "9999-12-31T23:59:59Z" : "0000-01-01T00:00:00Z"))
    }
}
