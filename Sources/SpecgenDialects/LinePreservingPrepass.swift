/// A pre-pass for docs written in a richer format than Markdown (MDX and the like) that keeps every line where it
/// is: what Markdown must not see becomes spaces, byte for byte, so that every line number, column and byte offset
/// of what is kept stays as in the file as written (and diagnostics point into it).
///
/// - YAML front matter (a first line `---`, up to the next `---` or `...` line) is blanked.
/// - `import` and `export` lines (`import { Route } from "/snippets/route.jsx"`) are blanked.
/// - A line that holds only JSX component tags (a capitalised tag name: `<Route method="GET">…</Route>`, `<Info>`,
///   `</Warning>`, `<ManualAnchor id="x" />`), with text only between a tag and its closing tag, is blanked; the
///   Markdown between an opening and a closing tag on lines of their own is kept.
/// - A line holding only a component of ``anchorComponents`` becomes `<div id="…"></div>` in the same bytes (padded
///   with spaces), so the id labels the heading that follows as an HTML anchor does.
public struct LinePreservingPrepass: Hashable, Sendable {
    /// Components whose `id` attribute is an anchor for the next heading (`ManualAnchor`).
    public var anchorComponents: Set<String>

    /// Creates a pre-pass.
    ///
    /// - Parameter anchorComponents: Components whose `id` attribute is an anchor for the next heading.
    public init(anchorComponents: Set<String> = []) {
        self.anchorComponents = anchorComponents
    }

    /// The bytes with front matter, imports and component lines blanked; as many bytes, the same line endings.
    public func apply(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        var inFrontMatter = false
        for (number, range) in Self.lineRanges(bytes).enumerated() {
            let trimmed = String(decoding: bytes[range], as: UTF8.self).trimmingASCIIWhitespace()
            if number == 0, trimmed == "---" {
                inFrontMatter = true
                blank(&out, range)
            } else if inFrontMatter {
                if trimmed == "---" || trimmed == "..." { inFrontMatter = false }
                blank(&out, range)
            } else if trimmed.hasPrefix("import ") || trimmed.hasPrefix("export ") {
                blank(&out, range)
            } else if let tags = Self.componentTags(trimmed) {
                blank(&out, range)
                if tags.count == 1, !tags[0].isClosing, anchorComponents.contains(tags[0].name), let id = tags[0].id {
                    let replacement = Array("<div id=\"\(id)\"></div>".utf8)
                    if replacement.count <= range.count {
                        out.replaceSubrange(
                            range.lowerBound..<(range.lowerBound + replacement.count), with: replacement)
                    }
                }
            }
        }
        return out
    }

    /// The byte range of each line's content, without its ending (`\n`, `\r\n` or `\r`).
    static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A || bytes[index] == 0x0D {
                ranges.append(start..<index)
                if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        return ranges
    }

    private func blank(_ bytes: inout [UInt8], _ range: Range<Int>) {
        for index in range { bytes[index] = 0x20 }
    }

    /// A component tag: its name, and its `id` attribute if it has one.
    struct ComponentTag: Equatable {
        var name: String
        var id: String?
        var isClosing: Bool
    }

    /// The component tags of a line made only of such tags (and text between an opening and a closing tag, as in
    /// `<Route method="GET">/channels/{id}</Route>`); `nil` when the line is anything else.
    static func componentTags(_ line: String) -> [ComponentTag]? {
        guard line.hasPrefix("<") else { return nil }
        var tags: [ComponentTag] = []
        var rest = Substring(line)
        var open: [String] = []
        var hasText = false
        while !rest.isEmpty {
            if rest.hasPrefix("<") {
                var body = rest.dropFirst()
                let closing = body.hasPrefix("/")
                if closing { body = body.dropFirst() }
                let name = String(body.prefix { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" })
                guard let first = name.first, first.isUppercase, let end = tagEnd(body) else { return nil }
                let tag = body[..<end]
                if closing {
                    // A closing tag ends the component opened on this line, or one opened on an earlier line.
                    if open.last == name {
                        open.removeLast()
                    } else if !open.isEmpty {
                        return nil
                    }
                    tags.append(ComponentTag(name: name, id: nil, isClosing: true))
                } else {
                    if !tag.hasSuffix("/") { open.append(name) }
                    tags.append(ComponentTag(name: name, id: Anchors.htmlIDs(in: String(tag)).first, isClosing: false))
                }
                rest = body[body.index(after: end)...]
            } else {
                // Text between tags belongs to a component opened and closed on this line (a route's path).
                guard !open.isEmpty else { return nil }
                hasText = true
                rest = rest.drop { $0 != "<" }
            }
            rest = rest.drop { $0 == " " || $0 == "\t" }
        }
        return hasText && !open.isEmpty ? nil : tags
    }

    /// The index of the `>` that ends a tag, skipping quoted attribute values and `{…}` expressions.
    private static func tagEnd(_ body: Substring) -> Substring.Index? {
        var quote: Character?
        var braces = 0
        var index = body.startIndex
        while index < body.endIndex {
            let c = body[index]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "{" {
                braces += 1
            } else if c == "}" {
                braces -= 1
            } else if c == ">", braces == 0 {
                return index
            }
            index = body.index(after: index)
        }
        return nil
    }
}
