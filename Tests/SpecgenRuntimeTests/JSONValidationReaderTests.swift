import Foundation
import SpecgenRuntime
import Testing

/// Runs a check over bytes, as a generated `validate(json:)` does.
func validate(
    _ bytes: [UInt8], location: String = "doc.md:1",
    _ body: (inout JSONValidationReader) throws(JSONSyntaxError) -> Void = { reader throws(JSONSyntaxError) in
        try reader.skipValue()
    }
)
    -> [ValidationIssue]
{
    JSONValidation.validate(Data(bytes), location: location, body)
}

func validate(
    _ text: String, location: String = "doc.md:1",
    _ body: (inout JSONValidationReader) throws(JSONSyntaxError) -> Void = { reader throws(JSONSyntaxError) in
        try reader.skipValue()
    }
)
    -> [ValidationIssue]
{
    validate(Array(text.utf8), location: location, body)
}

/// A small object rule checked the way generated code checks one: `id` (required integer), `name` (optional
/// nullable string), `tags` (optional array of strings).
let itemRule = JSONObjectRule(
    typeName: "Item",
    members: [
        .init("id", required: true, location: "item.md:3"),
        .init("name", required: false, location: "item.md:4"),
        .init("tags", required: false, location: "item.md:5"),
    ])

func checkItem(_ reader: inout JSONValidationReader, requiring extra: JSONRequirements = .none)
    throws(JSONSyntaxError)
{
    guard try reader.beginObject(typeName: "Item", nullable: false, location: "item.md:1") else { return }
    var seen = JSONKeyBits()
    while let member = try reader.nextMember(itemRule, seen: &seen) {
        switch member {
        case 0: try reader.checkInteger(nullable: false, location: "item.md:3")
        case 1: try reader.checkString(nullable: true, location: "item.md:4")
        default:
            if try reader.beginArray(nullable: false, location: "item.md:5") {
                while try reader.nextElement() { try reader.checkString(nullable: false, location: "item.md:5") }
            }
        }
    }
    reader.finishObject(itemRule, seen: seen, requiring: extra)
}

@Suite struct WellFormedJSONTests {
    @Test(arguments: [
        "null", "true", "false", "0", "-0", "1.5e-3", "-12E+4", "\"\"", "\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"",
        "\"\\u00e9\\ud83c\\udfb5\"", "\"café 🎵\"", "[]", "{}", " [ 1 , { \"a\" : [ ] } , \"x\" ] ",
        "{\"a\":{\"b\":{\"c\":[[[]]]}}}", "\t\r\n{\"\":0}\n", "123456789012345678901234567890",
    ])
    func acceptsWellFormedDocuments(_ text: String) {
        #expect(validate(text).isEmpty)
    }

    /// Strings are scanned eight bytes at a time: a quote, an escape, a control character or a multi-byte character
    /// at any position of a word ends the fast path exactly there.
    @Test func theSpecialByteOfAStringIsFoundAtEveryPositionOfAWord() {
        for run in 0..<20 {
            let plain = String(repeating: "a", count: run)
            for tail in ["\\\"x", "\\u00e9", "é", "🎵b", ""] {
                let text = "[\"" + plain + tail + "\", \"" + plain + "\"]"
                #expect(validate(text).isEmpty, "\(text)")
            }
            let issues = validate(Array(("[\"" + plain).utf8) + [0x09] + Array("\"]".utf8))
            #expect(issues.map(\.kind) == [.malformedJSON])
            #expect(issues.first?.byteOffset == run + 2)
            let badByte = validate(Array(("[\"" + plain).utf8) + [0xC0, 0x80] + Array("\"]".utf8))
            #expect(badByte.first?.byteOffset == run + 2)
        }
    }

    @Test func everyKindOfValueIsReadByTheChecks() {
        let text = #"{"id": 7, "name": null, "tags": ["a", "b\u0041"], "extra": {"deep": [1, {"x": true}]}}"#
        #expect(validate(text) { reader throws(JSONSyntaxError) in try checkItem(&reader) }.isEmpty)
    }
}

@Suite struct MalformedJSONTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var bytes: [UInt8]
        var offset: Int
        var message: String
        var testDescription: String { String(decoding: bytes.prefix(40), as: UTF8.self) }

        init(_ text: String, _ offset: Int, _ message: String) {
            self.init(Array(text.utf8), offset, message)
        }

        init(_ bytes: [UInt8], _ offset: Int, _ message: String) {
            self.bytes = bytes
            self.offset = offset
            self.message = message
        }
    }

    static let highSurrogate =
        "lone high surrogate \\uD800 in a string (it must be followed by a \\u escape of a low surrogate)"

    static let cases: [Case] = [
        Case("", 0, "expected a value, found the end of the input"),
        Case("   ", 3, "expected a value, found the end of the input"),
        Case("[1,]", 3, "expected a value, found ']'"),
        Case("{\"a\":1,}", 7, "expected a key (a string), found '}'"),
        Case("{a:1}", 1, "expected a key (a string), found 'a'"),
        Case("{\"a\" 1}", 5, "expected ':' after a key, found '1'"),
        Case("[1 2]", 3, "expected ',' or ']' after an array element, found '2'"),
        Case("{\"a\":1 \"b\":2}", 7, "expected ',' or '}' after an object member, found '\"'"),
        Case("01", 1, "a number may not have a leading zero"),
        Case("-", 1, "expected a digit, found the end of the input"),
        Case("-a", 1, "expected a digit, found 'a'"),
        Case("1.", 2, "expected a digit after the decimal point, found the end of the input"),
        Case("1.e5", 2, "expected a digit after the decimal point, found 'e'"),
        Case("1e", 2, "expected a digit in the exponent, found the end of the input"),
        Case("+1", 0, "expected a value, found '+'"),
        Case(".5", 0, "expected a value, found '.'"),
        Case("tru", 3, "expected 'true', found the end of the input"),
        Case("nulL", 3, "expected 'null', found 'L'"),
        Case("NaN", 0, "expected a value, found 'N'"),
        Case("1 2", 2, "expected the end of the input after the JSON value, found '2'"),
        Case("{}}", 2, "expected the end of the input after the JSON value, found '}'"),
        Case("\"abc", 4, "the input ends inside a string"),
        Case("\"a\tb\"", 2, "control character U+0009 must be escaped in a string"),
        Case("\"\\x\"", 1, "invalid escape '\\'x'' in a string"),
        Case("\"\\u12G4\"", 5, "expected four hex digits after \\u, found 'G'"),
        Case("\"\\ud800\"", 1, highSurrogate),
        Case("\"\\ud800\\u0041\"", 1, highSurrogate),
        Case("\"\\udc00\\ud800\"", 1, "lone low surrogate \\uDC00 in a string"),
        Case([0x22, 0xC3, 0x28, 0x22], 1, "invalid UTF-8 sequence starting with byte 0xC3"),
        Case([0x22, 0xC0, 0xAF, 0x22], 1, "invalid UTF-8 sequence starting with byte 0xC0"),
        Case([0x22, 0xE0, 0x80, 0xAF, 0x22], 1, "invalid UTF-8 sequence starting with byte 0xE0"),
        Case([0x22, 0xED, 0xA0, 0x80, 0x22], 1, "invalid UTF-8 sequence starting with byte 0xED"),
        Case([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], 1, "invalid UTF-8 sequence starting with byte 0xF4"),
        Case([0x22, 0xF0, 0x9F, 0x8E], 1, "invalid UTF-8 sequence starting with byte 0xF0"),
        Case([0x22, 0xFF, 0x22], 1, "invalid UTF-8 sequence starting with byte 0xFF"),
        Case([0x5B, 0xC3, 0xA9, 0x5D], 1, "expected a value, found byte 0xC3"),
        Case([0xEF, 0xBB, 0xBF, 0x7B, 0x7D], 0, "a byte order mark may not precede JSON text"),
        Case("{\"a\":[1,2", 9, "the input ends inside an array or object"),
    ]

    @Test(arguments: cases)
    func reportsOneIssueAtTheFailingByte(_ c: Case) throws {
        let issues = validate(c.bytes)
        try #require(issues.count == 1)
        #expect(issues[0].kind == .malformedJSON)
        #expect(issues[0].byteOffset == c.offset)
        #expect(issues[0].message == "malformed JSON at byte \(c.offset): \(c.message)")
        #expect(issues[0].specLocation == "doc.md:1")
    }

    @Test func deepNestingIsOneIssueNotACrash() throws {
        for text in [
            String(repeating: "[", count: 100_000),
            String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
            String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000),
        ] {
            let issues = validate(text)
            try #require(issues.count == 1)
            #expect(issues[0].kind == .malformedJSON)
            #expect(issues[0].byteOffset == (text.hasPrefix("[") ? 256 : 256 * 5))
            #expect(issues[0].message.hasSuffix("arrays and objects nest deeper than 256 levels"))
        }
        // Exactly the limit is fine.
        #expect(validate(String(repeating: "[", count: 256) + String(repeating: "]", count: 256)).isEmpty)
        // Deep input where a typed check expected something else: still one issue.
        let issues = validate(String(repeating: "[", count: 100_000)) { reader throws(JSONSyntaxError) in
            try checkItem(&reader)
        }
        #expect(issues.count == 1 && issues[0].kind == .malformedJSON)
    }

    /// A repeated key is well-formed JSON: it is reported as what it is, at the repeated key, and reading goes on.
    @Test(
        arguments: [
            ("{\"a\":1,\"a\":2}", "/a", 7),
            ("{\"a\":1,\"\\u0061\":2}", "/a", 7),
            ("[{\"x\":{}, \"y\":1, \"x\":[]}]", "/0/x", 17),
            ("{\"o\":{\"k\":1,\"k\":{\"k\":2}}}", "/o/k", 12),
        ] as [(String, String, Int)])
    func aRepeatedKeyIsADuplicateKeyIssue(_ text: String, _ pointer: String, _ offset: Int) throws {
        let issues = validate(text)
        try #require(issues.count == 1)
        #expect(issues[0].kind == .duplicateKey)
        #expect(issues[0].instancePath == pointer)
        #expect(issues[0].byteOffset == offset)
        #expect(issues[0].message.hasPrefix("duplicate key \"\(pointer.split(separator: "/").last!)\""))
        #expect(issues[0].specLocation == "doc.md:1")
    }

    @Test func manyKeysInOneObjectStillFindARepeat() throws {
        var members = (0..<500).map { "\"k\($0)\":\($0)" }
        #expect(validate("{" + members.joined(separator: ",") + "}").isEmpty)
        members.append("\"k\\u0031\\u0032\":0")
        let issues = validate("{" + members.joined(separator: ",") + "}")
        try #require(issues.count == 1)
        #expect(issues[0].message == "duplicate key \"k12\": an object may have each key only once")
        #expect(issues[0].instancePath == "/k12")
    }

    @Test func malformedJSONReplacesTheIssuesFoundBeforeIt() throws {
        let text = #"{"id": "seven", "name": 5, "tags": [1, 2"#
        let issues = validate(text) { reader throws(JSONSyntaxError) in try checkItem(&reader) }
        try #require(issues.count == 1)
        #expect(issues[0].kind == .malformedJSON)
        #expect(issues[0].instancePath == "/tags/1")
        #expect(issues[0].specLocation == "doc.md:1")
    }

    @Test func aRepeatedDocumentedKeyIsReportedAndBothValuesAreChecked() throws {
        let issues = validate(#"{"id": 1, "id": "two", "x": 1, "x": 2}"#) { reader throws(JSONSyntaxError) in
            try checkItem(&reader)
        }
        #expect(
            issues.map(\.description) == [
                "/id: duplicate key \"id\": an object may have each key only once [item.md:3]",
                "/id: expected an integer, found \"two\" [item.md:3]",
                "/x: duplicate key \"x\": an object may have each key only once [doc.md:1]",
            ])
        #expect(issues.map(\.kind) == [.duplicateKey, .wrongType, .duplicateKey])
        #expect(issues[0].byteOffset == 10)
        // Malformed JSON after a repeated key is still the one issue.
        let malformed = validate(#"{"id": 1, "id": 2,"#) { reader throws(JSONSyntaxError) in try checkItem(&reader) }
        #expect(malformed.map(\.kind) == [.malformedJSON])
    }
}

@Suite struct CheckTests {
    @Test func reportsEveryIssueWithPointerLocationAndOffset() {
        let text = #"{"name": 5, "tags": ["a", null, "c", 4], "extra": 1}"#
        let issues = validate(text) { reader throws(JSONSyntaxError) in try checkItem(&reader) }
        #expect(
            issues.map(\.description) == [
                "/name: expected a string or null, found 5 [item.md:4]",
                "/tags/1: expected a string, found null [item.md:5]",
                "/tags/3: expected a string, found 4 [item.md:5]",
                "/id: required key \"id\" is missing [item.md:3]",
            ])
        #expect(issues.map(\.kind) == [.wrongType, .wrongType, .wrongType, .missingKey])
        #expect(issues.map(\.byteOffset) == [9, 26, 37, 0])
    }

    @Test func extraRequirementsAreReportedAfterTheRulesOwn() {
        let extra = JSONRequirements([
            .init("tags", location: "events.md:9"), .init("id", location: "events.md:9"),
            .init("unlisted", location: "events.md:9"),
        ])
        let issues = validate("{}") { reader throws(JSONSyntaxError) in try checkItem(&reader, requiring: extra) }
        #expect(
            issues.map(\.description) == [
                "/id: required key \"id\" is missing [item.md:3]",
                "/tags: required key \"tags\" is missing [events.md:9]",
            ])
    }

    @Test func pointersEscapeKeysAndResolveEscapes() {
        let text = #"{"a/b~c": {"caf\u00e9": [0, {"id": "x"}]}}"#
        let issues = validate(text) { reader throws(JSONSyntaxError) in
            guard try reader.beginObject(typeName: "Outer", nullable: false, location: "o.md:1") else { return }
            var seen = JSONKeyBits()
            let rule = JSONObjectRule(typeName: "Outer", members: [.init("a/b~c", required: true, location: "o.md:2")])
            while try reader.nextMember(rule, seen: &seen) != nil {
                let inner = JSONObjectRule(
                    typeName: "Inner", members: [.init("café", required: true, location: "o.md:3")])
                guard try reader.beginObject(typeName: "Inner", nullable: false, location: "o.md:2") else { continue }
                var innerSeen = JSONKeyBits()
                while try reader.nextMember(inner, seen: &innerSeen) != nil {
                    if try reader.beginArray(nullable: false, location: "o.md:3") {
                        while try reader.nextElement() { try reader.checkObject(nullable: false, location: "o.md:3") }
                    }
                }
                reader.finishObject(inner, seen: innerSeen)
            }
            reader.finishObject(rule, seen: seen)
        }
        #expect(issues.map(\.instancePath) == ["/a~1b~0c/café/0"])
        #expect(issues.map(\.message) == ["expected an object, found 0"])
    }

    @Test func theRootPrintsAsRoot() {
        let issues = validate("[]") { reader throws(JSONSyntaxError) in try checkItem(&reader) }
        #expect(issues.map(\.description) == ["(root): expected an object (Item), found an array [item.md:1]"])
    }

    @Test func longValuesAreShortenedInMessages() throws {
        let long = "\"" + String(repeating: "é", count: 100) + "\""
        let issues = validate(long) { reader throws(JSONSyntaxError) in
            try reader.checkInteger(nullable: false, location: "x:1")
        }
        let message = try #require(issues.first?.message)
        #expect(message.hasPrefix("expected an integer, found \"éé"))
        #expect(message.hasSuffix("…"))
        #expect(message.utf8.count < 100)
    }

    /// `integer` means a whole number within 64 bits, by the exact value of the decimal text: `1E-400` has a
    /// fractional part (it is not 0), `9223372036854775807.0` is `Int64.max`, `1e400` is a whole number beyond 64 bits.
    @Test(
        arguments: [
            ("0", nil), ("-0", nil), ("4300000123", nil), ("9223372036854775807", nil), ("-9223372036854775808", nil),
            ("1.0", nil), ("1e2", nil), ("100e-2", nil), ("0.1e1", nil), ("-0.0", nil), ("0e-400", nil),
            ("0.000e99", nil),
            ("-9223372036854775808.0", nil), ("9007199254740993.0", nil), ("9223372036854775807.0", nil),
            ("922337203685477580.7e1", nil), ("92233720368547758070e-1", nil), ("1E+2", nil), ("10.50e1", nil),
            ("1.5", "expected an integer, found 1.5"),
            ("1e-400", "expected an integer, found 1e-400"),
            ("1E-400", "expected an integer, found 1E-400"),
            ("-1.0000000000000000000000001", "expected an integer, found -1.0000000000000000000000001"),
            ("12345e-1", "expected an integer, found 12345e-1"),
            ("1e-99999999999999999999999", "expected an integer, found 1e-99999999999999999999999"),
            ("1e400", "expected an integer within 64 bits, found 1e400"),
            ("-1E400", "expected an integer within 64 bits, found -1E400"),
            ("1e99999999999999999999999", "expected an integer within 64 bits, found 1e99999999999999999999999"),
            ("9223372036854775808", "expected an integer within 64 bits, found 9223372036854775808"),
            ("-9223372036854775809", "expected an integer within 64 bits, found -9223372036854775809"),
            (
                "123456789012345678901234567890",
                "expected an integer within 64 bits, found 123456789012345678901234567890"
            ),
            ("9223372036854775808.0", "expected an integer within 64 bits, found 9223372036854775808.0"),
            ("9.3e18", "expected an integer within 64 bits, found 9.3e18"),
            ("\"7\"", "expected an integer, found \"7\""),
            ("true", "expected an integer, found true"),
            ("null", "expected an integer, found null"),
        ] as [(String, String?)])
    func integers(_ text: String, _ message: String?) {
        let issues = validate(text) { reader throws(JSONSyntaxError) in
            try reader.checkInteger(nullable: false, location: "x:1")
        }
        #expect(issues.map(\.message) == (message.map { [$0] } ?? []))
    }

    @Test func hugeNumbersAreNumbers() {
        let huge = String(repeating: "9", count: 100_000) + ".5e99999"
        #expect(
            validate(huge) { reader throws(JSONSyntaxError) in try reader.checkNumber(nullable: false, location: "x:1")
            }.isEmpty)
        // A whole number, far beyond 64 bits; with one more fractional digit than the exponent shifts, not whole.
        let issues = validate(huge) { reader throws(JSONSyntaxError) in
            try reader.checkInteger(nullable: false, location: "x:1")
        }
        #expect(issues.count == 1 && issues[0].kind == .wrongValue)
        let fractional = String(repeating: "9", count: 100_000) + ".5e-1"
        let notWhole = validate(fractional) { reader throws(JSONSyntaxError) in
            try reader.checkInteger(nullable: false, location: "x:1")
        }
        #expect(notWhole.count == 1 && notWhole[0].kind == .wrongType)
    }

    @Test func nullOnlyWhereAllowed() {
        for nullable in [true, false] {
            var counts: [Int] = []
            for kind in 0..<9 {
                let issues = validate(" null ") { reader throws(JSONSyntaxError) in
                    switch kind {
                    case 0: try reader.checkString(nullable: nullable, location: "x:1")
                    case 1: try reader.checkNumber(nullable: nullable, location: "x:1")
                    case 2: try reader.checkInteger(nullable: nullable, location: "x:1")
                    case 3: try reader.checkBoolean(nullable: nullable, location: "x:1")
                    case 4: try reader.checkTimestamp(nullable: nullable, location: "x:1")
                    case 5: try reader.checkObject(nullable: nullable, location: "x:1")
                    case 6: try reader.checkConstant("c", nullable: nullable, location: "x:1")
                    case 7: _ = try reader.beginArray(nullable: nullable, location: "x:1")
                    default: _ = try reader.beginObject(typeName: "T", nullable: nullable, location: "x:1")
                    }
                }
                counts.append(issues.count)
            }
            #expect(counts == Array(repeating: nullable ? 0 : 1, count: 9))
        }
    }

    @Test func constantsAndEnumerations() {
        func constant(_ text: String) -> [String] {
            validate(text) { reader throws(JSONSyntaxError) in
                try reader.checkConstant("beatmapset", nullable: false, location: "n.md:55")
            }
            .map(\.description)
        }
        #expect(constant("\"beatmapset\"").isEmpty)
        #expect(constant("\"beatmap\\u0073et\"").isEmpty)
        #expect(constant("\"channel\"") == ["(root): expected \"beatmapset\", found \"channel\" [n.md:55]"])
        #expect(constant("1") == ["(root): expected \"beatmapset\", found 1 [n.md:55]"])

        let strings = JSONEnumRule(typeName: "ChannelType", strings: ["PUBLIC", "PM"], location: "c.md:1")
        func channel(_ text: String) -> [ValidationIssue] {
            validate(text) { reader throws(JSONSyntaxError) in
                try reader.checkEnum(strings, nullable: false, location: "x.md:34")
            }
        }
        #expect(channel("\"PM\"").isEmpty)
        #expect(
            channel("\"TEAM\"").map(\.description) == [
                "(root): expected one of \"PUBLIC\", \"PM\", found \"TEAM\" [c.md:1]"
            ])
        #expect(channel("\"TEAM\"").map(\.kind) == [.wrongValue])
        #expect(channel("3").map(\.description) == ["(root): expected one of \"PUBLIC\", \"PM\", found 3 [x.md:34]"])
        #expect(channel("3").map(\.kind) == [.wrongType])

        let integers = JSONEnumRule(typeName: "Rank", integers: [-2, 0, 4], location: "r.md:1")
        func rank(_ text: String) -> [String] {
            validate(text) { reader throws(JSONSyntaxError) in
                try reader.checkEnum(integers, nullable: true, location: "x.md:1")
            }
            .map(\.message)
        }
        #expect(rank("-2").isEmpty && rank("4.0").isEmpty && rank("null").isEmpty)
        #expect(rank("1") == ["expected one of -2, 0, 4 or null, found 1"])
        #expect(rank("\"4\"") == ["expected one of -2, 0, 4 or null, found \"4\""])

        let many = JSONEnumRule(typeName: "Big", strings: (1...20).map { "v\($0)" }, location: "b.md:1")
        let message = validate("\"x\"") { reader throws(JSONSyntaxError) in
            try reader.checkEnum(many, nullable: false, location: "x:1")
        }
        .first?.message
        #expect(
            message
                == "expected one of \"v1\", \"v2\", \"v3\", \"v4\", \"v5\", \"v6\", \"v7\", \"v8\", \"v9\", \"v10\", "
                + "\"v11\", \"v12\" (or 8 more values of Big), found \"x\"")
    }

    @Test func timestampsMustBeRFC3339() {
        func timestamp(_ text: String) -> [String] {
            validate(text) { reader throws(JSONSyntaxError) in
                try reader.checkTimestamp(nullable: false, location: "u.md:33")
            }
            .map(\.message)
        }
        #expect(timestamp("\"2025-06-01T12:00:00+00:00\"").isEmpty)
        #expect(timestamp("\"2025-06-01\\u005412:00:00Z\"").isEmpty)
        #expect(
            timestamp("\"2025-06-01 12:00:00Z\"")
                == ["expected an RFC 3339 date-time such as \"2025-06-01T12:00:00Z\", found \"2025-06-01 12:00:00Z\""])
        #expect(timestamp("1") == ["expected a date-time string, found 1"])
    }
}

@Suite struct UnionAndTagTests {
    /// `Item or a string`, the way a generated union validator checks it.
    func checkItemOrString(_ reader: inout JSONValidationReader) throws(JSONSyntaxError) {
        try reader.checkUnion(expected: "Item or a string", nullable: false, location: "u.md:1", members: 2) {
            (reader: inout JSONValidationReader, member: Int) throws(JSONSyntaxError) in
            if member == 0 {
                try checkItem(&reader)
            } else {
                try reader.checkString(nullable: false, location: "u.md:1")
            }
        }
    }

    @Test func aUnionPassesWhenOneMemberPasses() {
        #expect(validate(#"{"id": 1}"#) { reader throws(JSONSyntaxError) in try checkItemOrString(&reader) }.isEmpty)
        #expect(validate(#""x""#) { reader throws(JSONSyntaxError) in try checkItemOrString(&reader) }.isEmpty)
        // The value is read once in the end: what follows is read normally.
        let text = #"[{"id": 1}, "x", {"id": 2}]"#
        let issues = validate(text) { reader throws(JSONSyntaxError) in
            if try reader.beginArray(nullable: false, location: "a:1") {
                while try reader.nextElement() { try checkItemOrString(&reader) }
            }
        }
        #expect(issues.isEmpty)
    }

    @Test func aUnionReportsTheClosestMemberOrOneIssue() {
        let wrongType = validate("5") { reader throws(JSONSyntaxError) in try checkItemOrString(&reader) }
        #expect(wrongType.map(\.description) == ["(root): expected Item or a string, found 5 [u.md:1]"])
        let closest = validate(#"{"id": 1.5}"#) { reader throws(JSONSyntaxError) in try checkItemOrString(&reader) }
        #expect(closest.map(\.description) == ["/id: expected an integer, found 1.5 [item.md:3]"])
    }

    @Test func peekFindsTheTagWhereverItIs() {
        let tags = JSONTagRule(key: "kind", values: ["circle", "square"])
        func tag(_ text: String) -> Int?? {
            var result: Int?? = .none
            _ = validate(text) { reader throws(JSONSyntaxError) in
                guard try reader.beginObject(typeName: "Shape", nullable: false, location: "s:1") else { return }
                result = .some(reader.peekTag(tags))
                reader.rewind(to: 0)
                try reader.skipValue()
            }
            return result
        }
        #expect(tag(#"{"kind": "square"}"#) == .some(1))
        #expect(tag(#"{"a": {"kind": "circle"}, "b": [1, "kind", {}], "c": "}", "kind" : "circle"}"#) == .some(0))
        #expect(tag(#"{"k\u0069nd": "squ\u0061re"}"#) == .some(1))
        #expect(tag(#"{"kind": "triangle"}"#) == .some(nil))
        #expect(tag(#"{"kind": 1}"#) == .some(nil))
        #expect(tag(#"{"other": 1}"#) == .some(nil))
        #expect(tag(#"{}"#) == .some(nil))
    }

    @Test func peekReadsTheCodeBeforeTheName() {
        let tags = JSONTagRule(key: "t", values: ["READY", "RESUMED"], codeKey: "op", codes: [10, 9, -1])
        func tag(_ text: String) -> Int?? {
            var result: Int?? = .none
            _ = validate(text) { reader throws(JSONSyntaxError) in
                guard try reader.beginObject(typeName: "Frame", nullable: false, location: "f:1") else { return }
                result = .some(reader.peekTag(tags))
                reader.rewind(to: 0)
                try reader.skipValue()
            }
            return result
        }
        // A code's index follows the names'; a code with rules wins over the name, wherever the keys are.
        #expect(tag(#"{"op": 10, "d": {}}"#) == .some(2))
        #expect(tag(#"{"t": "READY", "d": {"op": 9}, "op": 9}"#) == .some(3))
        #expect(tag(#"{"op": -1}"#) == .some(4))
        // Any other code, or a value that is not an integer literal, leaves the choice to the name.
        #expect(tag(#"{"op": 0, "t": "RESUMED"}"#) == .some(1))
        #expect(tag(#"{"op": 10.0, "t": "READY"}"#) == .some(0))
        #expect(tag(#"{"op": 1e1}"#) == .some(nil))
        #expect(tag(#"{"op": "10"}"#) == .some(nil))
        #expect(tag(#"{"op": 010}"#) == .some(nil))
        #expect(tag(#"{"op": 99999999999999999999, "t": "x"}"#) == .some(nil))
    }
}

@Suite struct RFC3339Tests {
    @Test(arguments: [
        "2025-06-01T12:00:00Z", "2025-06-01T12:00:00+00:00", "2025-06-01T12:00:05.123456Z", "2025-06-01t12:00:00z",
        "2024-02-29T00:00:00Z", "2000-02-29T23:59:59-23:59", "0001-01-01T00:00:00.0Z",
        "9999-12-31T23:59:59.999999999+14:00",
    ])
    func valid(_ text: String) {
        #expect(RFC3339.isDateTime(text))
    }

    @Test(arguments: [
        "", "2025-06-01", "2025-06-01T12:00:00", "2025-06-01 12:00:00Z", "2025-06-01T12:00Z", "2025-6-01T12:00:00Z",
        "2025-06-01T12:00:00+0000", "2025-06-01T12:00:00+00", "2025-06-01T12:00:00.Z", "2025-06-01T24:00:00Z",
        "2025-06-01T12:60:00Z", "2025-06-01T23:59:60Z", "2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z",
        "2025-04-31T00:00:00Z", "2025-13-01T00:00:00Z", "2025-00-01T00:00:00Z", "2025-06-00T00:00:00Z",
        "0000-01-01T00:00:00Z", "2025-06-01T12:00:00+24:00", "2025-06-01T12:00:00+00:60", "2025-06-01T12:00:00Z\n",
        "2025-06-01T12:00:00ZZ", " 2025-06-01T12:00:00Z", "２025-06-01T12:00:00Z", "2025-06-01T12:00:00.5",
    ])
    func invalid(_ text: String) {
        #expect(!RFC3339.isDateTime(text))
    }
}

@Suite struct KeyTableTests {
    @Test func findsEveryKeyAndNothingElse() {
        let keys = (0..<300).map { "key_\($0)" } + ["", "é", "a/b"]
        let table = JSONKeyTable(keys)
        for (index, key) in keys.enumerated() { #expect(table.index(of: key) == index) }
        for other in ["key_300", "key", "KEY_1", "e", "a"] { #expect(table.index(of: other) == nil) }
    }

    @Test func aRepeatedKeyKeepsItsFirstIndex() {
        #expect(JSONKeyTable(["a", "b", "a"]).index(of: "a") == 0)
        let repeated = JSONKeyTable(["a", "b", "a"])
        #expect(Array("a".utf8).withUnsafeBufferPointer { repeated.index(of: $0, expecting: 2) } == 0)
    }

    /// The guessed index is only a first try: a wrong guess, a guess past the end and a key of the guessed length
    /// but other bytes all give the answer a plain lookup gives.
    @Test func aGuessedIndexNeverChangesTheAnswer() {
        let keys = ["id", "name", "tags", "nam", "names_and_more"]
        let table = JSONKeyTable(keys)
        for key in keys + ["nome", "", "id2", "names_and_mor"] {
            for guess in 0...keys.count + 1 {
                let found = Array(key.utf8).withUnsafeBufferPointer { table.index(of: $0, expecting: guess) }
                #expect(found == table.index(of: key), "\(key) guessing \(guess)")
            }
        }
    }

    /// Members in any order, repeated or unknown, are matched to their rules whatever the previous member was.
    @Test func membersOutOfTheDocsOrderAreCheckedByTheirOwnRules() {
        let issues = validate(#"{"tags": ["x", 1], "id": "7", "name": 3, "id": 8, "extra": 0, "name": null}"#) {
            reader throws(JSONSyntaxError) in try checkItem(&reader)
        }
        #expect(
            issues.map { "\($0.instancePath) \($0.kind)" } == [
                "/tags/1 wrongType", "/id wrongType", "/name wrongType", "/id duplicateKey",
                "/name duplicateKey",
            ])
    }

    @Test func bitSetsHoldAnyIndex() {
        var bits = JSONKeyBits()
        for index in [0, 63, 64, 127, 128, 200, 1000] { bits.insert(index) }
        for index in [0, 63, 64, 127, 128, 200, 1000] { #expect(bits.contains(index)) }
        for index in [1, 62, 65, 129, 199, 999, 5000] { #expect(!bits.contains(index)) }
    }
}
