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
        return out.collapsingSpaces().trimmingASCIIWhitespace()
    }
}

extension String {
    /// The text with each run of spaces, line breaks and tabs made one space, compared as characters (a `\r\n`, or
    /// a space with a combining mark, is none of them). Text in ASCII, nearly all of it, is done byte by byte.
    fileprivate func collapsingSpaces() -> String {
        var text = self
        let ascii = text.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var lastWasSpace = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                if byte == 0x0D, index < bytes.count, bytes[index] == 0x0A {
                    // `\r\n` is one character.
                    out += [0x0D, 0x0A]
                    index += 1
                    lastWasSpace = false
                } else if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                    if !lastWasSpace { out.append(0x20) }
                    lastWasSpace = true
                } else {
                    out.append(byte)
                    lastWasSpace = false
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        if let ascii { return ascii }
        var collapsed = ""
        var lastWasSpace = false
        for c in self {
            if c == " " || c == "\n" || c == "\t" {
                if !lastWasSpace { collapsed.append(" ") }
                lastWasSpace = true
            } else {
                collapsed.append(c)
                lastWasSpace = false
            }
        }
        return collapsed
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
