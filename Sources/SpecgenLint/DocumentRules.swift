import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport

/// Rows with missing cells (the generator reads them padded, silently).
enum TableRule {
    /// The findings for every short row of one file.
    static func check(_ markdown: MarkdownDocument) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        forEachTable(in: markdown.blocks) { table in
            for row in table.rows {
                guard let missing = row.cells.first(where: \.isPadding) else { continue }
                findings.append(
                    Diagnostic(
                        .warning,
                        "row has \(row.sourceCellCount) \(row.sourceCellCount == 1 ? "cell" : "cells") but the table "
                            + "has \(table.header.cells.count) columns; "
                            + "the missing cells are read as empty (end the row with `|` cells)",
                        at: missing.range, code: LintRule.tableMissingCell.rawValue))
            }
        }
        return findings
    }
}

/// Optional sections marked in another way than most of the docs mark them.
enum WordingRule {
    /// One finding per marker worded unlike the most common marker.
    static func check(_ files: [LintedFile]) -> [Diagnostic] {
        let markers = files.flatMap(\.sectionMarkers).filter { $0.meaning == .optionalFields }
        func key(_ marker: SpecSectionMarker) -> String { marker.form + "\u{0}" + marker.text }
        var counts: [String: Int] = [:]
        var order: [String] = []
        for marker in markers {
            if counts[key(marker)] == nil { order.append(key(marker)) }
            counts[key(marker), default: 0] += 1
        }
        guard order.count > 1,
            let usual = order.max(by: {
                counts[$0]! < counts[$1]!
                    || (counts[$0]! == counts[$1]!
                        && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!)
            }),
            let example = markers.first(where: { key($0) == usual })
        else { return [] }
        return markers.filter { key($0) != usual }.map { marker in
            Diagnostic(
                .warning,
                "optional fields are marked with \(describe(marker)) here, but with \(describe(example)) in "
                    + "\(counts[usual]!) of the \(markers.count) places these docs mark them; use one wording",
                at: marker.location, code: LintRule.optionalWording.rawValue)
        }
    }

    /// How a marker reads in a message: `'### Optional Attributes'` or `the sentence '…'`.
    static func describe(_ marker: SpecSectionMarker) -> String {
        if marker.form.hasPrefix("heading "), let level = Int(marker.form.dropFirst("heading ".count)) {
            return "'\(String(repeating: "#", count: level)) \(marker.text)'"
        }
        return "the sentence '\(marker.text)'"
    }
}

/// Calls `body` for every table in the blocks, depth first.
func forEachTable(in blocks: [Block], _ body: (Table) -> Void) {
    for block in blocks {
        switch block {
        case .table(let table): body(table)
        case .list(let list): for item in list.items { forEachTable(in: item, body) }
        case .blockQuote(let quote): forEachTable(in: quote.blocks, body)
        default: continue
        }
    }
}
