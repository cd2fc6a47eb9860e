import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport

/// The words a docs family heads its tables with, and how it marks footnotes: what tells a field table from a table
/// of values, and which column is which. A dialect gives its vocabulary; reading the rows is shared.
public struct TableVocabulary: Hashable, Sendable {
    /// Titles of the first column of a field table, lower-case (`field`, `name`).
    public var fieldNameTitles: Set<String>
    /// Titles of a field table's type column, lower-case (`type`).
    public var typeTitles: Set<String>
    /// Titles of the description column, lower-case (`description`, `notes`).
    public var descriptionTitles: Set<String>
    /// The whole header, lower-case, of a table that lists field names without types (`["field"]`), if the docs use
    /// one.
    public var fieldNamesOnlyHeader: [String]?
    /// Titles of the value column of a table of values, lower-case (`value`); without one, the first column holds
    /// the values.
    public var valueTitles: Set<String>
    /// Titles of a value column whose values are JSON integers, lower-case (`integer`).
    public var integerValueTitles: Set<String>
    /// Titles of a column that names each value, lower-case (`string` beside `integer`, `name`).
    public var labelTitles: Set<String>
    /// Whether a label column is only read beside integer values (a name column beside string values is then a
    /// description).
    public var labelsNeedIntegerValues: Bool
    /// How footnote marks are written in field names.
    public var footnoteMarks: FootnoteMarks

    /// Creates a vocabulary.
    public init(
        fieldNameTitles: Set<String>, typeTitles: Set<String> = ["type"],
        descriptionTitles: Set<String> = ["description"], fieldNamesOnlyHeader: [String]? = nil,
        valueTitles: Set<String> = [], integerValueTitles: Set<String> = [], labelTitles: Set<String> = [],
        labelsNeedIntegerValues: Bool = false, footnoteMarks: FootnoteMarks
    ) {
        self.fieldNameTitles = fieldNameTitles
        self.typeTitles = typeTitles
        self.descriptionTitles = descriptionTitles
        self.fieldNamesOnlyHeader = fieldNamesOnlyHeader
        self.valueTitles = valueTitles
        self.integerValueTitles = integerValueTitles
        self.labelTitles = labelTitles
        self.labelsNeedIntegerValues = labelsNeedIntegerValues
        self.footnoteMarks = footnoteMarks
    }

    /// How a table is read, by its header: a field table (its first title names fields and it has a type column
    /// after the first), a list of field names, or else a table of values.
    public func classify(_ table: Table) -> TableShape {
        let titles = table.headerTitles.map { $0.lowercased() }
        let typeColumn = titles.firstIndex { typeTitles.contains($0) }
        let descriptionColumn = titles.firstIndex { descriptionTitles.contains($0) }
        if let first = titles.first, fieldNameTitles.contains(first), let typeColumn, typeColumn > 0 {
            // Without a titled description column, the third column describes (or the second, after the type).
            let description = descriptionColumn ?? (titles.count > 2 ? (typeColumn == 1 ? 2 : 1) : nil)
            let extra = titles.indices.filter { $0 != 0 && $0 != typeColumn && $0 != description }
            return .fields(FieldColumns(name: 0, type: typeColumn, description: description, extra: extra))
        }
        if let header = fieldNamesOnlyHeader, titles == header { return .fieldNames }
        let valueColumn = titles.firstIndex { valueTitles.contains($0) } ?? 0
        let isInteger = titles.indices.contains(valueColumn) && integerValueTitles.contains(titles[valueColumn])
        var label: Int?
        if isInteger || !labelsNeedIntegerValues {
            label = titles.indices.first { $0 != valueColumn && labelTitles.contains(titles[$0]) }
        }
        var description = descriptionColumn
        if description == nil, label == nil, titles.count > 1, titles.count - 1 != valueColumn {
            description = titles.count - 1
        }
        return .values(ValueColumns(value: valueColumn, label: label, description: description, isInteger: isInteger))
    }

    /// The rows of a field table that name a field; a row with cells but no name is reported and skipped.
    public func fieldRows(_ table: Table, columns: FieldColumns, diagnostics: DiagnosticCollector) -> [FieldRow] {
        var rows: [FieldRow] = []
        // The extra columns' titles, made once for the table rather than for each row.
        let titles = columns.extra.isEmpty ? [] : table.headerTitles
        for row in table.rows {
            guard let nameCell = row[column: columns.name] else { continue }
            let (name, marks) = footnoteMarks.split(nameCell)
            if name.isEmpty {
                if row.cells.contains(where: { !$0.isEmpty }) {
                    diagnostics.emit(
                        .warning, "row has no field name and is ignored", at: nameCell.range,
                        code: "empty-field-name")
                }
                continue
            }
            let descriptionCell = columns.description.flatMap { row[column: $0] }
            var extra: [(title: String, cell: TableCell)] = []
            for column in columns.extra {
                if let cell = row[column: column] { extra.append((titles[column], cell)) }
            }
            rows.append(
                FieldRow(
                    name: name, marks: marks, row: row, typeCell: row[column: columns.type],
                    description: descriptionCell?.inlines.trimmed ?? [], descriptionCell: descriptionCell,
                    extra: extra))
        }
        return rows
    }

    /// The values of a table of values, one per row with a value; descriptions as compact Markdown.
    public func values(_ table: Table, columns: ValueColumns) -> [SpecEnumValue] {
        table.rows.compactMap { row -> SpecEnumValue? in
            guard let cell = row[column: columns.value], !cell.isEmpty else { return nil }
            // A label keeps its name only: footnote marks (`KICK_MEMBERS *`) point at notes below the table.
            let label = columns.label.flatMap { row[column: $0] }.map { footnoteMarks.split($0).0 }
            let summary = columns.description.flatMap { row[column: $0]?.inlines.markdownText }
            return SpecEnumValue(
                value: cell.plainText, label: label, summary: summary?.isEmpty == false ? summary : nil,
                location: row.range.start)
        }
    }
}

/// How a table reads.
public enum TableShape: Hashable, Sendable {
    /// Fields: a name, a type and maybe a description per row.
    case fields(FieldColumns)
    /// Only field names (fields of an extended type that are always included).
    case fieldNames
    /// The values of an enumeration.
    case values(ValueColumns)
}

/// The columns of a field table.
public struct FieldColumns: Hashable, Sendable {
    /// The field name's column.
    public var name: Int
    /// The type's column.
    public var type: Int
    /// The description's column, if any.
    public var description: Int?
    /// Every other column (`Default`, `Required`), in order.
    public var extra: [Int]

    /// Creates the columns.
    public init(name: Int, type: Int, description: Int?, extra: [Int] = []) {
        self.name = name
        self.type = type
        self.description = description
        self.extra = extra
    }
}

/// The columns of a table of values.
public struct ValueColumns: Hashable, Sendable {
    /// The value's column.
    public var value: Int
    /// A column that names each value, if any.
    public var label: Int?
    /// The description's column, if any.
    public var description: Int?
    /// Whether the values are JSON integers.
    public var isInteger: Bool

    /// Creates the columns.
    public init(value: Int, label: Int?, description: Int?, isInteger: Bool) {
        self.value = value
        self.label = label
        self.description = description
        self.isInteger = isInteger
    }
}

/// One row of a field table, its cells told apart.
public struct FieldRow {
    /// The field's name, without footnote marks.
    public var name: String
    /// The footnote marks written after the name (`*`, `[1]`), to find the notes they point at.
    public var marks: [String]
    /// The whole row.
    public var row: TableRow
    /// The type cell.
    public var typeCell: TableCell?
    /// The description, trimmed.
    public var description: [Inline]
    /// The description cell, if the table has one.
    public var descriptionCell: TableCell?
    /// The other columns' cells, by header title as written.
    public var extra: [(title: String, cell: TableCell)]
}

/// How a docs family marks a field name that a footnote explains.
public enum FootnoteMarks: Hashable, Sendable {
    /// HTML superscripts: `name<sup>1</sup>`.
    case superscript
    /// Escaped symbols after the name: `name \*`, `name \*\*`, `name \[1\]` (which read as `*` and `[1]`).
    case trailingSymbols

    /// A name cell's text without its footnote marks, and the marks.
    public func split(_ cell: TableCell) -> (name: String, marks: [String]) {
        switch self {
        case .superscript:
            // Without HTML there is no superscript: the whole cell is the name.
            if !cell.inlines.contains(where: { if case .html = $0 { return true } else { return false } }) {
                return (cell.inlines.plainText, [])
            }
            var parts: [Inline] = []
            var marks: [String] = []
            var inSup = false
            for inline in cell.inlines {
                if case .html(let html) = inline {
                    let lower = html.lowercased()
                    if lower.hasPrefix("<sup") { inSup = true } else if lower.hasPrefix("</sup") { inSup = false }
                    continue
                }
                if inSup {
                    if case .text(let mark) = inline { marks.append(mark.trimmingASCIIWhitespace()) }
                } else {
                    parts.append(inline)
                }
            }
            return (parts.plainText, marks)
        case .trailingSymbols:
            var name = cell.plainText
            var marks: [String] = []
            while true {
                let trimmed = name.trimmingASCIIWhitespace()
                if trimmed.hasSuffix("*") {
                    let stars = trimmed.reversed().prefix { $0 == "*" }.count
                    marks.insert(String(repeating: "*", count: stars), at: 0)
                    name = String(trimmed.dropLast(stars))
                } else if trimmed.hasSuffix("]"), let open = trimmed.lastIndex(of: "["),
                    trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].allSatisfy(
                        \.isNumber),
                    trimmed.index(after: open) < trimmed.index(before: trimmed.endIndex)
                {
                    marks.insert(String(trimmed[open...]), at: 0)
                    name = String(trimmed[..<open])
                } else {
                    return (trimmed, marks)
                }
            }
        }
    }
}

extension Table {
    /// Reports rows with surplus cells and a missing or mis-sized delimiter row.
    public func reportShape(diagnostics: DiagnosticCollector) {
        if delimiterRange == nil {
            diagnostics.emit(
                .warning,
                "table has no delimiter row (such as `--- | --- | ---`) under its header; Markdown "
                    + "renderers show it as text", at: range, code: "table-no-delimiter")
        } else if delimiterCellCount != header.cells.count {
            diagnostics.emit(
                .warning,
                "table's delimiter row has \(delimiterCellCount) cells but its header has "
                    + "\(header.cells.count)", at: delimiterRange!, code: "table-shape")
        }
        for row in rows {
            if let extra = row.extraCells.first {
                diagnostics.emit(
                    .warning,
                    "row has \(row.sourceCellCount) cells but the table has \(header.cells.count) "
                        + "columns; the extra cells are ignored (escape a literal pipe as `\\|`)",
                    at: extra.range, code: "table-extra-cell")
            }
        }
    }
}
