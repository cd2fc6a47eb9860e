import Foundation

/// Decodes a type from a ``JSONObject`` already decoded, without reading the JSON a second time: what the `Codable`
/// decoder of a tagged object (a notification, its `name` selecting the type of its `details`) uses for a variant's
/// field whose common field holds the same object.
///
/// The in-memory decoder accepts only what `JSONDecoder` accepts and gives the same values: strings from strings,
/// booleans from booleans, integers from ``JSONValue/integer(_:)`` within the type's range, `Double` from any
/// number but the integer 0 (which may stand for a text that `JSONDecoder` refuses as a `Double`). Anything else (a `Float`, a `Date`, a `URL`, `Data`, a `Decimal`, a number that is not an exact
/// integer for an integer type, a mismatch of any kind) makes it give up, and the value is decoded again from the
/// container by `JSONDecoder` itself; so the result, and the error when decoding fails, are always `JSONDecoder`'s.
public enum JSONValueDecoding {
    /// Decodes `type` from `object`, or, when the in-memory decoder gives up, from `container` at `key`.
    public static func decode<T: Decodable, Key: CodingKey>(
        _ type: T.Type, from object: JSONObject, orFrom container: KeyedDecodingContainer<Key>, forKey key: Key
    ) throws -> T {
        if let value = try? T(from: JSONValueDecoder(value: .object(object))) { return value }
        return try container.decode(T.self, forKey: key)
    }
}

/// The in-memory decoder's failure; it never leaves ``JSONValueDecoding/decode(_:from:orFrom:forKey:)``.
struct JSONValueDecoderGiveUp: Error {}

/// A `Decoder` over a ``JSONValue``. Its errors never leave ``JSONValueDecoding``, so it keeps no coding path.
struct JSONValueDecoder: Decoder {
    let value: JSONValue
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let object) = value else { throw JSONValueDecoderGiveUp() }
        return KeyedDecodingContainer(JSONValueKeyedContainer<Key>(fields: object.fields))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else { throw JSONValueDecoderGiveUp() }
        return JSONValueUnkeyedContainer(elements: elements)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        JSONValueSingleContainer(value: value)
    }

    /// Decodes a value of any type, as `JSONDecoder` would, or gives up.
    static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        switch type {
        case is String.Type:
            guard case .string(let text) = value else { throw JSONValueDecoderGiveUp() }
            return text as! T
        case is Bool.Type:
            guard case .bool(let flag) = value else { throw JSONValueDecoderGiveUp() }
            return flag as! T
        case is Double.Type:
            switch value {
            case .number(let number): return number as! T
            // JSONDecoder reads some texts as the integer 0 that it refuses as a Double (an underflow such as
            // 1e-400); any other integer it reads is a Double it accepts, the same one.
            case .integer(let integer) where integer != 0: return Double(integer) as! T
            default: throw JSONValueDecoderGiveUp()
            }
        case is Int.Type: return try integer(Int.self, value) as! T
        case is Int64.Type: return try integer(Int64.self, value) as! T
        case is Int32.Type: return try integer(Int32.self, value) as! T
        case is Int16.Type: return try integer(Int16.self, value) as! T
        case is Int8.Type: return try integer(Int8.self, value) as! T
        case is UInt.Type: return try integer(UInt.self, value) as! T
        case is UInt64.Type: return try integer(UInt64.self, value) as! T
        case is UInt32.Type: return try integer(UInt32.self, value) as! T
        case is UInt16.Type: return try integer(UInt16.self, value) as! T
        case is UInt8.Type: return try integer(UInt8.self, value) as! T
        // JSONDecoder reads these in ways of its own (strategies, exact decimal parsing): leave them to it.
        case is Float.Type, is Date.Type, is URL.Type, is Data.Type, is Decimal.Type: throw JSONValueDecoderGiveUp()
        default: return try T(from: JSONValueDecoder(value: value))
        }
    }

    static func integer<I: FixedWidthInteger>(_ type: I.Type, _ value: JSONValue) throws -> I {
        guard case .integer(let integer) = value, let exact = I(exactly: integer) else {
            throw JSONValueDecoderGiveUp()
        }
        return exact
    }
}

struct JSONValueKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let fields: [String: JSONValue]
    var codingPath: [any CodingKey] { [] }

    var allKeys: [Key] { fields.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { fields[key.stringValue] != nil }

    func value(_ key: Key) throws -> JSONValue {
        guard let value = fields[key.stringValue] else { throw JSONValueDecoderGiveUp() }
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        if case .null = try value(key) { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try JSONValueDecoder.decode(type, from: value(key))
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = fields[key.stringValue] else { return nil }
        if case .null = value { return nil }
        return try JSONValueDecoder.decode(type, from: value)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try JSONValueDecoder(value: value(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try JSONValueDecoder(value: value(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { throw JSONValueDecoderGiveUp() }

    func superDecoder(forKey key: Key) throws -> any Decoder { throw JSONValueDecoderGiveUp() }
}

struct JSONValueUnkeyedContainer: UnkeyedDecodingContainer {
    let elements: [JSONValue]
    var codingPath: [any CodingKey] { [] }
    var currentIndex = 0

    init(elements: [JSONValue]) {
        self.elements = elements
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    mutating func next() throws -> JSONValue {
        guard !isAtEnd else { throw JSONValueDecoderGiveUp() }
        defer { currentIndex += 1 }
        return elements[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { throw JSONValueDecoderGiveUp() }
        if case .null = elements[currentIndex] {
            currentIndex += 1
            return true
        }
        return false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONValueDecoder.decode(type, from: next())
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try JSONValueDecoder(value: next()).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try JSONValueDecoder(value: next()).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { throw JSONValueDecoderGiveUp() }
}

struct JSONValueSingleContainer: SingleValueDecodingContainer {
    let value: JSONValue
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool {
        if case .null = value { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try JSONValueDecoder.decode(type, from: value)
    }
}
