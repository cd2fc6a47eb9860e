import Foundation

/// Searches in UTF-8 text with `memchr`, which looks at many bytes at a time: the rendered files are tens of
/// megabytes on a large input, and a byte-by-byte loop over every line was a visible part of their cost.
public enum ByteScan {
    /// The position of the first `byte` in `text` from `start` up to `end`, or `end`. (Inlinable, as the other
    /// modules call it for every line of the rendered files and of the docs.)
    @inlinable
    public static func index(of byte: UInt8, in text: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int {
        guard start < end, let base = text.baseAddress, let found = memchr(base + start, Int32(byte), end - start)
        else { return end }
        return base.distance(to: UnsafeRawPointer(found))
    }

    /// ``index(of:in:from:to:)`` in a buffer of bytes.
    @inlinable
    public static func index(of byte: UInt8, in text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        index(of: byte, in: UnsafeRawBufferPointer(text), from: start, to: end)
    }

    /// The position of the first occurrence of `needle` in `text` from `start`, or `nil`: candidates are found with
    /// `memchr` on the needle's first byte, then compared byte by byte. An empty needle is found at `start`.
    public static func firstIndex(
        of needle: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, from start: Int = 0
    ) -> Int? {
        guard !needle.isEmpty else { return start <= text.count ? start : nil }
        guard text.count >= needle.count else { return nil }
        let first = needle[0]
        let last = text.count - needle.count
        var index = Self.index(of: first, in: text, from: start, to: last + 1)
        while index <= last {
            var matched = 1
            while matched < needle.count, text[index + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return index }
            index = Self.index(of: first, in: text, from: index + 1, to: last + 1)
        }
        return nil
    }
}
