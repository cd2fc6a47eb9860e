import ArgumentParser
import Foundation
import SpecgenCore
import SpecgenDialects
import SpecgenEmit
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
            let generator = Generator(options: try input.settings(loaded))
            switch stage {
            case .markdown:
                for file in inputs.sorted(by: { $0.path < $1.path }) {
                    print("# \(file.path)")
                    print(generator.readMarkdown(file, diagnostics: diagnostics).dump(), terminator: "")
                }
            case .declarations:
                let readings = inputs.sorted { $0.path < $1.path }.map {
                    generator.read($0, diagnostics: diagnostics).reading
                }
                let documents = generator.options.dialect.relating(readings.map(\.document))
                for (document, reading) in zip(documents, readings) {
                    print(document.dump(log: reading.log), terminator: "")
                }
            case .ir:
                print(generator.build(inputs, diagnostics: diagnostics).swift.dump(), terminator: "")
            }
            input.print(diagnostics.sorted)
            if diagnostics.hasErrors { throw ExitCode.failure }
        }
    }
}
