/// Any JSON value: what generated code uses where the docs leave a type open.
///
/// Integers that fit in 64 bits stay exact (`.integer`); other numbers are `.number`. Numbers compare by value, as
/// JSON has one number type: `.number(2.0) == .integer(2)`.
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

extension JSONValue: Hashable {
    /// The integer a number stands for, when it is a whole number within 64 bits.
    private var integralValue: Int64? {
        switch self {
        case .integer(let value): return value
        case .number(let value):
            guard value.rounded() == value, value >= -9_223_372_036_854_775_808.0, value < 9_223_372_036_854_775_808.0
            else { return nil }
            return Int64(value)
        default: return nil
        }
    }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)): return a == b
        case (.integer(let a), .integer(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.integer, .number), (.number, .integer):
            guard let a = lhs.integralValue, let b = rhs.integralValue else { return false }
            return a == b
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let value):
            hasher.combine(1)
            hasher.combine(value)
        case .integer, .number:
            if let integral = integralValue {
                hasher.combine(2)
                hasher.combine(integral)
            } else if case .number(let value) = self {
                hasher.combine(3)
                hasher.combine(value)
            }
        case .string(let value):
            hasher.combine(4)
            hasher.combine(value)
        case .array(let value):
            hasher.combine(5)
            hasher.combine(value)
        case .object(let value):
            hasher.combine(6)
            hasher.combine(value)
        }
    }
}

extension JSONValue: Codable {
    /// Decodes any value. A `Decoder` cannot tell what kind of value comes next, so each kind is tried in turn; a
    /// failed try costs a thrown error, so the kinds are tried in the order they are most often met where a value
    /// is decoded on its own (an event's payload the docs do not describe, the elements of an array): objects
    /// first, then strings, numbers, booleans and arrays. The members of an object, mostly scalars, are read by
    /// ``JSONObject`` with scalars first.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let object = try? decoder.container(keyedBy: JSONMemberKey.self) {
            self = .object(try JSONObject(object))
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else {
            self = .array(try container.decode([JSONValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(JSONObject(Dictionary(elements, uniquingKeysWith: { _, last in last })))
    }
}

extension JSONValue {
    /// The value of a key when this is an object, else `nil`.
    public subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    /// The element at an index when this is an array and the index is in range, else `nil`.
    public subscript(index: Int) -> JSONValue? {
        if case .array(let array) = self, array.indices.contains(index) { return array[index] }
        return nil
    }
}

/// A JSON object whose keys the docs do not fix (the docs' `object`).
///
/// Decoding also accepts an empty JSON array as an empty object, because PHP servers encode an empty map as `[]`.
public struct JSONObject: Hashable, Sendable {
    /// The members.
    public var fields: [String: JSONValue]

    /// Creates an object.
    public init(_ fields: [String: JSONValue] = [:]) {
        self.fields = fields
    }

    /// The value of a key.
    public subscript(key: String) -> JSONValue? {
        get { fields[key] }
        set { fields[key] = newValue }
    }

    /// The keys, sorted.
    public var keys: [String] { fields.keys.sorted() }
}

extension JSONObject: Codable {
    public init(from decoder: any Decoder) throws {
        let container: KeyedDecodingContainer<JSONMemberKey>
        do {
            container = try decoder.container(keyedBy: JSONMemberKey.self)
        } catch {
            guard var array = try? decoder.unkeyedContainer() else { throw error }
            guard array.isAtEnd else {
                throw DecodingError.typeMismatch(
                    JSONObject.self,
                    .init(codingPath: decoder.codingPath, debugDescription: "Expected an object, found an array"))
            }
            _ = try? array.decodeNil()
            self.init()
            return
        }
        try self.init(container)
    }

    /// Decodes the members of an object. Scalars are decoded from the container itself, which costs less than a
    /// `JSONValue` decoded through a decoder of its own. Each member is tried first as the kind its key held the
    /// last time (``JSONKindGuesses``), then in the default order: strings, numbers, booleans, objects, arrays.
    init(_ container: KeyedDecodingContainer<JSONMemberKey>) throws {
        let keys = container.allKeys
        let guesses = JSONKindGuesses.shared.snapshot()
        var found: [(key: String, kind: JSONValueKind)] = []
        var fields: [String: JSONValue] = [:]
        fields.reserveCapacity(keys.count)
        for key in keys {
            let name = key.stringValue
            let guess = guesses[name]
            if let guess, let value = try JSONObject.decodeMember(container, forKey: key, as: guess) {
                fields[name] = value
                continue
            }
            if try container.decodeNil(forKey: key) {
                fields[name] = .null
                continue
            }
            let (value, kind) = try JSONObject.decodeMemberInDefaultOrder(container, forKey: key)
            if kind != (guess ?? .string) { found.append((name, kind)) }
            fields[name] = value
        }
        if !found.isEmpty { JSONKindGuesses.shared.record(found) }
        self.init(fields)
    }

    /// Encodes the members; their order in the output is the encoder's (use `.sortedKeys` for stable output).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        for (key, value) in fields {
            try container.encode(value, forKey: AnyCodingKey(key))
        }
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}

/// The key of an open object's member as ``JSONObject`` decodes it: only the string, so that the key fits in the
/// inline buffer of an `any CodingKey` (``AnyCodingKey``, with its optional integer, does not, and every coding path
/// `JSONDecoder` extends with it would box it on the heap).
struct JSONMemberKey: CodingKey, Sendable {
    let stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) {
        self.stringValue = stringValue
    }

    /// Open objects have string keys only.
    init?(intValue: Int) {
        return nil
    }
}

/// A coding key made from any string; used by generated code to read objects without a fixed set of keys.
public struct AnyCodingKey: CodingKey, Hashable, Sendable {
    public var stringValue: String
    public var intValue: Int?

    /// Creates a key.
    public init(_ string: String) {
        self.stringValue = string
        self.intValue = nil
    }

    public init?(stringValue: String) {
        self.init(stringValue)
    }

    public init?(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

/// Heap storage for a property whose type contains itself (directly or through other structs), which a struct
/// cannot store inline. Generated code keeps such properties behind a computed property of the plain type.
public final class Indirect<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The stored value.
    public let value: Value

    /// Boxes a value.
    public init(_ value: Value) {
        self.value = value
    }

    public static func == (lhs: Indirect, rhs: Indirect) -> Bool {
        lhs === rhs || lhs.value == rhs.value
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}
