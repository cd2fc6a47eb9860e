import ArgumentParser
import Foundation
import SpecgenCore
import SpecgenLint
import SpecgenSupport

/// `specgen lint`: reports documentation problems without generating anything.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Report problems in the Markdown API docs without generating code.",
        discussion: """
            Reports dangling or punctuation-mismatched anchors, untyped fields, unknown type names, tables with a \
            missing delimiter row or cell, duplicate fields, inconsistent wording of optional sections, and JSON \
            examples that are not valid JSON or disagree with their table. Findings go to standard output; the exit \
            status is 1 when there is an error (with --strict, any warning).

            The files are read one at a time, so memory does not grow with the size of the docs. '-' reads one \
            document from standard input, shown as <stdin> or as --stdin-path names it.
            """)

    /// The output formats, as the command line names them.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
        case sarif
    }

    /// The inputs and dialect.
    @OptionGroup var input: InputOptions

    /// How findings are printed.
    @Option(help: "The output format: text (compiler style), json, or sarif (SARIF 2.1.0).")
    var format: Format = .text

    /// Whether warnings fail the command.
    @Flag(help: "Treat warnings as errors.")
    var strict = false

    /// Known findings to leave out.
    @Option(help: ArgumentHelp("Report only findings that this baseline file does not list.", valueName: "file"))
    var baseline: String?

    /// Whether to write the baseline instead of reading it.
    @Flag(help: "Write the current findings to the --baseline file instead of comparing with it.")
    var recordBaseline = false

    /// The path findings in standard input are shown at.
    @Option(
        help: ArgumentHelp(
            """
            The path to show for standard input ('-'), instead of <stdin>. When it names one of the Markdown files \
            found in the inputs, standard input stands in for that file (an editor's unsaved buffer, linted with \
            the rest of the docs).
            """, valueName: "path"))
    var stdinPath: String?

    /// The path shown for standard input without `--stdin-path`.
    static let standardInputName = "<stdin>"

    /// Checks that the flags fit together.
    func validate() throws {
        if recordBaseline, baseline == nil {
            throw ValidationError("--record-baseline needs --baseline <file> to write to.")
        }
        if input.inputs.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("Standard input ('-') can be read only once.")
        }
        if stdinPath != nil, !input.inputs.contains("-") {
            throw ValidationError("--stdin-path names standard input; give '-' among the inputs.")
        }
    }

    /// One document to lint: a file, or standard input.
    struct Source {
        /// The path as findings show it (relative to --path-root).
        var display: String
        /// The file to read, or `nil` for standard input.
        var file: String?
    }

    /// The documents to lint, in the order of their display paths: the files found, and standard input for `-`
    /// (in place of the file --stdin-path names, if it names one of them).
    func sources(_ paths: [String]) -> [Source] {
        let root = input.root
        var sources = paths.map { Source(display: FileSystem.displayPath($0, relativeTo: root), file: $0) }
        if input.inputs.contains("-") {
            if let stdinPath {
                let absolute = FileSystem.absolute(stdinPath)
                sources.removeAll { $0.file.map(FileSystem.absolute) == absolute }
            }
            sources.append(
                Source(
                    display: stdinPath.map { FileSystem.displayPath($0, relativeTo: root) } ?? Self.standardInputName,
                    file: nil))
        }
        return sources.sorted { $0.display < $1.display }
    }

    /// Lints the documents one at a time: each file is read when it is linted, and only what the rules across
    /// files need is kept of it.
    ///
    /// - Returns: The findings, and standard input's bytes when `keepStandardInput` is set (SARIF columns need them).
    /// - Throws: `ExitCode.failure` after naming every file that cannot be read.
    func lint(
        _ sources: [Source], with linter: Linter, keepStandardInput: Bool
    ) throws -> (findings: [Diagnostic], standardInput: [UInt8]?) {
        var session = linter.session()
        var problems: [InputCollector.Problem] = []
        var standardInput: [UInt8]?
        let fileSystem = PosixInputFileSystem()
        for source in sources {
            let bytes: [UInt8]
            if let file = source.file {
                do {
                    bytes = try fileSystem.contents(of: file)
                } catch let error as FileSystemError {
                    problems.append(
                        InputCollector.Problem(
                            path: file, isFolder: error.code == EISDIR, reason: FileSystemError.reason(error.code)))
                    continue
                }
            } else {
                let stdin = try PayloadInput(opening: "-")
                bytes = try stdin.readAll()
                if keepStandardInput { standardInput = bytes }
            }
            // Once a file cannot be read, the rest are only read to name every one that cannot.
            if problems.isEmpty { session.add(InputFile(path: source.display, contents: bytes)) }
        }
        if !problems.isEmpty { try input.report(InputCollector.Unreadable(problems: problems)) }
        return (session.finish(), standardInput)
    }

    /// The findings with their paths written as --diagnostic-paths says (`<stdin>` stays as it is).
    func displayed(_ findings: [Diagnostic]) -> [Diagnostic] {
        findings.map { finding in
            finding.range?.start.path == Self.standardInputName ? finding : input.displayed([finding])[0]
        }
    }

    /// A display path written as --diagnostic-paths says (`<stdin>` stays as it is).
    func displayed(path: String) -> String {
        path == Self.standardInputName ? path : input.displayed(path: path)
    }

    /// Lints and prints the report.
    func run() throws {
        try reportingErrors {
            let loaded = try input.load(readingFiles: false, allowingStandardInput: true)
            let sources = sources(loaded.paths)
            let linted = try lint(
                sources, with: Linter(options: try input.settings(loaded)),
                keepStandardInput: format == .sarif)
            let findings = Diagnostic.sortedAndDeduplicated(loaded.diagnostics + linted.findings)
            var report = LintReport(findings: findings, strict: strict)
            if let baseline {
                if recordBaseline {
                    do {
                        try Data(LintReport(findings: findings).baselineText.utf8)
                            .write(to: URL(fileURLWithPath: baseline))
                    } catch {
                        throw CommandError("cannot write the baseline '\(baseline)': \(reason(of: error))")
                    }
                    DiagnosticPrinter.printError("specgen: recorded \(findings.count) findings in \(baseline)")
                    return
                }
                guard let data = FileManager.default.contents(atPath: baseline) else {
                    throw CommandError("cannot read the baseline '\(baseline)'")
                }
                let (new, fixed) = report.compared(
                    with: LintReport.Baseline(text: String(decoding: data, as: UTF8.self)))
                report.findings = new
                for entry in fixed {
                    DiagnosticPrinter.printError("specgen: note: baseline entry no longer found (remove it): \(entry)")
                }
            }
            let known = findings.count - report.findings.count
            // Baselines match relative paths; the report writes them as --diagnostic-paths says.
            report.findings = displayed(report.findings)
            // SARIF columns count UTF-16 code units: each file with findings is read again, one at a time.
            var byPath: [String: Source] = [:]
            for source in sources {
                byPath[displayed(path: source.display)] = byPath[displayed(path: source.display)] ?? source
            }
            let formatted = report.formatted(
                LintReport.Format(rawValue: format.rawValue) ?? .text,
                source: { path in
                    guard let source = byPath[path] else { return nil }
                    guard let file = source.file else { return linted.standardInput }
                    return try? PosixInputFileSystem().contents(of: file)
                }, version: SpecgenVersion.current)
            FileHandle.standardOutput.write(Data(formatted.utf8))
            if format == .text {
                let errors = report.findings.filter { $0.severity == .error }.count
                let warnings = report.findings.filter { $0.severity == .warning }.count
                let baselineNote = baseline == nil ? "" : " (and \(known) known findings in the baseline)"
                DiagnosticPrinter.printError(
                    "specgen: \(errors) errors, \(warnings) warnings in \(sources.count) files\(baselineNote)")
            }
            if report.hasErrors { throw ExitCode.failure }
        }
    }
}
