import Foundation

// The reader behind generated `init(json:)`: one pass over the UTF-8 bytes, no tree, no `JSONDecoder`, and the same
// outcome as `JSONDecoder().decode(T.self, from:)` for every input.
//
// `JSONDecoder` (swift-foundation) works in two steps, and the reader copies both:
// 1. It scans the whole document for its structure, leniently: a string runs to the next unescaped quote (its
//    escapes, control characters and UTF-8 are not checked; a `\u` only needs four more bytes, none of them a
//    quote), a number is any run of `0-9 . + - e E` after a `-` or digit, `true`/`false`/`null` must be spelled
//    out, trailing commas are allowed in arrays and objects, containers nest at most 512 deep, and only space, tab,
//    CR and LF may surround the value. A UTF-8 byte order mark is skipped; UTF-16 and UTF-32 input is converted.
// 2. It decodes only what the types ask for, strictly: the keys of every object a type reads (valid UTF-8 and
//    escapes), each value read (strings: no raw control characters, valid escapes and surrogate pairs, valid UTF-8;
//    numbers: the JSON grammar, no overflow to infinity or underflow to zero for `Double`, exact for integers).
//    Keys compare as Swift strings (canonical equivalence), and the first of repeated keys wins.
// The reader does step 2 where a type reads a value and step 1 (`skipValue`) everywhere else. The few inputs whose
// exact treatment would cost more than it is worth (UTF-16/32 input, a non-plain integer of 2^53 or more) are handed
// to `JSONDecoder` itself, so the result stays exact.

/// Why a generated `init(json:)` rejected its input.
public struct JSONDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The offset of the byte where decoding failed (the input's length when it ended too early).
    public var byteOffset: Int
    /// What was wrong there.
    public var message: String

    /// Creates an error.
    public init(byteOffset: Int, message: String) {
        self.byteOffset = byteOffset
        self.message = message
    }

    public var description: String { "JSON decoding failed at byte \(byteOffset): \(message)" }
}

/// Thrown inside the reader for input that `JSONDecoder` itself must decode (see ``JSONFastDecoding``).
@usableFromInline
struct JSONDecodingFallback: Error {
    @usableFromInline init() {}
}

/// A type that generated code (or the runtime) can decode with a ``JSONDecodingReader``.
public protocol JSONFastDecodable {
    /// Reads one value at the reader's position, as `JSONDecoder` would decode it.
    init(jsonReader reader: inout JSONDecodingReader) throws
}

/// The entry point of generated `init(json:)`.
public enum JSONFastDecoding {
    /// Decodes a document: exactly `JSONDecoder().decode(T.self, from: data)`, which it calls itself only for input
    /// the reader leaves to it (UTF-16/32 documents and integers it cannot convert exactly).
    @inlinable
    public static func decode<T: JSONFastDecodable & Decodable>(_ type: T.Type, from data: Data) throws -> T {
        do {
            return try data.withUnsafeBytes { raw -> T in
                var reader = try JSONDecodingReader(document: raw.bindMemory(to: UInt8.self))
                let value = try T(jsonReader: &reader)
                try reader.finish()
                return value
            }
        } catch is JSONDecodingFallback {
            return try JSONDecoder().decode(T.self, from: data)
        }
    }
}

/// The state of an object being read: see ``JSONDecodingReader/beginObject()``.
public struct JSONObjectCursor: Sendable {
    /// The offset of the object's `{`.
    public let start: Int
    @usableFromInline var first = true

    @usableFromInline init(start: Int) {
        self.start = start
    }
}

/// A single-pass reader over a JSON document's UTF-8 bytes with `JSONDecoder`'s rules (see the file's notes).
///
/// It borrows the bytes: it exists only inside ``JSONFastDecoding/decode(_:from:)``. Copying a reader saves a
/// position, which generated code uses to read an object twice (its fields, then its variant's) or to try the
/// members of a union in turn.
public struct JSONDecodingReader {
    /// How deeply arrays and objects may nest (as in `JSONDecoder`).
    public static let maximumDepth = 512

    @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read.
    @usableFromInline var index: Int
    /// How many arrays and objects are open.
    @usableFromInline var depth = 0

    /// Starts reading a whole document: skips a UTF-8 byte order mark and hands other encodings to `JSONDecoder`.
    @usableFromInline
    init(document bytes: UnsafeBufferPointer<UInt8>) throws {
        self.bytes = bytes
        self.index = 0
        let n = bytes.count
        let b0: UInt8? = n > 0 ? bytes[0] : nil
        let b1: UInt8? = n > 1 ? bytes[1] : nil
        let b2: UInt8? = n > 2 ? bytes[2] : nil
        let b3: UInt8? = n > 3 ? bytes[3] : nil
        func nz(_ b: UInt8?) -> Bool { b != nil && b != 0 }
        switch (b0, b1, b2, b3) {
        case (0xEF, 0xBB, 0xBF, _):
            index = 3
        case (0, 0, 0xFE, 0xFF), (0xFE, 0xFF, _, _), (0xFF, 0xFE, _, _):
            throw JSONDecodingFallback()
        case (0, 0, 0, let x) where nz(x):
            throw JSONDecodingFallback()
        case (0, let x, 0, let y) where nz(x) && nz(y):
            throw JSONDecodingFallback()
        case (let x, 0, 0, 0) where nz(x):
            throw JSONDecodingFallback()
        case (let x, 0, let y, 0) where nz(x) && nz(y):
            throw JSONDecodingFallback()
        case (0, let x, nil, nil) where nz(x):
            throw JSONDecodingFallback()
        case (let x, 0, nil, nil) where nz(x):
            throw JSONDecodingFallback()
        default:
            break
        }
    }

    /// A reader over a single value's bytes (for tests of the runtime).
    public static func withReader<R>(_ json: [UInt8], _ body: (inout JSONDecodingReader) throws -> R) throws -> R {
        try json.withUnsafeBufferPointer { buffer in
            var reader = try JSONDecodingReader(document: buffer)
            let value = try body(&reader)
            try reader.finish()
            return value
        }
    }

    /// The offset of the next byte to read.
    public var offset: Int { index }

    /// After the top-level value: only whitespace may follow.
    @usableFromInline
    mutating func finish() throws {
        skipWhitespace()
        if index < bytes.count {
            throw fail(at: index, "unexpected \(byteName(index)) after the top-level value")
        }
    }

    // MARK: - Errors

    @usableFromInline
    func fail(at offset: Int, _ message: String) -> JSONDecodingError {
        JSONDecodingError(byteOffset: offset, message: message)
    }

    @usableFromInline
    func byteName(_ offset: Int) -> String {
        guard offset < bytes.count else { return "end of input" }
        let byte = bytes[offset]
        if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x" + String(byte, radix: 16, uppercase: true)
    }

    /// The error for a value of the wrong JSON type at the current position (after whitespace).
    @usableFromInline
    func mismatch(_ expected: String) -> JSONDecodingError {
        let found: String
        switch index < bytes.count ? bytes[index] : 0 {
        case UInt8(ascii: "\""): found = "a string"
        case UInt8(ascii: "{"): found = "an object"
        case UInt8(ascii: "["): found = "an array"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): found = "a Boolean"
        case UInt8(ascii: "n"): found = "null"
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): found = "a number"
        default: found = byteName(index)
        }
        return fail(at: index, "expected \(expected), found \(found)")
    }

    /// The error for a required key an object lacks.
    public func missingKey(_ key: String, in object: JSONObjectCursor) -> JSONDecodingError {
        fail(at: object.start, "the object has no key \"\(key)\"")
    }

    // MARK: - Whitespace and peeking

    @inlinable @inline(__always)
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// The first byte of the next value (after whitespace), without consuming it.
    @inlinable @inline(__always)
    mutating func peekValue() throws -> UInt8 {
        skipWhitespace()
        guard index < bytes.count else { throw fail(at: index, "unexpected end of input, expected a value") }
        return bytes[index]
    }

    /// Whether the next value is `null`; consumes it if so (and checks its spelling).
    @inlinable
    public mutating func consumeNull() throws -> Bool {
        guard try peekValue() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    @usableFromInline
    mutating func literal(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        let start = word.utf8Start
        for k in 0..<count {
            guard index + k < bytes.count else { throw fail(at: bytes.count, "unexpected end of input in \(word)") }
            guard bytes[index + k] == start[k] else {
                throw fail(at: index + k, "unexpected \(byteName(index + k)) in \(word)")
            }
        }
        index += count
    }

    // MARK: - Containers

    @usableFromInline
    mutating func enter(at offset: Int) throws {
        guard depth < JSONDecodingReader.maximumDepth else {
            throw fail(at: offset, "arrays and objects nest more than \(JSONDecodingReader.maximumDepth) deep")
        }
        depth += 1
    }

    /// Starts reading an object whose keys a type reads; then call ``nextKey(_:_:)`` until it returns `nil`.
    @inlinable
    public mutating func beginObject() throws -> JSONObjectCursor {
        guard try peekValue() == UInt8(ascii: "{") else { throw mismatch("an object") }
        let start = index
        try enter(at: start)
        index += 1
        return JSONObjectCursor(start: start)
    }

    /// Reads up to the next key of an object and its colon: the key's index in `table` (`-1` for other keys), or
    /// `nil` at the end of the object. Every key is decoded strictly, as `JSONDecoder` does for objects a type reads.
    @inlinable
    public mutating func nextKey(_ object: inout JSONObjectCursor, _ table: JSONKeyTable) throws -> Int? {
        guard try advanceToMember(&object) else { return nil }
        let key = try readKey(table)
        try readColon()
        return key
    }

    /// Like ``nextKey(_:_:)`` for objects with any keys: the key itself.
    public mutating func nextKeyString(_ object: inout JSONObjectCursor) throws -> String? {
        guard try advanceToMember(&object) else { return nil }
        guard bytes[index] == UInt8(ascii: "\"") else {
            throw fail(at: index, "unexpected \(byteName(index)) in an object, expected a key")
        }
        let key = try readString()
        try readColon()
        return key
    }

    /// Moves past the comma before the next member: `true` if a member follows (the reader is at its key), `false`
    /// after the object's closing brace.
    @usableFromInline
    mutating func advanceToMember(_ object: inout JSONObjectCursor) throws -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw fail(at: index, "unexpected end of input in an object") }
        if object.first {
            object.first = false
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                depth -= 1
                return false
            }
            return true
        }
        switch bytes[index] {
        case UInt8(ascii: ","):
            index += 1
            skipWhitespace()
            guard index < bytes.count else { throw fail(at: index, "unexpected end of input in an object") }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                depth -= 1
                return false
            }
            return true
        case UInt8(ascii: "}"):
            index += 1
            depth -= 1
            return false
        default:
            throw fail(at: index, "unexpected \(byteName(index)) in an object, expected ',' or '}'")
        }
    }

    @usableFromInline
    mutating func readColon() throws {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
            throw fail(at: index, "unexpected \(byteName(index)) in an object, expected ':'")
        }
        index += 1
    }

    @usableFromInline
    mutating func readKey(_ table: JSONKeyTable) throws -> Int {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
            throw fail(at: index, "unexpected \(byteName(index)) in an object, expected a key")
        }
        let start = index + 1
        var i = start
        var plain = true
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 {
                plain = false
                break
            }
            i += 1
        }
        if plain {
            guard i < bytes.count else { throw fail(at: i, "unexpected end of input in a key") }
            index = i + 1
            let found = table.index(of: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            if let found { return found }
            if !table.hasNonASCIIKeys { return -1 }
            return Self.match(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self), table)
        }
        index = start - 1
        let key = try readString()
        return Self.match(key, table)
    }

    /// The index of the table's key equal to `key` as a Swift string (canonical equivalence), or `-1`.
    static func match(_ key: String, _ table: JSONKeyTable) -> Int {
        for (position, candidate) in table.keys.enumerated() where candidate == key { return position }
        return -1
    }

    /// Starts reading an array; then call ``nextElement(_:)`` before each element until it returns `false`.
    @inlinable
    public mutating func beginArray() throws -> JSONObjectCursor {
        guard try peekValue() == UInt8(ascii: "[") else { throw mismatch("an array") }
        let start = index
        try enter(at: start)
        index += 1
        return JSONObjectCursor(start: start)
    }

    /// Whether another element follows (the reader is then at it); `false` at the end of the array.
    @inlinable
    public mutating func nextElement(_ array: inout JSONObjectCursor) throws -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw fail(at: index, "unexpected end of input in an array") }
        if array.first {
            array.first = false
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                depth -= 1
                return false
            }
            return true
        }
        switch bytes[index] {
        case UInt8(ascii: ","):
            index += 1
            skipWhitespace()
            if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
                index += 1
                depth -= 1
                return false
            }
            return true
        case UInt8(ascii: "]"):
            index += 1
            depth -= 1
            return false
        default:
            throw fail(at: index, "unexpected \(byteName(index)) in an array, expected ',' or ']'")
        }
    }

    // MARK: - Fields

    /// Reads a required field's value, unless the key was seen before (the first of repeated keys wins).
    @inlinable
    public mutating func decodeField<T: JSONFastDecodable>(_ slot: inout T?) throws {
        if slot != nil { return try skipValue() }
        slot = try T(jsonReader: &self)
    }

    /// Reads an optional field's value (`null` is `nil`), unless the key was seen before.
    @inlinable
    public mutating func decodeOptionalField<T: JSONFastDecodable>(_ slot: inout T?, seen: inout Bool) throws {
        if seen { return try skipValue() }
        seen = true
        slot = try consumeNull() ? nil : T(jsonReader: &self)
    }

    /// For a value of a type the reader cannot decode itself: hands the whole document to `JSONDecoder`.
    public mutating func decodeWithFoundation() throws -> Never {
        throw JSONDecodingFallback()
    }

    /// Tries to read a value; on failure restores the position and returns `nil` (as `try?` does in a union's
    /// `init(from:)`). Input left to `JSONDecoder` still propagates.
    @inlinable
    public mutating func attempt<T>(_ body: (inout JSONDecodingReader) throws -> T) throws -> T? {
        var copy = self
        do {
            let value = try body(&copy)
            self = copy
            return value
        } catch let error as JSONDecodingFallback {
            throw error
        } catch {
            return nil
        }
    }

    // MARK: - Skipping (the lenient structural scan)

    /// Skips one value, checking only what `JSONDecoder` checks of values no type reads.
    public mutating func skipValue() throws {
        let byte = try peekValue()
        switch byte {
        case UInt8(ascii: "\""):
            try skipString()
        case UInt8(ascii: "{"):
            try enter(at: index)
            index += 1
            skipWhitespace()
            if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
                index += 1
                depth -= 1
                return
            }
            while true {
                skipWhitespace()
                guard index < bytes.count else { throw fail(at: index, "unexpected end of input in an object") }
                guard bytes[index] == UInt8(ascii: "\"") else {
                    throw fail(at: index, "unexpected \(byteName(index)) in an object, expected a key")
                }
                try skipString()
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                    throw fail(at: index, "unexpected \(byteName(index)) in an object, expected ':'")
                }
                index += 1
                try skipValue()
                skipWhitespace()
                guard index < bytes.count else { throw fail(at: index, "unexpected end of input in an object") }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    skipWhitespace()
                    if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
                        index += 1
                        depth -= 1
                        return
                    }
                } else if bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    depth -= 1
                    return
                } else {
                    throw fail(at: index, "unexpected \(byteName(index)) in an object, expected ',' or '}'")
                }
            }
        case UInt8(ascii: "["):
            var array = try beginArray()
            while try nextElement(&array) { try skipValue() }
        case UInt8(ascii: "t"):
            try literal("true")
        case UInt8(ascii: "f"):
            try literal("false")
        case UInt8(ascii: "n"):
            try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            _ = numberToken()
        default:
            throw fail(at: index, "unexpected \(byteName(index)), expected a value")
        }
    }

    /// Skips a string leniently: to the next unescaped quote.
    mutating func skipString() throws {
        var i = index + 1
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\""):
                index = i + 1
                return
            case UInt8(ascii: "\\"):
                guard i + 1 < bytes.count else { throw fail(at: bytes.count, "unexpected end of input in a string") }
                if bytes[i + 1] == UInt8(ascii: "u") {
                    guard i + 6 <= bytes.count else {
                        throw fail(at: bytes.count, "unexpected end of input in a string")
                    }
                    for k in (i + 2)..<(i + 6) where bytes[k] == UInt8(ascii: "\"") {
                        throw fail(at: k, "unexpected '\"' in a \\u escape")
                    }
                    i += 6
                } else {
                    i += 2
                }
            default:
                i += 1
            }
        }
        throw fail(at: bytes.count, "unexpected end of input in a string")
    }

    /// The extent of a number as the structural scan sees it (the reader is at its `-` or first digit).
    @usableFromInline
    mutating func numberToken() -> Range<Int> {
        let start = index
        var i = index + 1
        scan: while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"),
                UInt8(ascii: "e"), UInt8(ascii: "E"):
                i += 1
            default:
                break scan
            }
        }
        index = i
        return start..<i
    }

    // MARK: - Strings

    /// Reads a string value strictly.
    public mutating func readString() throws -> String {
        guard try peekValue() == UInt8(ascii: "\"") else { throw mismatch("a string") }
        let start = index + 1
        var i = start
        var ascii = true
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") {
                index = i + 1
                let content = UnsafeBufferPointer(rebasing: bytes[start..<i])
                if ascii { return String(decoding: content, as: UTF8.self) }
                guard let text = String(validating: content, as: UTF8.self) else {
                    throw fail(at: start, "the string is not valid UTF-8")
                }
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw fail(at: i, "unescaped control character 0x\(String(byte, radix: 16)) in a string") }
            if byte >= 0x80 { ascii = false }
            i += 1
        }
        guard i < bytes.count else { throw fail(at: bytes.count, "unexpected end of input in a string") }
        // Escapes: collect the UTF-8 of the whole string, then validate it once (escapes only add whole scalars, so
        // that is the same as validating each raw run).
        var out = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<i]))
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "\""):
                index = i + 1
                guard let text = String(validating: out, as: UTF8.self) else {
                    throw fail(at: start, "the string is not valid UTF-8")
                }
                return text
            case UInt8(ascii: "\\"):
                guard i + 1 < bytes.count else { throw fail(at: bytes.count, "unexpected end of input in a string") }
                let escaped = bytes[i + 1]
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escaped)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    let unit = try hex4(at: i + 2)
                    var scalar = unit
                    var next = i + 6
                    if unit >= 0xD800 && unit < 0xDC00 {
                        guard next + 1 < bytes.count, bytes[next] == UInt8(ascii: "\\"),
                            bytes[next + 1] == UInt8(ascii: "u")
                        else { throw fail(at: next, "a high surrogate escape without a low surrogate after it") }
                        let low = try hex4(at: next + 2)
                        guard low >= 0xDC00 && low < 0xE000 else {
                            throw fail(at: next, "a high surrogate escape without a low surrogate after it")
                        }
                        scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                        next += 6
                    } else if unit >= 0xDC00 && unit < 0xE000 {
                        throw fail(at: i, "a lone low surrogate escape")
                    }
                    JSONValidationReader.appendUTF8(scalar, to: &out)
                    i = next
                    continue
                default:
                    throw fail(at: i + 1, "invalid escape \\\(byteName(i + 1))")
                }
                i += 2
            default:
                if byte < 0x20 {
                    throw fail(at: i, "unescaped control character 0x\(String(byte, radix: 16)) in a string")
                }
                out.append(byte)
                i += 1
            }
        }
        throw fail(at: bytes.count, "unexpected end of input in a string")
    }

    /// Four hex digits of a `\u` escape.
    func hex4(at offset: Int) throws -> UInt32 {
        guard offset + 4 <= bytes.count else { throw fail(at: bytes.count, "unexpected end of input in a \\u escape") }
        var value: UInt32 = 0
        for k in offset..<(offset + 4) {
            let byte = bytes[k]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw fail(at: k, "invalid hex digit \(byteName(k)) in a \\u escape")
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    // MARK: - Numbers

    /// A number token checked against the JSON grammar; whether it is a plain integer (`-?digits`).
    @usableFromInline
    mutating func readNumber(_ expected: String) throws -> (token: Range<Int>, plain: Bool) {
        let byte = try peekValue()
        guard byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) else {
            throw mismatch(expected)
        }
        let token = numberToken()
        var i = token.lowerBound
        func digit(_ k: Int) -> Bool { k < token.upperBound && bytes[k] >= 0x30 && bytes[k] <= 0x39 }
        func bad(_ k: Int) -> JSONDecodingError {
            k < token.upperBound
                ? fail(at: k, "unexpected \(byteName(k)) in a number")
                : fail(at: k, "the number ends without a digit")
        }
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard digit(i) else { throw bad(i) }
        if bytes[i] == UInt8(ascii: "0") {
            i += 1
            if digit(i) { throw fail(at: i, "a number with a leading zero") }
        } else {
            while digit(i) { i += 1 }
        }
        var plain = true
        if i < token.upperBound && bytes[i] == UInt8(ascii: ".") {
            plain = false
            i += 1
            guard digit(i) else { throw bad(i) }
            while digit(i) { i += 1 }
        }
        if i < token.upperBound && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            plain = false
            i += 1
            if i < token.upperBound && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
            guard digit(i) else { throw bad(i) }
            while digit(i) { i += 1 }
        }
        guard i == token.upperBound else { throw bad(i) }
        return (token, plain)
    }

    /// The token's value as `strtod` gives it (correctly rounded; may be infinite or zero).
    @usableFromInline
    func parseDouble(_ token: Range<Int>) -> Double {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[token]), as: UTF8.self)
        return Double(text) ?? .nan
    }

    /// Reads an integer as `JSONDecoder` does: a plain integer that fits, or any other number whose `Double` value is
    /// a whole number that fits (below 2^53; beyond that `JSONDecoder` takes a decimal route left to it).
    @inlinable
    public mutating func readInteger<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let (token, plain) = try readNumber("an integer")
        if plain {
            // Past the type's range JSONDecoder's decimal route fails too.
            guard let value: T = parsePlainInteger(token) else {
                throw fail(at: token.lowerBound, "the number \(text(token)) is not representable as \(T.self)")
            }
            return value
        }
        let double = parseDouble(token)
        guard let value = T(exactly: double) else {
            throw fail(at: token.lowerBound, "the number \(text(token)) is not representable as \(T.self)")
        }
        guard double.magnitude < 9_007_199_254_740_992 else { throw JSONDecodingFallback() }
        return value
    }

    @inlinable
    func parsePlainInteger<T: FixedWidthInteger>(_ token: Range<Int>) -> T? {
        var i = token.lowerBound
        let negative = bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        var value: T = 0
        while i < token.upperBound {
            let digit = T(bytes[i] &- 0x30)
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            if o1 || o2 { return nil }
            value = next
            i += 1
        }
        return value
    }

    @usableFromInline
    func text(_ token: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[token]), as: UTF8.self)
    }

    /// Reads a `Double` as `JSONDecoder` does: the JSON grammar, finite, and not a nonzero number rounded to zero.
    @inlinable
    public mutating func readDouble() throws -> Double {
        let (token, plain) = try readNumber("a number")
        if plain && token.count < 16, let small: Int64 = parsePlainInteger(token) {
            // Up to 15 digits: exact as a Double, which is what strtod returns (keep the sign of -0).
            if small == 0 && bytes[token.lowerBound] == UInt8(ascii: "-") { return -0.0 }
            return Double(small)
        }
        let value = parseDouble(token)
        guard value.isFinite else {
            throw fail(at: token.lowerBound, "the number \(text(token)) is not representable as a Double")
        }
        if value == 0 && !isTrueZero(token) {
            throw fail(at: token.lowerBound, "the number \(text(token)) is not representable as a Double")
        }
        return value
    }

    /// Whether a number that parsed as zero is written as zero, decided exactly as `JSONDecoder` decides it: in runs
    /// of four bytes from the start, then the last one to three bytes from the end backwards, the first nonzero digit
    /// (no) or exponent letter (yes) settles it. (So `0e5` counts as a nonzero number that underflowed.)
    @usableFromInline
    func isTrueZero(_ token: Range<Int>) -> Bool {
        func check(_ k: Int) -> Bool? {
            switch bytes[k] {
            case UInt8(ascii: "1")...UInt8(ascii: "9"): return false
            case UInt8(ascii: "e"), UInt8(ascii: "E"): return true
            default: return nil
            }
        }
        var start = token.lowerBound
        while token.upperBound - start >= 4 {
            for k in start..<(start + 4) {
                if let settled = check(k) { return settled }
            }
            start += 4
        }
        for k in (start..<token.upperBound).reversed() {
            if let settled = check(k) { return settled }
        }
        return true
    }

    /// Reads `true` or `false`.
    @inlinable
    public mutating func readBool() throws -> Bool {
        switch try peekValue() {
        case UInt8(ascii: "t"):
            try literal("true")
            return true
        case UInt8(ascii: "f"):
            try literal("false")
            return false
        default:
            throw mismatch("a Boolean")
        }
    }
}

// MARK: - The runtime's types

extension String: JSONFastDecodable {
    @inlinable
    public init(jsonReader reader: inout JSONDecodingReader) throws {
        self = try reader.readString()
    }
}

extension Bool: JSONFastDecodable {
    @inlinable
    public init(jsonReader reader: inout JSONDecodingReader) throws {
        self = try reader.readBool()
    }
}

extension Double: JSONFastDecodable {
    @inlinable
    public init(jsonReader reader: inout JSONDecodingReader) throws {
        self = try reader.readDouble()
    }
}

extension JSONFastDecodable where Self: FixedWidthInteger {
    /// Integers read as `JSONDecoder` reads them into this type (see ``JSONDecodingReader/readInteger(_:)``).
    @inlinable
    public init(jsonReader reader: inout JSONDecodingReader) throws {
        self = try reader.readInteger(Self.self)
    }
}

extension Int: JSONFastDecodable {}
extension Int64: JSONFastDecodable {}
extension Int32: JSONFastDecodable {}
extension Int16: JSONFastDecodable {}
extension Int8: JSONFastDecodable {}
extension UInt: JSONFastDecodable {}
extension UInt64: JSONFastDecodable {}
extension UInt32: JSONFastDecodable {}
extension UInt16: JSONFastDecodable {}
extension UInt8: JSONFastDecodable {}

extension Array: JSONFastDecodable where Element: JSONFastDecodable {
    @inlinable
    public init(jsonReader reader: inout JSONDecodingReader) throws {
        var array = try reader.beginArray()
        var elements: [Element] = []
        while try reader.nextElement(&array) {
            elements.append(try Element(jsonReader: &reader))
        }
        self = elements
    }
}

extension Timestamp: JSONFastDecodable {
    public init(jsonReader reader: inout JSONDecodingReader) throws {
        let start = reader.offset
        let text = try reader.readString()
        guard let value = Timestamp(rawValue: text) else {
            throw JSONDecodingError(
                byteOffset: start,
                message: "expected an ISO 8601 date-time such as 2025-06-01T12:00:00Z, found '\(text)'")
        }
        self = value
    }
}

extension JSONValue: JSONFastDecodable {
    /// As ``init(from:)`` decodes: `null`, a Boolean, an integer when `Int64` decoding takes the number, else a
    /// `Double`, a string, an array, an object.
    public init(jsonReader reader: inout JSONDecodingReader) throws {
        switch try reader.peekValue() {
        case UInt8(ascii: "n"):
            try reader.literal("null")
            self = .null
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            self = .bool(try reader.readBool())
        case UInt8(ascii: "\""):
            self = .string(try reader.readString())
        case UInt8(ascii: "["):
            self = .array(try [JSONValue](jsonReader: &reader))
        case UInt8(ascii: "{"):
            self = .object(try JSONObject(jsonReader: &reader))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            var attempt = reader
            do {
                self = .integer(try attempt.readInteger(Int64.self))
                reader = attempt
            } catch is JSONDecodingFallback {
                throw JSONDecodingFallback()
            } catch {
                self = .number(try reader.readDouble())
            }
        default:
            throw reader.mismatch("a JSON value")
        }
    }
}

extension JSONObject: JSONFastDecodable {
    /// As ``init(from:)`` decodes: an object (the first of repeated keys wins), or an empty array.
    public init(jsonReader reader: inout JSONDecodingReader) throws {
        if try reader.peekValue() == UInt8(ascii: "[") {
            let start = reader.offset
            var array = try reader.beginArray()
            if try reader.nextElement(&array) {
                throw JSONDecodingError(byteOffset: start, message: "expected an object, found a non-empty array")
            }
            self.init()
            return
        }
        var object = try reader.beginObject()
        var fields: [String: JSONValue] = [:]
        while let key = try reader.nextKeyString(&object) {
            if fields[key] != nil {
                try reader.skipValue()
            } else {
                fields[key] = try JSONValue(jsonReader: &reader)
            }
        }
        self.init(fields)
    }
}
