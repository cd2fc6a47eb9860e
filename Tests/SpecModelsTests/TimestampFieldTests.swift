import Foundation
import SpecModels
import SpecgenRuntime
import Testing

/// The three timestamp forms the wire uses, in a `Timestamp`-typed field (`UserCompact.last_visit`).
@Suite struct TimestampFieldTests {
    /// 2025-06-01T00:00:00Z: 55 years from 1970 with 14 leap days (1972…2024), then January to May 2025.
    static let june1st2025: Int64 = {
        let wholeYears: Int64 = 55 * 365 + 14
        let januaryToMay: Int64 = 31 + 28 + 31 + 30 + 31
        return (wholeYears + januaryToMay) * 86_400
    }()

    struct Form: Sendable, CustomTestStringConvertible {
        let text: String
        let seconds: Int64
        let nanoseconds: Int32
        var testDescription: String { text }
    }

    static let forms: [Form] = [
        // osu-web json_time() (DateTime::ATOM): Notification created_at, User last_visit
        Form(text: "2025-06-01T12:00:00+00:00", seconds: june1st2025 + 12 * 3600, nanoseconds: 0),
        // getJsonTimeFast(): ChatMessage timestamp
        Form(text: "2025-06-01T12:00:00Z", seconds: june1st2025 + 12 * 3600, nanoseconds: 0),
        // Carbon toISOString(): read/delete data.timestamp
        Form(text: "2025-06-01T12:00:05.123456Z", seconds: june1st2025 + 12 * 3600 + 5, nanoseconds: 123_456_000),
    ]

    @Test func handComputedBaseIsRight() {
        #expect(Self.june1st2025 == 1_748_736_000)
    }

    @Test(arguments: forms)
    func lastVisit(_ form: Form) throws {
        let json = AbsentNullTests.user(#","last_visit":"\#(form.text)""#)
        let user = try decode(UserCompact.self, json)
        let lastVisit = try #require(user.lastVisit)
        #expect(lastVisit.rawValue == form.text)
        #expect(lastVisit.description == form.text)
        #expect(lastVisit.secondsSince1970 == form.seconds)
        #expect(lastVisit.nanoseconds == form.nanoseconds)
        #expect(
            abs(lastVisit.date.timeIntervalSince1970 - (Double(form.seconds) + Double(form.nanoseconds) / 1e9)) < 1e-6)

        // Re-encoding writes the identical text back, whatever the form.
        let encoded = try JSONEncoder().encode(user)
        #expect(String(decoding: encoded, as: UTF8.self).contains(#""last_visit":"\#(form.text)""#))
        #expect(try encodedJSON(user)["last_visit"] == .string(form.text))
        #expect(try JSONDecoder().decode(UserCompact.self, from: encoded) == user)
    }

    /// `+00:00` and `Z` name the same instant but are different texts, so the timestamps are not `==`; compare
    /// `date` (or seconds and nanoseconds) to compare instants.
    @Test func sameInstantDifferentText() throws {
        let atom = try #require(
            decode(UserCompact.self, AbsentNullTests.user(#","last_visit":"2025-06-01T12:00:00+00:00""#)).lastVisit)
        let zulu = try #require(
            decode(UserCompact.self, AbsentNullTests.user(#","last_visit":"2025-06-01T12:00:00Z""#)).lastVisit)
        #expect(atom != zulu)
        #expect(atom.date == zulu.date)
        #expect(atom.secondsSince1970 == zulu.secondsSince1970)
    }

    @Test(arguments: ["2025-06-01", "2025-06-01T12:00:00", "2025-06-01 12:00:00 +0000", "yesterday", ""])
    func invalidLastVisitThrows(_ text: String) {
        let error = #expect(throws: DecodingError.self) {
            try decode(UserCompact.self, AbsentNullTests.user(#","last_visit":"\#(text)""#))
        }
        if case .dataCorrupted(let context)? = error {
            #expect(context.codingPath.map(\.stringValue) == ["last_visit"])
        } else {
            Issue.record("expected dataCorrupted, got \(String(describing: error))")
        }
    }

    @Test func nonStringLastVisitThrows() {
        #expect(throws: DecodingError.self) {
            try decode(UserCompact.self, AbsentNullTests.user(#","last_visit":1748779200"#))
        }
    }
}
