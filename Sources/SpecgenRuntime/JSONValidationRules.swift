// The static tables generated validators (and `specgen validate`) drive the reader with. Generated code declares
// them as `static let`s, so each is built once per process.

import Foundation

/// A set of strings looked up by their UTF-8 bytes without making a `String`: object keys, enum values, event names.
///
/// Built once (generated code keeps tables in `static let`s) and read-only afterwards.
public final class JSONKeyTable: @unchecked Sendable {
    // Immutable after `init`, which is what makes the class safe to share.
    /// Every key's bytes, one after the other.
    private let storage: UnsafeMutablePointer<UInt8>
    /// Each key's start in `storage`, plus a final end offset.
    private let offsets: UnsafeMutablePointer<Int>
    /// Open addressing: key index + 1, or 0 for an empty slot.
    private let slots: UnsafeMutablePointer<Int32>
    /// The slot count minus one (the count is a power of two).
    private let mask: Int

    /// The keys, in the order given (a key's index is its position here).
    public let keys: [String]
    /// Whether a key has a byte beyond ASCII (an ASCII key in the input may then equal it as a Swift string).
    public let hasNonASCIIKeys: Bool
    /// Whether a key is given twice (the first index is the one looked up, so a guessed index must be checked).
    private let hasRepeatedKeys: Bool
    /// How many keys there are (read on every lookup, so kept beside the other tables).
    private let count: Int
    /// Per key, whether its bytes can be matched as they stand in a JSON string: no quote, backslash or control
    /// character, so that the bytes followed by a quote are exactly a string with this content and no escapes.
    private let literal: UnsafeMutablePointer<Bool>

    /// Creates a table; a repeated key keeps its first index.
    public init(_ keys: [String]) {
        self.keys = keys
        self.hasNonASCIIKeys = keys.contains { key in key.utf8.contains { $0 >= 0x80 } }
        let bytes = keys.map { Array($0.utf8) }
        hasRepeatedKeys = Set(keys).count != keys.count
        count = keys.count
        let total = bytes.reduce(0) { $0 + $1.count }
        storage = .allocate(capacity: max(total, 1))
        offsets = .allocate(capacity: keys.count + 1)
        var offset = 0
        for (index, key) in bytes.enumerated() {
            offsets[index] = offset
            for byte in key {
                storage[offset] = byte
                offset += 1
            }
        }
        offsets[keys.count] = offset
        literal = .allocate(capacity: max(keys.count, 1))
        for (index, key) in bytes.enumerated() {
            literal[index] = !key.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
        }
        var size = 8
        while size < keys.count * 4 { size *= 2 }
        mask = size - 1
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0, count: size)
        for index in keys.indices where self.index(of: bytes[index]) == nil {
            var slot = bytes[index].withUnsafeBufferPointer { JSONKeyTable.hash($0) } & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    deinit {
        storage.deallocate()
        offsets.deallocate()
        slots.deallocate()
        literal.deallocate()
    }

    /// The index of the key with these bytes, or `nil`.
    public func index(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        var slot = JSONKeyTable.hash(bytes) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            let start = offsets[entry - 1]
            if offsets[entry] - start == count && JSONKeyTable.equal(storage + start, bytes.baseAddress, count) {
                return entry - 1
            }
            slot = (slot + 1) & mask
        }
    }

    /// The index of the key with these bytes, or `nil`, trying `expected` first: objects usually list their members
    /// in the docs' order, so the member after the previous one is the likely next (and a byte comparison is
    /// cheaper than a hash probe).
    @inline(__always)
    public func index(of bytes: UnsafeBufferPointer<UInt8>, expecting expected: Int) -> Int? {
        if expected < count, !hasRepeatedKeys {
            let start = offsets[expected]
            if offsets[expected + 1] - start == bytes.count
                && JSONKeyTable.equal(storage + start, bytes.baseAddress, bytes.count)
            {
                return expected
            }
        }
        return index(of: bytes)
    }

    /// Whether the string that starts at `start` of `bytes` (after its opening quote) is key `expected` written
    /// without escapes: then it returns the offset of the closing quote. The key's bytes are valid UTF-8 without
    /// characters that need escapes, so the input's string there is well-formed and needs no scan. `nil` when it is
    /// not (which says nothing about the string: scan it).
    @inline(__always)
    func literalMatch(_ expected: Int, in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        guard expected < count, !hasRepeatedKeys, literal[expected] else { return nil }
        let keyStart = offsets[expected]
        let count = offsets[expected + 1] - keyStart
        let end = start + count
        guard end < bytes.count, let base = bytes.baseAddress, base[end] == 0x22,
            JSONKeyTable.equal(storage + keyStart, base + start, count)
        else { return nil }
        return end
    }

    /// The index of a key given as a string, or `nil`.
    public func index(of key: String) -> Int? {
        if let found = key.utf8.withContiguousStorageIfAvailable({ index(of: $0) }) { return found }
        return index(of: Array(key.utf8))
    }

    /// The index of a key given as bytes, or `nil`.
    func index(of bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { index(of: $0) }
    }

    /// Whether `count` bytes at two addresses are equal (eight at a time; keys are short).
    @inline(__always)
    static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>?, _ count: Int) -> Bool {
        guard let b, count > 0 else { return count == 0 }
        let x = UnsafeRawPointer(a)
        let y = UnsafeRawPointer(b)
        var i = 0
        while i + 8 <= count {
            if x.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                != y.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            {
                return false
            }
            i += 8
        }
        while i < count {
            if a[i] != b[i] { return false }
            i += 1
        }
        return true
    }

    /// A cheap hash of a key: its length and four of its bytes, mixed. Keys that share it are told apart by
    /// comparing bytes.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let count = bytes.count
        guard count > 0 else { return 0 }
        var h = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
        h ^=
            UInt64(bytes[0]) | UInt64(bytes[count >> 1]) << 8 | UInt64(bytes[count - 1]) << 16
            | UInt64(bytes[(count * 3) >> 2]) << 24 | UInt64(bytes[count >> 2]) << 32
        h = (h ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: h >> 33)
    }

    /// FNV-1a over all bytes: the hash of unknown keys when looking for a repeat.
    static func fullHash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
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
    /// The index after the member inserted last: the likely next member of an object written in the docs' order.
    var expected = 0

    /// An empty set.
    public init() {}

    /// Whether the member with this index was seen.
    @inline(__always)
    public func contains(_ index: Int) -> Bool {
        if index < 64 { return low & (1 << UInt64(index)) != 0 }
        return containsBeyond64(index)
    }

    /// ``contains(_:)`` for the indices from 64 on.
    private func containsBeyond64(_ index: Int) -> Bool {
        if index < 128 { return high & (1 << UInt64(index - 64)) != 0 }
        let word = (index - 128) / 64
        return word < rest.count && rest[word] & (1 << UInt64((index - 128) % 64)) != 0
    }

    /// Adds a member.
    @inline(__always)
    public mutating func insert(_ index: Int) {
        expected = index + 1
        if index < 64 {
            low |= 1 << UInt64(index)
        } else {
            insertBeyond64(index)
        }
    }

    /// ``insert(_:)`` for the indices from 64 on.
    private mutating func insertBeyond64(_ index: Int) {
        if index < 128 {
            high |= 1 << UInt64(index - 64)
        } else {
            let word = (index - 128) / 64
            while rest.count <= word { rest.append(0) }
            rest[word] |= 1 << UInt64((index - 128) % 64)
        }
    }

    /// Whether every member of `required` was seen (members from 128 on are left to the caller).
    @inline(__always)
    func containsAll(low requiredLow: UInt64, high requiredHigh: UInt64) -> Bool {
        low & requiredLow == requiredLow && high & requiredHigh == requiredHigh
    }
}

/// The documented members of an object: their keys, which are required, and where the docs say so.
public final class JSONObjectRule: Sendable {
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
    /// The indices of the required members, in order.
    let requiredIndices: [Int]
    /// The required members among the first 64, as in ``JSONKeyBits``.
    let requiredLow: UInt64
    /// The required members among the next 64.
    let requiredHigh: UInt64
    /// Whether a member from index 128 on is required (then ``requiredLow`` and ``requiredHigh`` do not tell all).
    let requiresBeyond128: Bool

    /// Creates a rule.
    public init(typeName: String, members: [Member]) {
        self.typeName = typeName
        self.members = members
        self.keys = JSONKeyTable(members.map(\.key))
        let required = members.indices.filter { members[$0].isRequired }
        self.requiredIndices = required
        self.requiredLow = required.filter { $0 < 64 }.reduce(0) { $0 | 1 << UInt64($1) }
        self.requiredHigh = required.filter { $0 >= 64 && $0 < 128 }.reduce(0) { $0 | 1 << UInt64($1 - 64) }
        self.requiresBeyond128 = required.contains { $0 >= 128 }
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
    /// The string values, or `nil` for an integer enumeration.
    let strings: JSONKeyTable?
    /// The integer values.
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

    /// How a message lists the values (at most twelve of them).
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
/// the values that have rules of their own; optionally also an integer code read first that alone selects rules
/// (Discord's `op`: 10 is Hello whatever `t` says).
public struct JSONTagRule: Sendable {
    /// The discriminator's UTF-8 bytes.
    let key: [UInt8]
    /// The tag values with rules, in order; a value's index selects its rules.
    let values: JSONKeyTable
    /// The code key's UTF-8 bytes, if codes select rules.
    let codeKey: [UInt8]?
    /// The number of tag values.
    let valueCount: Int
    /// The codes with rules, in order; a code's index after the values (`valueCount + i`) selects its rules.
    let codes: [Int64]
    /// The code under which the values under `key` name the message (Discord's dispatch code, 0), if they name it
    /// under that code only; its rules among `codes`, if any, apply when the value has none of its own.
    let dispatch: Int64?

    /// Creates a rule.
    public init(key: String, values: [String]) {
        self.key = Array(key.utf8)
        self.values = JSONKeyTable(values)
        self.valueCount = values.count
        self.codeKey = nil
        self.codes = []
        self.dispatch = nil
    }

    /// Creates a rule whose integer codes under `codeKey` select rules before the string values under `key` do.
    public init(key: String, values: [String], codeKey: String, codes: [Int]) {
        self.key = Array(key.utf8)
        self.values = JSONKeyTable(values)
        self.valueCount = values.count
        self.codeKey = Array(codeKey.utf8)
        self.codes = codes.map(Int64.init)
        self.dispatch = nil
    }

    /// Creates a rule whose integer codes under `codeKey` select rules, and whose values under `key` select rules
    /// only when the code is `dispatch` (Discord's `op` 0: a frame with `op` 7 and `t` `"READY"` is no READY);
    /// `dispatch`'s own rules among `codes` apply when the value has none.
    public init(key: String, values: [String], codeKey: String, codes: [Int], dispatch: Int) {
        self.key = Array(key.utf8)
        self.values = JSONKeyTable(values)
        self.valueCount = values.count
        self.codeKey = Array(codeKey.utf8)
        self.codes = codes.map(Int64.init)
        self.dispatch = Int64(dispatch)
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
