import SpecgenSupport

/// A file's bytes with an index of its lines. Lines end at `\n`, `\r\n` or `\r`, as in cmark.
struct SourceText {
    let bytes: [UInt8]
    /// Byte offset of the start of each line; `lineStarts[0]` is line 1.
    let lineStarts: [Int]
    /// Byte offset just past each line's content (before its line ending).
    let lineEnds: [Int]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var ends: [Int] = []
        let count = bytes.count
        bytes.withUnsafeBufferPointer { buffer in
            // Each line ends at the first `\n` or `\r` (found with `memchr`); a `\r` is looked for only up to the
            // next `\n`, which is found again only once passed.
            var index = 0
            var newline = -1
            while index < count {
                if newline < index { newline = ByteScan.index(of: 0x0A, in: buffer, from: index, to: count) }
                let end = ByteScan.index(of: 0x0D, in: buffer, from: index, to: newline)
                if end == count { break }
                ends.append(end)
                index = end + 1
                if buffer[end] == 0x0D, index < count, buffer[index] == 0x0A { index += 1 }
                starts.append(index)
            }
        }
        ends.append(count)
        // A final line ending does not start another line.
        if starts.count > 1, starts.last == count {
            starts.removeLast()
            ends.removeLast()
        }
        self.lineStarts = starts
        self.lineEnds = ends
    }

    /// The number of lines (at least 1, even for an empty file).
    var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line without its ending (empty when out of range).
    func line(_ number: Int) -> String {
        guard number >= 1, number <= lineStarts.count else { return "" }
        return String(decoding: bytes[lineStarts[number - 1]..<lineEnds[number - 1]], as: UTF8.self)
    }

    /// The bytes of lines `first...last` including their line endings.
    func bytes(ofLines first: Int, _ last: Int) -> [UInt8] {
        let start = lineStarts[first - 1]
        let end = last < lineStarts.count ? lineStarts[last] : bytes.count
        return Array(bytes[start..<end])
    }

    /// The location of a byte offset.
    func location(ofByte offset: Int, path: String) -> SourceLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return SourceLocation(path: path, line: low + 1, column: offset - lineStarts[low] + 1)
    }

    /// The offset of the first byte that is not part of a valid UTF-8 sequence, if any.
    func firstInvalidUTF8Offset() -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            // ASCII is skipped eight bytes at a time; each run of other bytes is validated up to the next ASCII byte,
            // which ends a sequence whether the bytes are valid or not.
            let count = buffer.count
            let raw = UnsafeRawBufferPointer(buffer)
            var index = 0
            while index < count {
                while index + 8 <= count,
                    raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                }
                guard index < count else { break }
                if buffer[index] < 0x80 {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < count, buffer[end] >= 0x80 { end += 1 }
                if let bad = UTF8Validation.firstInvalidOffset(UnsafeBufferPointer(rebasing: buffer[index..<end])) {
                    return index + bad
                }
                index = end
            }
            return nil
        }
    }
}

/// UTF-8 validation (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
public enum UTF8Validation {
    /// The offset of the first byte that does not start or continue a valid sequence, or `nil` if all is valid.
    public static func firstInvalidOffset<C: RandomAccessCollection>(_ bytes: C) -> Int?
    where C.Element == UInt8, C.Index == Int {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b0 = bytes[i]
            if b0 < 0x80 {
                i += 1
                continue
            }
            var need = 0
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: need = 1
            case 0xE0:
                need = 2
                lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED:
                need = 2
                upper = 0x9F
            case 0xF0:
                need = 3
                lower = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4:
                need = 3
                upper = 0x8F
            default: return i - bytes.startIndex
            }
            for k in 1...need {
                guard i + k < end else { return i - bytes.startIndex }
                let b = bytes[i + k]
                let lo: UInt8 = k == 1 ? lower : 0x80
                let hi: UInt8 = k == 1 ? upper : 0xBF
                if b < lo || b > hi { return i - bytes.startIndex }
            }
            i += need + 1
        }
        return nil
    }
}
