import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport

/// Finds inputs that are probably not API docs (a README, a changelog, notes that ended up in the docs folder), so
/// that a file whose content specgen ignores does not go unnoticed.
///
/// A file is reported, with a warning at its first line, when all of these hold:
/// - nothing with a shape was read from it: no object (field table), enumeration, events page, timestamp or object
///   example, only prose sections or nothing at all;
/// - it holds more than headings (a title-only page, such as an index page's heading, ignores nothing);
/// - it links to no anchor of another input, and no other input links to one of its anchors: guide pages of the
///   docs ("Using Chat", "Websocket") point into the docs, and prose-only types (`CursorString`) are pointed at.
///
/// Legitimate docs pages therefore pass: typed pages by the first rule, guide pages and types described in words by
/// the last.
public enum StrayFiles {
    /// What the check needs of one file's Markdown.
    public struct Summary: Sendable {
        /// The anchors the file links to (`#anchor` destinations and `href="#anchor"` attributes), without `#`.
        public var linkedAnchors: Set<String>
        /// Whether the file holds any block other than headings.
        public var hasBody: Bool

        /// Reads the summary of a file.
        ///
        /// - Parameters:
        ///   - markdown: The file's Markdown.
        ///   - readingLinks: Whether to collect ``linkedAnchors``; a link matters only between two inputs, so a run
        ///     over one input passes `false` and the summary holds no anchors (``hasBody`` is the same either way).
        public init(_ markdown: MarkdownDocument, readingLinks: Bool = true) {
            guard readingLinks else {
                // Every block other than a heading is body, and a nested block is inside one at the top level.
                linkedAnchors = []
                hasBody = markdown.blocks.contains { if case .heading = $0 { false } else { true } }
                return
            }
            var anchors = Set<String>()
            var body = false
            func add(_ inlines: [Inline]) {
                // A cell or paragraph of plain text, the most common, holds no link.
                if inlines.count == 1, case .text = inlines[0] { return }
                for link in inlines.links where link.destination.hasPrefix("#") && link.destination.count > 1 {
                    anchors.insert(String(link.destination.dropFirst()))
                }
                for case .html(let html) in inlines { anchors.formUnion(StrayFiles.hrefAnchors(html)) }
            }
            func visit(_ blocks: [Block]) {
                for block in blocks {
                    switch block {
                    case .heading(let heading):
                        add(heading.inlines)
                        continue
                    case .paragraph(let paragraph): add(paragraph.inlines)
                    case .table(let table):
                        for cell in table.header.cells { add(cell.inlines) }
                        for row in table.rows { for cell in row.cells { add(cell.inlines) } }
                    case .html(let html): anchors.formUnion(StrayFiles.hrefAnchors(html.literal))
                    case .list(let list): list.items.forEach(visit)
                    case .blockQuote(let quote): visit(quote.blocks)
                    case .code, .thematicBreak: break
                    }
                    body = true
                }
            }
            visit(markdown.blocks)
            linkedAnchors = anchors
            hasBody = body
        }
    }

    /// Reports the files that are probably not API docs.
    ///
    /// - Parameters:
    ///   - documents: What the dialect read from each file.
    ///   - summaries: The Markdown summary of each file, in the same order.
    ///   - looseKey: The dialect's key for matching anchors regardless of punctuation.
    ///   - diagnostics: Where the warnings go.
    public static func check(
        _ documents: [SpecDocument], summaries: [Summary], looseKey: (String) -> String,
        diagnostics: DiagnosticCollector
    ) {
        precondition(documents.count == summaries.count, "one summary per document")
        // Which files define each anchor, and so which files a link connects; a single file is connected to none.
        var definedIn: [String: Set<Int>] = [:]
        for (index, document) in documents.enumerated() where documents.count > 1 {
            for anchor in anchors(of: document) { definedIn[looseKey(anchor), default: []].insert(index) }
        }
        var connected = Set<Int>()
        for (index, summary) in summaries.enumerated() where documents.count > 1 {
            for anchor in summary.linkedAnchors {
                for target in definedIn[looseKey(anchor)] ?? [] where target != index {
                    connected.insert(index)
                    connected.insert(target)
                }
            }
        }
        for (index, document) in documents.enumerated() {
            guard summaries[index].hasBody, !connected.contains(index),
                !document.declarations.contains(where: hasShape)
            else { continue }
            diagnostics.emit(
                .warning,
                "no type, enumeration or event was read from this file, and it neither links to the other docs nor "
                    + "is linked from them; it is probably not API docs (leave it out of the inputs)",
                at: SourceRange(path: document.path, line: 1, column: 1), code: "not-api-docs")
        }
    }

    /// Whether a declaration gives the schema something beyond prose.
    static func hasShape(_ declaration: SpecDeclaration) -> Bool {
        switch declaration.kind {
        case .object, .enumeration, .events, .taggedUnion: return true
        case .scalar(let scalar): return scalar != .any
        case .container: return false
        }
    }

    /// Every anchor a document defines.
    static func anchors(of document: SpecDocument) -> [String] {
        var anchors = Array(document.otherAnchors.keys)
        for declaration in document.declarations {
            anchors += declaration.anchors
            switch declaration.kind {
            case .object(let object):
                if let variants = object.variants {
                    anchors += variants.tagAnchors
                    for variant in variants.variants { anchors += variant.anchors }
                }
            case .events(let set):
                for event in set.events { anchors += event.anchors }
            default:
                break
            }
        }
        return anchors
    }

    /// The anchors of `href="#…"` attributes in HTML (`<a href="#cursorstring">` → `cursorstring`); lint's link
    /// rule reads HTML links with it too.
    public static func hrefAnchors(_ html: String) -> [String] {
        var html = html
        // ASCII HTML, nearly all of it, byte by byte: each byte is a character.
        let ascii = html.withUTF8 { bytes -> [String]? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var anchors: [String] = []
            var index = 0
            while let start = hrefAttribute.withUnsafeBufferPointer({
                ByteScan.firstIndex(of: $0, in: bytes, from: index)
            }) {
                var after = start + hrefAttribute.count
                guard after < bytes.count, bytes[after] == UInt8(ascii: "\"") || bytes[after] == UInt8(ascii: "'")
                else {
                    index = after
                    continue
                }
                let quote = bytes[after]
                after += 1
                guard let end = bytes[after...].firstIndex(of: quote) else { break }
                if end - after > 1, bytes[after] == UInt8(ascii: "#") {
                    anchors.append(
                        String(decoding: UnsafeBufferPointer(rebasing: bytes[(after + 1)..<end]), as: UTF8.self))
                }
                index = end
            }
            return anchors
        }
        return ascii ?? hrefAnchorsByCharacters(html)
    }

    private static let hrefAttribute = Array("href=".utf8)

    /// ``hrefAnchors(_:)`` for any HTML, a character at a time.
    static func hrefAnchorsByCharacters(_ html: String) -> [String] {
        var anchors: [String] = []
        var rest = Substring(html)
        while let range = rest.firstRange(of: "href=") {
            var after = rest[range.upperBound...]
            guard let quote = after.first, quote == "\"" || quote == "'" else {
                rest = after
                continue
            }
            after = after.dropFirst()
            guard let end = after.firstIndex(of: quote) else { break }
            let target = after[..<end]
            if target.hasPrefix("#"), target.count > 1 { anchors.append(String(target.dropFirst())) }
            rest = after[end...]
        }
        return anchors
    }
}
