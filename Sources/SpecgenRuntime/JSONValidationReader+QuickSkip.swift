// A quick scan over a value no rule looks inside (the docs' `object`, a member the docs do not list): it checks the
// JSON syntax as strictly as the reader does, and that no object repeats a key, but keeps no pointer and no key log.
// It gives up on anything out of the ordinary (a syntax error, a key with escapes, a repeated key, deep nesting, many
// keys); the reader then reads the same value again in full, and reports what it finds. So the answers are always
// those of the full reading, and only values that conform take the quick path.

extension JSONValidationReader {
    /// How many levels of nesting the quick scan follows.
    static var quickLevels: Int { 16 }
    /// How many keys of the open objects the quick scan keeps to find a repeated one.
    static var quickKeys: Int { 32 }

    /// The offset after the object or array at `start`, when it is well-formed, repeats no key in any of its
    /// objects and stays within the scan's limits and `levels` levels of nesting; `nil` otherwise (say nothing
    /// about the value then: read it in full).
    static func quickSkip(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, levels: Int) -> Int? {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: quickLevels) { frames in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * quickKeys) { keys in
                quickSkip(bytes, from: start, levels: min(levels, quickLevels), frames: frames, keys: keys)
            }
        }
    }

    /// ``quickSkip(_:from:levels:)`` with its working memory: `frames` holds, per open container, the index of its
    /// first key in `keys` (`-1` for an array); `keys` the start and end offsets of the open objects' keys.
    static func quickSkip(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, levels: Int, frames: UnsafeMutableBufferPointer<Int>,
        keys: UnsafeMutableBufferPointer<Int>
    ) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var i = start
        var depth = 0
        var keyCount = 0
        // 0: a container opens at `i`; 1: a member or element starts at `i`; 2: a value ended before `i`.
        var state = 0
        while true {
            switch state {
            case 0:
                guard depth < levels else { return nil }
                let isObject = bytes[i] == 0x7B
                frames[depth] = isObject ? keyCount : -1
                depth += 1
                i = skipWhitespace(bytes, from: i + 1)
                guard i < count else { return nil }
                if bytes[i] == (isObject ? 0x7D : 0x5D) {
                    i += 1
                    depth -= 1
                    if depth == 0 { return i }
                    state = 2
                } else {
                    state = 1
                }
            case 1:
                let firstKey = frames[depth - 1]
                if firstKey >= 0 {
                    guard bytes[i] == 0x22, keyCount < quickKeys, let key = try? scanString(bytes, at: i),
                        !key.hasEscapes
                    else { return nil }
                    let length = key.end - key.start
                    var k = firstKey
                    while k < keyCount {
                        let otherStart = keys[2 * k]
                        if keys[2 * k + 1] - otherStart == length
                            && (length == 0
                                || JSONKeyTable.equal(base + otherStart, base + key.start, length))
                        {
                            return nil
                        }
                        k += 1
                    }
                    keys[2 * keyCount] = key.start
                    keys[2 * keyCount + 1] = key.end
                    keyCount += 1
                    i = skipWhitespace(bytes, from: key.end + 1)
                    guard i < count, bytes[i] == 0x3A else { return nil }
                    i = skipWhitespace(bytes, from: i + 1)
                    guard i < count else { return nil }
                }
                switch bytes[i] {
                case 0x7B, 0x5B:
                    state = 0
                    continue
                case 0x22:
                    guard let string = try? scanString(bytes, at: i) else { return nil }
                    i = string.end + 1
                case 0x74, 0x66, 0x6E:
                    guard let end = literalEnd(bytes, at: i) else { return nil }
                    i = end
                case 0x2D, 0x30...0x39:
                    guard let end = numberEnd(bytes, at: i) else { return nil }
                    i = end
                default:
                    return nil
                }
                state = 2
            default:
                i = skipWhitespace(bytes, from: i)
                guard i < count else { return nil }
                let byte = bytes[i]
                let firstKey = frames[depth - 1]
                if byte == 0x2C {
                    i = skipWhitespace(bytes, from: i + 1)
                    guard i < count else { return nil }
                    state = 1
                    continue
                }
                guard byte == (firstKey >= 0 ? 0x7D : 0x5D) else { return nil }
                if firstKey >= 0 { keyCount = firstKey }
                depth -= 1
                i += 1
                if depth == 0 { return i }
            }
        }
    }

    /// The offset after `true`, `false` or `null` at `i`, or `nil`.
    @inline(__always)
    static func literalEnd(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard i + 4 <= bytes.count, let base = bytes.baseAddress else { return nil }
        let word = UInt32(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt32.self))
        if word == 0x6C6C_756E || word == 0x6575_7274 { return i + 4 }
        if word == 0x736C_6166, i + 5 <= bytes.count, base[i + 4] == 0x65 { return i + 5 }
        return nil
    }

    /// The offset after the number at `i` (RFC 8259's grammar: no leading zero, digits after a point and in an
    /// exponent), or `nil` when it breaks the grammar.
    static func numberEnd(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        let count = bytes.count
        var i = start
        @inline(__always) func isDigit(_ i: Int) -> Bool { i < count && bytes[i] &- 0x30 < 10 }
        if bytes[i] == 0x2D { i += 1 }
        guard isDigit(i) else { return nil }
        if bytes[i] == 0x30 {
            i += 1
            if isDigit(i) { return nil }
        } else {
            while isDigit(i) { i += 1 }
        }
        if i < count, bytes[i] == 0x2E {
            i += 1
            guard isDigit(i) else { return nil }
            while isDigit(i) { i += 1 }
        }
        if i < count, bytes[i] | 0x20 == 0x65 {
            i += 1
            if i < count, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
            guard isDigit(i) else { return nil }
            while isDigit(i) { i += 1 }
        }
        return i
    }
}
