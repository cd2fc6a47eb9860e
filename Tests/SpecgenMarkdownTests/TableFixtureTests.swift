import Foundation
import SpecgenMarkdown
import SpecgenSupport
import SpecgenTestSupport
import Testing

/// Literate table fixtures in `Fixtures/tables.txt`: each example is a name line, the Markdown input (`␍` marks a
/// carriage return), a line with a single `.`, the expected tree dump, and a `~~~~` line. With `SPECGEN_RECORD=1`
/// the expected dumps are rewritten.
@Suite struct TableFixtureTests {
    struct Example {
        var name: String
        var markdown: String
        var expected: String
    }

    static let path = "Tests/SpecgenMarkdownTests/Fixtures/tables.txt"

    static func load() throws -> [Example] {
        let text = try String(contentsOf: Golden.repositoryRoot.appendingPathComponent(path), encoding: .utf8)
        return text.components(separatedBy: "~~~~\n").compactMap { chunk in
            guard chunk.hasPrefix("example: ") else { return nil }
            let nameEnd = chunk.firstIndex(of: "\n")!
            let name = String(chunk[chunk.index(chunk.startIndex, offsetBy: 9)..<nameEnd])
            let body = String(chunk[chunk.index(after: nameEnd)...])
            let parts = body.components(separatedBy: "\n.\n")
            let markdown = parts[0].replacingOccurrences(of: "␍", with: "\r") + "\n"
            return Example(name: name, markdown: markdown, expected: parts.count > 1 ? parts[1] : "")
        }
    }

    static func render(_ example: Example) -> String {
        let diagnostics = DiagnosticCollector()
        let document = MarkdownReader().read(Array(example.markdown.utf8), path: "t.md", diagnostics: diagnostics)
        return document.dump() + diagnostics.sorted.map { $0.description + "\n" }.joined()
    }

    @Test func fixturesMatch() throws {
        let examples = try Self.load()
        #expect(examples.count >= 15)
        var recorded = ""
        for example in examples {
            let actual = Self.render(example)
            recorded +=
                "example: \(example.name)\n"
                + String(example.markdown.dropLast()).replacingOccurrences(of: "\r", with: "␍") + "\n.\n" + actual
                + "~~~~\n"
            if actual != example.expected, !Golden.isRecording {
                Issue.record(
                    Comment(
                        rawValue: "example '\(example.name)':\n"
                            + Diff.unified(expected: example.expected, actual: actual)))
            }
        }
        if Golden.isRecording, let failure = Golden.check(recorded, against: Self.path) {
            Issue.record(Comment(rawValue: failure))
        }
    }
}
