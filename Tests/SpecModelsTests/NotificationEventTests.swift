import Foundation
import SpecModels
import SpecgenRuntime
import Testing

/// `new` frames: a Notification under `data`, with `variant` chosen by `name`.
@Suite struct NotificationEventTests {
    @Test func channelMessage() throws {
        let event = try Frames.event("new.channel_message.json")
        #expect(event.name == "new")
        let notification = try #require(event.notification)
        #expect(notification.id == 912_345)
        #expect(notification.name == .channelMessage)
        #expect(notification.createdAt == "2025-06-01T12:00:00+00:00")
        #expect(notification.objectType == "channel")
        #expect(notification.objectID == 4_123_456)
        #expect(notification.sourceUserID == 7_654_321)
        #expect(notification.isRead == false)
        // `details` keeps every key, including the lower-case channel `type` the docs do not list; `socket` (a
        // sibling of `details` in `data`) is ignored.
        #expect(notification.details.keys == ["cover_url", "title", "type", "username"])
        #expect(notification.details["type"] == "pm")
        #expect(notification.details["title"] == "gl hf \u{1F3B5} see you in mp")

        guard case .channelMessage(let fields) = notification.variant else {
            Issue.record("expected the channel_message variant, got \(notification.variant)")
            return
        }
        #expect(fields.objectID == 4_123_456)
        #expect(fields.objectType == "channel")
        #expect(fields.sourceUserID == 7_654_321)
        #expect(
            fields.details
                == NotificationChannelMessageDetails(
                    title: "gl hf \u{1F3B5} see you in mp",
                    coverURL: "https://a.ppy.sh/7654321?1712345678.jpeg",
                    username: "Caf\u{E9} Player"))
        // The docs type `created_at` as a plain string; it is still a valid timestamp.
        let created = try #require(Timestamp(rawValue: notification.createdAt))
        #expect(created.secondsSince1970 == 1_748_779_200)
    }

    @Test func forumTopicReply() throws {
        let notification = try #require(try Frames.event("new.forum_topic_reply.json").notification)
        #expect(notification.id == 912_350)
        #expect(notification.name == .forumTopicReply)
        #expect(notification.objectType == "forum_topic")
        #expect(notification.objectID == 1_900_001)
        #expect(notification.sourceUserID == 2)
        guard case .forumTopicReply(let fields) = notification.variant else {
            Issue.record("expected the forum_topic_reply variant, got \(notification.variant)")
            return
        }
        #expect(fields.objectID == 1_900_001)
        #expect(fields.sourceUserID == 2)
        #expect(
            fields.details
                == NotificationForumTopicReplyDetails(
                    title: "Lazer feedback: \u{201C}skin\u{201D} editor",
                    coverURL: "https://assets.ppy.sh/topic-covers/1900001.jpg",
                    postID: 9_876_543,
                    username: "peppy"))
    }

    /// The wire sends `details.cover_url: null` for a forum topic without a cover; the docs say `string`, so the
    /// doc-derived variant rejects a real frame. The fix is a specgen config overlay making
    /// `forum_topic_reply.details.cover_url` nullable, not a looser test.
    @Test func forumTopicReplyWithoutCoverIsRejectedByTheDocs() throws {
        let error = #expect(throws: DecodingError.self) { try Frames.event("new.forum_topic_reply.no-cover.json") }
        #expect(error.map(isValueNotFound) == true)
        #expect(error.map(codingPath(of:)) == ["data", "details", "cover_url"])

        // The null is the only obstacle: with a cover the same frame decodes.
        let patched = try Frames.text("new.forum_topic_reply.no-cover.json")
            .replacingOccurrences(of: #""cover_url":null"#, with: #""cover_url":"https:\/\/example.com\/c.jpg""#)
        let notification = try #require(try decode(WebsocketEvent.self, patched).notification)
        guard case .forumTopicReply(let fields) = notification.variant else {
            Issue.record("expected the forum_topic_reply variant")
            return
        }
        #expect(fields.details.coverURL == "https://example.com/c.jpg")
        #expect(fields.details.postID == 9_876_544)
        #expect(fields.details.title == "Help: game won't start")
    }

    @Test func beatmapsetQualify() throws {
        let notification = try #require(try Frames.event("new.beatmapset_qualify.json").notification)
        #expect(notification.name == .beatmapsetQualify)
        #expect(notification.objectType == "beatmapset")
        #expect(notification.objectID == 2_001_234)
        #expect(notification.sourceUserID == 1_234_567)
        // An undocumented detail survives in the open `details` object, decoded from its \u escapes.
        #expect(
            notification.details["title_unicode"] == "\u{541B}\u{306E}\u{77E5}\u{3089}\u{306A}\u{3044}\u{7269}\u{8A9E}")
        #expect(notification.details["title_unicode"] == "君の知らない物語")
        guard case .beatmapsetQualify(let fields) = notification.variant else {
            Issue.record("expected the beatmapset_qualify variant, got \(notification.variant)")
            return
        }
        #expect(
            fields.details
                == NotificationBeatmapsetQualifyDetails(
                    title: "Kimi no Shiranai Monogatari",
                    coverURL: "https://assets.ppy.sh/beatmaps/2001234/covers/card.jpg?1712345678",
                    username: "Nominator"))
    }

    @Test func beatmapsetDiscussionPostNew() throws {
        let notification = try #require(try Frames.event("new.beatmapset_discussion_post_new.json").notification)
        #expect(notification.name == .beatmapsetDiscussionPostNew)
        #expect(notification.details["content"] == "00:12:345 (1,2) - spacing \u{2192} fix?")
        #expect(notification.details["beatmap_id"] == .null)
        guard case .beatmapsetDiscussionPostNew(let fields) = notification.variant else {
            Issue.record("expected the beatmapset_discussion_post_new variant, got \(notification.variant)")
            return
        }
        #expect(fields.sourceUserID == 7_654_321)
        #expect(fields.details.title == "Kimi no Shiranai Monogatari")
        #expect(fields.details.discussionID == 3_000_001)
        #expect(fields.details.postID == 4_000_001)
        #expect(fields.details.beatmapID == nil)  // present and null
        #expect(fields.details.username == "Caf\u{E9} Player")
        #expect(fields.details.coverURL == "https://assets.ppy.sh/beatmaps/2001234/covers/card.jpg?1712345678")
    }

    /// A name the docs do not list: kept as `.unknown`, with no variant and the raw details.
    @Test func userAchievementUnlock() throws {
        let notification = try #require(try Frames.event("new.user_achievement_unlock.json").notification)
        #expect(notification.name == .unknown("user_achievement_unlock"))
        #expect(notification.name.rawValue == "user_achievement_unlock")
        #expect(!NotificationName.knownCases.contains(notification.name))
        #expect(notification.variant == .other)
        #expect(notification.objectType == "user")
        #expect(notification.objectID == 7_654_321)
        #expect(notification.sourceUserID == 7_654_321)
        #expect(notification.details["achievement_id"] == .integer(46))
        #expect(notification.details["achievement_mode"] == .null)
        #expect(notification.details["slug"] == "all-secret-jackpot")
        #expect(notification.details["title"] == "Jackpot")
    }

    /// `source_user_id: null` (no source user), no `details.username`, and `details.cover_url: null`.
    @Test func newsPostNew() throws {
        let notification = try #require(try Frames.event("new.news_post_new.json").notification)
        #expect(notification.id == 912_380)
        #expect(notification.name == .unknown("news_post_new"))
        #expect(notification.variant == .other)
        #expect(notification.objectType == "news_post")
        #expect(notification.objectID == 1500)
        #expect(notification.sourceUserID == nil)
        #expect(notification.details["username"] == nil)
        #expect(notification.details["cover_url"] == .null)
        #expect(notification.details["news_post_id"] == .integer(1500))
        #expect(notification.details["slug"] == "2025-06-01-owc-2025-results")
    }

    /// A `beatmapset_*` name the docs do not list, also without a source user.
    @Test func beatmapsetRank() throws {
        let notification = try #require(try Frames.event("new.beatmapset_rank.json").notification)
        #expect(notification.name == .unknown("beatmapset_rank"))
        #expect(notification.variant == .other)
        #expect(notification.objectType == "beatmapset")
        #expect(notification.objectID == 2_001_234)
        #expect(notification.sourceUserID == nil)
        #expect(notification.details.keys == ["cover_url", "title", "title_unicode"])
    }

    /// PHP encodes an empty `details` map as `[]`; `JSONObject` reads that as an empty object. (No current name
    /// produces one, so this frame is inline rather than a sample file.)
    @Test func emptyDetailsSentAsArray() throws {
        let frame = #"""
            {"event":"new","data":{"id":1,"name":"team_application_store","created_at":"2025-06-01T12:00:00+00:00","object_type":"team","object_id":77,"source_user_id":9,"is_read":false,"details":[],"socket":null},"socket":null}
            """#
        let notification = try #require(try decode(WebsocketEvent.self, frame).notification)
        #expect(notification.details == JSONObject())
        #expect(notification.details.keys.isEmpty)
        #expect(notification.variant == .other)
        #expect(notification.name == .unknown("team_application_store"))
    }

    /// A documented name whose variant says `source_user_id: number` while the base object says `number?`: the
    /// variant is the stricter one, so a null source user fails for documented names.
    @Test func documentedVariantRequiresSourceUser() throws {
        let frame = try Frames.text("new.beatmapset_qualify.json")
            .replacingOccurrences(of: #""source_user_id":1234567"#, with: #""source_user_id":null"#)
        let error = #expect(throws: DecodingError.self) { try decode(WebsocketEvent.self, frame) }
        #expect(error.map(isValueNotFound) == true)
        #expect(error.map(codingPath(of:)) == ["data", "source_user_id"])
    }

    /// `new` always carries `data`.
    @Test func newWithoutDataThrows() {
        let error = #expect(throws: DecodingError.self) { try decode(WebsocketEvent.self, #"{"event":"new"}"#) }
        #expect(error.map { isKeyNotFound($0, "data") } == true)
    }
}
