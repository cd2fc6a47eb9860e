import Foundation
import SpecModels
import SpecgenCore
import SpecgenRuntime
import SpecgenTestSupport
import SpecgenValidation
import Testing

/// Frames shaped like those the real osu! server sends (PHP `json_encode` style: `\/`, `\uXXXX` escapes, an extra
/// `socket` key inside `data` and at the top level, no `data` on relay-built frames). The strict side reports
/// exactly where they depart from the docs; the tolerant models still decode those that only add keys, events or
/// enum values.
@Suite struct WireFrameTests {
    struct Frame: CustomTestStringConvertible, Sendable {
        var name: String
        var json: String
        /// The issues `WebsocketEvent.validate(json:)` reports, as descriptions.
        var issues: [String]
        /// Whether the doc-derived models decode it.
        var decodes: Bool
        var testDescription: String { name }
    }

    static let channel =
        ##""channel_id":5,"description":"General chat","icon":null,"message_length_limit":450,"moderated":false,"name":"#osu","uuid":null"##

    static let frames: [Frame] = [
        Frame(
            name: "connection.ready (an event the docs do not list)", json: #"{"event":"connection.ready"}"#,
            issues: [], decodes: true),
        Frame(name: "logout", json: #"{"event":"logout"}"#, issues: [], decodes: true),
        Frame(name: "verified", json: #"{"event":"verified"}"#, issues: [], decodes: true),
        Frame(
            name: "delete (undocumented, with data)",
            json:
                #"{"event":"delete","data":{"notifications":[{"category":"channel","object_id":5,"object_type":"channel"}],"read_count":0,"timestamp":"2025-06-01T12:00:05.123456Z","socket":null},"socket":null}"#,
            issues: [], decodes: true),
        Frame(
            name: "the authentication error frame", json: #"{"error":"authentication failed"}"#,
            issues: [#"/event: required key "event" is missing [spec/websocket_events.md:14]"#], decodes: false),
        Frame(
            name: "read as the server sends it",
            json:
                #"{"event":"read","data":{"notifications":[{"category":"channel","id":912345,"object_id":5,"object_type":"channel"}],"read_count":1,"timestamp":"2025-06-01T12:00:05.123456Z","socket":null},"socket":null}"#,
            issues: [#"/ids: required key "ids" is missing [spec/websocket_events.md:43]"#], decodes: false),
        Frame(name: "read as the docs describe it", json: #"{"event":"read","ids":[1,2]}"#, issues: [], decodes: true),
        Frame(
            name: "chat.message.new",
            json:
                #"{"event":"chat.message.new","data":{"messages":[{"channel_id":5,"content":"gl hf \ud83c\udfb5 https:\/\/osu.ppy.sh\/b\/75","is_action":false,"message_id":4300000123,"sender_id":7654321,"timestamp":"2025-06-01T12:00:00Z","type":"plain"}],"users":[{"avatar_url":"https:\/\/a.ppy.sh\/7654321?1712345678.jpeg","country_code":"NZ","default_group":"default","id":7654321,"is_active":true,"is_bot":false,"is_deleted":false,"is_online":false,"is_supporter":false,"last_visit":null,"pm_friends_only":false,"profile_colour":null,"username":"Caf\u00e9 Player"}],"socket":null},"socket":null}"#,
            issues: [], decodes: true),
        Frame(
            name: "chat.channel.part after leaving (last_read_id null)",
            json: #"{"event":"chat.channel.part","data":{"# + channel
                + #","type":"PUBLIC","current_user_attributes":{"can_list_users":false,"can_message":true,"can_message_error":null,"last_read_id":null},"last_read_id":null,"last_message_id":4300000123,"users":[],"socket":null},"socket":null}"#,
            issues: [
                "/data/current_user_attributes/last_read_id: expected a number, found null [spec/structures/current_user_attributes.md:13]"
            ],
            decodes: false),
        Frame(
            name: "chat.channel.join of a TEAM channel",
            json: #"{"event":"chat.channel.join","data":{"# + channel
                + #","type":"TEAM","current_user_attributes":{"can_list_users":false,"can_message":true,"can_message_error":null,"last_read_id":4300000100},"last_read_id":4300000100,"last_message_id":4300000123,"users":[],"socket":null},"socket":null}"#,
            issues: [
                #"/data/type: expected one of "PUBLIC", "PRIVATE", "MULTIPLAYER", "SPECTATOR", "TEMPORARY", "PM", "GROUP", "ANNOUNCE", found "TEAM" [spec/structures/channel_type.md:1]"#
            ],
            decodes: true),
        Frame(
            name: "chat.channel.join without the attributes the event requires",
            json: #"{"event":"chat.channel.join","data":{"# + channel + #","type":"PM","socket":null},"socket":null}"#,
            issues: [
                #"/data/current_user_attributes: required key "current_user_attributes" is missing [spec/websocket_events.md:51]"#,
                #"/data/last_message_id: required key "last_message_id" is missing [spec/websocket_events.md:51]"#,
                #"/data/users: required key "users" is missing [spec/websocket_events.md:51]"#,
            ],
            decodes: true),
        Frame(
            name: "new channel_message",
            json:
                #"{"event":"new","data":{"id":912345,"name":"channel_message","created_at":"2025-06-01T12:00:00+00:00","object_type":"channel","object_id":5,"source_user_id":7654321,"is_read":false,"details":{"title":"hello","type":"pm","cover_url":"https:\/\/a.ppy.sh\/7654321","username":"lumen"},"socket":null},"socket":null}"#,
            issues: [], decodes: true),
        Frame(
            name: "new forum_topic_reply without a cover",
            json:
                #"{"event":"new","data":{"id":912346,"name":"forum_topic_reply","created_at":"2025-06-01T12:00:00+00:00","object_type":"forum_topic","object_id":77,"source_user_id":7654321,"is_read":false,"details":{"title":"Topic","post_id":9,"cover_url":null,"username":"lumen"},"socket":null},"socket":null}"#,
            issues: ["/data/details/cover_url: expected a string, found null [spec/structures/notification.md:246]"],
            decodes: false),
        Frame(
            name: "new with a name the docs do not list",
            json:
                #"{"event":"new","data":{"id":912347,"name":"news_post_new","created_at":"2025-06-01T12:00:00+00:00","object_type":"news_post","object_id":1200,"source_user_id":null,"is_read":false,"details":{"title":"News","cover_url":null,"series":"x","slug":"y"},"socket":null},"socket":null}"#,
            issues: [], decodes: true),
    ]

    @Test(arguments: frames)
    func issuesAreReportedAtTheRightPointer(_ frame: Frame) {
        let issues = WebsocketEvent.validate(json: Data(frame.json.utf8))
        #expect(issues.map(\.description) == frame.issues)
        #expect(issues.allSatisfy { $0.kind != .malformedJSON })
    }

    @Test(arguments: frames)
    func theModelsStillDecodeWhatOnlyAddsKeysEventsOrValues(_ frame: Frame) {
        let decoded = try? JSONDecoder().decode(WebsocketEvent.self, from: Data(frame.json.utf8))
        #expect((decoded != nil) == frame.decodes)
    }

    @Test(arguments: frames)
    func specgenValidateReportsTheSameIssues(_ frame: Frame) throws {
        let schema = try GoldenModule.spec.readSchema()
        let validator = SchemaValidator(schema: schema, typeName: swiftTypeNames(of: schema))
        let data = Data(frame.json.utf8)
        #expect(validator.validate(data, as: "WebsocketEvent") == WebsocketEvent.validate(json: data))
    }

    @Test func decodedValuesKeepWhatTheDocsDoNotList() throws {
        let team = try #require(Self.frames.first { $0.name.contains("TEAM") })
        guard
            case .chatChannelJoin(let channel) = try JSONDecoder().decode(
                WebsocketEvent.self, from: Data(team.json.utf8))
        else {
            Issue.record("not a join")
            return
        }
        #expect(channel.type == .unknown("TEAM"))
        let ready = try JSONDecoder().decode(WebsocketEvent.self, from: Data(#"{"event":"connection.ready"}"#.utf8))
        #expect(ready.name == "connection.ready")
    }
}
