import Foundation
import OsuAPI

// Decodes each argument as a websocket frame, with the generated decoder and with JSONDecoder, prints it, and runs
// the README's usage example on it. (spec/ types ids as `number`, which is a Double in Swift.)
for text in CommandLine.arguments.dropFirst() {
    let json = Data(text.utf8)
    let event = try Osu.WebsocketEvent(json: json)
    guard try JSONDecoder().decode(Osu.WebsocketEvent.self, from: json) == event else {
        fatalError("init(json:) and JSONDecoder disagree on \(text)")
    }
    switch event {
    case .logout:
        print("logout")
    case .chatMessageNew(let payload):
        let messages = payload.messages.map { "#\(Int($0.messageID)) \($0.content)" }
        print("chat.message.new: " + messages.joined(separator: ", "))
    default:
        print("other")
    }
    try handle(frame: json)
}
