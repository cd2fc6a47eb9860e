import Foundation
import SpecgenRuntime
import Testing

private func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(text.utf8))
}

private func encode<T: Encodable>(_ value: T, sorted: Bool = true) throws -> String {
    let encoder = JSONEncoder()
    if sorted { encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes] }
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

@Suite struct JSONValueTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let json: String
        let value: JSONValue
        var testDescription: String { json }
    }

    static let scalars: [Case] = [
        Case(json: "null", value: .null),
        Case(json: "true", value: .bool(true)),
        Case(json: "false", value: .bool(false)),
        Case(json: "0", value: .integer(0)),
        Case(json: "-1", value: .integer(-1)),
        Case(json: "450", value: .integer(450)),
        // Above Int32 (and UInt32): ids on the wire, such as message_id after 2^32.
        Case(json: "2147483648", value: .integer(2_147_483_648)),
        Case(json: "4300000123", value: .integer(4_300_000_123)),
        Case(json: "-4300000123", value: .integer(-4_300_000_123)),
        // Above 2^53: still exact, where a Double would not be.
        Case(json: "9007199254740993", value: .integer(9_007_199_254_740_993)),
        Case(json: "9223372036854775807", value: .integer(.max)),
        Case(json: "-9223372036854775808", value: .integer(.min)),
        // Beyond Int64: a Double.
        Case(json: "9223372036854775808", value: .number(9_223_372_036_854_775_808.0)),
        Case(json: "-9223372036854775809", value: .number(-9_223_372_036_854_775_809.0)),
        Case(json: "18446744073709551615", value: .number(18_446_744_073_709_551_615.0)),
        Case(json: "100000000000000000000000", value: .number(1e23)),
        // Fractions and exponents.
        Case(json: "1.5", value: .number(1.5)),
        Case(json: "-0.25", value: .number(-0.25)),
        Case(json: "1e-7", value: .number(1e-7)),
        Case(json: "6.02e23", value: .number(6.02e23)),
        Case(json: "1.7976931348623157e308", value: .number(.greatestFiniteMagnitude)),
        // A number with an integral value is an integer, however it is written.
        Case(json: "1.0", value: .integer(1)),
        Case(json: "1e2", value: .integer(100)),
        Case(json: "1E2", value: .integer(100)),
        // Strings, with JSON (and PHP-style) escapes.
        Case(json: #""""#, value: .string("")),
        Case(json: #""hello""#, value: .string("hello")),
        Case(json: #""https:\/\/osu.ppy.sh\/b\/75""#, value: .string("https://osu.ppy.sh/b/75")),
        Case(json: #""Caf\u00e9 \ud83c\udfb5 \"q\" \\ \n""#, value: .string("Caf\u{E9} \u{1F3B5} \"q\" \\ \n")),
        Case(json: #""true""#, value: .string("true")),
        Case(json: #""42""#, value: .string("42")),
    ]

    @Test(arguments: scalars)
    func decodesScalars(_ example: Case) throws {
        #expect(try decode(JSONValue.self, example.json) == example.value)
        // Inside an array and as an object member too.
        #expect(try decode(JSONValue.self, "[\(example.json)]") == .array([example.value]))
        #expect(try decode(JSONValue.self, #"{"k":\#(example.json)}"#) == .object(JSONObject(["k": example.value])))
    }

    @Test func decodesContainers() throws {
        #expect(try decode(JSONValue.self, "[]") == .array([]))
        #expect(try decode(JSONValue.self, "{}") == .object(JSONObject()))
        #expect(
            try decode(JSONValue.self, #"[1,"a",null,true,[],{}]"#) == [1, "a", nil, true, [], .object(JSONObject())])
        let nested = try decode(
            JSONValue.self,
            #"{"notifications":[{"category":"channel","id":912345}],"read_count":2,"timestamp":"2025-06-01T12:00:05.123456Z","socket":null}"#
        )
        #expect(
            nested
                == .object(
                    JSONObject([
                        "notifications": .array([
                            .object(JSONObject(["category": .string("channel"), "id": .integer(912_345)]))
                        ]),
                        "read_count": .integer(2),
                        "timestamp": .string("2025-06-01T12:00:05.123456Z"),
                        "socket": .null,
                    ])))
        // A null member is kept as .null (it is not the same as an absent key).
        #expect(nested["socket"] == .null)
        #expect(nested["missing"] == nil)
    }

    /// A number too large even for a Double cannot be represented, and decoding fails (Foundation's limit).
    @Test func numberBeyondDoubleThrows() {
        #expect(throws: DecodingError.self) { try decode(JSONValue.self, "1e400") }
    }

    @Test func invalidJSONThrows() {
        for text in ["", "[1 2]", "{\"a\"}", "nul", "'a'"] {
            #expect(throws: (any Error).self) { try decode(JSONValue.self, text) }
        }
    }

    // MARK: - Encoding and round trips

    @Test func encodesEachKind() throws {
        #expect(try encode(JSONValue.null) == "null")
        #expect(try encode(JSONValue.bool(true)) == "true")
        #expect(try encode(JSONValue.integer(4_300_000_123)) == "4300000123")
        #expect(try encode(JSONValue.integer(.max)) == "9223372036854775807")
        #expect(try encode(JSONValue.integer(.min)) == "-9223372036854775808")
        #expect(try encode(JSONValue.number(1.5)) == "1.5")
        #expect(try encode(JSONValue.string("a/b \u{E9}")) == "\"a/b \u{E9}\"")
        #expect(try encode(JSONValue.array([1, nil, "x"])) == #"[1,null,"x"]"#)
        #expect(try encode(["b": 1, "a": [true]] as JSONValue) == #"{"a":[true],"b":1}"#)
    }

    @Test func nonFiniteNumbersDoNotEncode() {
        #expect(throws: EncodingError.self) { try encode(JSONValue.number(.infinity)) }
        #expect(throws: EncodingError.self) { try encode(JSONValue.number(.nan)) }
    }

    /// Decoded values survive encoding and decoding again, whatever their kind.
    @Test func decodedValuesRoundTrip() throws {
        let document = #"""
            {"null":null,"t":true,"f":false,"small":-7,"big":4300000123,"max":9223372036854775807,
             "beyond":18446744073709551615,"pi":3.14159,"tiny":1e-300,"s":"Caf\u00e9 \ud83c\udfb5 https:\/\/x",
             "empty":[],"emptyObject":{},"list":[1,[2,[3,{"deep":null}]]],"o":{"a":{"b":{"c":"d"}}}}
            """#
        let value = try decode(JSONValue.self, document)
        let data = try JSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(JSONValue.self, from: data) == value)
        // And the encoded bytes are stable once the keys are sorted.
        let sorted = try encode(value)
        #expect(try encode(decode(JSONValue.self, sorted)) == sorted)
    }

    /// Numbers compare by value: an integral `.number` equals the `.integer` that JSON text turns it into.
    @Test(arguments: [2.0, -0.0, 1e15])
    func integralNumbersRoundTrip(_ number: Double) throws {
        let value = JSONValue.number(number)
        let again = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
        #expect(again == value)
        #expect(again == .integer(Int64(number)))
        #expect(again.hashValue == value.hashValue)
    }

    // MARK: - Literals and subscripts

    @Test func literals() {
        let value: JSONValue = ["a": 1, "b": 2.5, "c": "x", "d": true, "e": nil, "f": [1, "two"], "a2": ["n": nil]]
        #expect(value["a"] == .integer(1))
        #expect(value["b"] == .number(2.5))
        #expect(value["c"] == .string("x"))
        #expect(value["d"] == .bool(true))
        #expect(value["e"] == .null)
        #expect(value["f"] == .array([.integer(1), .string("two")]))
        #expect(value["a2"]?["n"] == .null)
        // Duplicate keys in a literal: the last one wins.
        let duplicate: JSONValue = ["k": 1, "k": 2]
        #expect(duplicate == ["k": 2])
        let object: JSONObject = ["k": 1, "k": 2]
        #expect(object["k"] == .integer(2))
    }

    @Test func subscripts() {
        let value: JSONValue = ["list": [10, 20], "n": 1]
        #expect(value["list"]?[0] == .integer(10))
        #expect(value["list"]?[1] == .integer(20))
        #expect(value["list"]?[2] == nil)
        #expect(value["list"]?[-1] == nil)
        #expect(value["n"]?[0] == nil)  // not an array
        #expect(value["list"]?["x"] == nil)  // not an object
        #expect(JSONValue.string("s")["k"] == nil)
        #expect(value["absent"] == nil)
    }

    @Test func equalityAndHashing() {
        let a: JSONValue = ["x": [1, 2], "y": "z"]
        let b: JSONValue = ["y": "z", "x": [1, 2]]
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(a != ["x": [2, 1], "y": "z"])
        #expect(JSONValue.integer(1) != .bool(true))
        #expect(JSONValue.string("1") != .integer(1))
        #expect(JSONValue.null != .string("null"))
        #expect(Set<JSONValue>([1, 1, "1", nil, nil]).count == 3)
    }
}

@Suite struct JSONObjectTests {
    @Test func decodesObjects() throws {
        let object = try decode(JSONObject.self, #"{"b":1,"a":{"c":null},"d":[]}"#)
        #expect(object.fields == ["b": .integer(1), "a": .object(JSONObject(["c": .null])), "d": .array([])])
        #expect(object.keys == ["a", "b", "d"])
        #expect(object["b"] == .integer(1))
        #expect(object["missing"] == nil)
        #expect(try decode(JSONObject.self, "{}") == JSONObject())
    }

    /// PHP encodes an empty map as `[]`.
    @Test(arguments: ["[]", "[ ]", " [\n] "])
    func decodesEmptyArrayAsEmptyObject(_ text: String) throws {
        let object = try decode(JSONObject.self, text)
        #expect(object == JSONObject())
        #expect(object.fields.isEmpty)
        #expect(object.keys.isEmpty)
        // Also as a member.
        #expect(try decode([String: JSONObject].self, #"{"details":\#(text)}"#) == ["details": JSONObject()])
    }

    @Test(arguments: ["[1]", "[null]", "[[]]", "[{}]", #"["a"]"#, #"[{"a":1}]"#])
    func rejectsNonEmptyArrays(_ text: String) {
        let error = #expect(throws: DecodingError.self) { try decode(JSONObject.self, text) }
        if case .typeMismatch? = error {
        } else {
            Issue.record("expected typeMismatch, got \(String(describing: error))")
        }
    }

    @Test(arguments: ["null", "1", "\"{}\"", "true"])
    func rejectsOtherValues(_ text: String) {
        #expect(throws: DecodingError.self) { try decode(JSONObject.self, text) }
    }

    /// Inside an untyped JSONValue, `[]` stays an array: only a place typed as an object reads it as one.
    @Test func emptyArrayInAJSONValueStaysAnArray() throws {
        #expect(try decode(JSONValue.self, "[]") == .array([]))
        #expect(try decode(JSONValue.self, #"{"details":[]}"#)["details"] == .array([]))
    }

    @Test func encodesWithSortedKeysWhenAsked() throws {
        let object: JSONObject = ["zz": 3, "b": 1, "a": 2, "c": [4], "aa": nil, "B": "upper"]
        #expect(try encode(object) == #"{"B":"upper","a":2,"aa":null,"b":1,"c":[4],"zz":3}"#)
        #expect(try encode(JSONObject()) == "{}")
        // An empty object decoded from [] is written as {}, not [].
        #expect(try encode(decode(JSONObject.self, "[]")) == "{}")
    }

    /// With `.sortedKeys` the members come out sorted (the member order is otherwise the encoder's).
    @Test func encodesSortedWithSortedKeys() throws {
        let object: JSONObject = ["zz": 3, "b": 1, "a": 2, "c": [4], "aa": nil, "y": "x", "m": false]
        let text = try encode(object, sorted: true)
        #expect(text == #"{"a":2,"aa":null,"b":1,"c":[4],"m":false,"y":"x","zz":3}"#)
        #expect(try decode(JSONObject.self, text) == object)
    }

    @Test func roundTrip() throws {
        let object: JSONObject = [
            "n": nil, "i": 4_300_000_123, "s": "\u{1F3B5}", "l": [[], ["k": "v"]], "o": ["p": 1.5],
        ]
        let again = try JSONDecoder().decode(JSONObject.self, from: JSONEncoder().encode(object))
        #expect(again == object)
    }

    @Test func mutation() {
        var object = JSONObject()
        object["a"] = 1
        object["b"] = nil  // removes (there is nothing to remove)
        #expect(object.keys == ["a"])
        object["a"] = .null  // a JSON null is a value
        #expect(object["a"] == .null)
        #expect(object.keys == ["a"])
        object["a"] = nil
        #expect(object.keys.isEmpty)
    }

    @Test func equalityIgnoresInsertionOrder() {
        var first = JSONObject()
        first["x"] = 1
        first["y"] = 2
        var second = JSONObject()
        second["y"] = 2
        second["x"] = 1
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
    }
}

@Suite struct AnyCodingKeyTests {
    @Test func keys() throws {
        let key = AnyCodingKey("image@2x_url")
        #expect(key.stringValue == "image@2x_url")
        #expect(key.intValue == nil)
        #expect(AnyCodingKey(stringValue: "a") == AnyCodingKey("a"))
        let index = try #require(AnyCodingKey(intValue: 3))
        #expect(index.intValue == 3)
        #expect(index.stringValue == "3")
        #expect(AnyCodingKey("a") != AnyCodingKey("b"))
    }
}
