import Foundation
import SpecgenRuntime

extension Frame {
    /// One line that says what the frame carries, for people reading a capture.
    public var summary: String {
        switch self {
        case .error(let message):
            return "error: \(message) (the server closes the connection)"
        case .event(let event):
            return event.name + ": " + event.details
        }
    }
}

extension Osu.WebsocketEvent {
    /// What the event carries, in a few words.
    var details: String {
        switch self {
        case .connectionReady:
            return "connected and authenticated"
        case .verified:
            return "the session is verified"
        case .logout:
            return "logged out; the server closes the connection"
        case .new(let notification):
            var text =
                "notification \(notification.id) '\(notification.name.rawValue)' about "
                + "\(notification.objectType) \(notification.objectID)"
            if let user = notification.sourceUserID { text += " from user \(user)" }
            if case .string(let title)? = notification.details["title"] { text += ": \(title)" }
            return text
        case .read(let payload):
            return "\(payload.readCount) of \(payload.notifications.count) notification(s) marked read at "
                + payload.timestamp.rawValue
        case .delete(let payload):
            return "\(payload.notifications.count) notification(s) deleted (\(payload.readCount) unread) at "
                + payload.timestamp.rawValue
        case .chatChannelJoin(let channel), .chatChannelPart(let channel):
            let lastRead =
                channel.currentUserAttributes?.lastReadID.map { "last read message \($0)" }
                ?? "nothing read yet"
            return "\(channel.name) (\(channel.type.rawValue) channel \(channel.channelID)), \(lastRead)"
        case .chatMessageNew(let payload):
            let names = Dictionary(payload.users.map { ($0.id, $0.username) }, uniquingKeysWith: { first, _ in first })
            return payload.messages.map { message in
                let sender = names[message.senderID] ?? "user \(message.senderID)"
                return "\(sender) in channel \(message.channelID): \(message.content)"
            }.joined(separator: " | ")
        case .unknown(_, let payload):
            return "an event the docs do not describe" + (payload == nil ? "" : ", with data")
        }
    }
}
