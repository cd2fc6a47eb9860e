import Foundation

/// Reading stopped: the input is not one well-formed JSON document.
public struct JSONSyntaxError: Error, Hashable, Sendable {
    /// The offset of the byte where reading failed (the input's length when it ended too early).
    public var byteOffset: Int
    /// What was wrong there.
    public var message: String
    /// The JSON Pointer of the value being read when reading stopped.
    public var instancePath: String

    /// Creates an error.
    public init(byteOffset: Int, message: String, instancePath: String = "") {
        self.byteOffset = byteOffset
        self.message = message
        self.instancePath = instancePath
    }
}

/// Runs a validator over a JSON document.
public enum JSONValidation {
    /// Checks a document: `body` reads the one top-level value through the reader, which checks the JSON syntax as it
    /// goes; afterwards only whitespace may follow.
    ///
    /// - Parameters:
    ///   - json: The document's bytes (UTF-8).
    ///   - location: The spec location malformed JSON is reported with (the heading of the type expected).
    ///   - body: Reads and checks the top-level value.
    /// - Returns: Every issue in document order; exactly one issue when the JSON is malformed; empty when the
    ///   document conforms.
    public static func validate(
        _ json: Data, location: String,
        _ body: (inout JSONValidationReader) throws(JSONSyntaxError) -> Void
    ) -> [ValidationIssue] {
        json.withUnsafeBytes { raw in validate(bytes: raw, location: location, body) }
    }

    /// Checks a document given as raw bytes; see ``validate(_:location:_:)``.
    public static func validate(
        bytes: UnsafeRawBufferPointer, location: String,
        _ body: (inout JSONValidationReader) throws(JSONSyntaxError) -> Void
    ) -> [ValidationIssue] {
        JSONValidationReader.withReader(bytes: bytes, location: location) { reader in
            validate(&reader, location: location, body)
        }
    }

    /// Runs `body` over a reader made ready, and makes the issues.
    static func validate(
        _ reader: inout JSONValidationReader, location: String,
        _ body: (inout JSONValidationReader) throws(JSONSyntaxError) -> Void
    ) -> [ValidationIssue] {
        do throws(JSONSyntaxError) {
            try reader.start()
            try body(&reader)
            try reader.finish()
        } catch {
            return malformed(error, location: location)
        }
        // A document that conforms leaves the reader as `isValid` leaves it: no issue log is made.
        return reader.records.isEmpty ? [] : reader.recordedIssues()
    }

    /// The one issue of a document that is not well-formed JSON (kept out of line: the valid path never needs it).
    @inline(never)
    static func malformed(_ error: JSONSyntaxError, location: String) -> [ValidationIssue] {
        [
            ValidationIssue(
                instancePath: error.instancePath,
                message: "malformed JSON at byte \(error.byteOffset): \(error.message)",
                specLocation: location, byteOffset: error.byteOffset, kind: .malformedJSON)
        ]
    }

    /// Whether a document conforms: what ``validate(_:location:_:)`` tells by an empty result, but reading stops at
    /// the first issue and no issue is made.
    ///
    /// - Parameters:
    ///   - json: The document's bytes (UTF-8).
    ///   - body: Reads and checks the top-level value, as for ``validate(_:location:_:)``.
    /// - Returns: `true` when the document is well-formed JSON and conforms.
    public static func isValid(
        _ json: Data, _ body: (inout JSONValidationReader) throws(JSONSyntaxError) -> Void
    ) -> Bool {
        json.withUnsafeBytes { raw in isValid(bytes: raw, body) }
    }

    /// Whether a document given as raw bytes conforms; see ``isValid(_:_:)``.
    public static func isValid(
        bytes: UnsafeRawBufferPointer, _ body: (inout JSONValidationReader) throws(JSONSyntaxError) -> Void
    ) -> Bool {
        JSONValidationReader.withReader(bytes: bytes, location: "") { reader in
            reader.stopsAtFirstIssue = true
            return isValid(&reader, body)
        }
    }

    /// Runs `body` over a reader made ready until the first issue.
    static func isValid(
        _ reader: inout JSONValidationReader, _ body: (inout JSONValidationReader) throws(JSONSyntaxError) -> Void
    ) -> Bool {
        do throws(JSONSyntaxError) {
            try reader.start()
            try body(&reader)
            try reader.finish()
            return reader.records.isEmpty
        } catch {
            return false
        }
    }
}

/// A single-pass reader over the UTF-8 bytes of a JSON document that checks the syntax strictly (RFC 8259) while
/// generated validators (or `specgen validate`) check each value against the docs' rules as it is read.
///
/// There is no tree: values are read where they stand, and their text is only copied to build a message. The
/// reader keeps the JSON Pointer of the current value as a stack of byte ranges and indices, and makes the pointer
/// string only for an issue. It rejects trailing commas, leading zeros, invalid escapes, lone surrogates, control
/// characters and invalid UTF-8 in strings, a byte order mark and nesting deeper than ``maximumDepth``; each of these
/// ends reading with a ``JSONSyntaxError``. A key repeated in one object is an issue of its own
/// (``ValidationIssue/Kind/duplicateKey``), and reading goes on.
///
/// A reader borrows the bytes it reads: it exists only inside ``JSONValidation/validate(_:location:_:)``.
public struct JSONValidationReader {
    /// The deepest nesting of arrays and objects read; deeper input is malformed (and never overflows the stack).
    public static let maximumDepth = 256

    /// The document (borrowed for the reader's lifetime).
    let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next byte to read.
    var index = 0
    /// How many arrays and objects are open.
    var depth = 0
    /// The pointer to the current value, one component per open container.
    var path: ScratchStack<PathComponent>
    /// The issues found so far, in document order, as recorded.
    var records: [JSONIssueRecord] = []
    /// The components of the recorded issues' pointers.
    var recordPaths: [PathComponent] = []
    /// Whether reading ends at the first issue (``JSONValidation/isValid(_:_:)``).
    var stopsAtFirstIssue = false
    /// Set when an issue is recorded while ``stopsAtFirstIssue``: the next read throws ``stop``.
    var stopped = false
    /// Where a string with escapes is decoded for a comparison.
    var scratch: [UInt8] = []
    /// The unknown keys of the open objects, to find a repeated key.
    var keyLog: KeyLog

    /// The spec location of the type the whole document is checked as (for issues no narrower rule owns).
    let documentLocation: String

    /// Creates a reader at the start of a document, with its working storage in memory that outlives it.
    init(
        bytes: UnsafeBufferPointer<UInt8>, location: String, path: UnsafeMutableBufferPointer<PathComponent>,
        frames: UnsafeMutableBufferPointer<KeyLog.Frame>, entries: UnsafeMutableBufferPointer<KeyLog.Entry>
    ) {
        self.bytes = bytes
        self.documentLocation = location
        self.path = ScratchStack(path)
        self.keyLog = KeyLog(frames: frames, entries: entries)
    }

    /// Calls `body` with a reader at the start of a document, its working storage lent on the stack (where it
    /// fits) for the duration of the call.
    static func withReader<R>(
        bytes: UnsafeRawBufferPointer, location: String, _ body: (inout JSONValidationReader) -> R
    ) -> R {
        withUnsafeTemporaryAllocation(of: PathComponent.self, capacity: KeyLog.frameCapacity) { path in
            withUnsafeTemporaryAllocation(of: KeyLog.Frame.self, capacity: KeyLog.frameCapacity) { frames in
                withUnsafeTemporaryAllocation(of: KeyLog.Entry.self, capacity: KeyLog.entryCapacity) { entries in
                    var reader = JSONValidationReader(
                        bytes: bytes.assumingMemoryBound(to: UInt8.self), location: location, path: path,
                        frames: frames, entries: entries)
                    defer {
                        reader.path.release()
                        reader.keyLog.release()
                    }
                    return body(&reader)
                }
            }
        }
    }

    /// The issues found so far, in document order.
    public var issues: [ValidationIssue] { recordedIssues() }

    /// The recorded issues as ``ValidationIssue`` values, which make their text when it is read.
    func recordedIssues() -> [ValidationIssue] {
        if records.isEmpty { return [] }
        let log = JSONIssueLog(bytes: Array(bytes), records: records, paths: recordPaths)
        return records.indices.map { ValidationIssue(log: log, index: $0) }
    }

    /// What the reader throws to end reading at the first issue; never seen outside the runtime.
    static var stop: JSONSyntaxError { JSONSyntaxError(byteOffset: -1, message: "") }

    /// One step of the pointer to the current value.
    enum PathComponent {
        /// An object member, by the byte range of its key (inside the quotes); `start < 0` before the first member.
        case key(start: Int, end: Int, escaped: Bool)
        /// An array element; `-1` before the first element.
        case index(Int)
    }

    /// A string's content, inside the quotes.
    struct StringToken {
        /// The offset after the opening quote.
        var start: Int
        /// The offset of the closing quote.
        var end: Int
        /// Whether the content has backslash escapes (and must be decoded to compare it).
        var hasEscapes: Bool
    }

    /// A number's text.
    struct NumberToken {
        /// The offset of the first byte.
        var start: Int
        /// The offset after the last byte.
        var end: Int
        /// No fraction and no exponent.
        var isPlain: Bool
    }

    // MARK: - Document

    /// Checks what may only appear at the start of a document.
    mutating func start() throws(JSONSyntaxError) {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            throw fail(at: 0, "a byte order mark may not precede JSON text")
        }
    }

    /// Checks that only whitespace follows the top-level value.
    mutating func finish() throws(JSONSyntaxError) {
        skipWhitespace()
        if index < bytes.count {
            throw fail(at: index, "expected the end of the input after the JSON value, found \(byteName(at: index))")
        }
    }

    // MARK: - Errors and issues

    /// A syntax error at an offset, with the pointer reached so far.
    func fail(at offset: Int, _ message: String) -> JSONSyntaxError {
        JSONSyntaxError(byteOffset: offset, message: message, instancePath: pointer())
    }

    /// The same error with the pointer reached so far.
    func located(_ error: JSONSyntaxError) -> JSONSyntaxError {
        var error = error
        error.instancePath = pointer()
        return error
    }

    /// `'x'` for a printable ASCII byte, `byte 0xC3` for others, or `the end of the input`.
    func byteName(at offset: Int) -> String {
        JSONValidationReader.byteName(bytes, at: offset)
    }

    /// How a message names the byte at an offset of `bytes`.
    static func byteName(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> String {
        guard offset < bytes.count else { return "the end of the input" }
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x" + (hex.count == 1 ? "0" : "") + hex
    }

    /// The JSON Pointer of the current value.
    func pointer() -> String {
        JSONValidationReader.pointer(bytes, path.elements)
    }

    /// The JSON Pointer made of path components over `bytes`, and a last token after them if `suffix` is given,
    /// written as UTF-8 bytes and made a string once.
    static func pointer<C: Collection<PathComponent>>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ components: C, suffix: String? = nil
    ) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(48)
        var decoded: [UInt8] = []
        for component in components {
            switch component {
            case .key(let start, let end, let escaped):
                if start < 0 { continue }
                out.append(0x2F)
                if escaped {
                    decoded.removeAll(keepingCapacity: true)
                    decode(bytes, StringToken(start: start, end: end, hasEscapes: true), into: &decoded)
                    appendPointerToken(decoded, to: &out)
                } else {
                    appendPointerToken(UnsafeBufferPointer(rebasing: bytes[start..<end]), to: &out)
                }
            case .index(let index):
                if index < 0 { continue }
                out.append(0x2F)
                appendDecimal(index, to: &out)
            }
        }
        if let suffix {
            out.append(0x2F)
            appendPointerToken(suffix.utf8, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends a key's UTF-8 bytes as a pointer token (RFC 6901: `~` → `~0`, `/` → `~1`).
    static func appendPointerToken<C: Collection<UInt8>>(_ token: C, to out: inout [UInt8]) {
        for byte in token {
            switch byte {
            case 0x7E: out.append(contentsOf: [0x7E, 0x30])
            case 0x2F: out.append(contentsOf: [0x7E, 0x31])
            default: out.append(byte)
            }
        }
    }

    /// Appends a non-negative integer in decimal.
    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        let first = out.count
        var value = value
        repeat {
            out.append(0x30 + UInt8(value % 10))
            value /= 10
        } while value > 0
        out[first...].reverse()
    }

    /// A key's text, escapes resolved.
    func keyText(start: Int, end: Int, escaped: Bool) -> String {
        JSONValidationReader.keyText(bytes, start: start, end: end, escaped: escaped)
    }

    /// The text of the key in `start..<end` of `bytes`, escapes resolved.
    static func keyText(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, escaped: Bool) -> String {
        if !escaped { return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) }
        var decoded: [UInt8] = []
        decode(bytes, StringToken(start: start, end: end, hasEscapes: true), into: &decoded)
        return String(decoding: decoded, as: UTF8.self)
    }

    /// Records an issue at the current value; its text is made only when it is read. While
    /// ``stopsAtFirstIssue``, the next read ends reading.
    mutating func report(
        _ kind: ValidationIssue.Kind, _ message: JSONIssueMessage, location: String, offset: Int,
        pointerSuffix: String? = nil
    ) {
        if stopsAtFirstIssue {
            stopped = true
            records.append(
                JSONIssueRecord(
                    kind: kind, message: message, location: location, offset: offset, pathStart: 0, pathEnd: 0,
                    suffix: nil))
            return
        }
        let pathStart = recordPaths.count
        recordPaths.append(contentsOf: path.elements)
        records.append(
            JSONIssueRecord(
                kind: kind, message: message, location: location, offset: offset, pathStart: pathStart,
                pathEnd: recordPaths.count, suffix: pointerSuffix))
    }

    /// How a message shows the value in `start..<end`: its text for scalars (shortened when long), `an object` or
    /// `an array` for containers.
    static func describeValue(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> String {
        guard start < end else { return "nothing" }
        switch bytes[start] {
        case 0x7B: return "an object"
        case 0x5B: return "an array"
        default:
            let limit = 60
            if end - start <= limit {
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            }
            var cut = start + limit - 3
            while cut > start, bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<cut]), as: UTF8.self) + "…"
        }
    }

    /// Skips the current value and reports that it is not what the docs expect.
    mutating func mismatch(
        expected: JSONExpectation, nullable: Bool, location: String, kind: ValidationIssue.Kind = .wrongType
    ) throws(JSONSyntaxError) {
        let start = index
        try skipValue()
        report(
            kind, .found(expected, nullable: nullable, start: start, end: index), location: location, offset: start)
    }

    // MARK: - Tokens

    /// Moves past whitespace.
    @inline(__always)
    mutating func skipWhitespace() {
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
            index += 1
        }
    }

    /// The offset of the first byte at or after `start` that is not whitespace.
    static func skipWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i < bytes.count {
            let byte = bytes[i]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { break }
            i += 1
        }
        return i
    }

    /// The first byte of the next value, after whitespace; throws at the end of the input.
    @inline(__always)
    mutating func nextByte() throws(JSONSyntaxError) -> UInt8 {
        if stopped { throw JSONValidationReader.stop }
        skipWhitespace()
        guard index < bytes.count else { throw fail(at: index, "expected a value, found the end of the input") }
        return bytes[index]
    }

    /// Reads a string at `index` (its opening quote).
    mutating func scanString() throws(JSONSyntaxError) -> StringToken {
        do throws(JSONSyntaxError) {
            let token = try JSONValidationReader.scanString(bytes, at: index)
            index = token.end + 1
            return token
        } catch {
            throw located(error)
        }
    }

    /// Reads and checks a string whose opening quote is at `offset`.
    static func scanString(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) throws(JSONSyntaxError)
        -> StringToken
    {
        let start = offset + 1
        var i = start
        var escaped = false
        // Eight bytes at a time while none is a quote, a backslash, a control character or non-ASCII.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= bytes.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let quote = word ^ 0x2222_2222_2222_2222
                let backslash = word ^ 0x5C5C_5C5C_5C5C_5C5C
                let special =
                    ((quote &- 0x0101_0101_0101_0101) & ~quote)
                    | ((backslash &- 0x0101_0101_0101_0101) & ~backslash)
                    | ((word &- 0x2020_2020_2020_2020) & ~word) | word
                let flagged = special & 0x8080_8080_8080_8080
                if flagged != 0 {
                    // The lowest flagged byte is the first special one (a borrow only flags bytes above it), so the
                    // bytes before it are plain.
                    i += flagged.trailingZeroBitCount >> 3
                    break
                }
                i += 8
            }
        }
        while true {
            guard i < bytes.count else {
                throw JSONSyntaxError(byteOffset: i, message: "the input ends inside a string")
            }
            let byte = bytes[i]
            if byte == 0x22 { break }
            if byte == 0x5C {
                escaped = true
                i = try scanEscape(bytes, at: i)
            } else if byte < 0x20 {
                let hex = String(byte, radix: 16, uppercase: true)
                throw JSONSyntaxError(
                    byteOffset: i,
                    message: "control character U+00\(hex.count == 1 ? "0" : "")\(hex) must be escaped in a string")
            } else if byte < 0x80 {
                i += 1
            } else {
                i = try scanMultibyte(bytes, at: i)
            }
        }
        return StringToken(start: start, end: i, hasEscapes: escaped)
    }

    /// Checks one UTF-8 sequence of two to four bytes (Unicode table 3-7: no overlong forms, no surrogates, nothing
    /// above U+10FFFF) and returns the offset after it.
    static func scanMultibyte(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) throws(JSONSyntaxError) -> Int {
        let lead = bytes[i]
        var length = 0
        var secondLow: UInt8 = 0x80
        var secondHigh: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            secondLow = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            secondHigh = 0x9F
        case 0xF0:
            length = 4
            secondLow = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            secondHigh = 0x8F
        default: length = 0
        }
        func invalid() -> JSONSyntaxError {
            JSONSyntaxError(byteOffset: i, message: "invalid UTF-8 sequence starting with \(byteName(bytes, at: i))")
        }
        guard length > 0, i + length <= bytes.count else { throw invalid() }
        guard bytes[i + 1] >= secondLow && bytes[i + 1] <= secondHigh else { throw invalid() }
        var k = i + 2
        while k < i + length {
            guard bytes[k] & 0xC0 == 0x80 else { throw invalid() }
            k += 1
        }
        return i + length
    }

    /// Checks the escape at `i` (a backslash) and returns the offset after it.
    static func scanEscape(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) throws(JSONSyntaxError) -> Int {
        guard i + 1 < bytes.count else {
            throw JSONSyntaxError(byteOffset: i + 1, message: "the input ends inside a string")
        }
        switch bytes[i + 1] {
        case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74:
            return i + 2
        case 0x75:
            let unit = try hex4(bytes, at: i + 2)
            if unit >= 0xDC00 && unit <= 0xDFFF {
                throw JSONSyntaxError(byteOffset: i, message: "lone low surrogate \\u\(hexText(unit)) in a string")
            }
            guard unit >= 0xD800 && unit <= 0xDBFF else { return i + 6 }
            let next = i + 6
            guard next + 1 < bytes.count, bytes[next] == 0x5C, bytes[next + 1] == 0x75,
                let low = try? hex4(bytes, at: next + 2), low >= 0xDC00 && low <= 0xDFFF
            else {
                throw JSONSyntaxError(
                    byteOffset: i,
                    message: "lone high surrogate \\u\(hexText(unit)) in a string (it must be followed by a \\u "
                        + "escape of a low surrogate)")
            }
            return next + 6
        default:
            throw JSONSyntaxError(
                byteOffset: i, message: "invalid escape '\\\(byteName(bytes, at: i + 1))' in a string")
        }
    }

    /// Four upper-case hex digits.
    static func hexText(_ unit: UInt32) -> String {
        let hex = String(unit, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The value of the four hex digits at `i`.
    static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for k in i..<(i + 4) {
            guard k < bytes.count else {
                throw JSONSyntaxError(byteOffset: k, message: "the input ends inside a \\u escape")
            }
            let byte = bytes[k]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default:
                throw JSONSyntaxError(
                    byteOffset: k, message: "expected four hex digits after \\u, found \(byteName(bytes, at: k))")
            }
            value = value * 16 + digit
        }
        return value
    }

    /// Appends the UTF-8 of a checked string's content to `out`, with escapes resolved.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ token: StringToken, into out: inout [UInt8]) {
        var i = token.start
        while i < token.end {
            let byte = bytes[i]
            guard byte == 0x5C else {
                out.append(byte)
                i += 1
                continue
            }
            let kind = bytes[i + 1]
            switch kind {
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var scalar = (try? hex4(bytes, at: i + 2)) ?? 0xFFFD
                if scalar >= 0xD800 && scalar <= 0xDBFF {
                    let low = (try? hex4(bytes, at: i + 8)) ?? 0xDC00
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                appendUTF8(scalar, to: &out)
                i += 6
                continue
            default: out.append(kind)
            }
            i += 2
        }
    }

    /// Appends a scalar's UTF-8 bytes.
    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (scalar >> 6)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (scalar >> 12)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (scalar >> 18)))
            out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    /// Calls `body` with a string's content as UTF-8, escapes resolved, without copying when it has no escapes.
    mutating func withContent<R>(of token: StringToken, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if !token.hasEscapes { return body(UnsafeBufferPointer(rebasing: bytes[token.start..<token.end])) }
        scratch.removeAll(keepingCapacity: true)
        JSONValidationReader.decode(bytes, token, into: &scratch)
        return scratch.withUnsafeBufferPointer(body)
    }

    /// Reads a number at `index`.
    mutating func scanNumber() throws(JSONSyntaxError) -> NumberToken {
        let start = index
        var i = index
        func isDigit(_ i: Int) -> Bool { i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        if bytes[i] == 0x2D { i += 1 }
        if i < bytes.count, bytes[i] == 0x30 {
            i += 1
            if isDigit(i) { throw fail(at: i, "a number may not have a leading zero") }
        } else if isDigit(i) {
            while isDigit(i) { i += 1 }
        } else {
            throw fail(at: i, "expected a digit, found \(byteName(at: i))")
        }
        var isPlain = true
        if i < bytes.count, bytes[i] == 0x2E {
            isPlain = false
            i += 1
            guard isDigit(i) else {
                throw fail(at: i, "expected a digit after the decimal point, found \(byteName(at: i))")
            }
            while isDigit(i) { i += 1 }
        }
        if i < bytes.count, bytes[i] == 0x65 || bytes[i] == 0x45 {
            isPlain = false
            i += 1
            if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
            guard isDigit(i) else { throw fail(at: i, "expected a digit in the exponent, found \(byteName(at: i))") }
            while isDigit(i) { i += 1 }
        }
        index = i
        return NumberToken(start: start, end: i, isPlain: isPlain)
    }

    /// What a number is as a 64-bit integer.
    enum IntegerValue {
        case value(Int64)
        /// Not a whole number (or not finite).
        case fractional
        /// A whole number outside `Int64`.
        case outOfRange
    }

    /// A number's value as an integer, worked out exactly on its decimal text (never through `Double`): a number is
    /// an integer when its value has no fractional part, whatever its notation. `1.0`, `1e2` and `100e-2` are the
    /// integers 1, 100 and 1; `1.5` and `1E-400` are not integers; `1e400` is an integer beyond 64 bits.
    func integerValue(_ token: NumberToken) -> IntegerValue {
        var i = token.start
        let negative = bytes[i] == 0x2D
        if negative { i += 1 }
        if token.isPlain {
            // Digits only: read as they stand.
            if token.end - i > 19 { return .outOfRange }
            var value: Int64 = 0
            while i < token.end {
                let digit = Int64(bytes[i] - 0x30)
                let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (next, overflow2) =
                    negative
                    ? shifted.subtractingReportingOverflow(digit)
                    : shifted.addingReportingOverflow(digit)
                if overflow1 || overflow2 { return .outOfRange }
                value = next
                i += 1
            }
            return .value(value)
        }
        // The significant digits (`digits`, without leading zeros), and the power of ten they are scaled by.
        var firstDigit = -1
        var digitCount = 0
        var trailingZeros = 0
        var fractionDigits = 0
        var inFraction = false
        while i < token.end, bytes[i] != 0x65, bytes[i] != 0x45 {
            let byte = bytes[i]
            i += 1
            if byte == 0x2E {
                inFraction = true
                continue
            }
            if inFraction { fractionDigits += 1 }
            if firstDigit < 0 {
                if byte == 0x30 { continue }
                firstDigit = i - 1
            }
            digitCount += 1
            trailingZeros = byte == 0x30 ? trailingZeros + 1 : 0
        }
        guard firstDigit >= 0 else { return .value(0) }
        // The exponent, saturated far beyond any length an input can have.
        var exponent = 0
        if i < token.end {
            i += 1
            let negativeExponent = bytes[i] == 0x2D
            if bytes[i] == 0x2D || bytes[i] == 0x2B { i += 1 }
            while i < token.end {
                exponent = min(exponent * 10 + Int(bytes[i] - 0x30), 1 << 40)
                i += 1
            }
            if negativeExponent { exponent = -exponent }
        }
        // value = (digits without their trailing zeros) × 10^scale
        let significant = digitCount - trailingZeros
        let scale = exponent - fractionDigits + trailingZeros
        if scale < 0 { return .fractional }
        if significant + scale > 19 { return .outOfRange }
        var value: Int64 = 0
        var taken = 0
        var k = firstDigit
        while taken < significant + scale {
            var digit: Int64 = 0
            if taken < significant {
                if bytes[k] == 0x2E { k += 1 }
                digit = Int64(bytes[k] - 0x30)
                k += 1
            }
            taken += 1
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) =
                negative
                ? shifted.subtractingReportingOverflow(digit)
                : shifted.addingReportingOverflow(digit)
            if overflow1 || overflow2 { return .outOfRange }
            value = next
        }
        return .value(value)
    }

    /// Reads `true`, `false` or `null` at `index`: four bytes compared at once, the byte-by-byte reading (with its
    /// message) only when they are not one of the three.
    @inline(__always)
    mutating func scanLiteral() throws(JSONSyntaxError) {
        if index + 4 <= bytes.count, let base = bytes.baseAddress {
            let word = UInt32(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt32.self))
            // "null" and "true", little-endian.
            if word == 0x6C6C_756E || word == 0x6575_7274 {
                index += 4
                return
            }
            // "fals", then "e".
            if word == 0x736C_6166, index + 5 <= bytes.count, base[index + 4] == 0x65 {
                index += 5
                return
            }
        }
        try scanLiteralByteByByte()
    }

    /// Reads `true`, `false` or `null` at `index` one byte at a time, to say where it departs from the literal.
    mutating func scanLiteralByteByByte() throws(JSONSyntaxError) {
        let literal: StaticString
        switch bytes[index] {
        case 0x74: literal = "true"
        case 0x66: literal = "false"
        default: literal = "null"
        }
        let count = literal.utf8CodeUnitCount
        var k = 0
        while k < count {
            guard index + k < bytes.count, bytes[index + k] == literal.utf8Start[k] else {
                throw fail(at: index + k, "expected '\(literal)', found \(byteName(at: index + k))")
            }
            k += 1
        }
        index += count
    }

    // MARK: - Skipping

    /// Reads one value of any kind, checking only its syntax (and that no object repeats a key). Containers are
    /// read with a loop, not recursion.
    public mutating func skipValue() throws(JSONSyntaxError) {
        switch try nextByte() {
        case 0x22: _ = try scanString()
        case 0x7B, 0x5B:
            if let end = JSONValidationReader.quickSkip(
                bytes, from: index, levels: JSONValidationReader.maximumDepth - depth)
            {
                index = end
            } else {
                try skipContainer()
            }
        case 0x74, 0x66, 0x6E: try scanLiteral()
        case 0x2D, 0x30...0x39: _ = try scanNumber()
        default: throw fail(at: index, "expected a value, found \(byteName(at: index))")
        }
    }

    /// Opens the object or array at `index`.
    mutating func open() throws(JSONSyntaxError) {
        guard depth < JSONValidationReader.maximumDepth else {
            throw fail(at: index, "arrays and objects nest deeper than \(JSONValidationReader.maximumDepth) levels")
        }
        depth += 1
        if bytes[index] == 0x7B {
            keyLog.push(objectStart: index)
            path.append(.key(start: -1, end: -1, escaped: false))
        } else {
            path.append(.index(-1))
        }
        index += 1
    }

    /// Reads the object or array at `index` and everything in it, with a loop instead of recursion.
    mutating func skipContainer() throws(JSONSyntaxError) {
        let outer = depth
        try open()
        while depth > outer {
            skipWhitespace()
            guard index < bytes.count else { throw fail(at: index, "the input ends inside an array or object") }
            var byte = bytes[index]
            switch path[path.count - 1] {
            case .key(let start, _, _):
                if byte == 0x7D {
                    index += 1
                    path.removeLast()
                    _ = keyLog.pop()
                    depth -= 1
                    continue
                }
                if start >= 0 {
                    guard byte == 0x2C else {
                        throw fail(
                            at: index, "expected ',' or '}' after an object member, found \(byteName(at: index))")
                    }
                    index += 1
                    skipWhitespace()
                    byte = index < bytes.count ? bytes[index] : 0
                }
                try readKey(first: byte)
            case .index(let element):
                if byte == 0x5D {
                    index += 1
                    path.removeLast()
                    depth -= 1
                    continue
                }
                if element >= 0 {
                    guard byte == 0x2C else {
                        throw fail(
                            at: index, "expected ',' or ']' after an array element, found \(byteName(at: index))")
                    }
                    index += 1
                }
                path[path.count - 1] = .index(element + 1)
            }
            // The member's or element's value: a container is opened and read by this loop.
            switch try nextByte() {
            case 0x22: _ = try scanString()
            case 0x7B, 0x5B: try open()
            case 0x74, 0x66, 0x6E: try scanLiteral()
            case 0x2D, 0x30...0x39: _ = try scanNumber()
            default: throw fail(at: index, "expected a value, found \(byteName(at: index))")
            }
        }
    }

    /// Reads a key the innermost object's rule does not know, and the colon after it; a repeated key is reported.
    mutating func readKey(first byte: UInt8) throws(JSONSyntaxError) {
        guard byte == 0x22 else {
            throw fail(at: index, "expected a key (a string), found \(byteName(at: index))")
        }
        let keyOffset = index
        let token = try scanString()
        registerUnknownKey(token, at: keyOffset, location: documentLocation)
        try readColon()
    }

    /// Makes a key no rule knows the current member, and reports it when the object has had it before.
    mutating func registerUnknownKey(_ token: StringToken, at keyOffset: Int, location: String) {
        path[path.count - 1] = .key(start: token.start, end: token.end, escaped: token.hasEscapes)
        if !keyLog.insert(token, bytes: bytes) {
            report(
                .duplicateKey, .duplicatePayloadKey(start: token.start, end: token.end, escaped: token.hasEscapes),
                location: location, offset: keyOffset)
        }
    }

    /// Reads the colon after a key.
    @inline(__always)
    mutating func readColon() throws(JSONSyntaxError) {
        if index < bytes.count, bytes[index] == 0x3A {
            index += 1
            return
        }
        try readSpacedColon()
    }

    /// ``readColon()`` when whitespace comes first, or something else.
    mutating func readSpacedColon() throws(JSONSyntaxError) {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == 0x3A else {
            throw fail(at: index, "expected ':' after a key, found \(byteName(at: index))")
        }
        index += 1
    }
}

extension String {
    /// The string as a JSON string literal, for messages.
    var quotedJSON: String { JSONText.quoted(self) }
}
