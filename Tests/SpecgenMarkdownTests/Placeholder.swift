import Testing
import Foundation
@testable import SpecgenMarkdown
import SpecgenSupport

@Test func scratch() throws {
    let path = ProcessInfo.processInfo.environment["DUMP"] ?? "spec/websocket_events.md"
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let d = DiagnosticCollector()
    let doc = MarkdownReader().read(Array(data), path: path, diagnostics: d)
    print(doc.dump())
}
