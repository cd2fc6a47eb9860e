// The working storage of a validation: the pointer stack and the keys of the open objects live in memory lent on the
// stack for the duration of one document, so a document that conforms (and nests less than 40 levels) is checked
// without a heap allocation.

/// A stack of plain values in borrowed memory; it moves to the heap only if it outgrows that memory.
struct ScratchStack<Element: BitwiseCopyable> {
    /// The elements.
    private(set) var base: UnsafeMutablePointer<Element>
    /// How many elements there are.
    private(set) var count = 0
    /// How many fit in `base`.
    private var capacity: Int
    /// Whether `base` was allocated here (after growing) and must be freed by ``release()``.
    private var owned = false

    /// A stack in `buffer`, which must outlive it.
    init(_ buffer: UnsafeMutableBufferPointer<Element>) {
        base = buffer.baseAddress!
        capacity = buffer.count
    }

    /// The element at `index` (`0 ..< count`).
    @inline(__always)
    subscript(index: Int) -> Element {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }

    /// Pushes an element.
    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Pops `k` elements.
    @inline(__always)
    mutating func removeLast(_ k: Int = 1) {
        count -= k
    }

    /// The elements, bottom first.
    var elements: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

    /// Moves the elements to heap memory twice as large.
    private mutating func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: max(capacity * 2, 16))
        larger.initialize(from: base, count: count)
        if owned { base.deallocate() }
        base = larger
        capacity = max(capacity * 2, 16)
        owned = true
    }

    /// Frees heap memory the stack grew into; the stack must not be used afterwards.
    func release() {
        if owned { base.deallocate() }
    }
}

/// The keys of the objects being read that no rule knows, kept to find a key repeated in one object.
struct KeyLog {
    /// One key.
    struct Entry {
        /// The key's ``JSONKeyTable/fullHash(_:)`` once its object is indexed by them (see
        /// ``KeyLog/insert(_:bytes:)``), else 0.
        var hash: UInt64
        /// Where the key's bytes start (in the input or in `store`).
        var start: Int
        /// Where they end.
        var end: Int
        /// The range is in `store` (the key had escapes), not in the input.
        var stored: Bool
    }

    /// One open object.
    struct Frame {
        /// Its first entry.
        var entries: Int
        /// Its first byte in `store`.
        var store: Int
        /// The offset of its `{`.
        var objectStart: Int
    }

    /// How many frames and entries a validation lends the log memory for: each block stays within the 1 KiB the
    /// standard library always puts on the stack; deeper documents, or objects with more unknown keys, move on to
    /// the heap.
    static var frameCapacity: Int { 40 }
    /// See ``frameCapacity``.
    static var entryCapacity: Int { 32 }

    /// The keys of all open objects, innermost last.
    var entries: ScratchStack<Entry>
    /// Decoded keys that had escapes.
    var store: [UInt8] = []
    /// The open objects, innermost last.
    var frames: ScratchStack<Frame>
    /// Entry indices by hash, for the open objects with many unknown keys (by their position in `frames`).
    var indexes: [Int: [UInt64: [Int]]] = [:]

    /// A log in borrowed memory.
    init(frames: UnsafeMutableBufferPointer<Frame>, entries: UnsafeMutableBufferPointer<Entry>) {
        self.frames = ScratchStack(frames)
        self.entries = ScratchStack(entries)
    }

    /// Frees the heap memory the log grew into.
    func release() {
        frames.release()
        entries.release()
    }

    /// Opens an object.
    @inline(__always)
    mutating func push(objectStart: Int) {
        frames.append(Frame(entries: entries.count, store: store.count, objectStart: objectStart))
    }

    /// Closes the innermost object and returns the offset of its `{`.
    @inline(__always)
    mutating func pop() -> Int {
        let frame = frames[frames.count - 1]
        if !indexes.isEmpty { indexes[frames.count - 1] = nil }
        frames.removeLast()
        entries.removeLast(entries.count - frame.entries)
        if store.count > frame.store { store.removeLast(store.count - frame.store) }
        return frame.objectStart
    }

    /// Closes inner objects until `count` are open.
    mutating func unwind(to count: Int) {
        while frames.count > count { _ = pop() }
    }

    /// Adds a key to the innermost object; `false` when the object already has it.
    ///
    /// An object's first keys are compared with the new one by length and bytes; only an object with more than
    /// 16 unknown keys gets an index by ``JSONKeyTable/fullHash(_:)``.
    mutating func insert(_ token: JSONValidationReader.StringToken, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var entry: Entry
        if token.hasEscapes {
            let start = store.count
            JSONValidationReader.decode(bytes, token, into: &store)
            entry = Entry(hash: 0, start: start, end: store.count, stored: true)
        } else {
            entry = Entry(hash: 0, start: token.start, end: token.end, stored: false)
        }
        let f = frames.count - 1
        let first = frames[f].entries
        let index = indexes.isEmpty ? nil : indexes[f]
        let repeated = store.withUnsafeBufferPointer { store in
            func content(_ entry: Entry) -> UnsafePointer<UInt8>? {
                (entry.stored ? store.baseAddress : bytes.baseAddress).map { $0 + entry.start }
            }
            func hash(_ entry: Entry) -> UInt64 {
                JSONKeyTable.fullHash(UnsafeBufferPointer(start: content(entry), count: entry.end - entry.start))
            }
            func same(_ other: Entry) -> Bool {
                let count = entry.end - entry.start
                return other.end - other.start == count
                    && (count == 0 || JSONKeyTable.equal(content(other)!, content(entry), count))
            }
            if let index {
                entry.hash = hash(entry)
                return (index[entry.hash] ?? []).contains { same(entries[$0]) }
            }
            var i = first
            while i < entries.count {
                if same(entries[i]) { return true }
                i += 1
            }
            if entries.count - first == 16 {
                // The object's 17th key: hash them all from now on.
                entry.hash = hash(entry)
                for k in first..<entries.count { entries[k].hash = hash(entries[k]) }
            }
            return false
        }
        if repeated {
            if entry.stored { store.removeLast(store.count - entry.start) }
            return false
        }
        entries.append(entry)
        if index != nil {
            indexes[f]![entry.hash, default: []].append(entries.count - 1)
        } else if entries.count - first > 16 {
            var index: [UInt64: [Int]] = [:]
            for i in first..<entries.count { index[entries[i].hash, default: []].append(i) }
            indexes[f] = index
        }
        return true
    }
}
