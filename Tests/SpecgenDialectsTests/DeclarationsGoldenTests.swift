import Foundation
import SpecgenDialects
import SpecgenSupport
import SpecgenTestSupport
import Testing

/// Each dialect's output (the declarations of `specgen dump --stage declarations`) for real docs, against golden
/// files in `Tests/DialectGoldens/<dialect>/`, one per input file: the dump, then what reading the file reported.
@Suite struct DeclarationsGoldenTests {
    /// The dump and diagnostics of every file of the dialect's kind below `folder`, by golden file name.
    static func dumps(of folder: String, dialect: any Dialect, only: Set<String>? = nil) throws -> [String: String] {
        let base = Golden.repositoryRoot.appendingPathComponent(folder)
        var result: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: base.path)
        while let relative = enumerator?.nextObject() as? String {
            guard dialect.isDocumentationFile(relative), only?.contains(relative) ?? true else { continue }
            let bytes = Array(try Data(contentsOf: base.appendingPathComponent(relative)))
            let path = folder + "/" + relative
            let diagnostics = DiagnosticCollector()
            let reading = dialect.read(
                dialect.readMarkdown(bytes, path: path, diagnostics: diagnostics), diagnostics: diagnostics)
            var text = reading.dump()
            for diagnostic in diagnostics.sorted { text += "# \(diagnostic)\n" }
            let name = relative.replacingOccurrences(of: "/", with: "__") + ".txt"
            result[name] = text
        }
        return result
    }

    @Test(arguments: ["spec", "Tests/Fixtures/constructs"])
    func osu(folder: String) throws {
        let dumps = try Self.dumps(of: folder, dialect: OsuDialect())
        #expect(dumps.count >= 4)
        let golden = "Tests/DialectGoldens/osu/" + (folder == "spec" ? "spec" : "constructs")
        for failure in Golden.checkFolder(dumps, against: golden) { Issue.record(Comment(rawValue: failure)) }
    }

    /// Three reference pages of Discord's docs: a resource with endpoints, the user resource, and the roles and
    /// flags of the permissions topic.
    @Test func discord() throws {
        let pages: Set = [
            "developers/resources/emoji.mdx", "developers/resources/user.mdx", "developers/topics/permissions.mdx",
        ]
        let dumps = try Self.dumps(of: "Tests/Corpus/discord-api-docs", dialect: DiscordDialect(), only: pages)
        #expect(dumps.count == 3)
        for failure in Golden.checkFolder(dumps, against: "Tests/DialectGoldens/discord") {
            Issue.record(Comment(rawValue: failure))
        }
    }
}
