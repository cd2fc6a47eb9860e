import Foundation
import SpecModels
import SpecgenRuntime
import Testing

/// Absent vs null, required fields, and unknown keys.
@Suite struct AbsentNullTests {
    /// A message with every required key; `extra` is spliced in before the closing brace.
    static func message(_ extra: String = "") -> String {
        #"{"channel_id":5,"content":"hi","is_action":false,"message_id":4300000123,"sender_id":2,"timestamp":"2025-06-01T12:00:00Z","type":"plain"\#(extra)}"#
    }

    /// A channel with every required key; `extra` is spliced in before the closing brace.
    static func channel(_ extra: String = "") -> String {
        ##"{"channel_id":5,"message_length_limit":450,"moderated":false,"name":"#osu","type":"PUBLIC"\##(extra)}"##
    }

    /// A user with every required key; `extra` is spliced in before the closing brace.
    static func user(_ extra: String = "") -> String {
        #"{"avatar_url":"https:\/\/a.ppy.sh\/2","country_code":"AU","id":2,"is_active":true,"is_bot":false,"is_deleted":false,"is_online":false,"is_supporter":false,"pm_friends_only":false,"username":"peppy"\#(extra)}"#
    }

    /// A notification with an undocumented name (so no variant applies); `extra` is spliced in.
    static func notification(_ extra: String = "") -> String {
        #"{"id":1,"name":"comment_new","created_at":"2025-06-01T12:00:00+00:00","object_type":"beatmapset","object_id":3,"is_read":false,"details":{}\#(extra)}"#
    }

    // MARK: - Nullable fields: absent and null both give nil

    @Test func messageUUID() throws {
        let absent = try decode(ChatMessage.self, Self.message())  // what the wire sends
        let null = try decode(ChatMessage.self, Self.message(#","uuid":null"#))  // what the docs' `string?` suggests
        let present = try decode(ChatMessage.self, Self.message(#","uuid":"abc""#))
        #expect(absent.uuid == nil)
        #expect(null.uuid == nil)
        #expect(absent == null)
        #expect(present.uuid == "abc")
        #expect(absent.contentHTML == nil)
        #expect(absent.sender == nil)
    }

    @Test func channelOptionalFields() throws {
        let absent = try decode(ChatChannel.self, Self.channel())
        let null = try decode(
            ChatChannel.self,
            Self.channel(
                #","description":null,"icon":null,"uuid":null,"current_user_attributes":null,"last_read_id":null,"last_message_id":null,"recent_messages":null,"users":null"#
            ))
        #expect(absent == null)
        #expect(absent.description == nil)
        #expect(absent.icon == nil)
        #expect(absent.uuid == nil)
        #expect(absent.currentUserAttributes == nil)
        #expect(absent.lastReadID == nil)
        #expect(absent.lastMessageID == nil)
        #expect(absent.recentMessages == nil)
        #expect(absent.users == nil)
        #expect(absent.name == "#osu")
        #expect(absent.type == .public)
    }

    @Test func userOptionalFields() throws {
        let absent = try decode(UserCompact.self, Self.user())
        let null = try decode(
            UserCompact.self, Self.user(#","default_group":null,"last_visit":null,"profile_colour":null"#))
        #expect(absent == null)
        #expect(absent.lastVisit == nil)
        #expect(absent.defaultGroup == nil)
        #expect(absent.profileColour == nil)
        #expect(absent.avatarURL == "https://a.ppy.sh/2")
    }

    @Test func notificationSourceUser() throws {
        let absent = try decode(OsuNotification.self, Self.notification())
        let null = try decode(OsuNotification.self, Self.notification(#","source_user_id":null"#))
        let present = try decode(OsuNotification.self, Self.notification(#","source_user_id":771"#))
        #expect(absent.sourceUserID == nil)
        #expect(null.sourceUserID == nil)
        #expect(absent == null)
        #expect(present.sourceUserID == 771)
        #expect(absent.name == .unknown("comment_new"))
    }

    @Test func channelUserAttributesError() throws {
        let absent = try decode(ChatChannelUserAttributes.self, #"{"can_message":true,"last_read_id":1}"#)
        let null = try decode(
            ChatChannelUserAttributes.self, #"{"can_message":true,"can_message_error":null,"last_read_id":1}"#)
        #expect(absent == null)
        #expect(absent == ChatChannelUserAttributes(canMessage: true, canMessageError: nil, lastReadID: 1))
    }

    // MARK: - Required fields: missing or null throws

    @Test(arguments: ["channel_id", "content", "is_action", "message_id", "sender_id", "timestamp", "type"])
    func messageRequiredKeyMissing(_ key: String) throws {
        var object = try #require(try decode(JSONValue.self, Self.message()).objectValue)
        object[key] = nil
        let data = try JSONEncoder().encode(object)
        let error = #expect(throws: DecodingError.self) { try JSONDecoder().decode(ChatMessage.self, from: data) }
        #expect(error.map { isKeyNotFound($0, key) } == true)
    }

    @Test func messageRequiredKeyNull() {
        let text = Self.message().replacingOccurrences(of: #""message_id":4300000123"#, with: #""message_id":null"#)
        let error = #expect(throws: DecodingError.self) { try decode(ChatMessage.self, text) }
        #expect(error.map(isValueNotFound) == true)
        #expect(error.map(codingPath(of:)) == ["message_id"])
    }

    @Test func requiredKeysMissingElsewhere() {
        let noType = Self.channel().replacingOccurrences(of: #","type":"PUBLIC""#, with: "")
        #expect(throws: DecodingError.self) { try decode(ChatChannel.self, noType) }
        let noDetails = Self.notification().replacingOccurrences(of: #","details":{}"#, with: "")
        let error = #expect(throws: DecodingError.self) { try decode(OsuNotification.self, noDetails) }
        #expect(error.map { isKeyNotFound($0, "details") } == true)
        let noUsername = Self.user().replacingOccurrences(of: #","username":"peppy""#, with: "")
        #expect(throws: DecodingError.self) { try decode(UserCompact.self, noUsername) }
        // Nested: a message missing its id inside a chat.message.new frame.
        let frame = #"{"event":"chat.message.new","data":{"messages":[{"channel_id":5}],"users":[]}}"#
        let nested = #expect(throws: DecodingError.self) { try decode(WebsocketEvent.self, frame) }
        #expect(nested.map(codingPath(of:)).map { Array($0.prefix(3)) } == ["data", "messages", "0"])
    }

    /// Wrong types are not coerced.
    @Test func wrongTypesThrow() {
        let stringID = Self.message().replacingOccurrences(
            of: #""message_id":4300000123"#, with: #""message_id":"4300000123""#)
        #expect(throws: DecodingError.self) { try decode(ChatMessage.self, stringID) }
        let numericBool = Self.message().replacingOccurrences(of: #""is_action":false"#, with: #""is_action":0"#)
        #expect(throws: DecodingError.self) { try decode(ChatMessage.self, numericBool) }
    }

    // MARK: - Unknown keys are ignored at every level

    @Test func unknownKeysEverywhere() throws {
        let frame = #"""
            {"event":"chat.message.new","future":{"x":1},"data":{"messages":[{"channel_id":5,"content":"hi","is_action":false,"message_id":4300000123,"sender_id":2,"timestamp":"2025-06-01T12:00:00Z","type":"plain","reply_to":null,"embeds":[{"a":1}]}],"users":[{"avatar_url":"x","country_code":"AU","default_group":"ppy","id":2,"is_active":true,"is_bot":false,"is_deleted":false,"is_online":false,"is_supporter":false,"last_visit":null,"pm_friends_only":false,"profile_colour":null,"username":"peppy","team":{"id":1}}],"sender":{"id":2},"socket":null},"socket":null}
            """#
        let payload = try #require(try decode(WebsocketEvent.self, frame).chatMessages)
        #expect(payload.messages.map(\.messageID) == [4_300_000_123])
        #expect(payload.users.map(\.username) == ["peppy"])

        let channel = #"""
            {"event":"chat.channel.join","data":{"channel_id":1,"description":"","icon":null,"message_length_limit":450,"moderated":false,"name":"#a","type":"GROUP","uuid":null,"current_user_attributes":{"can_list_users":true,"can_message":true,"can_message_error":null,"last_read_id":7,"muted":false},"last_read_id":7,"last_message_id":null,"users":[],"pinned":true,"socket":null},"socket":null}
            """#
        let joined = try #require(try decode(WebsocketEvent.self, channel).joinedChannel)
        #expect(joined.type == .group)
        #expect(joined.currentUserAttributes?.lastReadID == 7)

        // Unknown keys in a documented variant's details are ignored by the variant and kept by `details`.
        let notification = #"""
            {"event":"new","data":{"id":9,"name":"channel_message","created_at":"2025-06-01T12:00:00+00:00","object_type":"channel","object_id":5,"source_user_id":2,"is_read":false,"details":{"title":"t","cover_url":"c","username":"u","channel_id":5,"message_id":4300000123,"embeds":null},"extra":1,"socket":null},"socket":null}
            """#
        let decoded = try #require(try decode(WebsocketEvent.self, notification).notification)
        #expect(decoded.details["message_id"] == .integer(4_300_000_123))
        #expect(
            decoded.variant
                == .channelMessage(
                    .init(
                        objectID: 5, objectType: "channel", sourceUserID: 2,
                        details: .init(title: "t", coverURL: "c", username: "u"))))
    }
}

extension JSONValue {
    /// The object, when this is one.
    var objectValue: JSONObject? { if case .object(let object) = self { object } else { nil } }
}
