import SpecgenMarkdown

extension Array where Element == Inline {
    /// The inlines as compact Markdown for descriptions: code spans and emphasis kept, internal links reduced to
    /// their text, external links kept, HTML tags dropped, line breaks turned into spaces.
    var markdownText: String {
        // One text, as most descriptions are, is its own Markdown: nothing to join.
        if count == 1, case .text(let s) = self[0] { return s.collapsingSpaces().trimmingASCIIWhitespace() }
        return joinedMarkdownText
    }

    /// ``markdownText`` without its shortcut: each inline's Markdown joined, then spaces collapsed and trimmed.
    var joinedMarkdownText: String {
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
        var unchanged = false
        let ascii = text.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            // Most text has no tab, no line feed and no two blanks in a row: it stays as it is.
            var previous: UInt8 = 0
            unchanged = true
            for byte in bytes {
                if byte == 0x0A || byte == 0x09 || (byte == 0x20 && previous == 0x20) {
                    unchanged = false
                    break
                }
                previous = byte
            }
            if unchanged { return nil }
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
        if unchanged { return self }
        return ascii ?? collapsingSpacesCharacterwise()
    }

    /// ``collapsingSpaces()`` a character at a time, for any text (the rule the byte path for ASCII follows).
    func collapsingSpacesCharacterwise() -> String {
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

extension String {
    /// Whether the text has a backtick, as Foundation's `contains("`")` tells (which matches canonically
    /// equivalent text: U+1FEF decomposes to a backtick); ASCII text is searched byte by byte.
    fileprivate var containsBacktick: Bool {
        let utf8 = self.utf8
        if !utf8.contains(where: { $0 >= 0x80 }) { return utf8.contains(UInt8(ascii: "`")) }
        return contains("`")
    }
}

extension Inline {
    fileprivate func appendMarkdown(to out: inout String) {
        switch self {
        case .text(let s): out += s
        case .code(let s):
            let fence = s.containsBacktick ? "``" : "`"
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
