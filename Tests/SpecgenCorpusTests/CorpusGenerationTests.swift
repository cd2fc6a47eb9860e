import Foundation
import SpecgenCore
import SpecgenEmit
import SpecgenSupport
import SpecgenTestSupport
import Testing

/// Both revisions of the osu! docs, end to end: they generate (warnings allowed, pinned), the Swift compiles in
/// Swift 6 mode without warnings and lints clean, and the schema IR is pinned.
@Suite struct CorpusGenerationTests {
    @Test(arguments: Corpus.revisions)
    func generatesWithThePinnedWarningsAndSchema(revision: String) throws {
        let result = Generator().generate(try Corpus.inputs(revision))
        #expect(!result.hasErrors, "\(result.diagnostics.filter { $0.severity == .error })")
        var failures: [String] = []
        let diagnostics = result.diagnostics.map(\.description).joined(separator: "\n") + "\n"
        if let failure = Golden.check(diagnostics, against: Corpus.golden("\(revision).diagnostics.txt")) {
            failures.append(failure)
        }
        if let failure = Golden.check(
            result.schema.dump(names: result.swiftNames), against: Corpus.golden("\(revision).ir.txt"))
        {
            failures.append(failure)
        }
        for failure in failures { Issue.record(Comment(rawValue: failure)) }
        // Every input has its Swift file.
        let names = Set(result.files.map(\.name))
        for base in OutputFiles.baseNames(for: try Corpus.inputs(revision).map(\.path)).values.sorted() {
            #expect(names.contains(base + ".swift"), "no \(base).swift")
        }
    }

    @Test(arguments: Corpus.revisions)
    func generatedSwiftCompilesWithoutWarnings(revision: String) throws {
        let result = Generator().generate(try Corpus.inputs(revision))
        try #require(!result.hasErrors)
        let swift = result.files.filter { $0.name.hasSuffix(".swift") }
        let compiled = try SwiftCompiler.compile(swift, moduleName: "Corpus")
        #expect(compiled.succeeded, "\(compiled.output)")
        #expect(!compiled.output.contains("warning:"), "\(compiled.output)")
    }

    /// The generated Swift is formatted: `swift format lint --strict` with the repository's `.swift-format` finds
    /// nothing in it.
    @Test(arguments: Corpus.revisions)
    func generatedSwiftLintsClean(revision: String) throws {
        let result = Generator().generate(try Corpus.inputs(revision))
        try #require(!result.hasErrors)
        let lint = try SwiftFormatLint.lint(result.files.filter { $0.name.hasSuffix(".swift") })
        #expect(lint.succeeded, "swift format lint finds:\n\(lint.output)")
    }

    /// The emitted JSON Schema passes the 2020-12 metaschema (the corpus generates one: no schema is a failure).
    @Test(arguments: Corpus.revisions)
    func emittedSchemaPassesTheMetaschema(revision: String) throws {
        let result = Generator().generate(try Corpus.inputs(revision))
        let schema = try #require(
            result.files.first { $0.name.hasSuffix("schema.json") }, "no schema.json: \(result.diagnostics)")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-\(UUID().uuidString).json")
        try Data(schema.contents.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let output = try Corpus.python("check_metaschema.py", [file.path])
        #expect(output == "valid\n", "\(output)")
    }
}
