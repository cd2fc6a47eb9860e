import Foundation

// The baseline for decoding: Codable structs as one would write them by hand for the same docs (spec/), decoded by
// JSONDecoder with `.iso8601` dates. Enumerations are plain strings, a notification's details one struct of optional
// fields, and events whose payload the docs do not describe keep no payload.

struct HandEvent: Decodable {
    enum Payload {
        case notification(HandNotification)
        case read([Double])
        case channel(HandChannel)
        case messages(HandMessages)
    }

    var event: String
    var payload: Payload?

    enum CodingKeys: String, CodingKey {
        case event, data, ids
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        event = try container.decode(String.self, forKey: .event)
        switch event {
        case "new": payload = .notification(try container.decode(HandNotification.self, forKey: .data))
        case "read": payload = .read(try container.decode([Double].self, forKey: .ids))
        case "chat.channel.join", "chat.channel.part":
            payload = .channel(try container.decode(HandChannel.self, forKey: .data))
        case "chat.message.new": payload = .messages(try container.decode(HandMessages.self, forKey: .data))
        default: payload = nil
        }
    }
}

struct HandNotification: Decodable {
    struct Details: Decodable {
        var title: String?
        var coverURL: String?
        var username: String?
        var type: String?
        var postID: Double?
        var discussionID: Double?
        var beatmapID: Double?

        enum CodingKeys: String, CodingKey {
            case title, username, type
            case coverURL = "cover_url"
            case postID = "post_id"
            case discussionID = "discussion_id"
            case beatmapID = "beatmap_id"
        }
    }

    var id: Double
    var name: String
    var createdAt: Date
    var objectType: String
    var objectID: Double
    var sourceUserID: Double?
    var isRead: Bool
    var details: Details

    enum CodingKeys: String, CodingKey {
        case id, name, details
        case createdAt = "created_at"
        case objectType = "object_type"
        case objectID = "object_id"
        case sourceUserID = "source_user_id"
        case isRead = "is_read"
    }
}

struct HandChannel: Decodable {
    struct Attributes: Decodable {
        var canMessage: Bool
        var canMessageError: String?
        var lastReadID: Double

        enum CodingKeys: String, CodingKey {
            case canMessage = "can_message"
            case canMessageError = "can_message_error"
            case lastReadID = "last_read_id"
        }
    }

    var channelID: Double
    var name: String
    var description: String?
    var icon: String?
    var type: String
    var messageLengthLimit: Double
    var moderated: Bool
    var uuid: String?
    var currentUserAttributes: Attributes?
    var lastReadID: Double?
    var lastMessageID: Double?
    var recentMessages: [HandMessage]?
    var users: [Double]?

    enum CodingKeys: String, CodingKey {
        case name, description, icon, type, moderated, uuid, users
        case channelID = "channel_id"
        case messageLengthLimit = "message_length_limit"
        case currentUserAttributes = "current_user_attributes"
        case lastReadID = "last_read_id"
        case lastMessageID = "last_message_id"
        case recentMessages = "recent_messages"
    }
}

struct HandMessages: Decodable {
    var messages: [HandMessage]
    var users: [HandUser]
}

struct HandMessage: Decodable {
    var channelID: Double
    var content: String
    var contentHTML: String?
    var isAction: Bool
    var messageID: Double
    var senderID: Double
    var timestamp: Date
    var type: String
    var uuid: String?
    var sender: HandUser?

    enum CodingKeys: String, CodingKey {
        case content, timestamp, type, uuid, sender
        case channelID = "channel_id"
        case contentHTML = "content_html"
        case isAction = "is_action"
        case messageID = "message_id"
        case senderID = "sender_id"
    }
}

struct HandUser: Decodable {
    struct Group: Decodable {
        struct Description: Decodable {
            var html: String
            var markdown: String
        }

        var colour: String?
        var hasListing: Bool
        var hasPlaymodes: Bool
        var id: Double
        var identifier: String
        var isProbationary: Bool
        var name: String
        var shortName: String
        var description: Description?
        var playmodes: [String]?

        enum CodingKeys: String, CodingKey {
            case colour, id, identifier, name, description, playmodes
            case hasListing = "has_listing"
            case hasPlaymodes = "has_playmodes"
            case isProbationary = "is_probationary"
            case shortName = "short_name"
        }
    }

    var avatarURL: String
    var countryCode: String
    var defaultGroup: String?
    var id: Double
    var isActive: Bool
    var isBot: Bool
    var isDeleted: Bool
    var isOnline: Bool
    var isSupporter: Bool
    var lastVisit: Date?
    var pmFriendsOnly: Bool
    var profileColour: String?
    var username: String
    var groups: [Group]?
    var isRestricted: Bool?
    var followerCount: Double?

    enum CodingKeys: String, CodingKey {
        case id, username, groups
        case avatarURL = "avatar_url"
        case countryCode = "country_code"
        case defaultGroup = "default_group"
        case isActive = "is_active"
        case isBot = "is_bot"
        case isDeleted = "is_deleted"
        case isOnline = "is_online"
        case isSupporter = "is_supporter"
        case lastVisit = "last_visit"
        case pmFriendsOnly = "pm_friends_only"
        case profileColour = "profile_colour"
        case isRestricted = "is_restricted"
        case followerCount = "follower_count"
    }
}
