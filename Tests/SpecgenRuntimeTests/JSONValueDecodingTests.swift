import Foundation
import SpecgenRuntime
import Testing

/// `JSONValueDecoding` decodes a type from an open object already decoded (a notification's `details`) and must
/// give exactly what `JSONDecoder` gives on the same JSON: the same value, or an error where it throws.
@Suite struct JSONValueDecodingTests {
    struct Details: Codable, Hashable {
        struct Nested: Codable, Hashable {
            var name: String
            var ids: [Int64]
        }

        enum Kind: String, Codable, Hashable {
            case pm, announce
        }

        var title: String
        var postID: Int
        var ratio: Double?
        var small: Int8?
        var unsigned: UInt32?
        var flag: Bool?
        var kind: Kind?
        var tags: [String]?
        var nested: Nested?
        var when: Timestamp?
        var single: Float?
        var date: Date?
        var link: URL?

        enum CodingKeys: String, CodingKey {
            case title, ratio, small, unsigned, flag, kind, tags, nested, when, single, date, link
            case postID = "post_id"
        }
    }

    enum Keys: String, CodingKey {
        case details
    }

    /// Decodes `details` as generated code does: the open object, then the typed value from it.
    struct FromObject: Decodable {
        var object: JSONObject
        var typed: Details

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            object = try container.decode(JSONObject.self, forKey: .details)
            typed = try JSONValueDecoding.decode(Details.self, from: object, orFrom: container, forKey: .details)
        }
    }

    /// Decodes `details` by `JSONDecoder` alone.
    struct Direct: Decodable {
        var typed: Details

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Keys.self)
            _ = try container.decode(JSONObject.self, forKey: .details)
            typed = try container.decode(Details.self, forKey: .details)
        }
    }

    static let details: [String] = [
        #"{"title":"a","post_id":1}"#,
        #"{"title":"a \u00e9","post_id":-7,"ratio":1.5,"small":-128,"unsigned":4294967295,"flag":true}"#,
        #"{"title":"a","post_id":1,"ratio":3,"kind":"pm","tags":["x","y"],"nested":{"name":"n","ids":[1,2]}}"#,
        #"{"title":"a","post_id":1,"when":"2025-06-01T12:00:00.5+02:00","unknown":{"deep":[1,{"x":null}]}}"#,
        #"{"title":"a","post_id":1,"ratio":null,"small":null,"kind":null,"tags":null,"nested":null}"#,
        #"{"title":"a","title":"b","post_id":1,"post_id":2}"#,
        // Values JSONDecoder reads in ways of its own: the in-memory decoder leaves them to it.
        #"{"title":"a","post_id":1,"single":0.1,"date":12.5,"link":"https://osu.ppy.sh/"}"#,
        #"{"title":"a","post_id":1.0}"#,
        #"{"title":"a","post_id":1e2}"#,
        #"{"title":"a","post_id":9223372036854775808}"#,
        // Numbers JSONDecoder reads as the integer 0 but not as a Double (it refuses an underflow).
        #"{"title":"a","post_id":0,"ratio":0}"#,
        #"{"title":"a","post_id":1,"ratio":1e-400}"#,
        #"{"title":"a","post_id":1,"ratio":-1e-400}"#,
        #"{"title":"a","post_id":1,"ratio":0e5}"#,
        #"{"title":"a","post_id":1,"ratio":2.4e-324}"#,
        #"{"title":"a","post_id":1e-400}"#,
        #"{"title":"a","post_id":1,"ratio":1.5e1,"small":1e2}"#,
        // Mismatches: JSONDecoder's error, whichever way.
        #"{"title":"a","post_id":1.5}"#,
        #"{"title":"a","post_id":"1"}"#,
        #"{"title":2,"post_id":1}"#,
        #"{"post_id":1}"#,
        #"{"title":null,"post_id":1}"#,
        #"{"title":"a","post_id":1,"small":128}"#,
        #"{"title":"a","post_id":1,"unsigned":-1}"#,
        #"{"title":"a","post_id":1,"kind":"other"}"#,
        #"{"title":"a","post_id":1,"tags":[1]}"#,
        #"{"title":"a","post_id":1,"nested":{"name":"n","ids":[1.5]}}"#,
        #"{"title":"a","post_id":1,"when":"yesterday"}"#,
        #"{"title":"a","post_id":1,"flag":1}"#,
        "[]",
    ]

    @Test(arguments: details)
    func givesWhatJSONDecoderGives(details: String) throws {
        let json = Data(#"{"details":\#(details)}"#.utf8)
        let expected = Result { try JSONDecoder().decode(Direct.self, from: json).typed }
        let actual = Result { try JSONDecoder().decode(FromObject.self, from: json).typed }
        switch (expected, actual) {
        case (.success(let a), .success(let b)):
            #expect(a == b)
        case (.failure(let a), .failure(let b)):
            #expect(String(describing: a) == String(describing: b))
        default:
            Issue.record("JSONDecoder: \(expected); from the object: \(actual)")
        }
    }

    /// The in-memory decoder does the work when it can: a value JSONDecoder could not give, put in the object,
    /// comes out typed (the container, which holds the JSON, would give something else).
    @Test func decodesFromTheObjectItself() throws {
        let json = Data(#"{"details":{"title":"from the JSON","post_id":1}}"#.utf8)
        struct Probe: Decodable {
            var typed: Details
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: Keys.self)
                var object = try container.decode(JSONObject.self, forKey: .details)
                object["title"] = "from the object"
                typed = try JSONValueDecoding.decode(Details.self, from: object, orFrom: container, forKey: .details)
            }
        }
        #expect(try JSONDecoder().decode(Probe.self, from: json).typed.title == "from the object")
    }
}
