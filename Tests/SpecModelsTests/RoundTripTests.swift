import Foundation
import SpecModels
import SpecgenRuntime
import Testing

/// Encoding what was decoded, and decoding it again.
@Suite struct RoundTripTests {
    /// Known generator bug (emitted code, not SpecgenRuntime): `Notification.encode(to:)` first writes `details` from
    /// the open `JSONObject`, then lets the variant write its own typed `details` under the same key, which replaces
    /// the first. So when a documented variant applies, every `details` key the docs do not list for that name
    /// (`type` for channel_message, `title_unicode`, `content`, …) and every `null` detail (`beatmap_id: null`) is
    /// lost on encoding, and decoding the output gives a different `details`. Frames whose details hold only
    /// documented, non-null keys (forum_topic_reply) and frames without a variant (undocumented names) are fine.
    /// Every frame that decodes survives `JSONEncoder` then `JSONDecoder` unchanged.
    @Test(arguments: Frames.decodable)
    func encodeThenDecodeIsEqual(_ name: String) throws {
        let event = try Frames.event(name)
        let encoded = try JSONEncoder().encode(event)
        let again = try JSONDecoder().decode(WebsocketEvent.self, from: encoded)
        #expect(again == event, "\(name): \(String(decoding: encoded, as: UTF8.self))")
        // Everything but `details` does survive.
        if let before = event.notification, let after = again.notification {
            #expect(after.variant == before.variant)
            #expect(after.id == before.id && after.name == before.name && after.sourceUserID == before.sourceUserID)
            #expect(Set(after.details.keys).isSubset(of: before.details.keys))
        }
    }

    /// Encoding an event writes `event` back, and `data` exactly when the event has a payload under `data`.
    @Test(arguments: Frames.decodable)
    func encodingWritesTheEnvelope(_ name: String) throws {
        let event = try Frames.event(name)
        let json = try encodedJSON(event)
        #expect(json["event"] == .string(event.name))
        #expect(json["socket"] == nil)  // relay bookkeeping is not modelled, so not written
        switch event {
        case .logout:
            #expect(json == ["event": "logout"])
        case .read(let payload):
            // The docs put `ids` beside `event`, and so does the encoder.
            #expect(json["data"] == nil)
            #expect(json["ids"] == .array(payload.ids.map { .integer(Int64($0)) }))
        case .unknown(_, nil):
            #expect(json["data"] == nil)
            #expect(json.objectValue?.keys == ["event"])
        case .unknown(_, let payload?):
            #expect(json["data"] == payload)
        case .new, .chatChannelJoin, .chatChannelPart, .chatMessageNew:
            #expect(json["data"]?.objectValue != nil)
            #expect(json.objectValue?.keys == ["data", "event"])
        }
    }

    /// Where the models cover every key the wire sends, re-encoding gives back the original `data`, apart from the
    /// relay's `socket` and from members that were `null` (the models leave a nil optional out).
    @Test(arguments: [
        "chat.message.new.json", "chat.message.new.pm.json", "chat.message.new.announce.json", "delete.json",
    ])
    func reencodedDataMatchesTheFrame(_ name: String) throws {
        let original = try #require(try Frames.json(name)["data"])
        let reencoded = try #require(try encodedJSON(Frames.event(name))["data"])
        #expect(pruned(reencoded) == pruned(original))
    }

    /// Channels: the same, once the one undocumented key (`current_user_attributes.can_list_users`) is set aside.
    @Test(arguments: [
        "chat.channel.join.public.json", "chat.channel.join.pm.json", "chat.channel.part.pm.json",
        "chat.channel.join.team.json",
    ])
    func reencodedChannelMatchesTheFrame(_ name: String) throws {
        let original = try #require(try Frames.json(name)["data"])
        let reencoded = try #require(try encodedJSON(Frames.event(name))["data"])
        #expect(pruned(reencoded) == pruned(original, droppingKeys: ["socket", "can_list_users"]))
        #expect(reencoded["type"] == original["type"])  // TEAM goes back out as "TEAM"
    }

    /// Notifications: `details` must come back with every key it was decoded with.
    @Test(arguments: Frames.decodable.filter { $0.hasPrefix("new.") })
    func reencodedNotificationKeepsAllDetails(_ name: String) throws {
        let original = try #require(try Frames.json(name)["data"])
        let reencoded = try #require(try encodedJSON(Frames.event(name))["data"])
        #expect(pruned(reencoded["details"] ?? nil) == pruned(original["details"] ?? nil))
    }

    /// Values built in Swift (rather than decoded) round-trip too.
    @Test func constructedEventsRoundTrip() throws {
        let events: [WebsocketEvent] = [
            .logout,
            .read(ReadPayload(ids: [1, 4_300_000_123])),
            .unknown(name: "verified", payload: nil),
            .unknown(name: "delete", payload: ["notifications": [["id": 1]], "read_count": 0]),
            .chatChannelPart(
                ChatChannel(
                    channelID: 9, name: "#x", type: .unknown("TEAM"), messageLengthLimit: 450, moderated: true,
                    currentUserAttributes: .init(canMessage: false, canMessageError: "moderated", lastReadID: 3),
                    users: [])),
            .chatMessageNew(
                ChatMessageNewPayload(
                    messages: [
                        ChatMessage(
                            channelID: 9, content: "/me \u{1F3B5} \"quoted\" \\ back", isAction: true,
                            messageID: 9_007_199_254_740_992, senderID: 2, timestamp: "2025-06-01T12:00:00Z",
                            type: .action, uuid: "u")
                    ],
                    users: [])),
        ]
        for event in events {
            let again = try JSONDecoder().decode(WebsocketEvent.self, from: JSONEncoder().encode(event))
            #expect(again == event)
        }
    }
}
