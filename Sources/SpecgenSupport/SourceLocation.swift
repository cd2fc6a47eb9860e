/// A position in a source file: 1-based line, 1-based column counted in UTF-8 bytes (as cmark counts).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file's path as it is shown to people (in diagnostics and in generated comments).
    public var path: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in UTF-8 bytes.
    public var column: Int

    /// Creates a location.
    public init(path: String, line: Int, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, the form editors and compilers use.
    public var description: String { "\(path):\(line):\(column)" }

    /// `path:line`, the form used for spec references in generated code and validation issues.
    public var fileLine: String {
        // Made in one buffer: the interpolation cost over a thousand instructions, and generated code names a
        // location for every field.
        String.concatenating(path, ":", String(line))
    }

    /// Orders by path, then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}

/// A half-open range of source positions in one file; `end` is the position just after the last byte.
public struct SourceRange: Hashable, Sendable, CustomStringConvertible {
    /// The first position of the range.
    public var start: SourceLocation
    /// The position just after the range (same path as `start`).
    public var end: SourceLocation

    /// Creates a range; `end` defaults to `start` (an empty range, used for points).
    public init(start: SourceLocation, end: SourceLocation? = nil) {
        self.start = start
        self.end = end ?? start
    }

    /// Creates a range in `path` from line and column numbers.
    public init(path: String, line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil) {
        self.start = SourceLocation(path: path, line: line, column: column)
        self.end = SourceLocation(path: path, line: endLine ?? line, column: endColumn ?? column)
    }

    /// `path:line:column` of the start.
    public var description: String { start.description }
}

extension String {
    /// The texts one after the other, made in one buffer of their total size: appending a string that is not small
    /// to another, or interpolating, costs hundreds of instructions per piece.
    public static func concatenating(_ first: String, _ second: String, _ third: String = "") -> String {
        let count = first.utf8.count + second.utf8.count + third.utf8.count
        return String(unsafeUninitializedCapacity: count) { buffer in
            var offset = copyUTF8(first, into: buffer, at: 0)
            offset = copyUTF8(second, into: buffer, at: offset)
            return copyUTF8(third, into: buffer, at: offset)
        }
    }

    /// Copies a text's UTF-8 bytes into a buffer at an offset; returns the offset after them.
    private static func copyUTF8(_ text: String, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int
    {
        let copied = text.utf8.withContiguousStorageIfAvailable { utf8 in
            guard !utf8.isEmpty, let source = utf8.baseAddress else { return 0 }
            (buffer.baseAddress! + offset).update(from: source, count: utf8.count)
            return utf8.count
        }
        if let copied { return offset + copied }
        var position = offset
        for byte in text.utf8 {
            buffer[position] = byte
            position += 1
        }
        return position
    }
}
