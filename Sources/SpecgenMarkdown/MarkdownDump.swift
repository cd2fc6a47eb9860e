import SpecgenSupport

extension MarkdownDocument {
    /// A readable tree dump of the document: one node a line, indented by depth, with `line:column` ranges when
    /// `ranges` is true. Used as a golden format in tests and by `specgen dump-markdown`.
    public func dump(ranges: Bool = true) -> String {
        var out = ""
        for block in blocks { block.dump(into: &out, depth: 0, ranges: ranges) }
        return out
    }
}

extension Block {
    fileprivate func dump(into out: inout String, depth: Int, ranges: Bool) {
        let pad = String(repeating: "  ", count: depth)
        func at(_ r: SourceRange) -> String {
            ranges ? " @\(r.start.line):\(r.start.column)-\(r.end.line):\(r.end.column)" : ""
        }
        switch self {
        case .heading(let h):
            out += "\(pad)Heading(\(h.level))\(at(h.range)) \(h.inlines.dumped)\n"
        case .paragraph(let p):
            out += "\(pad)Paragraph\(at(p.range)) \(p.inlines.dumped)\n"
        case .html(let h):
            out += "\(pad)HTML\(at(h.range)) \(quoted(h.literal))\n"
        case .code(let c):
            out += "\(pad)Code(\(c.info))\(at(c.range)) \(quoted(c.literal))\n"
        case .thematicBreak(let r):
            out += "\(pad)ThematicBreak\(at(r))\n"
        case .blockQuote(let q):
            out += "\(pad)BlockQuote\(at(q.range))\n"
            for b in q.blocks { b.dump(into: &out, depth: depth + 1, ranges: ranges) }
        case .list(let l):
            out += "\(pad)List(\(l.isOrdered ? "ordered" : "bullet"))\(at(l.range))\n"
            for item in l.items {
                out += "\(pad)  Item\n"
                for b in item { b.dump(into: &out, depth: depth + 2, ranges: ranges) }
            }
        case .table(let t):
            let delimiter = t.delimiterRange == nil ? " no-delimiter" : ""
            let aligns = t.alignments.map { $0?.rawValue ?? "-" }.joined(separator: ",")
            out += "\(pad)Table\(at(t.range))\(delimiter) align=[\(aligns)]\n"
            for (index, row) in ([t.header] + t.rows).enumerated() {
                let kind = index == 0 ? "Header" : "Row"
                let counts = row.sourceCellCount != row.cells.count ? " cells=\(row.sourceCellCount)" : ""
                out += "\(pad)  \(kind)\(at(row.range))\(counts)\n"
                for cell in row.cells {
                    let padding = cell.isPadding ? " (padding)" : ""
                    out += "\(pad)    Cell\(at(cell.range))\(padding) \(cell.inlines.dumped)\n"
                }
                for cell in row.extraCells {
                    out += "\(pad)    Extra\(at(cell.range)) \(cell.inlines.dumped)\n"
                }
            }
        }
    }
}

extension Array where Element == Inline {
    /// A compact one-line rendering of inlines, such as `Text("a") Code("b") Link(#x)[Text("X")]`.
    public var dumped: String { map(\.dumped).joined(separator: " ") }
}

extension Inline {
    /// A compact one-line rendering of one inline.
    public var dumped: String {
        switch self {
        case .text(let s): return "Text(\(quoted(s)))"
        case .code(let s): return "Code(\(quoted(s)))"
        case .html(let s): return "HTML(\(quoted(s)))"
        case .emphasis(let c): return "Emphasis[\(c.dumped)]"
        case .strong(let c): return "Strong[\(c.dumped)]"
        case .link(let d, _, let c): return "Link(\(d))[\(c.dumped)]"
        case .image(let s, _, let c): return "Image(\(s))[\(c.dumped)]"
        case .softBreak: return "SoftBreak"
        case .lineBreak: return "LineBreak"
        }
    }
}

private func quoted(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}
