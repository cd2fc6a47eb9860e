/// A growable buffer of bytes that the writers of generated text append to (``CompiledTemplateWriter``,
/// ``JSONSchemaWriter``).
///
/// They write hundreds of thousands of short pieces per run; appending one to an `Array` (its capacity and
/// uniqueness checked, through the generic `append(contentsOf:)`) cost several times the copy itself.
struct ByteBuffer: ~Copyable {
    /// The written bytes, then room for more.
    private var start: UnsafeMutableRawPointer
    /// The buffer's size in bytes.
    private var capacity: Int
    /// The number of bytes written so far.
    private(set) var count = 0

    init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 16)
        start = .allocate(byteCount: self.capacity, alignment: 1)
    }

    deinit {
        start.deallocate()
    }

    /// The bytes written, as an array.
    var bytes: [UInt8] {
        Array(UnsafeRawBufferPointer(start: start, count: count))
    }

    /// The byte at a position.
    func byte(at offset: Int) -> UInt8 {
        precondition(offset >= 0 && offset < count)
        return start.load(fromByteOffset: offset, as: UInt8.self)
    }

    /// Makes room for `extra` more bytes.
    private mutating func reserve(_ extra: Int) {
        guard extra > capacity - count else { return }
        var newCapacity = capacity * 2
        while newCapacity - count < extra { newCapacity *= 2 }
        let newStart = UnsafeMutableRawPointer.allocate(byteCount: newCapacity, alignment: 1)
        newStart.copyMemory(from: start, byteCount: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }

    /// Appends `byteCount` bytes.
    mutating func append(_ source: UnsafeRawPointer, byteCount: Int) {
        reserve(byteCount)
        (start + count).copyMemory(from: source, byteCount: byteCount)
        count += byteCount
    }

    /// Appends one byte.
    mutating func append(_ byte: UInt8) {
        reserve(1)
        start.storeBytes(of: byte, toByteOffset: count, as: UInt8.self)
        count += 1
    }

    /// Appends a byte `times` times.
    mutating func append(_ byte: UInt8, times: Int) {
        guard times > 0 else { return }
        reserve(times)
        (start + count).initializeMemory(as: UInt8.self, repeating: byte, count: times)
        count += times
    }

    /// Appends an integer's decimal digits, after a minus sign if it is negative: the bytes of `String(value)`,
    /// written in place.
    mutating func append(decimal value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits = 1
        var rest = magnitude
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        reserve(digits)
        var offset = count + digits
        repeat {
            offset -= 1
            start.storeBytes(of: UInt8(ascii: "0") + UInt8(magnitude % 10), toByteOffset: offset, as: UInt8.self)
            magnitude /= 10
        } while magnitude > 0
        count += digits
    }

    /// Appends a static text.
    mutating func append(_ text: StaticString) {
        append(text.utf8Start, byteCount: text.utf8CodeUnitCount)
    }

    /// Appends bytes.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let source = bytes.baseAddress { append(source, byteCount: bytes.count) }
    }

    /// Appends a text's UTF-8 bytes.
    mutating func append(_ text: String) {
        let appended: Void? = text.utf8.withContiguousStorageIfAvailable { append($0) }
        if appended == nil {
            var text = text
            text.withUTF8 { append($0) }
        }
    }

    /// Inserts bytes at a position, moving the bytes after it.
    mutating func insert(_ bytes: [UInt8], at offset: Int) {
        precondition(offset >= 0 && offset <= count)
        guard !bytes.isEmpty else { return }
        reserve(bytes.count)
        // The regions overlap; `copyMemory` is a `memmove`.
        (start + offset + bytes.count).copyMemory(from: start + offset, byteCount: count - offset)
        bytes.withUnsafeBytes { (start + offset).copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        count += bytes.count
    }
}
