import Foundation
import SpecModels
import SpecgenRuntime
import Testing

/// `Foundation.Notification` would otherwise shadow the generated model of the same name.
typealias OsuNotification = SpecModels.Notification

/// The sample websocket frames in `Frames/`, one JSON document per file, written in the exact style of the osu! wire
/// as the osu-web server sends them: PHP `json_encode` escapes (`\/`, lower-case `\uXXXX`, surrogate pairs),
/// `"socket":null` inside `data` and at the top level of relayed frames, and no `data` key on relay-built frames.
///
/// The files are read from the source tree (found from `#filePath`), not from `Bundle.module`: `Package.swift` excludes
/// the folder from the target's resources.
enum Frames {
    /// What decoding a frame into `WebsocketEvent` with the doc-derived models should do.
    enum Outcome: Equatable {
        /// Decodes.
        case decodes
        /// Is real wire data, but the docs are stricter than the wire, so decoding throws. The fix is a specgen config
        /// overlay on the docs, not a change to these expectations.
        case docsTooStrict
        /// Is not an event at all (no `event` key), so decoding throws.
        case notAnEvent
    }

    /// Every frame in `Frames/` with its expected outcome. `everyFrameIsCatalogued` fails when a file is added without
    /// an entry here (or an entry loses its file).
    static let catalogue: [String: Outcome] = [
        // relay-built and error frames
        "logout.json": .decodes,
        "connection.ready.json": .decodes,
        "verified.json": .decodes,
        "error.authentication-failed.json": .notAnEvent,
        // new
        "new.channel_message.json": .decodes,
        "new.forum_topic_reply.json": .decodes,
        "new.forum_topic_reply.no-cover.json": .docsTooStrict,  // details.cover_url: null
        "new.beatmapset_qualify.json": .decodes,
        "new.beatmapset_discussion_post_new.json": .decodes,
        "new.user_achievement_unlock.json": .decodes,
        "new.news_post_new.json": .decodes,
        "new.beatmapset_rank.json": .decodes,
        // read / delete
        "read.docs.json": .decodes,
        "read.json": .docsTooStrict,  // data.notifications instead of a top-level ids
        "delete.json": .decodes,
        // chat.channel.*
        "chat.channel.join.public.json": .decodes,
        "chat.channel.join.public.first.json": .docsTooStrict,  // current_user_attributes.last_read_id: null
        "chat.channel.part.public.json": .docsTooStrict,  // current_user_attributes.last_read_id: null
        "chat.channel.join.pm.json": .decodes,
        "chat.channel.part.pm.json": .decodes,
        "chat.channel.join.team.json": .decodes,
        // chat.message.new
        "chat.message.new.json": .decodes,
        "chat.message.new.pm.json": .decodes,
        "chat.message.new.announce.json": .decodes,
    ]

    /// The catalogued frames that decode, sorted.
    static let decodable: [String] = catalogue.filter { $0.value == .decodes }.map(\.key).sorted()

    /// The catalogued frames that must not decode, sorted.
    static let undecodable: [String] = catalogue.filter { $0.value != .decodes }.map(\.key).sorted()

    /// `Tests/SpecModelsTests/Frames/`.
    static let directory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Frames", isDirectory: true)

    /// The `.json` files actually present in the folder, sorted.
    static func fileNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".json") }
            .sorted()
    }

    /// The bytes of a frame, exactly as stored.
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }

    /// The text of a frame, exactly as stored (frames are ASCII).
    static func text(_ name: String) throws -> String {
        String(decoding: try data(name), as: UTF8.self)
    }

    /// A frame decoded as a websocket event.
    static func event(_ name: String) throws -> WebsocketEvent {
        try JSONDecoder().decode(WebsocketEvent.self, from: data(name))
    }

    /// A frame decoded as untyped JSON.
    static func json(_ name: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data(name))
    }
}

/// Decodes a JSON document given as text.
func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(text.utf8))
}

/// Encodes a value and decodes the bytes as untyped JSON, to look at what was written.
func encodedJSON<T: Encodable>(_ value: T) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
}

/// The coding path of a decoding error, as JSON key strings (array indices as their `intValue`).
func codingPath(of error: any Error) -> [String] {
    let context: DecodingError.Context? =
        switch error as? DecodingError {
        case .keyNotFound(let key, let context): .init(codingPath: context.codingPath + [key], debugDescription: "")
        case .valueNotFound(_, let context), .typeMismatch(_, let context), .dataCorrupted(let context): context
        default: nil
        }
    return context?.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue } ?? []
}

/// Whether an error is `DecodingError.keyNotFound` for the given key.
func isKeyNotFound(_ error: any Error, _ key: String) -> Bool {
    if case .keyNotFound(let missing, _) = error as? DecodingError { return missing.stringValue == key }
    return false
}

/// Whether an error is `DecodingError.valueNotFound` (a `null` where a value is required).
func isValueNotFound(_ error: any Error) -> Bool {
    if case .valueNotFound = error as? DecodingError { return true }
    return false
}

/// Untyped JSON without the members a comparison should not care about: every `null` member (the models write
/// absent where the wire wrote `null`) and the keys given (such as the relay's `socket`).
func pruned(_ value: JSONValue, droppingKeys keys: Set<String> = ["socket"]) -> JSONValue {
    switch value {
    case .object(let object):
        var fields: [String: JSONValue] = [:]
        for (key, member) in object.fields where member != .null && !keys.contains(key) {
            fields[key] = pruned(member, droppingKeys: keys)
        }
        return .object(JSONObject(fields))
    case .array(let elements):
        return .array(elements.map { pruned($0, droppingKeys: keys) })
    default:
        return value
    }
}

extension WebsocketEvent {
    /// The notification of a `new` event.
    var notification: OsuNotification? { if case .new(let value) = self { value } else { nil } }
    /// The payload of a `read` event.
    var readPayload: ReadPayload? { if case .read(let value) = self { value } else { nil } }
    /// The channel of a `chat.channel.join` event.
    var joinedChannel: ChatChannel? { if case .chatChannelJoin(let value) = self { value } else { nil } }
    /// The channel of a `chat.channel.part` event.
    var partedChannel: ChatChannel? { if case .chatChannelPart(let value) = self { value } else { nil } }
    /// The payload of a `chat.message.new` event.
    var chatMessages: ChatMessageNewPayload? { if case .chatMessageNew(let value) = self { value } else { nil } }
    /// The name and data of an event the docs do not describe.
    var unknownEvent: (name: String, payload: JSONValue?)? {
        if case .unknown(let name, let payload) = self { (name, payload) } else { nil }
    }
}
