import Testing
import Foundation
import SpecgenMarkdown
import SpecgenDialects
import SpecgenIR
import SpecgenSupport

@Test func scratchIR() throws {
    let root = ProcessInfo.processInfo.environment["DUMPDIR"] ?? "spec"
    let fm = FileManager.default
    var docs: [SpecDocument] = []
    let d = DiagnosticCollector()
    let e = fm.enumerator(atPath: root)!
    for case let f as String in e where f.hasSuffix(".md") {
        let p = root + "/" + f
        let data = try Data(contentsOf: URL(fileURLWithPath: p))
        let md = MarkdownReader().read(Array(data), path: p, diagnostics: d)
        docs.append(OsuDialect().read(md, diagnostics: d))
    }
    let schema = SchemaBuilder(options: .init(looseAnchorKey: OsuDialect().looseAnchorKey)).build(docs, diagnostics: d)
    print(schema.dump())
    for x in d.sorted { print(x) }
}
