import ConstructModels
import Foundation
import SpecModels
import SpecgenRuntime

/// One type to decode documents as, both ways: `JSONDecoder` and the generated `init(json:)`.
struct DecodeTarget: Sendable {
    let name: String
    /// `nil` when both ways agree (both throw, or both return `==` values); else what differs.
    let disagreement: @Sendable ([UInt8]) -> String?

    static func make<T: Decodable & Equatable & Sendable>(
        _ type: T.Type, _ fast: @escaping @Sendable (Data) throws -> T
    )
        -> DecodeTarget
    {
        DecodeTarget(name: "\(T.self)") { bytes in
            compare(T.self, Data(bytes), fast: fast)
        }
    }

    static func compare<T: Decodable & Equatable>(_ type: T.Type, _ data: Data, fast: (Data) throws -> T) -> String? {
        let expected: Result<T, Error> = Result { try JSONDecoder().decode(T.self, from: data) }
        let actual: Result<T, Error> = Result { try fast(data) }
        switch (expected, actual) {
        case (.success(let a), .success(let b)):
            return a == b ? nil : "values differ:\n  JSONDecoder: \(a)\n  init(json:): \(b)"
        case (.failure, .failure):
            return nil
        case (.success(let a), .failure(let error)):
            return "only init(json:) throws: \(error); JSONDecoder gives \(a)"
        case (.failure(let error), .success(let b)):
            return "only JSONDecoder throws: \(error); init(json:) gives \(b)"
        }
    }
}

/// Every type of the two golden modules, by name.
enum Targets {
    static let websocketEvent = DecodeTarget.make(WebsocketEvent.self, WebsocketEvent.init(json:))
    static let notification = DecodeTarget.make(SpecModels.Notification.self, SpecModels.Notification.init(json:))
    static let chatChannel = DecodeTarget.make(ChatChannel.self, ChatChannel.init(json:))
    static let chatMessageNew = DecodeTarget.make(ChatMessageNewPayload.self, ChatMessageNewPayload.init(json:))
    static let chatMessage = DecodeTarget.make(ChatMessage.self, ChatMessage.init(json:))
    static let userCompact = DecodeTarget.make(UserCompact.self, UserCompact.init(json:))

    static let drawingEvent = DecodeTarget.make(Constructs.DrawingEvent.self, Constructs.DrawingEvent.init(json:))
    static let shape = DecodeTarget.make(Constructs.Shape.self, Constructs.Shape.init(json:))
    static let shapeExtended = DecodeTarget.make(Constructs.ShapeExtended.self, Constructs.ShapeExtended.init(json:))
    static let node = DecodeTarget.make(Constructs.Node.self, Constructs.Node.init(json:))
    static let pair = DecodeTarget.make(Constructs.Pair.self, Constructs.Pair.init(json:))
    static let nodeOrLeaf = DecodeTarget.make(Constructs.NodeOrLeaf.self, Constructs.NodeOrLeaf.init(json:))
    static let oddNames = DecodeTarget.make(Constructs.OddNames.self, Constructs.OddNames.init(json:))
    static let empty = DecodeTarget.make(Constructs.Empty.self, Constructs.Empty.init(json:))
    static let rank = DecodeTarget.make(Constructs.Rank.self, Constructs.Rank.init(json:))
    static let type2 = DecodeTarget.make(Constructs.Type2.self, Constructs.Type2.init(json:))
    static let jsonValue = DecodeTarget.make(JSONValue.self) { data in
        try JSONFastDecoding.decode(JSONValue.self, from: data)
    }
    static let jsonObject = DecodeTarget.make(JSONObject.self) { data in
        try JSONFastDecoding.decode(JSONObject.self, from: data)
    }

    /// The type of an event's `data`, by event name.
    static func payload(ofEvent name: String) -> DecodeTarget? {
        switch name {
        case "new": return notification
        case "chat.channel.join", "chat.channel.part": return chatChannel
        case "chat.message.new": return chatMessageNew
        default: return nil
        }
    }
}

/// A JSON document as a tree that keeps each scalar's exact bytes and each object's members in order (repeats
/// included), so mutations change only what they mean to.
indirect enum Tree: Equatable {
    /// A string (with its quotes), number or literal, byte for byte.
    case scalar([UInt8])
    case array([Tree])
    /// Members: the key's bytes (with quotes) and the value.
    case object([Member])

    struct Member: Equatable {
        var key: [UInt8]
        var value: Tree
    }

    static func string(_ text: String) -> Tree { .scalar(Array(text.utf8)) }

    var bytes: [UInt8] {
        var out: [UInt8] = []
        write(to: &out)
        return out
    }

    func write(to out: inout [UInt8]) {
        switch self {
        case .scalar(let bytes): out += bytes
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                element.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                out += member.key
                out.append(UInt8(ascii: ":"))
                member.value.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Parses a well-formed document (the sample frames).
    static func parse(_ bytes: [UInt8]) -> Tree {
        var i = 0
        func ws() { while i < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[i]) { i += 1 } }
        func stringToken() -> [UInt8] {
            let start = i
            i += 1
            while bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
            i += 1
            return Array(bytes[start..<i])
        }
        func value() -> Tree {
            ws()
            switch bytes[i] {
            case UInt8(ascii: "{"):
                i += 1
                var members: [Member] = []
                ws()
                if bytes[i] == UInt8(ascii: "}") {
                    i += 1
                    return .object(members)
                }
                while true {
                    ws()
                    let key = stringToken()
                    ws()
                    i += 1  // ':'
                    members.append(Member(key: key, value: value()))
                    ws()
                    let byte = bytes[i]
                    i += 1
                    if byte == UInt8(ascii: "}") { return .object(members) }
                }
            case UInt8(ascii: "["):
                i += 1
                var elements: [Tree] = []
                ws()
                if bytes[i] == UInt8(ascii: "]") {
                    i += 1
                    return .array(elements)
                }
                while true {
                    elements.append(value())
                    ws()
                    let byte = bytes[i]
                    i += 1
                    if byte == UInt8(ascii: "]") { return .array(elements) }
                }
            case UInt8(ascii: "\""):
                return .scalar(stringToken())
            default:
                let start = i
                while i < bytes.count, !",]} \n\r\t".utf8.contains(bytes[i]) { i += 1 }
                return .scalar(Array(bytes[start..<i]))
            }
        }
        return value()
    }

    /// Every position below the root: a path of member or element indices.
    var paths: [[Int]] {
        var result: [[Int]] = []
        func walk(_ tree: Tree, _ path: [Int]) {
            switch tree {
            case .scalar: break
            case .array(let elements):
                for (index, element) in elements.enumerated() {
                    result.append(path + [index])
                    walk(element, path + [index])
                }
            case .object(let members):
                for (index, member) in members.enumerated() {
                    result.append(path + [index])
                    walk(member.value, path + [index])
                }
            }
        }
        walk(self, [])
        return result
    }

    /// The value at a path.
    func value(at path: [Int]) -> Tree {
        guard let first = path.first else { return self }
        switch self {
        case .scalar: return self
        case .array(let elements): return elements[first].value(at: Array(path.dropFirst()))
        case .object(let members): return members[first].value.value(at: Array(path.dropFirst()))
        }
    }

    /// The tree with the container holding the last path component changed by `change`, which gets that container's
    /// members (an array's elements become members with empty keys) and the index.
    func editing(parentOf path: [Int], _ change: (inout [Member], Int) -> Void) -> Tree {
        if path.count == 1 {
            switch self {
            case .scalar: return self
            case .array(let elements):
                var members = elements.map { Member(key: [], value: $0) }
                change(&members, path[0])
                return .array(members.map(\.value))
            case .object(var members):
                change(&members, path[0])
                return .object(members)
            }
        }
        switch self {
        case .scalar: return self
        case .array(var elements):
            elements[path[0]] = elements[path[0]].editing(parentOf: Array(path.dropFirst()), change)
            return .array(elements)
        case .object(var members):
            members[path[0]].value = members[path[0]].value.editing(parentOf: Array(path.dropFirst()), change)
            return .object(members)
        }
    }

    func replacing(_ path: [Int], with value: Tree) -> Tree {
        editing(parentOf: path) { members, index in members[index].value = value }
    }

    func removing(_ path: [Int]) -> Tree {
        editing(parentOf: path) { members, index in members.remove(at: index) }
    }

    /// The key of the member at a path, when its parent is an object.
    func key(at path: [Int]) -> [UInt8]? {
        var found: [UInt8]?
        _ = editing(parentOf: path) { members, index in
            if !members[index].key.isEmpty { found = members[index].key }
        }
        return found
    }
}
