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

    /// Checks that the flags fit together.
    func validate() throws {
        if recordBaseline, baseline == nil {
            throw ValidationError("--record-baseline needs --baseline <file> to write to.")
        }
    }

    /// Lints and prints the report.
    func run() throws {
        try reportingErrors {
            let loaded = try input.load()
            let inputs = loaded.files
            let findings = Diagnostic.sortedAndDeduplicated(
                loaded.diagnostics
                    + Linter(options: try input.settings(loaded)).lint(inputs))
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
            report.findings = input.displayed(report.findings)
            let sources = Dictionary(
                inputs.map { (input.displayed(path: $0.path), $0.contents) },
                uniquingKeysWith: { first, _ in first })
            let formatted = report.formatted(
                LintReport.Format(rawValue: format.rawValue) ?? .text, sources: sources,
                version: SpecgenVersion.current)
            FileHandle.standardOutput.write(Data(formatted.utf8))
            if format == .text {
                let errors = report.findings.filter { $0.severity == .error }.count
                let warnings = report.findings.filter { $0.severity == .warning }.count
                let baselineNote = baseline == nil ? "" : " (and \(known) known findings in the baseline)"
                DiagnosticPrinter.printError(
                    "specgen: \(errors) errors, \(warnings) warnings in \(inputs.count) files\(baselineNote)")
            }
            if report.hasErrors { throw ExitCode.failure }
        }
    }
}
