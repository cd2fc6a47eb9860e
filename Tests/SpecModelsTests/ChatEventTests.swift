import Foundation
import SpecModels
import SpecgenRuntime
import Testing

/// `chat.channel.join`, `chat.channel.part` and `chat.message.new` frames.
@Suite struct ChatEventTests {
    // MARK: - chat.channel.join / part

    @Test func joinPublic() throws {
        let event = try Frames.event("chat.channel.join.public.json")
        #expect(event.name == "chat.channel.join")
        let channel = try #require(event.joinedChannel)
        // Field by field; `socket` and `current_user_attributes.can_list_users` (undocumented) are ignored.
        #expect(
            channel
                == ChatChannel(
                    channelID: 5,
                    name: "#osu",
                    description: "General discussion for all things osu!",
                    icon: nil,
                    type: .public,
                    messageLengthLimit: 450,
                    moderated: false,
                    uuid: nil,
                    currentUserAttributes: ChatChannelUserAttributes(
                        canMessage: true, canMessageError: nil, lastReadID: 4_300_000_100),
                    lastReadID: 4_300_000_100,
                    lastMessageID: 4_300_000_123,
                    recentMessages: nil,
                    users: []))
        #expect(channel.type.rawValue == "PUBLIC")
        // The docs say `users` is left out for PUBLIC channels; the wire always sends it (`[]`).
        #expect(channel.users == [])
    }

    @Test func joinPM() throws {
        let channel = try #require(try Frames.event("chat.channel.join.pm.json").joinedChannel)
        #expect(channel.type == .pm)
        #expect(channel.channelID == 4_123_456)
        #expect(channel.name == "Caf\u{E9} Player")  // the partner's username
        #expect(channel.icon == "https://a.ppy.sh/7654321?1712345678.jpeg")  // the partner's avatar
        #expect(channel.description == "")  // never null on the wire, often empty
        #expect(channel.users == [2, 7_654_321])
        #expect(channel.currentUserAttributes?.lastReadID == 4_300_000_050)
        #expect(channel.currentUserAttributes?.canMessage == true)
        #expect(channel.lastReadID == 4_300_000_050)
        #expect(channel.lastMessageID == 4_300_000_124)
        #expect(channel.uuid == nil)
    }

    /// `part` carries the full channel too. Parting a PM keeps the membership, so `last_read_id` is still set.
    @Test func partPM() throws {
        let event = try Frames.event("chat.channel.part.pm.json")
        #expect(event.name == "chat.channel.part")
        #expect(event.joinedChannel == nil)
        let channel = try #require(event.partedChannel)
        #expect(channel.type == .pm)
        #expect(
            channel.currentUserAttributes
                == ChatChannelUserAttributes(
                    canMessage: false, canMessageError: "You cannot message this user.", lastReadID: 4_300_000_124))
        #expect(channel.users == [2, 7_654_321])
    }

    /// `TEAM` (added on the server in 2025-02) is not in the documented list, so it is kept as `.unknown`.
    @Test func joinTeam() throws {
        let channel = try #require(try Frames.event("chat.channel.join.team.json").joinedChannel)
        #expect(channel.type == .unknown("TEAM"))
        #expect(channel.type.rawValue == "TEAM")
        #expect(!ChannelType.knownCases.contains(channel.type))
        #expect(channel.name == "Team Kiwi \u{1F95D}")
        #expect(channel.channelID == 6_000_042)
        #expect(channel.currentUserAttributes?.lastReadID == 4_300_000_010)
        #expect(channel.lastMessageID == 4_300_000_099)
    }

    /// On a first join, and after parting any non-PM channel, the wire sends `current_user_attributes.last_read_id:
    /// null`; the docs say `number`, so the doc-derived model rejects these real frames. The fix is a specgen config
    /// overlay making `ChatChannelUserAttributes.last_read_id` nullable. (The top-level, deprecated `last_read_id` is
    /// already optional and takes the null fine.)
    @Test(arguments: ["chat.channel.join.public.first.json", "chat.channel.part.public.json"])
    func nullLastReadIDIsRejectedByTheDocs(_ name: String) throws {
        let error = #expect(throws: DecodingError.self) { try Frames.event(name) }
        #expect(error.map(isValueNotFound) == true)
        #expect(error.map(codingPath(of:)) == ["data", "current_user_attributes", "last_read_id"])

        // That null is the only obstacle: give current_user_attributes a number and the frame decodes, with the
        // top-level null still decoding to nil.
        let text = try Frames.text(name)
        let patched = text.replacingOccurrences(of: #""last_read_id":null}"#, with: #""last_read_id":42}"#)
        #expect(patched != text)
        let event = try decode(WebsocketEvent.self, patched)
        let channel = try #require(event.joinedChannel ?? event.partedChannel)
        #expect(channel.currentUserAttributes?.lastReadID == 42)
        #expect(channel.lastReadID == nil)
        #expect(channel.type == .public)
    }

    @Test func firstJoinDescriptionDecodesFromEscapes() throws {
        let patched = try Frames.text("chat.channel.join.public.first.json")
            .replacingOccurrences(of: #""last_read_id":null}"#, with: #""last_read_id":0}"#)
        let channel = try #require(try decode(WebsocketEvent.self, patched).joinedChannel)
        #expect(channel.description == "日本語でどうぞ")
        #expect(channel.lastMessageID == nil)  // no messages yet: present and null
    }

    // MARK: - chat.message.new

    @Test func messageNew() throws {
        let event = try Frames.event("chat.message.new.json")
        #expect(event.name == "chat.message.new")
        let payload = try #require(event.chatMessages)
        #expect(payload.messages.count == 1)
        #expect(payload.users.count == 1)
        let message = payload.messages[0]
        #expect(
            message
                == ChatMessage(
                    channelID: 5,
                    content: "gl hf \u{1F3B5} https://osu.ppy.sh/b/75",
                    contentHTML: nil,
                    isAction: false,
                    messageID: 4_300_000_123,
                    senderID: 7_654_321,
                    timestamp: "2025-06-01T12:00:00Z",
                    type: .plain,
                    uuid: nil,  // absent on the wire
                    sender: nil))
        // The id is above 2^32 and comes out exactly (the docs' `number` is a Double, exact up to 2^53).
        #expect(message.messageID > Double(UInt32.max))
        #expect(Int64(exactly: message.messageID) == 4_300_000_123)
        // The surrogate pair \ud83c\udfb5 became one scalar, U+1F3B5, and "\/" became "/".
        #expect(message.content.unicodeScalars.contains("\u{1F3B5}"))
        #expect(!message.content.unicodeScalars.contains { (0xD800...0xDFFF).contains($0.value) })
        #expect(message.content.count == 31)
        #expect(message.content.hasSuffix("https://osu.ppy.sh/b/75"))

        let user = payload.users[0]
        #expect(
            user
                == UserCompact(
                    avatarURL: "https://a.ppy.sh/7654321?1712345678.jpeg",
                    countryCode: "NZ",
                    defaultGroup: "default",
                    id: 7_654_321,
                    isActive: true,
                    isBot: false,
                    isDeleted: false,
                    isOnline: false,
                    isSupporter: false,
                    lastVisit: nil,  // hidden online status: present and null
                    pmFriendsOnly: false,
                    profileColour: nil,
                    username: "Caf\u{E9} Player"))
        #expect(user.username.unicodeScalars.map(\.value).contains(0xE9))
        #expect(user.id == message.senderID)
    }

    @Test func messageNewPMWithUUID() throws {
        let payload = try #require(try Frames.event("chat.message.new.pm.json").chatMessages)
        let message = try #require(payload.messages.first)
        #expect(message.uuid == "3f2b9c1e-8d4a-4f6b-9e2a-1c5d7b8a9f00")
        #expect(message.isAction)
        #expect(message.type == .action)
        #expect(message.messageID == 4_300_000_124)
        #expect(message.senderID == 2)
        // Two surrogate pairs make two regional indicators, which Swift counts as one Character (the flag).
        #expect(message.content == "waves from 🇳🇿 (よろしく!)")
        #expect(message.content.count == 20)
        #expect(message.content.unicodeScalars.filter { $0.value >= 0x1F1E6 && $0.value <= 0x1F1FF }.count == 2)

        let user = try #require(payload.users.first)
        #expect(user.id == 2)
        #expect(user.username == "peppy")
        #expect(user.isOnline)
        #expect(user.isSupporter)
        #expect(user.profileColour == "#3366FF")
        #expect(user.defaultGroup == "ppy")
        let lastVisit = try #require(user.lastVisit)
        #expect(lastVisit.rawValue == "2025-06-01T11:58:30+00:00")
        #expect(lastVisit.secondsSince1970 == 1_748_779_200 - 90)
        #expect(lastVisit.nanoseconds == 0)
    }

    /// Seed era: markdown messages carry `content_html`; announcement content keeps its newline.
    @Test func messageNewAnnouncementMarkdown() throws {
        let payload = try #require(try Frames.event("chat.message.new.announce.json").chatMessages)
        let message = try #require(payload.messages.first)
        #expect(message.type == .markdown)
        #expect(message.content == "**Spotlight** voting is open!\nhttps://osu.ppy.sh/home/news")
        #expect(
            message.contentHTML
                == "<p><strong>Spotlight</strong> voting is open!<br>\n"
                + "<a href=\"https://osu.ppy.sh/home/news\">https://osu.ppy.sh/home/news</a></p>\n")
        #expect(message.uuid == nil)
        #expect(message.timestamp == "2025-06-01T12:30:00Z")
        #expect(Timestamp(rawValue: message.timestamp)?.secondsSince1970 == 1_748_781_000)
        let user = try #require(payload.users.first)
        #expect(user.isBot)
        #expect(user.id == message.senderID)
        #expect(user.lastVisit?.rawValue == "2025-06-01T12:29:59+00:00")
    }
}
