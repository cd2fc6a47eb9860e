import SpecgenMarkdown

extension Array where Element == Inline {
    /// The inlines as compact Markdown for descriptions: code spans and emphasis kept, internal links reduced to
    /// their text, external links kept, HTML tags dropped, line breaks turned into spaces.
    var markdownText: String {
        var out = ""
        var inFootnoteMark = false
        for inline in self {
            // Footnote marks (`<sup>1</sup>`) point at notes outside the table; they are not part of the text.
            if case .html(let html) = inline {
                let lower = html.lowercased()
                if lower.hasPrefix("<sup") {
                    inFootnoteMark = true
                } else if lower.hasPrefix("</sup") {
                    inFootnoteMark = false
                }
            }
            if !inFootnoteMark { inline.appendMarkdown(to: &out) }
        }
        var collapsed = ""
        var lastWasSpace = false
        for c in out {
            if c == " " || c == "\n" || c == "\t" {
                if !lastWasSpace { collapsed.append(" ") }
                lastWasSpace = true
            } else {
                collapsed.append(c)
                lastWasSpace = false
            }
        }
        return collapsed.trimmingASCIIWhitespace()
    }
}

extension Inline {
    fileprivate func appendMarkdown(to out: inout String) {
        switch self {
        case .text(let s): out += s
        case .code(let s):
            let fence = s.contains("`") ? "``" : "`"
            let pad = s.hasPrefix("`") || s.hasSuffix("`") ? " " : ""
            out += fence + pad + s + pad + fence
        case .emphasis(let c): out += "*" + c.markdownText + "*"
        case .strong(let c): out += "**" + c.markdownText + "**"
        case .link(let destination, _, let c):
            if destination.hasPrefix("#") || destination.isEmpty {
                out += c.markdownText
            } else {
                out += "[" + c.markdownText + "](" + destination + ")"
            }
        case .image(_, _, let c): out += c.markdownText
        case .html(let s):
            let lower = s.lowercased()
            if lower.hasPrefix("<br") || lower.hasPrefix("<p") || lower.hasPrefix("</p") { out += " " }
        case .softBreak, .lineBreak: out += " "
        }
    }
}
