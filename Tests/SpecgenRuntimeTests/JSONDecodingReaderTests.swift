import Foundation
import Testing

@testable import SpecgenRuntime

/// Reads one document with the reader; `body` reads the top-level value.
private func read<R>(_ text: String, _ body: (inout JSONDecodingReader) throws -> R) throws -> R {
    try JSONDecodingReader.withReader(Array(text.utf8), body)
}

private func read<R>(bytes: [UInt8], _ body: (inout JSONDecodingReader) throws -> R) throws -> R {
    try JSONDecodingReader.withReader(bytes, body)
}

/// The error a read throws (failing the test when it does not throw a ``JSONDecodingError``).
private func failure<R>(_ text: String, _ body: (inout JSONDecodingReader) throws -> R) -> JSONDecodingError? {
    do {
        _ = try read(text, body)
        Issue.record("expected \(text) to be rejected")
        return nil
    } catch let error as JSONDecodingError {
        return error
    } catch {
        Issue.record("unexpected error \(error)")
        return nil
    }
}

@Suite struct JSONDecodingReaderTests {
    // MARK: Strings

    @Test(arguments: [
        (#""plain""#, "plain"),
        (#""""#, ""),
        (#""caf\u00e9 \u00E9""#, "café é"),
        (#""\ud83d\ude00""#, "😀"),
        (#""\/\b\f\n\r\t\"\\""#, "/\u{08}\u{0C}\n\r\t\"\\"),
        (#""\u0000""#, "\u{0}"),
        ("\"\u{7F}é😀\"", "\u{7F}é😀"),
    ])
    func stringsDecodeLikeJSONDecoder(json: String, expected: String) throws {
        #expect(try read(json) { try $0.readString() } == expected)
        #expect(try JSONDecoder().decode(String.self, from: Data(json.utf8)) == expected)
    }

    @Test(arguments: [
        #""\ud83d""#, #""\ude00""#, #""\ud83dx""#, #""\ud83d\u0041""#, #""\x""#, #""\u12""#, #""\uZZZZ""#,
        "\"a\tb\"", "\"abc", #""\"#,
    ])
    func badStringsAreRejected(json: String) {
        #expect(failure(json) { try $0.readString() } != nil)
        #expect((try? JSONDecoder().decode(String.self, from: Data(json.utf8))) == nil)
    }

    @Test func invalidUTF8IsRejectedWithItsOffset() {
        for bytes: [UInt8] in [
            [0x22, 0xFF, 0x22], [0x22, 0xC3, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xC0, 0x80, 0x22],
        ] {
            #expect(throws: JSONDecodingError.self) { try read(bytes: bytes) { try $0.readString() } }
        }
        let error = failure("  \"ok\\n\u{1}\"") { try $0.readString() }
        #expect(error?.byteOffset == 7)
        #expect(error?.message.contains("control character") == true)
    }

    // MARK: Numbers

    @Test(
        arguments: [
            ("0", 0), ("-0", 0), ("-0.0", 0), ("1.0", 1), ("1e2", 100), ("1E+2", 100), ("10e-1", 1), ("0.1e1", 1),
            ("2.5e1", 25), ("-1e-400", 0), ("9223372036854775807", Int64.max), ("-9223372036854775808", Int64.min),
            ("1.00000000000000000001", 1),
        ] as [(String, Int64)])
    func integersDecodeLikeJSONDecoder(json: String, expected: Int64) throws {
        #expect(try read(json) { try $0.readInteger(Int64.self) } == expected)
        #expect(try JSONDecoder().decode(Int64.self, from: Data(json.utf8)) == expected)
    }

    @Test(arguments: [
        "1.5", "1E400", "9223372036854775808", "-9223372036854775809", "9223372036854775807.0", "01", "-", "1.",
        "1e", "1.e5", "1e5e5", "true", "\"1\"", "null",
    ])
    func badIntegersAreRejected(json: String) {
        #expect(failure(json) { try $0.readInteger(Int64.self) } != nil)
        #expect((try? JSONDecoder().decode(Int64.self, from: Data(json.utf8))) == nil)
    }

    @Test(
        arguments: [
            ("1", 1.0), ("-0", -0.0), ("-0.0", -0.0), ("0.1", 0.1), ("1.5E-3", 0.0015),
            ("4.9e-324", Double.leastNonzeroMagnitude),
            ("123456789012345678901234567890", 1.2345678901234568e29), ("0e0", 0), ("0.0e5", 0), ("-0e1", -0.0),
            ("1.7976931348623157e308", 1.7976931348623157e308),
        ] as [(String, Double)])
    func doublesDecodeLikeJSONDecoder(json: String, expected: Double) throws {
        let value = try read(json) { try $0.readDouble() }
        #expect(value == expected && value.sign == expected.sign)
        #expect(try JSONDecoder().decode(Double.self, from: Data(json.utf8)).bitPattern == value.bitPattern)
    }

    /// `0e5` and `0.00e-1` are rejected because `JSONDecoder` reads the last bytes of a zero backwards and finds
    /// the exponent's digit first.
    @Test(arguments: ["1E400", "-1E400", "1e-400", "2.4e-324", "0e5", "0.00e-1", "00", "NaN", "1e+", "true"])
    func badDoublesAreRejected(json: String) {
        #expect(failure(json) { try $0.readDouble() } != nil)
        #expect((try? JSONDecoder().decode(Double.self, from: Data(json.utf8))) == nil)
    }

    @Test func integersBeyondTwoToTheFiftyThreeInOtherFormsGoToJSONDecoder() throws {
        #expect(throws: JSONDecodingFallback.self) { try read("9007199254740993.0") { try $0.readInteger(Int64.self) } }
        // ... and so come out exactly as JSONDecoder has them.
        let value = try JSONFastDecoding.decode(JSONValue.self, from: Data("[9007199254740993.5]".utf8))
        #expect(value == .array([.integer(9_007_199_254_740_993)]))
    }

    // MARK: Literals, structure, depth

    @Test func booleansAreOnlyTrueAndFalse() throws {
        #expect(try read(" true ") { try $0.readBool() })
        #expect(try !read("false") { try $0.readBool() })
        for json in ["1", "0", "\"true\"", "null", "True", "tru"] {
            #expect(failure(json) { try $0.readBool() } != nil)
        }
    }

    @Test func skippedValuesAreCheckedOnlyForStructure() throws {
        // What JSONDecoder lets through in values no type reads.
        for json in [
            #""\x \ud800 \u0000""#, "\"a\tb\"", "01", "-", "1.2.3e+-", "[1,2,]", #"{"a":1,}"#,
            #"{"\x":1}"#, " [ ] ",
        ] {
            try read(json) { try $0.skipValue() }
        }
        for json in ["tru", "nul", "[,]", "{,}", #"{"a":1,,}"#, "[1 2]", #"{"a" 1}"#, #""\u12""#, "+1", ".5", "\"a"] {
            #expect(failure(json) { try $0.skipValue() } != nil)
        }
    }

    @Test func nestingStopsAt512() throws {
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        try read(ok) { try $0.skipValue() }
        let deep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        let error = failure(deep) { try $0.skipValue() }
        #expect(error?.byteOffset == 512)
        #expect(throws: JSONDecodingError.self) { try read("[" + deep + "]") { try JSONValue(jsonReader: &$0) } }
    }

    @Test func onlyWhitespaceMayFollowTheValue() throws {
        try read(" \n\t\r1 \n\t\r") { try $0.skipValue() }
        let error = failure("1 x") { try $0.skipValue() }
        #expect(error?.byteOffset == 2)
        #expect(error?.description == "JSON decoding failed at byte 2: unexpected 'x' after the top-level value")
        for json in ["", "  ", "1\u{0B}", "1\u{A0}"] {
            #expect(failure(json) { try $0.skipValue() } != nil)
        }
    }

    @Test func aByteOrderMarkIsSkippedAndOtherEncodingsGoToJSONDecoder() throws {
        #expect(try read(bytes: [0xEF, 0xBB, 0xBF] + Array("\"x\"".utf8)) { try $0.readString() } == "x")
        let utf16 = Array("[\"x\"]".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(throws: JSONDecodingFallback.self) { try read(bytes: utf16) { try $0.skipValue() } }
        #expect(try JSONFastDecoding.decode(JSONValue.self, from: Data(utf16)) == .array([.string("x")]))
    }

    // MARK: Keys

    @Test func keysMatchAsSwiftStrings() throws {
        let table = JSONKeyTable(["id", "K", "é"])
        func keys(_ json: String) throws -> [Int] {
            try read(json) { reader in
                var object = try reader.beginObject()
                var found: [Int] = []
                while let key = try reader.nextKey(&object, table) {
                    found.append(key)
                    try reader.skipValue()
                }
                return found
            }
        }
        #expect(try keys(#"{"id":1,"\u0069d":2,"x":3}"#) == [0, 0, -1])
        #expect(try keys("{\"\u{212A}\":1,\"\\u212a\":2,\"K\":3}") == [1, 1, 1])
        #expect(try keys("{\"e\u{301}\":1,\"\u{E9}\":2}") == [2, 2])
        #expect(try keys("{ }") == [])
        #expect(try keys(#"{"id":1,}"#) == [0])
        // Keys of an object a type reads are decoded strictly.
        for json in [#"{"\x":1}"#, "{\"a\tb\":1}", #"{"\ud800":1}"#, #"{"id" 1}"#, #"{"id":1 "x":2}"#] {
            #expect(
                failure(json) { reader in
                    var object = try reader.beginObject()
                    while try reader.nextKey(&object, table) != nil { try reader.skipValue() }
                } != nil)
        }
    }

    @Test func theFirstOfRepeatedKeysWins() throws {
        let value = try read(#"{"a":1,"a":"x","b":{"c":[]},"b":null}"#) { try JSONObject(jsonReader: &$0) }
        #expect(value == ["a": 1, "b": ["c": []]])
        var slot: Int?
        try read("1") { try $0.decodeField(&slot) }
        try read("\"later\"") { try $0.decodeField(&slot) }
        #expect(slot == 1)
    }

    @Test func jsonValueClassifiesNumbersAsInt64DecodingDoes() throws {
        let value = try read("[1, 1.0, 1e2, -0, 1.5, 1e19, 9223372036854775808]") { try JSONValue(jsonReader: &$0) }
        #expect(
            value
                == .array([
                    .integer(1), .integer(1), .integer(100), .integer(0), .number(1.5), .number(1e19),
                    .number(9_223_372_036_854_775_808),
                ]))
        if case .array(let elements) = value, case .number = elements[5] {
        } else {
            Issue.record("1e19 is not a Double")
        }
        #expect(failure("1E400") { try JSONValue(jsonReader: &$0) } != nil)
        #expect(try read("[]") { try JSONObject(jsonReader: &$0) } == JSONObject())
        #expect(failure("[1]") { try JSONObject(jsonReader: &$0) } != nil)
        #expect(failure("null") { try JSONObject(jsonReader: &$0) } != nil)
    }

    @Test func unionAttemptsRestoreThePosition() throws {
        let result = try read("[\"x\"]") { reader -> [String] in
            if let numbers = try reader.attempt({ try [Double](jsonReader: &$0) }) { return numbers.map { "\($0)" } }
            return try [String](jsonReader: &reader)
        }
        #expect(result == ["x"])
    }

    @Test func errorsNameTheByteAndWhatWasExpected() {
        let error = failure(#"{"a": tru}"#) { try $0.skipValue() }
        #expect(error?.byteOffset == 9)
        let mismatch = failure(#"  "x""#) { try $0.readBool() }
        #expect(mismatch?.message == "expected a Boolean, found a string")
        #expect(mismatch?.byteOffset == 2)
        let missing = failure("{}") { reader -> Int in
            let object = try reader.beginObject()
            throw reader.missingKey("id", in: object)
        }
        #expect(missing?.message == "the object has no key \"id\"")
    }
}
