import Foundation
import SpecgenRuntime
import SpecgenSupport
import Testing

/// The one list of scalar types the runtime's reader decodes (``FastDecodableScalars``, which the model emitter
/// reads) matches the runtime: the runtime makes exactly those types `JSONFastDecodable`, and decodes them as
/// `JSONDecoder` does.
@Suite struct FastDecodableScalarsTests {
    /// A standard scalar type a configuration could name, and how to decode a sample with the runtime and with
    /// `JSONDecoder` (`nil` when the runtime does not decode the type itself).
    struct Candidate: Sendable {
        var name: String
        var type: Any.Type
        var decodesLikeJSONDecoder: (@Sendable () throws -> Bool)?
    }

    /// Decodes a sample with the runtime's reader and with `JSONDecoder`.
    static func same<T: JSONFastDecodable & Decodable & Equatable & Sendable>(_ type: T.Type, _ json: String)
        -> @Sendable () throws -> Bool
    {
        let decode: @Sendable (Data) throws -> Bool = { data in
            try JSONFastDecoding.decode(T.self, from: data) == JSONDecoder().decode(T.self, from: data)
        }
        return { try decode(Data(json.utf8)) }
    }

    /// Every scalar type of the standard library and Foundation that a `swiftType` setting could name.
    static let candidates: [Candidate] = [
        Candidate(name: "String", type: String.self, decodesLikeJSONDecoder: same(String.self, #""a\u00e9\n""#)),
        Candidate(name: "Bool", type: Bool.self, decodesLikeJSONDecoder: same(Bool.self, "true")),
        Candidate(name: "Double", type: Double.self, decodesLikeJSONDecoder: same(Double.self, "-1.5e3")),
        Candidate(name: "Float64", type: Float64.self, decodesLikeJSONDecoder: same(Float64.self, "0.1")),
        Candidate(name: "Int", type: Int.self, decodesLikeJSONDecoder: same(Int.self, "-42")),
        Candidate(name: "Int64", type: Int64.self, decodesLikeJSONDecoder: same(Int64.self, "9007199254740993")),
        Candidate(name: "Int32", type: Int32.self, decodesLikeJSONDecoder: same(Int32.self, "-2147483648")),
        Candidate(name: "Int16", type: Int16.self, decodesLikeJSONDecoder: same(Int16.self, "32767")),
        Candidate(name: "Int8", type: Int8.self, decodesLikeJSONDecoder: same(Int8.self, "-128")),
        Candidate(name: "UInt", type: UInt.self, decodesLikeJSONDecoder: same(UInt.self, "7")),
        Candidate(name: "UInt64", type: UInt64.self, decodesLikeJSONDecoder: same(UInt64.self, "18446744073709551615")),
        Candidate(name: "UInt32", type: UInt32.self, decodesLikeJSONDecoder: same(UInt32.self, "4294967295")),
        Candidate(name: "UInt16", type: UInt16.self, decodesLikeJSONDecoder: same(UInt16.self, "65535")),
        Candidate(name: "UInt8", type: UInt8.self, decodesLikeJSONDecoder: same(UInt8.self, "255")),
        Candidate(name: "Float", type: Float.self, decodesLikeJSONDecoder: nil),
        Candidate(name: "Float32", type: Float32.self, decodesLikeJSONDecoder: nil),
        Candidate(name: "Character", type: Character.self, decodesLikeJSONDecoder: nil),
        Candidate(name: "Substring", type: Substring.self, decodesLikeJSONDecoder: nil),
        Candidate(name: "Decimal", type: Decimal.self, decodesLikeJSONDecoder: nil),
        Candidate(name: "Date", type: Date.self, decodesLikeJSONDecoder: nil),
        Candidate(name: "URL", type: URL.self, decodesLikeJSONDecoder: nil),
        Candidate(name: "UUID", type: UUID.self, decodesLikeJSONDecoder: nil),
    ]

    @Test func theRuntimeDecodesExactlyTheListedScalars() throws {
        for candidate in Self.candidates {
            let listed = FastDecodableScalars.typeNames.contains(candidate.name)
            #expect(
                (candidate.type is any JSONFastDecodable.Type) == listed,
                "\(candidate.name): the runtime and FastDecodableScalars disagree")
            #expect((candidate.decodesLikeJSONDecoder != nil) == listed, "\(candidate.name): sample missing")
            if let decodes = candidate.decodesLikeJSONDecoder {
                #expect(try decodes(), "\(candidate.name) decodes differently from JSONDecoder")
            }
        }
        // The list names only types checked here.
        #expect(FastDecodableScalars.typeNames.isSubset(of: Set(Self.candidates.map(\.name))))
    }

    @Test func listsAndSpellings() {
        #expect(FastDecodableScalars.contains("Swift.Int64"))
        #expect(FastDecodableScalars.contains("[[Swift.UInt8]]"))
        #expect(FastDecodableScalars.contains("String"))
        #expect(!FastDecodableScalars.contains("Swift.Float"))
        #expect(!FastDecodableScalars.contains("[UserID]"))
        #expect(!FastDecodableScalars.contains("Foundation.Int"))
        let nested: Any.Type = [[UInt8]].self
        #expect(nested is any JSONFastDecodable.Type)
    }
}
