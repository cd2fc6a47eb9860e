import Foundation
import Testing

@testable import SpecgenRuntime

private func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(text.utf8))
}

/// The kind and the exact case of a value: `==` takes `.integer(2)` and `.number(2.0)` as equal, these tests do not.
private func shape(_ value: JSONValue?) -> String {
    switch value {
    case nil: return "absent"
    case .null: return "null"
    case .bool(let flag): return "bool \(flag)"
    case .integer(let integer): return "integer \(integer)"
    case .number(let number): return "number \(number)"
    case .string(let text): return "string \(text)"
    case .array(let elements): return "[" + elements.map { shape($0) }.joined(separator: ", ") + "]"
    case .object(let object):
        return "{" + object.keys.map { "\($0): \(shape(object[$0]))" }.joined(separator: ", ") + "}"
    }
}

/// Open objects try each member first as the kind its key held before (``JSONKindGuesses``): whatever the guess, the
/// values and the errors are those of the default order. Each test uses keys of its own, as the table is shared.
@Suite struct JSONKindGuessTests {
    /// One key holding every kind in turn, each decoding after a guess made from the one before.
    @Test func aKeyThatChangesKindDecodesEachTime() throws {
        let values = [
            ("1", "integer 1"), (#""a""#, "string a"), ("true", "bool true"), ("1.5", "number 1.5"),
            ("2", "integer 2"), ("1e2", "integer 100"), (#"{"x":false}"#, "{x: bool false}"), ("[3]", "[integer 3]"),
            ("null", "null"), ("[]", "[]"), (#""b""#, "string b"), ("-0.25", "number -0.25"), ("false", "bool false"),
            ("7", "integer 7"), (#"{}"#, "{}"), ("9223372036854775808", "number 9.223372036854776e+18"),
            ("[1,2]", "[integer 1, integer 2]"),
        ]
        for (json, expected) in values {
            let object = try decode(JSONObject.self, #"{"guess.changing":\#(json)}"#)
            #expect(shape(object["guess.changing"]) == expected, "\(json)")
        }
        #expect(JSONKindGuesses.shared.snapshot()["guess.changing"] == .array)
    }

    /// A number is tried as an integer first whatever the guess, so a key that held a fraction still gives integers.
    @Test func integersStayIntegersAfterAFraction() throws {
        #expect(shape(try decode(JSONObject.self, #"{"guess.fraction":0.5}"#)["guess.fraction"]) == "number 0.5")
        #expect(shape(try decode(JSONObject.self, #"{"guess.fraction":12}"#)["guess.fraction"]) == "integer 12")
    }

    /// Elements are tried as the kind of the element before them; mixed arrays keep every element in its place.
    @Test func mixedArraysKeepTheirElements() throws {
        let text = #"{"guess.mixed":[1,2,"a","b",true,1.5,3,null,{"y":[]},[],[1,"c"],false,"d",{},4]}"#
        let object = try decode(JSONObject.self, text)
        #expect(
            shape(object["guess.mixed"])
                == "[integer 1, integer 2, string a, string b, bool true, number 1.5, integer 3, null, {y: []}, [], "
                + "[integer 1, string c], bool false, string d, {}, integer 4]")
        // The same through JSONValue, whose arrays at the top are decoded without a guess.
        let value = try decode(JSONValue.self, text)
        #expect(shape(value) == shape(.object(object)))
    }

    /// A value that cannot be decoded throws the same error whether its key has been seen or not.
    @Test func errorsDoNotDependOnTheGuess() throws {
        func failure(_ text: String) -> String {
            do {
                _ = try decode(JSONObject.self, text)
                return "no error"
            } catch let error as DecodingError {
                guard case .typeMismatch(_, let context) = error else { return "\(error)" }
                return context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: "/")
                    + ": " + context.debugDescription
            } catch {
                return "\(error)"
            }
        }
        // Cold: the key has never been seen.
        let cold = failure(#"{"guess.failing":1e400}"#)
        let coldInArray = failure(#"{"guess.failingArray":[1,"a",1e400]}"#)
        #expect(cold.hasPrefix("guess.failing: "))
        #expect(coldInArray.hasPrefix("guess.failingArray/2: "))
        // Warm: the keys were seen holding numbers and arrays.
        _ = try decode(JSONObject.self, #"{"guess.failing":1}"#)
        _ = try decode(JSONObject.self, #"{"guess.failingArray":[1]}"#)
        #expect(JSONKindGuesses.shared.snapshot()["guess.failing"] == .number)
        #expect(failure(#"{"guess.failing":1e400}"#) == cold)
        #expect(failure(#"{"guess.failingArray":[1,"a",1e400]}"#) == coldInArray)
    }

    /// Members are keyed by their text alone (``JSONMemberKey``, small enough for an existential's inline buffer):
    /// the coding path of an error names them as the JSON writes them, with no integer value, even a key of digits.
    @Test func membersAreKeyedByTheirText() throws {
        do {
            _ = try decode(JSONObject.self, #"{"guess.path":{"12":[1e400]}}"#)
            Issue.record("1e400 decoded")
        } catch DecodingError.typeMismatch(_, let context) {
            #expect(context.codingPath.prefix(2).map(\.stringValue) == ["guess.path", "12"])
            #expect(context.codingPath.prefix(2).allSatisfy { $0.intValue == nil })
            #expect(context.codingPath.last?.intValue == 0)
        }
        #expect(JSONMemberKey(intValue: 12) == nil)
        #expect(JSONMemberKey(stringValue: "12").stringValue == "12")
    }

    /// The table stops growing at its capacity; keys it knows are still updated.
    @Test func theTableIsBounded() {
        let table = JSONKindGuesses()
        table.record((0..<(JSONKindGuesses.capacity + 10)).map { (key: "k\($0)", kind: JSONValueKind.number) })
        #expect(table.snapshot().count == JSONKindGuesses.capacity)
        #expect(table.snapshot()["k\(JSONKindGuesses.capacity)"] == nil)
        table.record([(key: "k0", kind: .bool)])
        #expect(table.snapshot()["k0"] == .bool)
        #expect(table.snapshot().count == JSONKindGuesses.capacity)
    }
}
