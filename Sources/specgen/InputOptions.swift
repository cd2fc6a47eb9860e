import ArgumentParser
import Foundation
import SpecgenCore
import SpecgenDialects

/// Options every command that reads docs shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Markdown files, or folders to search for .md files.", completion: .file())
    var inputs: [String] = []

    @Option(help: """
        The docs family the input is written in (\(Dialects.all.keys.sorted().joined(separator: ", "))); overrides \
        the configuration's.
        """)
    var dialect: String?

    @Option(help: ArgumentHelp("Write paths in diagnostics and generated comments relative to this folder.",
                               valueName: "folder"))
    var pathRoot: String?

    @Option(help: ArgumentHelp(
        "A configuration file (specgen.json or specgen.yml); without it, one in an input folder is used.",
        valueName: "file"))
    var config: String?

    @Flag(help: "Use no configuration file, even one found in an input folder.")
    var noConfig = false

    @Option(help: "How diagnostics write file paths: relative (to --path-root) or absolute (for IDEs and build logs).")
    var diagnosticPaths: DiagnosticPaths = .relative

    @Flag(help: """
        Fail unless the inputs given are exactly those the configuration's 'inputs' name (the build plugin checks \
        its reading of the configuration this way).
        """)
    var verifyConfigInputs = false

    func validate() throws {
        if inputs.isEmpty && config == nil {
            throw ValidationError("Give at least one Markdown file or folder, for example: specgen spec/ --out Generated/")
        }
        if let dialect, Dialects.named(dialect) == nil {
            throw ValidationError("Unknown dialect '\(dialect)'; choose one of: \(Dialects.all.keys.sorted().joined(separator: ", ")).")
        }
        if config != nil && noConfig {
            throw ValidationError("--config and --no-config contradict each other; give one.")
        }
        if verifyConfigInputs && (config == nil || inputs.isEmpty) {
            throw ValidationError("--verify-config-inputs compares the inputs given with those of --config; give both.")
        }
    }

    var selectedDialect: any Dialect { Dialects.named(dialect ?? "osu") ?? Dialects.default }

    /// Reads every input file.
    ///
    /// - Throws: `ExitCode.failure` after printing a located error for each file or folder that cannot be read.
    func readInputs() throws -> [InputFile] {
        try readMarkdown(try collectMarkdownFiles(in: inputs))
    }
}

/// A failure that ends a command with a message and exit status 1.
struct CommandError: Error, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}
