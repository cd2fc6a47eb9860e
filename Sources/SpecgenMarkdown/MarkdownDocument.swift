import SpecgenSupport

/// A Markdown file read into plain values: the blocks in document order, each with its source range.
///
/// This is the only view of Markdown the later stages get; no cmark pointer escapes this module.
public struct MarkdownDocument: Hashable, Sendable {
    /// The file's display path.
    public var path: String
    /// The top-level blocks, in document order.
    public var blocks: [Block]

    /// Creates a document.
    public init(path: String, blocks: [Block]) {
        self.path = path
        self.blocks = blocks
    }
}

/// A block-level element.
public indirect enum Block: Hashable, Sendable {
    /// An ATX or setext heading.
    case heading(Heading)
    /// A paragraph of inline content.
    case paragraph(Paragraph)
    /// A GFM pipe table, recognised on top of cmark's paragraphs.
    case table(Table)
    /// A raw HTML block, such as `<div id="x"></div>` or an `<aside>`.
    case html(HTMLBlock)
    /// A fenced or indented code block.
    case code(CodeBlock)
    /// A bullet or ordered list; each item is a list of blocks.
    case list(ListBlock)
    /// A block quote.
    case blockQuote(BlockQuote)
    /// A thematic break (`---`).
    case thematicBreak(SourceRange)

    /// Where the block is.
    public var range: SourceRange {
        switch self {
        case .heading(let b): return b.range
        case .paragraph(let b): return b.range
        case .table(let b): return b.range
        case .html(let b): return b.range
        case .code(let b): return b.range
        case .list(let b): return b.range
        case .blockQuote(let b): return b.range
        case .thematicBreak(let r): return r
        }
    }
}

/// A heading: `#` to `######`.
public struct Heading: Hashable, Sendable {
    /// 1 for `#`, 2 for `##`, and so on.
    public var level: Int
    /// The heading's inline content.
    public var inlines: [Inline]
    /// Where the heading is.
    public var range: SourceRange

    /// Creates a heading.
    public init(level: Int, inlines: [Inline], range: SourceRange) {
        self.level = level
        self.inlines = inlines
        self.range = range
    }

    /// The text a reader sees (code-span backticks, link syntax and HTML tags gone).
    public var plainText: String { inlines.plainText }
}

/// A paragraph.
public struct Paragraph: Hashable, Sendable {
    /// The paragraph's inline content.
    public var inlines: [Inline]
    /// Where the paragraph is.
    public var range: SourceRange

    /// Creates a paragraph.
    public init(inlines: [Inline], range: SourceRange) {
        self.inlines = inlines
        self.range = range
    }

    /// The text a reader sees.
    public var plainText: String { inlines.plainText }
}

/// A raw HTML block.
public struct HTMLBlock: Hashable, Sendable {
    /// The block's source text, as written.
    public var literal: String
    /// Where the block is.
    public var range: SourceRange

    /// Creates an HTML block.
    public init(literal: String, range: SourceRange) {
        self.literal = literal
        self.range = range
    }
}

/// A code block.
public struct CodeBlock: Hashable, Sendable {
    /// The info string of a fence (`json` in ```` ```json ````); empty for indented code.
    public var info: String
    /// The code, as written.
    public var literal: String
    /// Where the block is (including the fences).
    public var range: SourceRange
    /// The line of the first line of code (after the opening fence).
    public var contentLine: Int

    /// Creates a code block.
    public init(info: String, literal: String, range: SourceRange, contentLine: Int) {
        self.info = info
        self.literal = literal
        self.range = range
        self.contentLine = contentLine
    }
}

/// A bullet or ordered list.
public struct ListBlock: Hashable, Sendable {
    /// Whether the list is ordered (`1.`) rather than bulleted (`-`).
    public var isOrdered: Bool
    /// The items; each item is a list of blocks.
    public var items: [[Block]]
    /// Where the list is.
    public var range: SourceRange

    /// Creates a list.
    public init(isOrdered: Bool, items: [[Block]], range: SourceRange) {
        self.isOrdered = isOrdered
        self.items = items
        self.range = range
    }
}

/// A block quote.
public struct BlockQuote: Hashable, Sendable {
    /// The quoted blocks.
    public var blocks: [Block]
    /// Where the quote is.
    public var range: SourceRange

    /// Creates a block quote.
    public init(blocks: [Block], range: SourceRange) {
        self.blocks = blocks
        self.range = range
    }
}

/// Inline content.
///
/// Only the cases with two strings and children are boxed: a text, a code span or HTML is stored in the enum
/// itself, so a cell's or a description's text is not allocated a second time (its box was most of the
/// allocations of a table cell).
public enum Inline: Hashable, Sendable {
    /// Plain text (entities and backslash escapes already resolved).
    case text(String)
    /// A code span's content.
    case code(String)
    /// `*emphasis*` or `_emphasis_`.
    case emphasis([Inline])
    /// `**strong**`.
    case strong([Inline])
    /// A link: its destination (`#anchor` for internal links), title and text.
    indirect case link(destination: String, title: String, children: [Inline])
    /// An image: its source, title and alternative text.
    indirect case image(source: String, title: String, children: [Inline])
    /// Raw inline HTML, such as `<sup>1</sup>` pieces or `<br/>`.
    case html(String)
    /// A line break inside a paragraph that renders as a space.
    case softBreak
    /// A hard line break.
    case lineBreak
}

extension Inline {
    /// The text a reader sees for this inline.
    public var plainText: String {
        switch self {
        case .text(let s), .code(let s): return s
        case .emphasis(let c), .strong(let c): return c.plainText
        case .link(_, _, let c), .image(_, _, let c): return c.plainText
        case .html: return ""
        case .softBreak, .lineBreak: return " "
        }
    }
}

extension Array where Element == Inline {
    /// The text a reader sees, with runs of whitespace left as written and the ends trimmed.
    public var plainText: String {
        // One text or code span, as most cells and headings are, is its own text: nothing to join.
        if count == 1 {
            switch self[0] {
            case .text(let s), .code(let s): return s.trimmingASCIIWhitespace()
            default: break
            }
        }
        return joinedPlainText
    }

    /// The text a reader sees, each inline's text joined, then trimmed (``plainText`` without its shortcut).
    var joinedPlainText: String {
        var out = ""
        for inline in self { out += inline.plainText }
        return out.trimmingASCIIWhitespace()
    }

    /// All links in this inline content, depth first, with their text.
    public var links: [(destination: String, text: String)] {
        var result: [(String, String)] = []
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .link(let destination, _, let children): result.append((destination, children.plainText))
                case .emphasis(let c), .strong(let c), .image(_, _, let c): visit(c)
                default: break
                }
            }
        }
        visit(self)
        return result
    }

    /// The inlines without empty text nodes and without leading and trailing whitespace-only text.
    public var trimmed: [Inline] {
        // One text without blanks at either end, as most descriptions are, is already trimmed.
        if count == 1, case .text(let s) = self[0], let head = s.utf8.first, let tail = s.utf8.last,
            !isASCIIWhitespace(head), !isASCIIWhitespace(tail)
        {
            return self
        }
        var result = self.filter { if case .text(let s) = $0 { return !s.isEmpty } else { return true } }
        while let first = result.first, case .text(let s) = first, s.trimmingASCIIWhitespace().isEmpty {
            result.removeFirst()
        }
        while let last = result.last, case .text(let s) = last, s.trimmingASCIIWhitespace().isEmpty {
            result.removeLast()
        }
        if let first = result.first, case .text(let s) = first { result[0] = .text(s.trimmingLeadingASCIIWhitespace()) }
        if let last = result.last, case .text(let s) = last {
            result[result.count - 1] = .text(s.trimmingTrailingASCIIWhitespace())
        }
        return result
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    public func trimmingASCIIWhitespace() -> String {
        trimmingLeadingASCIIWhitespace().trimmingTrailingASCIIWhitespace()
    }

    /// The string without leading spaces, tabs and line breaks.
    public func trimmingLeadingASCIIWhitespace() -> String {
        let utf8 = self.utf8
        // Most strings start with something else: nothing to search.
        guard let head = utf8.first, isASCIIWhitespace(head) else { return self }
        guard let first = utf8.firstIndex(where: { !isASCIIWhitespace($0) }) else { return "" }
        return first == utf8.startIndex ? self : String(self[first...])
    }

    /// The string without trailing spaces, tabs and line breaks.
    public func trimmingTrailingASCIIWhitespace() -> String {
        let utf8 = self.utf8
        guard let tail = utf8.last, isASCIIWhitespace(tail) else { return self }
        guard let last = utf8.lastIndex(where: { !isASCIIWhitespace($0) }) else { return "" }
        let end = utf8.index(after: last)
        return end == utf8.endIndex ? self : String(self[..<end])
    }
}

@inline(__always)
func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
}
