import ConstructModels
import Foundation
import SpecgenRuntime
import Testing

/// The compiled construct goldens (`Tests/ConstructModels`, generated from `Tests/Fixtures/constructs`) on JSON:
/// decoding with `JSONDecoder` and with the generated `init(json:)`, encoding back, undocumented values kept.
@Suite struct ConstructRoundTripTests {
    /// Decodes with both decoders, checks that they agree, and returns the value.
    static func decode<T: Decodable & JSONFastDecodable & Equatable>(_ type: T.Type, _ json: String) throws -> T {
        let data = Data(json.utf8)
        let value = try JSONDecoder().decode(T.self, from: data)
        #expect(try JSONFastDecoding.decode(T.self, from: data) == value)
        return value
    }

    /// Encodes a value and reads the JSON back as a Foundation object, for comparisons that ignore key order.
    static func encoded<T: Encodable>(_ value: T) throws -> NSDictionary {
        let data = try JSONEncoder().encode(value)
        return try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
    }

    /// A JSON object as a Foundation object.
    static func object(_ json: String) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary)
    }

    @Test func aSelfContainingNodeRoundTrips() throws {
        let json = """
            {"id": 1, "parent": {"id": 0, "children": []}, "children": [{"id": 2, "children": [], "left": {"first": \
            {"id": 3, "children": []}, "both": {"value": "leaf"}}}]}
            """
        let node = try Self.decode(Constructs.Node.self, json)
        #expect(node.id == 1)
        #expect(node.parent?.id == 0 && node.parent?.parent == nil)
        #expect(node.children.first?.left?.first.id == 3)
        #expect(node.children.first?.left?.both == .leaf(Constructs.Leaf(value: "leaf")))
        #expect(try Self.encoded(node) == Self.object(json))
        // `null` and absence both read as nil; nil is written as absent.
        let root = try Self.decode(Constructs.Node.self, #"{"id": 0, "parent": null, "children": [], "left": null}"#)
        #expect(root == Constructs.Node(id: 0, children: []))
        #expect(try Self.encoded(root) == Self.object(#"{"id": 0, "children": []}"#))
    }

    @Test func aUnionTakesTheFirstMemberThatDecodes() throws {
        let pair = try Self.decode(
            Constructs.Pair.self, #"{"first": {"id": 1, "children": []}, "both": {"id": 2, "children": []}}"#)
        #expect(pair.both == .node(Constructs.Node(id: 2, children: [])))
        let bad = Data(#"{"first": {"id": 1, "children": []}, "both": 5}"#.utf8)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(Constructs.Pair.self, from: bad) }
        #expect(throws: (any Error).self) { try Constructs.Pair(json: bad) }
    }

    @Test func variantsFollowTheTagAndUndocumentedTagsAreKept() throws {
        let circle = try Self.decode(Constructs.Shape.self, #"{"kind": "circle", "radius": 2.5}"#)
        #expect(circle.kind == .circle)
        #expect(circle.variant == .circle(Constructs.ShapeCircle(radius: 2.5)))
        #expect(try Self.encoded(circle) == Self.object(#"{"kind": "circle", "radius": 2.5}"#))
        let square = try Self.decode(Constructs.Shape.self, #"{"kind": "square", "side": 3, "label": "s"}"#)
        #expect(square.variant == .square(Constructs.ShapeSquare(side: 3)))
        #expect(square.label == "s")
        let hexagon = try Self.decode(Constructs.Shape.self, #"{"kind": "hexagon", "sides": 6}"#)
        #expect(hexagon.kind == .unknown("hexagon"))
        #expect(hexagon.kind.rawValue == "hexagon")
        #expect(hexagon.variant == .other)
        #expect(try Self.encoded(hexagon) == Self.object(#"{"kind": "hexagon"}"#))
        // A documented tag without its variant's fields does not decode.
        let incomplete = Data(#"{"kind": "circle"}"#.utf8)
        #expect(throws: (any Error).self) { try JSONDecoder().decode(Constructs.Shape.self, from: incomplete) }
        #expect(throws: (any Error).self) { try Constructs.Shape(json: incomplete) }
    }

    @Test func undocumentedEnumValuesAreKeptAsReceived() throws {
        #expect(Constructs.Type2(rawValue: "B") == .b)
        #expect(Constructs.Type2(rawValue: "b") == .unknown("b"))
        #expect(Constructs.Type2.knownCases.map(\.rawValue) == ["a", "B"])
        #expect(Constructs.Rank(rawValue: -2) == .graveyard)
        #expect(Constructs.Rank(rawValue: 3) == .unknown(3))
        #expect(Constructs.Rank.unknown(3).rawValue == 3)
        let ranks = try JSONDecoder().decode([Constructs.Rank].self, from: Data("[-2, 0, 4, 7]".utf8))
        #expect(ranks == [.graveyard, .pending, .loved, .unknown(7)])
        #expect(String(decoding: try JSONEncoder().encode(ranks), as: UTF8.self) == "[-2,0,4,7]")
    }

    @Test func eventsDecodeByNameAndUndocumentedEventsAreKept() throws {
        let added = try Self.decode(
            Constructs.DrawingEvent.self, #"{"event": "shape.added", "payload": {"kind": "square", "side": 1}}"#)
        #expect(
            added == .shapeAdded(Constructs.Shape(kind: .square, variant: .square(Constructs.ShapeSquare(side: 1)))))
        #expect(added.name == "shape.added")
        let cleared = try Self.decode(Constructs.DrawingEvent.self, #"{"event": "canvas.cleared"}"#)
        #expect(cleared == .canvasCleared)
        #expect(try Self.encoded(cleared) == Self.object(#"{"event": "canvas.cleared"}"#))
        let ping = try Self.decode(Constructs.DrawingEvent.self, #"{"event": "ping", "nonce": 7}"#)
        #expect(ping == .ping(Constructs.PingPayload(nonce: 7)))
        #expect(try Self.encoded(ping) == Self.object(#"{"event": "ping", "nonce": 7}"#))
        let moved = #"{"event": "shape.moved", "payload": {"dx": [1, null]}}"#
        let unknown = try Self.decode(Constructs.DrawingEvent.self, moved)
        #expect(unknown == .unknown(name: "shape.moved", payload: .object(["dx": .array([.number(1), .null])])))
        #expect(try Self.encoded(unknown) == Self.object(moved))
        let bare = try Self.decode(Constructs.DrawingEvent.self, #"{"event": "shape.moved", "payload": null}"#)
        #expect(bare == .unknown(name: "shape.moved", payload: nil))
    }

    @Test func oddKeysMapToTheirProperties() throws {
        let json = """
            {"cover@2x": "a", "cover_2x": null, "default": true, "self": "s", "2fa_enabled": false,
             "previousUsername": "p", "user_id": 9, "kind": "sticky", "score": 1.5, "blob": [1, "x"], "meta": {"k": 1},
             "hype": {"current": 1, "required": 2}, "class": "B"}
            """
        let odd = try Self.decode(Constructs.OddNames.self, json)
        #expect(odd.cover2x == "a" && odd.cover2x2 == nil && odd.default && odd.self2 == "s" && !odd._2faEnabled)
        #expect(odd.userID == 9 && odd.kind == .sticky && odd.class == .b)
        #expect(odd.hype == Constructs.OddNamesHype(current: 1, required: 2))
        #expect(odd.blob == .array([.number(1), .string("x")]))
        let expected = try #require(Self.object(json).mutableCopy() as? NSMutableDictionary)
        expected.removeObject(forKey: "cover_2x")
        #expect(try Self.encoded(odd) == expected)
    }

    /// A documented value named `unknown` is its own case; the catch-all for undocumented values is another.
    @Test func aDocumentedValueNamedUnknownIsNotTheCatchAll() throws {
        #expect(Constructs.Status(rawValue: "unknown") == .unknown)
        #expect(Constructs.Status.knownCases.map(\.rawValue) == ["active", "unknown"])
        let undocumented = Constructs.Status(rawValue: "retired")
        #expect(undocumented == .unknown2("retired"))
        #expect(undocumented.rawValue == "retired")
        guard case .unknown = Constructs.Status(rawValue: "unknown") else {
            Issue.record("the documented value decoded to the catch-all")
            return
        }
        let statuses = try JSONDecoder().decode([Constructs.Status].self, from: Data(#"["unknown", "retired"]"#.utf8))
        guard case .unknown = statuses[0], case .unknown2("retired") = statuses[1] else {
            Issue.record("\(statuses)")
            return
        }
        #expect(String(decoding: try JSONEncoder().encode(statuses), as: UTF8.self) == #"["unknown","retired"]"#)
    }

    static let pointers = #"{"a/b": "x", "m~n": 1, "status": "unknown", "either": null}"#

    @Test func keysWithSlashesAndTildesRoundTrip() throws {
        let value = try Self.decode(Constructs.Pointers.self, Self.pointers)
        #expect(value.aB == "x" && value.mN == 1 && value.either == nil)
        #expect(try Self.encoded(value) == Self.object(#"{"a/b": "x", "m~n": 1, "status": "unknown"}"#))
        let absent = try Self.decode(Constructs.Pointers.self, #"{"a/b": "x", "m~n": 1, "status": "active"}"#)
        #expect(absent.either == nil && absent.status == .active)
    }

    /// The generated validators: pointers escaped as RFC 6901 says, `null` where the docs allow it (a union that
    /// starts with `null`), trailing commas malformed.
    @Test func theGeneratedValidatorEscapesPointersAndRejectsTrailingCommas() throws {
        #expect(Constructs.Pointers.validate(json: Data(Self.pointers.utf8)) == [])
        let missing = Constructs.Pointers.validate(json: Data("{}".utf8))
        #expect(missing.map(\.instancePath) == ["/a~1b", "/m~0n", "/status"])
        #expect(missing.allSatisfy { $0.kind == .missingKey })
        let wrong = Constructs.Pointers.validate(
            json: Data(#"{"a/b": null, "m~n": "1", "status": "gone", "either": 2}"#.utf8))
        #expect(wrong.map(\.instancePath) == ["/a~1b", "/m~0n", "/status", "/either"])
        #expect(wrong.map(\.kind) == [.wrongType, .wrongType, .wrongValue, .wrongType])
        for json in [
            #"{"a/b": "x", "m~n": 1, "status": "active",}"#,
            #"{"a/b": "x", "m~n": 1, "status": "active", "z": {"k": 1,}}"#,
            #"{"a/b": "x", "m~n": 1, "status": "active", "z": [1,]}"#,
        ] {
            let issues = Constructs.Pointers.validate(json: Data(json.utf8))
            #expect(issues.map(\.kind) == [.malformedJSON], "\(json)")
        }
    }
}
