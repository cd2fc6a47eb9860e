// The static tables generated validators (and `specgen validate`) drive the reader with. Generated code declares
// them as `static let`s, so each is built once per process.

/// A set of strings looked up by their UTF-8 bytes without making a `String`: object keys, enum values, event names.
public struct JSONKeyTable: Sendable {
    /// Every key's bytes, one after the other.
    private let storage: [UInt8]
    /// Each key's start in `storage`, plus a final end offset.
    private let offsets: [Int]
    /// Open addressing: key index + 1, or 0 for an empty slot. The count is a power of two.
    private let slots: [Int32]

    /// The keys, in the order given (a key's index is its position here).
    public let keys: [String]

    /// Creates a table; a repeated key keeps its first index.
    public init(_ keys: [String]) {
        self.keys = keys
        var storage: [UInt8] = []
        var offsets: [Int] = []
        for key in keys {
            offsets.append(storage.count)
            storage += Array(key.utf8)
        }
        offsets.append(storage.count)
        var size = 4
        while size < keys.count * 2 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for index in keys.indices {
            let bytes = storage[offsets[index]..<offsets[index + 1]]
            var slot = Int(truncatingIfNeeded: JSONKeyTable.hash(bytes)) & (size - 1)
            var duplicate = false
            while slots[slot] != 0 {
                let other = Int(slots[slot]) - 1
                if storage[offsets[other]..<offsets[other + 1]].elementsEqual(bytes) {
                    duplicate = true
                    break
                }
                slot = (slot + 1) & (size - 1)
            }
            if !duplicate { slots[slot] = Int32(index + 1) }
        }
        self.storage = storage
        self.offsets = offsets
        self.slots = slots
    }

    /// The index of the key with these bytes, or `nil`.
    public func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: JSONKeyTable.hash(bytes)) & mask
        return storage.withUnsafeBufferPointer { storage in
            while true {
                let entry = Int(slots[slot])
                if entry == 0 { return nil }
                let start = offsets[entry - 1]
                let end = offsets[entry]
                if end - start == bytes.count {
                    var equal = true
                    var i = 0
                    while i < bytes.count {
                        if storage[start + i] != bytes[i] {
                            equal = false
                            break
                        }
                        i += 1
                    }
                    if equal { return entry - 1 }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The index of a key given as a string, or `nil`.
    public func index(of key: String) -> Int? {
        let bytes = Array(key.utf8)
        return bytes.withUnsafeBufferPointer { index(of: $0) }
    }

    /// FNV-1a, 64 bits.
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }
}

/// The members of an object seen so far, by index in a ``JSONObjectRule``.
public struct JSONKeyBits: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var rest: [UInt64] = []

    /// An empty set.
    public init() {}

    /// Whether the member with this index was seen.
    public func contains(_ index: Int) -> Bool {
        if index < 64 { return low & (1 << UInt64(index)) != 0 }
        if index < 128 { return high & (1 << UInt64(index - 64)) != 0 }
        let word = (index - 128) / 64
        return word < rest.count && rest[word] & (1 << UInt64((index - 128) % 64)) != 0
    }

    /// Adds a member.
    public mutating func insert(_ index: Int) {
        if index < 64 {
            low |= 1 << UInt64(index)
        } else if index < 128 {
            high |= 1 << UInt64(index - 64)
        } else {
            let word = (index - 128) / 64
            while rest.count <= word { rest.append(0) }
            rest[word] |= 1 << UInt64((index - 128) % 64)
        }
    }
}

/// The documented members of an object: their keys, which are required, and where the docs say so.
public struct JSONObjectRule: Sendable {
    /// One documented member.
    public struct Member: Sendable {
        /// The JSON key.
        public var key: String
        /// Whether the key must be present.
        public var isRequired: Bool
        /// Where the docs require it (or describe it).
        public var location: String

        /// Creates a member.
        public init(_ key: String, required: Bool, location: String) {
            self.key = key
            self.isRequired = required
            self.location = location
        }
    }

    /// The type's name, used in messages (`an object (ChatChannel)`).
    public let typeName: String
    /// The members, in the docs' order; a member's index is its position here.
    public let members: [Member]
    /// The keys, indexed like ``members``.
    public let keys: JSONKeyTable
    let requiredIndices: [Int]

    /// Creates a rule.
    public init(typeName: String, members: [Member]) {
        self.typeName = typeName
        self.members = members
        self.keys = JSONKeyTable(members.map(\.key))
        self.requiredIndices = members.indices.filter { members[$0].isRequired }
    }
}

/// Keys that one context (an event's payload) requires on top of an object type's own rule, with where the docs
/// say so.
public struct JSONRequirements: Sendable {
    /// One required key.
    public struct Entry: Sendable {
        /// The JSON key.
        public var key: String
        /// Where the docs require it.
        public var location: String

        /// Creates an entry.
        public init(_ key: String, location: String) {
            self.key = key
            self.location = location
        }
    }

    /// No extra keys.
    public static let none = JSONRequirements([])

    /// The keys, in the docs' order.
    public let entries: [Entry]

    /// Creates requirements.
    public init(_ entries: [Entry]) {
        self.entries = entries
    }
}

/// The documented values of an enumeration: strings, or integers.
public struct JSONEnumRule: Sendable {
    /// The type's name.
    public let typeName: String
    /// Where the values are listed.
    public let location: String
    let strings: JSONKeyTable?
    let integers: [Int64]
    /// `one of "a", "b"`: the expected values as a message shows them.
    let expected: String

    /// Creates a rule for string values.
    public init(typeName: String, strings: [String], location: String) {
        self.typeName = typeName
        self.location = location
        self.strings = JSONKeyTable(strings)
        self.integers = []
        self.expected = JSONEnumRule.describe(strings.map(JSONText.quoted), typeName: typeName)
    }

    /// Creates a rule for integer values.
    public init(typeName: String, integers: [Int64], location: String) {
        self.typeName = typeName
        self.location = location
        self.strings = nil
        self.integers = integers
        self.expected = JSONEnumRule.describe(integers.map { String($0) }, typeName: typeName)
    }

    static func describe(_ values: [String], typeName: String) -> String {
        if values.isEmpty { return "a value of \(typeName) (the docs list none)" }
        if values.count == 1 { return values[0] }
        let limit = 12
        if values.count <= limit { return "one of " + values.joined(separator: ", ") }
        return "one of " + values.prefix(limit).joined(separator: ", ")
            + " (or \(values.count - limit) more values of \(typeName))"
    }
}

/// The key whose string value selects a variant of a tagged object (Notification's `name`, an event's `event`), and
/// the values that have rules of their own.
public struct JSONTagRule: Sendable {
    /// The discriminator's UTF-8 bytes.
    let key: [UInt8]
    /// The tag values with rules, in order; a value's index selects its rules.
    let values: JSONKeyTable

    /// Creates a rule.
    public init(key: String, values: [String]) {
        self.key = Array(key.utf8)
        self.values = JSONKeyTable(values)
    }
}

/// Helpers for writing JSON text into messages.
enum JSONText {
    /// A string as a JSON string literal (`"a\"b"`).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
