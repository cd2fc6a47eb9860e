/// How a docs family's renderer reads pipe tables, where renderers disagree. cmark has no tables, so
/// ``MarkdownReader`` recognises them on top of cmark's paragraphs, following these rules.
///
/// Every preset reads the common ground the same way: a table starts at a line with an unescaped `|` followed by a
/// delimiter row; leading and trailing pipes are optional framing; `\|` is a literal pipe, also inside code spans;
/// cells are trimmed; short rows are padded and surplus cells dropped (kept aside when not empty).
public struct TableRules: Hashable, Sendable {
    /// Whether a body row needs an unescaped `|`: the first line without one ends the table (Parsedown). When
    /// `false`, every line of the paragraph after the delimiter row is a row (GFM).
    public var rowsNeedPipe: Bool
    /// Whether rows go on while the next lines contain a pipe even where CommonMark starts another block (a row
    /// beginning with `- `, `1. ` or `<p>`), as in Parsedown. When `false`, a table ends with its paragraph.
    public var rowsContinuePastBlocks: Bool
    /// Whether a paragraph of at least two lines that all contain pipes but has no delimiter row is still read as
    /// a table (with ``Table/delimiterRange`` `nil`), so that the missing separator can be reported instead of
    /// losing the fields.
    public var readsTablesWithoutDelimiter: Bool
    /// Whether the delimiter row must have as many cells as the header for the lines to be a table (GFM). When
    /// `false`, the table is read anyway and ``Table/delimiterCellCount`` tells the difference.
    public var requiresMatchingDelimiter: Bool

    /// Creates rules.
    public init(
        rowsNeedPipe: Bool, rowsContinuePastBlocks: Bool, readsTablesWithoutDelimiter: Bool,
        requiresMatchingDelimiter: Bool
    ) {
        self.rowsNeedPipe = rowsNeedPipe
        self.rowsContinuePastBlocks = rowsContinuePastBlocks
        self.readsTablesWithoutDelimiter = readsTablesWithoutDelimiter
        self.requiresMatchingDelimiter = requiresMatchingDelimiter
    }

    /// Parsedown's reading (osu!'s docs renderer), made tolerant of a missing delimiter row: rows need a pipe and
    /// go on past the start of other CommonMark blocks; the header and delimiter may differ in width.
    public static let parsedown = TableRules(
        rowsNeedPipe: true, rowsContinuePastBlocks: true, readsTablesWithoutDelimiter: true,
        requiresMatchingDelimiter: false)

    /// GitHub Flavored Markdown's reading (also remark-gfm's, which MDX sites use): the header and delimiter have
    /// as many cells; rows run to the end of the paragraph, with or without pipes; nothing without a delimiter row
    /// is a table.
    public static let gfm = TableRules(
        rowsNeedPipe: false, rowsContinuePastBlocks: false, readsTablesWithoutDelimiter: false,
        requiresMatchingDelimiter: true)
}
