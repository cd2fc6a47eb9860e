import Foundation
import SpecgenRuntime
import Testing

/// The generated `init(json:)` against `JSONDecoder` on the sample frames and systematic mutations of them: both must
/// throw, or both must return `==` values.
@Suite struct DifferentialDecodingTests {
    /// The sample frames of `Tests/SpecModelsTests/Frames` (read from the source tree).
    static let frames: [(name: String, bytes: [UInt8])] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SpecModelsTests/Frames")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { name in
            let data = (try? Data(contentsOf: folder.appendingPathComponent(name))) ?? Data()
            var bytes = [UInt8](data)
            while let last = bytes.last, [0x0A, 0x0D, 0x20].contains(last) { bytes.removeLast() }
            return (name, bytes)
        }
    }()

    /// Documents for the construct fixtures' types (`Tests/Fixtures/constructs`).
    static let constructDocuments: [(DecodeTarget, String)] = [
        (Targets.drawingEvent, #"{"event":"shape.added","payload":{"kind":"circle","label":"c","radius":1.5}}"#),
        (Targets.drawingEvent, #"{"event":"canvas.cleared"}"#),
        (
            Targets.drawingEvent,
            #"{"event":"batch","payload":{"shapes":[{"kind":"square","side":2},{"kind":"hex"}],"count":2}}"#
        ),
        (Targets.drawingEvent, #"{"event":"ping","nonce":7}"#),
        (Targets.drawingEvent, #"{"event":"other","payload":{"a":[1,2.5,"x",null,true,{"b":-0}]}}"#),
        (Targets.shape, #"{"kind":"circle","label":null,"radius":2}"#),
        (Targets.shapeExtended, #"{"kind":"square","side":3,"area":9.0,"note":"n"}"#),
        (
            Targets.node,
            #"{"id":1,"parent":{"id":0,"parent":null,"children":[]},"children":[{"id":2,"children":[],"left":{"first":{"id":3,"children":[]},"both":{"value":"leaf"}}}],"left":{"first":{"id":4,"children":[]},"both":{"id":5,"children":[]}}}"#
        ),
        (Targets.pair, #"{"first":{"id":4,"children":[]},"both":{"value":"v"}}"#),
        (Targets.nodeOrLeaf, #"{"id":4,"children":[{"id":5,"children":[]}]}"#),
        (Targets.nodeOrLeaf, #"{"value":"v"}"#),
        (
            Targets.oddNames,
            #"{"cover@2x":"a.png","cover_2x":null,"default":true,"self":"me","2fa_enabled":false,"previousUsername":"old","user_id":12,"kind":"sticky","score":1.5,"blob":[1,{"x":"y"},null,1e2,1.5,-7],"meta":{"k":{"n":[]}},"when":"2025-06-01T12:00:00Z","hype":{"current":1,"required":2},"class":"B"}"#
        ),
        (Targets.empty, #"{"anything":[1,2],"else":{}}"#),
        (Targets.rank, "-2"),
        (Targets.rank, "7"),
        (Targets.type2, #""B""#),
        (
            Targets.jsonValue,
            #"{"a":[1,-0,1.0,1e2,9223372036854775807,9223372036854775808,1.5,"s",true,null,{}],"b":[]}"#
        ),
        (Targets.jsonObject, #"{"a":1,"b":{"c":[]}}"#),
        (Targets.jsonObject, #"[]"#),
    ]

    func run(_ target: DecodeTarget, _ documents: [[UInt8]], _ failures: inout [String]) {
        for document in documents {
            if let problem = target.disagreement(document), failures.count < 25 {
                failures.append(
                    "\(target.name) on \(String(decoding: document.prefix(600), as: UTF8.self)) "
                        + "(\(document.count) bytes: \(document.prefix(16).map { String($0, radix: 16) })): \(problem)")
            }
        }
    }

    @Test func everyFrameDecodesTheSameWay() {
        #expect(Self.frames.count >= 20)
        var failures: [String] = []
        var decoded = 0
        for frame in Self.frames {
            run(Targets.websocketEvent, [frame.bytes], &failures)
            if (try? JSONDecoder().decode(WebsocketEventProbe.self, from: Data(frame.bytes))) != nil { decoded += 1 }
        }
        #expect(decoded >= 15)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test func mutatedFramesDecodeTheSameWay() {
        var failures: [String] = []
        var count = 0
        for frame in Self.frames {
            let tree = Tree.parse(frame.bytes)
            let variants = Mutations.of(tree)
            count += variants.count
            run(Targets.websocketEvent, variants, &failures)
            // The event's payload as a document of its own type.
            if case .object(let members) = tree,
                let event = members.first(where: { $0.key == Array("\"event\"".utf8) }),
                case .scalar(let nameBytes) = event.value,
                let target = Targets.payload(
                    ofEvent: String(decoding: nameBytes.dropFirst().dropLast(), as: UTF8.self)),
                let data = members.first(where: { $0.key == Array("\"data\"".utf8) })
            {
                let payloadVariants = Mutations.of(data.value)
                count += payloadVariants.count
                run(target, payloadVariants, &failures)
            }
        }
        #expect(count > 10_000)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test func truncatedFramesDecodeTheSameWay() {
        var failures: [String] = []
        for frame in Self.frames {
            run(Targets.websocketEvent, Mutations.truncations(frame.bytes), &failures)
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test func framesWithRandomByteChangesDecodeTheSameWay() {
        var failures: [String] = []
        for (index, frame) in Self.frames.enumerated() {
            run(Targets.websocketEvent, Mutations.byteFlips(frame.bytes, count: 300, seed: UInt64(index)), &failures)
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test func constructTypesDecodeTheSameWay() {
        var failures: [String] = []
        for (target, text) in Self.constructDocuments {
            let bytes = Array(text.utf8)
            run(target, [bytes], &failures)
            run(target, Mutations.of(Tree.parse(bytes)), &failures)
            run(target, Mutations.truncations(bytes), &failures)
            run(target, Mutations.byteFlips(bytes, count: 200, seed: UInt64(bytes.count)), &failures)
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test func deepNestingMatchesJSONDecodersLimit() {
        var failures: [String] = []
        for depth in [1, 2, 255, 256, 257, 510, 511, 512, 513, 600] {
            let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            let objects = String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)
            for inner in [arrays, objects] {
                let documents = [
                    #"{"event":"zzz","data":\#(inner)}"#, #"{"event":"logout","x":\#(inner)}"#,
                    #"{"event":"zzz","data":[\#(inner)]}"#, inner,
                ].map { Array($0.utf8) }
                run(Targets.websocketEvent, documents, &failures)
                run(Targets.jsonValue, [Array(inner.utf8)], &failures)
                run(Targets.oddNames, [Array(#"{"blob":\#(inner)}"#.utf8)], &failures)
            }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// The harness notices a decoder that differs from `JSONDecoder`, in either direction.
    @Test func theComparisonCanFail() {
        let frame = Self.frames.first { $0.name == "logout.json" }!.bytes
        let lenient = DecodeTarget.make(WebsocketEventProbe.self) { data in
            try JSONDecoder().decode(WebsocketEventProbe.self, from: data.prefix(frame.count))
        }
        #expect(lenient.disagreement(frame + Array(" x".utf8)) != nil)
        let strict = DecodeTarget.make(WebsocketEventProbe.self) { _ in
            throw JSONDecodingError(byteOffset: 0, message: "no")
        }
        #expect(strict.disagreement(frame) != nil)
        let wrong = DecodeTarget.make(WebsocketEventProbe.self) { _ in WebsocketEventProbe(event: "other") }
        #expect(wrong.disagreement(frame) != nil)
    }
}

/// Just the `event` key of a frame.
struct WebsocketEventProbe: Codable, Equatable, Sendable {
    var event: String
}
