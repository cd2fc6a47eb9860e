import SpecgenSupport

/// A GFM pipe table, recognised from the raw source lines of a cmark paragraph (cmark has no tables).
public struct Table: Hashable, Sendable {
    /// The header row.
    public var header: TableRow
    /// The column alignments from the delimiter row (`nil` where no `:` was given); empty without a delimiter row.
    public var alignments: [TableAlignment?]
    /// The body rows. Each has exactly as many cells as the header: short rows are padded with empty cells
    /// (``TableCell/isPadding``) and surplus cells are dropped (``TableRow/extraCells``).
    public var rows: [TableRow]
    /// Where the table is.
    public var range: SourceRange
    /// Where the delimiter row is, or `nil` for a table written without one (which Markdown renderers show as
    /// text: a documentation problem that the reader still tolerates).
    public var delimiterRange: SourceRange?
    /// The number of cells in the delimiter row when it differs from the header's.
    public var delimiterCellCount: Int

    /// Creates a table.
    public init(
        header: TableRow, alignments: [TableAlignment?], rows: [TableRow], range: SourceRange,
        delimiterRange: SourceRange?, delimiterCellCount: Int
    ) {
        self.header = header
        self.alignments = alignments
        self.rows = rows
        self.range = range
        self.delimiterRange = delimiterRange
        self.delimiterCellCount = delimiterCellCount
    }

    /// The header cells' plain text, trimmed.
    public var headerTitles: [String] { header.cells.map { $0.inlines.plainText } }
}

/// A column alignment from a delimiter row cell (`:--`, `:-:`, `--:`).
public enum TableAlignment: String, Hashable, Sendable {
    case left
    case center
    case right
}

/// A table row.
public struct TableRow: Hashable, Sendable {
    /// The cells, one per header column.
    public var cells: [TableCell]
    /// Where the row is (the whole source line).
    public var range: SourceRange
    /// How many cells the source line had (before padding or truncation).
    public var sourceCellCount: Int
    /// Non-empty cells beyond the header's width, which are not part of the table.
    public var extraCells: [TableCell]

    /// Creates a row.
    public init(cells: [TableCell], range: SourceRange, sourceCellCount: Int, extraCells: [TableCell] = []) {
        self.cells = cells
        self.range = range
        self.sourceCellCount = sourceCellCount
        self.extraCells = extraCells
    }

    /// The cell in column `index`, or `nil` when the row has no such column.
    public subscript(column index: Int) -> TableCell? {
        index < cells.count ? cells[index] : nil
    }
}

/// A table cell.
public struct TableCell: Hashable, Sendable {
    /// The cell's source text, trimmed, as written (escapes such as `\|` intact).
    public var source: String
    /// The cell's inline content, parsed by cmark (so `\|` is already `|` here).
    public var inlines: [Inline]
    /// Where the cell's text is (an empty range at the cell's position when the cell is empty).
    public var range: SourceRange
    /// Whether the cell was missing from a short row and added empty.
    public var isPadding: Bool

    /// Creates a cell.
    public init(source: String, inlines: [Inline], range: SourceRange, isPadding: Bool = false) {
        self.source = source
        self.inlines = inlines
        self.range = range
        self.isPadding = isPadding
    }

    /// The text a reader sees.
    public var plainText: String { inlines.plainText }

    /// Whether the cell has no content.
    public var isEmpty: Bool { source.isEmpty }
}
