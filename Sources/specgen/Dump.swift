import ArgumentParser
import Foundation
import SpecgenCore
import SpecgenDialects
import SpecgenMarkdown
import SpecgenSupport

/// `specgen dump`: shows what specgen reads, for debugging docs and templates.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract:
            "Print the Markdown tree, the dialect's declarations or the schema IR that specgen reads from the docs.")

    enum Stage: String, ExpressibleByArgument, CaseIterable {
        case markdown
        case declarations
        case ir
    }

    @Option(
        help: """
            What to print: markdown (the block tree with tables, as the dialect reads it), declarations (what the \
            dialect reads from each file, before anything is resolved) or ir (the resolved schema).
            """)
    var stage: Stage = .ir

    @OptionGroup var input: InputOptions

    func run() throws {
        try reportingErrors {
            let loaded = try input.load()
            let inputs = loaded.files
            let diagnostics = DiagnosticCollector()
            for diagnostic in loaded.diagnostics { diagnostics.emit(diagnostic) }
            switch stage {
            case .markdown:
                for file in inputs.sorted(by: { $0.path < $1.path }) {
                    print("# \(file.path)")
                    print(
                        loaded.dialect.readMarkdown(file.contents, path: file.path, diagnostics: diagnostics).dump(),
                        terminator: "")
                }
            case .declarations:
                let generator = Generator(options: GeneratorOptions(dialect: loaded.dialect))
                let documents = generator.readDocuments(inputs, diagnostics: diagnostics)
                for document in loaded.dialect.relating(documents) {
                    print(document.dump(), terminator: "")
                }
            case .ir:
                let generator = Generator(
                    options: GeneratorOptions(
                        dialect: loaded.dialect,
                        configuration: loaded.configuration))
                print(generator.buildSchema(inputs, diagnostics: diagnostics).dump(), terminator: "")
            }
            input.print(diagnostics.sorted)
            if diagnostics.hasErrors { throw ExitCode.failure }
        }
    }
}
