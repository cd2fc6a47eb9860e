import Foundation
import SpecgenCore
import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport

/// Internal links anywhere in the docs (prose, description cells, lists, HTML `href`s) that lead to no anchor, or
/// only to one that differs in punctuation. Links in Type cells, and links the generator already reported, are left
/// to the generator's own diagnostics.
struct LinkRule {
    /// The files.
    let files: [LintedFile]
    /// The dialect's key for matching anchors loosely.
    let looseKey: (String) -> String
    /// What the pipeline reported already (not reported twice).
    let reported: [Diagnostic]

    /// The findings for every internal link that leads nowhere exactly.
    func check() -> [Diagnostic] {
        var anchors = Set<String>()
        var names: [String: Set<String>] = [:]
        var typeCells = Set<SourceLocation>()
        for file in files {
            for declaration in file.spec.declarations {
                anchors.formUnion(declaration.anchors)
                let nameKey = looseKey(declaration.name)
                if !nameKey.isEmpty { names[nameKey, default: []].insert(declaration.name) }
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
            anchors.formUnion(file.spec.otherAnchors.keys)
        }
        var loose: [String: Set<String>] = [:]
        for anchor in anchors { loose[looseKey(anchor), default: []].insert("#" + anchor) }

        var findings: [Diagnostic] = []
        for file in files {
            let lines = SourceLines(file.input.contents)
            var links: [(anchor: String, text: String, block: SourceRange)] = []
            collectLinks(file.markdown.blocks, typeCells: typeCells, into: &links)
            for link in links where !anchors.contains(link.anchor) {
                let location = lines.locate("(#\(link.anchor)", or: "#\(link.anchor)", in: link.block)
                let alreadyReported = reported.contains { d in
                    (d.code == "dangling-anchor" || d.code == "loose-anchor") && d.range?.start.path == file.path
                        && d.range?.start.line == location.start.line && d.message.contains("'#\(link.anchor)'")
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

    private func collectLinks(
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
    /// The lines' bytes, without line endings.
    let lines: [[UInt8]]

    /// Splits a file into lines.
    init(_ bytes: [UInt8]) {
        lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            line.last == UInt8(ascii: "\r") ? Array(line.dropLast()) : Array(line)
        }
    }

    /// Where `needle` (or else `fallback`) first occurs within the range's lines; the range's start otherwise.
    func locate(_ needle: String, or fallback: String, in range: SourceRange) -> SourceRange {
        for target in [needle, fallback] {
            let pattern = Array(target.utf8)
            var line = range.start.line
            while line <= range.end.line, line >= 1, line <= lines.count {
                let text = lines[line - 1]
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

    private func firstIndex(of pattern: [UInt8], in text: [UInt8], from: Int) -> Int? {
        guard !pattern.isEmpty, text.count >= pattern.count, from <= text.count - pattern.count else { return nil }
        for start in from...(text.count - pattern.count) where text[start] == pattern[0] {
            if Array(text[start..<(start + pattern.count)]) == pattern { return start }
        }
        return nil
    }
}
