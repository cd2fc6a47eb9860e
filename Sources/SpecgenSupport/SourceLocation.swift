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
    public var fileLine: String { "\(path):\(line)" }

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
