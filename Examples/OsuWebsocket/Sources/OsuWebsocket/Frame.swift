import Foundation
import SpecgenRuntime

/// One message of the osu! notification websocket: an event, or the relay's error frame.
///
/// Every frame the server sends has an `event` key except the one it sends when authentication fails
/// (`{"error":"authentication failed"}`), after which it closes the connection; that one is checked first.
public enum Frame: Hashable, Sendable {
    /// An event; names the docs do not describe arrive as ``Osu/WebsocketEvent/unknown(name:payload:)``.
    case event(Osu.WebsocketEvent)
    /// The relay's error frame, with its message.
    case error(String)

    /// Decodes a frame from its JSON text.
    ///
    /// - Throws: `DecodingError` when the JSON is not a frame, or an event does not have the shape the (corrected)
    ///   docs give it.
    public init(json: Data) throws {
        let decoder = JSONDecoder()
        let probe = try decoder.decode(Probe.self, from: json)
        if probe.event == nil, let error = probe.error {
            self = .error(error)
        } else {
            self = .event(try decoder.decode(Osu.WebsocketEvent.self, from: json))
        }
    }

    /// Where the frame departs from the (corrected) docs, as the generated validator finds it: every issue, with
    /// its JSON Pointer and the docs line the rule comes from. Empty when the frame conforms. The error frame is not
    /// an event and has no rules to check.
    public static func issues(json: Data) -> [ValidationIssue] {
        if let probe = try? JSONDecoder().decode(Probe.self, from: json), probe.event == nil, probe.error != nil {
            return []
        }
        return Osu.WebsocketEvent.validate(json: json)
    }

    /// The two keys that tell the kinds of frame apart.
    private struct Probe: Decodable {
        var event: String?
        var error: String?
    }
}

/// Splits captured websocket traffic into frames: a file holding one JSON document is one frame; otherwise each
/// non-empty line is a frame (JSON Lines).
public enum FrameSplitter {
    /// One frame's text with the line it starts on.
    public struct Piece: Hashable, Sendable {
        /// The 1-based line where the frame starts.
        public var line: Int
        /// The frame's JSON text.
        public var json: Data
    }

    /// The frames in a capture.
    public static func frames(in data: Data) -> [Piece] {
        if (try? JSONSerialization.jsonObject(with: data)) != nil {
            let leading = data.prefix { $0 == 0x0A || $0 == 0x0D || $0 == 0x20 || $0 == 0x09 }
            return [Piece(line: 1 + leading.filter { $0 == 0x0A }.count, json: data)]
        }
        var pieces: [Piece] = []
        for (index, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if !trimmed.isEmpty { pieces.append(Piece(line: index + 1, json: Data(line))) }
        }
        return pieces
    }
}

/// The JSON Schema (draft 2020-12) of these docs, as corrected by `specgen.yml`, which the build plugin bundles with
/// this module: `{"$ref": "#/$defs/WebsocketEvent"}` within it checks one frame with any JSON Schema validator.
public enum FrameSchema {
    /// The location of `schema.json` in this module's resources.
    public static var url: URL? { Bundle.module.url(forResource: "schema", withExtension: "json") }
}
