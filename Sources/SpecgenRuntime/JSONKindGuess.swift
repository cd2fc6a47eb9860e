import Foundation

/// The kind of a JSON value other than `null`, as ``JSONObject`` decodes its members through a `Decoder`.
///
/// A `Decoder` cannot tell what kind of value comes next, so an open value is decoded by trying the kinds in turn,
/// and `JSONDecoder` builds a `DecodingError` (its coding path and a message naming the types) for every try in
/// vain. The kinds are mutually exclusive for `JSONDecoder`, so the order of the tries changes what they cost, never
/// what they give: a number is tried as `Int64` and then as `Double`, always in that order, so an integer stays
/// ``JSONValue/integer(_:)`` whichever kind is tried first.
enum JSONValueKind: UInt8, Sendable {
    case string
    case number
    case bool
    case object
    case array
}

/// The kind each member key of an open object held when it was last decoded through a `Decoder`, so that the next
/// object with that key tries that kind first: the frames of one API repeat their shapes, and a member that keeps
/// its kind then costs one try instead of up to six. A guess only orders the tries (see ``JSONValueKind``); the
/// values decoded, and the errors thrown, are the same whatever it holds.
///
/// The table is shared by every decoding in the process and bounded: once it holds ``capacity`` keys, keys it does
/// not know are tried in the default order (strings first) and not recorded.
final class JSONKindGuesses: @unchecked Sendable {
    /// The table every ``JSONObject`` decoding uses.
    static let shared = JSONKindGuesses()

    /// The most keys the table records.
    static let capacity = 1024

    private let lock = NSLock()
    private var kinds: [String: JSONValueKind] = [:]

    /// The guesses as they stand; a copy that later recordings do not change.
    func snapshot() -> [String: JSONValueKind] {
        lock.lock()
        defer { lock.unlock() }
        return kinds
    }

    /// Records the kinds that keys were found to hold.
    func record(_ found: [(key: String, kind: JSONValueKind)]) {
        lock.lock()
        defer { lock.unlock() }
        for (key, kind) in found where kinds.count < Self.capacity || kinds[key] != nil {
            kinds[key] = kind
        }
    }
}

extension JSONObject {
    /// Decodes the member at `key` as a value of `kind` (or `null`), or returns `nil` when it is neither. Only the
    /// try itself is silenced: a container of the right kind whose contents fail to decode throws, as the default
    /// order does. Scalars are read with `decodeIfPresent`, which finds a `null` in the same lookup.
    static func decodeMember(
        _ container: KeyedDecodingContainer<JSONMemberKey>, forKey key: JSONMemberKey, as kind: JSONValueKind
    ) throws -> JSONValue? {
        // Each scalar is read through the container's method for its own type: the generic `decodeIfPresent`
        // would make `JSONDecoder` decode the value through a decoder of its own.
        switch kind {
        case .string:
            return present { try container.decodeIfPresent(String.self, forKey: key) }.map {
                $0.map { .string($0) } ?? .null
            }
        case .number:
            if let integer = present({ try container.decodeIfPresent(Int64.self, forKey: key) }) {
                return integer.map { .integer($0) } ?? .null
            }
            return present { try container.decodeIfPresent(Double.self, forKey: key) }.map {
                $0.map { .number($0) } ?? .null
            }
        case .bool:
            return present { try container.decodeIfPresent(Bool.self, forKey: key) }.map {
                $0.map { .bool($0) } ?? .null
            }
        case .object:
            if try container.decodeNil(forKey: key) { return .null }
            guard let object = try? container.nestedContainer(keyedBy: JSONMemberKey.self, forKey: key) else {
                return nil
            }
            return .object(try JSONObject(object))
        case .array:
            if try container.decodeNil(forKey: key) { return .null }
            guard var array = try? container.nestedUnkeyedContainer(forKey: key) else { return nil }
            return .array(try JSONValue.decodeElements(&array))
        }
    }

    /// The member read with `decodeIfPresent` (`.some(nil)` for a `null`), or `nil` when it is neither `null` nor
    /// of the type read. (`try?` would flatten the two into one `nil`.)
    private static func present<T>(_ read: () throws -> T?) -> T?? {
        do {
            return .some(try read())
        } catch {
            return nil
        }
    }

    /// Decodes the member at `key` trying the kinds in the default order (strings, numbers, booleans, objects, then
    /// arrays, whose error is the one thrown when nothing fits); the kind found is returned with the value.
    static func decodeMemberInDefaultOrder(
        _ container: KeyedDecodingContainer<JSONMemberKey>, forKey key: JSONMemberKey
    ) throws -> (JSONValue, JSONValueKind) {
        for kind in [JSONValueKind.string, .number, .bool, .object] {
            if let value = try decodeMember(container, forKey: key, as: kind) { return (value, kind) }
        }
        return (.array(try container.decode([JSONValue].self, forKey: key)), .array)
    }
}

extension JSONValue {
    /// The kind of a value other than `null`.
    var kind: JSONValueKind? {
        switch self {
        case .null: return nil
        case .bool: return .bool
        case .integer, .number: return .number
        case .string: return .string
        case .array: return .array
        case .object: return .object
        }
    }

    /// Decodes the elements of an array. Arrays mostly hold one kind of element, so each element is tried first as
    /// the kind of the one before it (the first as an object, the default order of ``JSONValue/init(from:)``); an
    /// element that is not of that kind is decoded by ``JSONValue/init(from:)``, which gives the same value, or
    /// throws the same error, as decoding the array as `[JSONValue]`.
    static func decodeElements(_ array: inout any UnkeyedDecodingContainer) throws -> [JSONValue] {
        var elements: [JSONValue] = []
        if let count = array.count { elements.reserveCapacity(count) }
        var guess = JSONValueKind.object
        while !array.isAtEnd {
            if try array.decodeNil() {
                elements.append(.null)
                continue
            }
            let element: JSONValue
            if let value = try decodeElement(&array, as: guess) {
                element = value
            } else {
                element = try array.decode(JSONValue.self)
            }
            if let kind = element.kind { guess = kind }
            elements.append(element)
        }
        return elements
    }

    /// Decodes the next element as a value of `kind`, or returns `nil` (without moving on) when it is not of that
    /// kind.
    private static func decodeElement(_ array: inout any UnkeyedDecodingContainer, as kind: JSONValueKind) throws
        -> JSONValue?
    {
        switch kind {
        case .string:
            return (try? array.decode(String.self)).map { .string($0) }
        case .number:
            if let integer = try? array.decode(Int64.self) { return .integer(integer) }
            return (try? array.decode(Double.self)).map { .number($0) }
        case .bool:
            return (try? array.decode(Bool.self)).map { .bool($0) }
        case .object, .array:
            // Containers are decoded by JSONValue itself, which tries an object first; only scalars are guessed.
            return nil
        }
    }
}
