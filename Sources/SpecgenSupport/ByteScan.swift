import Foundation

/// Searches in UTF-8 text with `memchr`, which looks at many bytes at a time: the rendered files are tens of
/// megabytes on a large input, and a byte-by-byte loop over every line was a visible part of their cost.
public enum ByteScan {
    /// The position of the first `byte` in `text` from `start` up to `end`, or `end`.
    public static func index(of byte: UInt8, in text: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int {
        guard start < end, let base = text.baseAddress, let found = memchr(base + start, Int32(byte), end - start)
        else { return end }
        return base.distance(to: UnsafeRawPointer(found))
    }

    /// ``index(of:in:from:to:)`` in a buffer of bytes.
    public static func index(of byte: UInt8, in text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        index(of: byte, in: UnsafeRawBufferPointer(text), from: start, to: end)
    }
}
