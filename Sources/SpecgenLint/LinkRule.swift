import Foundation
import SpecgenCore
import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport

/// Internal links anywhere in the docs (prose, description cells, lists, HTML `href`s) that lead to no anchor, or
/// only to one that differs in punctuation. Links in Type cells, and links the generator already reported, are left
/// to the generator's own diagnostics.
struct LinkRule {
    /// An internal link, located in its file.
    struct Link {
        /// The anchor it leads to, without `#`.
        var anchor: String
        /// Its text (empty for an HTML `href`).
        var text: String
        /// The line where the `#anchor` is written.
        var line: Int
        /// The column where the `#anchor` is written.
        var column: Int
    }

    /// What is kept of the files.
    let files: [LintedFile]
    /// Every anchor the files define (see ``definedAnchors(_:typeCells:)``).
    let anchors: Set<String>
    /// The dialect's key for matching anchors loosely.
    let looseKey: (String) -> String
    /// What the pipeline reported already (not reported twice).
    let reported: [Diagnostic]

    /// The internal links of one file that neither its own anchors nor `known` ones resolve (only these can
    /// lead nowhere), each located in the file's text while it is at hand. Links in Type cells are left out.
    ///
    /// - Parameters:
    ///   - markdown: The file's Markdown.
    ///   - spec: What the dialect read from it.
    ///   - bytes: The file's bytes.
    ///   - anchors: The file's own anchors (see ``definedAnchors(_:typeCells:)``).
    ///   - typeCells: The starts of the file's Type cells.
    ///   - known: Anchors that other files define.
    static func unresolvedLinks(
        in markdown: MarkdownDocument, bytes: [UInt8], anchors: Set<String>, typeCells: Set<SourceLocation>,
        known: Set<String>
    ) -> [Link] {
        var links: [(anchor: String, text: String, block: SourceRange)] = []
        collectLinks(markdown.blocks, typeCells: typeCells, into: &links)
        var lines: SourceLines?
        var result: [Link] = []
        for link in links where !anchors.contains(link.anchor) && !known.contains(link.anchor) {
            let text = lines ?? SourceLines(bytes)
            lines = text
            let location = text.locate("(#\(link.anchor)", or: "#\(link.anchor)", in: link.block).start
            result.append(Link(anchor: link.anchor, text: link.text, line: location.line, column: location.column))
        }
        return result
    }

    /// The anchors a document defines, and the starts of its Type cells.
    static func definedAnchors(_ spec: SpecDocument, typeCells: inout Set<SourceLocation>) -> Set<String> {
        var anchors = Set<String>()
        collect(spec, anchors: &anchors, typeCells: &typeCells)
        return anchors
    }

    /// Adds the anchors a document defines and the starts of its Type cells.
    private static func collect(
        _ spec: SpecDocument, anchors: inout Set<String>, typeCells: inout Set<SourceLocation>
    ) {
        for declaration in spec.declarations {
            anchors.formUnion(declaration.anchors)
            switch declaration.kind {
            case .object(let object):
                for field in object.fields { typeCells.insert(field.typeRange.start) }
                if let variants = object.variants {
                    anchors.formUnion(variants.tagAnchors)
                    for variant in variants.variants {
                        anchors.formUnion(variant.anchors)
                        for field in variant.fields { typeCells.insert(field.typeRange.start) }
                        for nested in variant.nested {
                            for field in nested.fields { typeCells.insert(field.typeRange.start) }
                        }
                    }
                }
            case .events(let set):
                for field in set.envelope { typeCells.insert(field.typeRange.start) }
                for event in set.events {
                    anchors.formUnion(event.anchors)
                    switch event.payload {
                    case .fields(let fields, _), .frame(let fields, _):
                        for field in fields { typeCells.insert(field.typeRange.start) }
                    default:
                        break
                    }
                }
            default:
                break
            }
        }
        anchors.formUnion(spec.otherAnchors.keys)
    }
    /// The findings for every internal link that leads nowhere exactly.
    func check() -> [Diagnostic] {
        var names: [String: Set<String>] = [:]
        for file in files {
            for declaration in file.spec.declarations {
                let nameKey = looseKey(declaration.name)
                if !nameKey.isEmpty { names[nameKey, default: []].insert(declaration.name) }
            }
        }
        var loose: [String: Set<String>] = [:]
        for anchor in anchors { loose[looseKey(anchor), default: []].insert("#" + anchor) }
        // The messages of the anchor findings already reported, by file and line.
        var reportedAt: [String: [String]] = [:]
        for d in reported where d.code == "dangling-anchor" || d.code == "loose-anchor" {
            guard let start = d.range?.start else { continue }
            reportedAt["\(start.line):\(start.path)", default: []].append(d.message)
        }

        var findings: [Diagnostic] = []
        for file in files {
            for link in file.links where !anchors.contains(link.anchor) {
                let location = SourceRange(path: file.path, line: link.line, column: link.column)
                let alreadyReported = (reportedAt["\(location.start.line):\(file.path)"] ?? []).contains {
                    $0.contains("'#\(link.anchor)'")
                }
                if alreadyReported { continue }
                let key = looseKey(link.anchor)
                let candidates = (loose[key] ?? names[key] ?? []).sorted()
                if candidates.count == 1 {
                    findings.append(
                        Diagnostic(
                            .warning,
                            "link '#\(link.anchor)' matches no anchor exactly, only '\(candidates[0])' when punctuation is "
                                + "ignored; fix the link", at: location, code: "loose-anchor"))
                } else {
                    let text = link.text.isEmpty ? "" : " (\(link.text))"
                    findings.append(
                        Diagnostic(
                            .warning, "link '#\(link.anchor)'\(text) leads to no heading or anchor in these docs",
                            at: location, code: "dangling-anchor"))
                }
            }
        }
        return findings
    }

    private static func collectLinks(
        _ blocks: [Block], typeCells: Set<SourceLocation>,
        into links: inout [(anchor: String, text: String, block: SourceRange)]
    ) {
        func add(_ inlines: [Inline], _ range: SourceRange) {
            for link in inlines.links where link.destination.hasPrefix("#") && link.destination.count > 1 {
                links.append((String(link.destination.dropFirst()), link.text, range))
            }
            for case .html(let html) in inlines {
                for anchor in StrayFiles.hrefAnchors(html) { links.append((anchor, "", range)) }
            }
        }
        for block in blocks {
            switch block {
            case .heading(let heading): add(heading.inlines, heading.range)
            case .paragraph(let paragraph): add(paragraph.inlines, paragraph.range)
            case .table(let table):
                for row in [table.header] + table.rows {
                    for cell in row.cells where !typeCells.contains(cell.range.start) { add(cell.inlines, cell.range) }
                }
            case .html(let html):
                for anchor in StrayFiles.hrefAnchors(html.literal) { links.append((anchor, "", html.range)) }
            case .list(let list):
                for item in list.items { collectLinks(item, typeCells: typeCells, into: &links) }
            case .blockQuote(let quote):
                collectLinks(quote.blocks, typeCells: typeCells, into: &links)
            case .code, .thematicBreak:
                continue
            }
        }
    }
}

/// A file's lines, for pointing at text inside a block.
struct SourceLines {
    /// The file's bytes.
    let bytes: [UInt8]
    /// Where each line starts, and one past the last byte.
    let starts: [Int]

    /// Finds the lines of a file.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") { starts.append(index + 1) }
        starts.append(bytes.count + 1)
        self.starts = starts
    }

    /// How many lines the file has.
    var count: Int { starts.count - 1 }

    /// The bytes of a 1-based line, without its line ending.
    func line(_ number: Int) -> ArraySlice<UInt8> {
        var end = starts[number] - 1
        if end > starts[number - 1], bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return bytes[starts[number - 1]..<end]
    }

    /// Where `needle` (or else `fallback`) first occurs within the range's lines; the range's start otherwise.
    func locate(_ needle: String, or fallback: String, in range: SourceRange) -> SourceRange {
        for target in [needle, fallback] {
            let pattern = Array(target.utf8)
            var line = range.start.line
            while line <= range.end.line, line >= 1, line <= count {
                let text = self.line(line)
                let from = line == range.start.line ? max(range.start.column - 1, 0) : 0
                if let offset = firstIndex(of: pattern, in: text, from: from) {
                    let column = offset + 1 + (target == needle ? 1 : 0)
                    return SourceRange(path: range.start.path, line: line, column: column)
                }
                line += 1
            }
        }
        return SourceRange(start: range.start)
    }

    /// The offset within `text` (from its start) of the first occurrence of `pattern` at or after `from`.
    private func firstIndex(of pattern: [UInt8], in text: ArraySlice<UInt8>, from: Int) -> Int? {
        guard !pattern.isEmpty, text.count >= pattern.count, from <= text.count - pattern.count else { return nil }
        let base = text.startIndex
        for start in from...(text.count - pattern.count) where text[base + start] == pattern[0] {
            if text[(base + start)..<(base + start + pattern.count)].elementsEqual(pattern) { return start }
        }
        return nil
    }
}
