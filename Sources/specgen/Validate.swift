import ArgumentParser
import Foundation
import SpecgenCore
import SpecgenDialects
import SpecgenEmit
import SpecgenIR
import SpecgenRuntime
import SpecgenSupport
import SpecgenValidation

/// `specgen validate`: checks recorded payloads against the docs, as the generated validators would.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check recorded JSON payloads against the docs and print every place they depart from them.",
        discussion: """
            Each file holds one JSON document (or, with --lines, one per line, read incrementally, so that a \
            capture of any size, or a live one from a pipe, can be audited). '-' reads standard input; FIFOs work \
            too. Every issue is printed to standard output as FILE:LINE: /pointer: message [spec location]. The exit status is 1 when any payload has an \
            issue (malformed JSON included) and 0 when all conform. Keys the docs do not list are allowed; \
            everything else they say is checked.
            """)

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The docs: a Markdown file, or a folder to search for .md files (repeatable).",
            valueName: "path"))
    var spec: [String] = []

    @Option(
        help: ArgumentHelp(
            "The type every payload should be, by its Swift name (default: the docs' events page).",
            valueName: "name"))
    var type: String?

    @Flag(help: "Read each file as JSON Lines: one JSON document per line (blank lines are skipped).")
    var lines = false

    @Option(
        help: """
            The docs family the docs are written in (\(Dialects.all.keys.sorted().joined(separator: ", "))); overrides \
            the configuration's.
            """)
    var dialect: String?

    @Option(
        help: ArgumentHelp(
            "Write spec locations relative to this folder (as generate's --path-root does).",
            valueName: "folder"))
    var pathRoot: String?

    @Option(
        help: ArgumentHelp(
            "A configuration file whose overlays apply to the docs (as for generate); without it, one in a --spec folder is used.",
            valueName: "file"))
    var config: String?

    @Flag(help: "Use no configuration file, even one found in a --spec folder.")
    var noConfig = false

    @Flag(
        help:
            "Also print the docs' own warnings (hidden by default, as `specgen lint` reports them; errors always show)."
    )
    var specWarnings = false

    @Argument(help: "Files of recorded payloads ('-' for standard input).", completion: .file())
    var files: [String] = []

    /// Rejects invocations without docs or payload files.
    func validate() throws {
        if spec.isEmpty && config == nil {
            throw ValidationError("Name the docs with --spec, for example: specgen validate --spec spec/ frames.jsonl")
        }
        if files.isEmpty {
            throw ValidationError("Give at least one file of recorded payloads.")
        }
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("Standard input ('-') can be read only once.")
        }
        try inputOptions().validate()
    }

    /// The docs options, as `generate` takes them, so that both read the docs (and the configuration) alike.
    func inputOptions() -> InputOptions {
        var options = InputOptions()
        options.inputs = spec
        options.dialect = dialect
        options.pathRoot = pathRoot
        options.config = config
        options.noConfig = noConfig
        options.diagnosticPaths = .relative
        options.verifyConfigInputs = false
        return options
    }

    /// Checks every payload and prints its issues as it goes.
    func run() throws {
        try reportingErrors {
            let built = try readSchema()
            // Types are named as the generated code and the JSON Schema name them: by the Swift pass, with the
            // configuration's names.
            let validator = SchemaValidator(schema: built.schema, typeName: built.swift.typeName(_:))
            let typeName = try selectType(in: validator)
            var output = BufferedOutput()
            var payloads = 0
            var failing = 0
            var issueCount = 0
            func check(_ bytes: UnsafeRawBufferPointer, file: String, line: (ValidationIssue) -> Int) {
                payloads += 1
                let issues = validator.validate(bytes: bytes, as: typeName)
                if !issues.isEmpty { failing += 1 }
                issueCount += issues.count
                for issue in issues { output.write(line: "\(file):\(line(issue)): \(issue)") }
            }
            for file in files {
                let input = try PayloadInput(opening: file)
                defer { input.close() }
                if lines {
                    try input.forEachLine(beforeWaiting: { output.flush() }) { bytes, number in
                        guard !Self.isBlank(bytes) else { return }
                        check(bytes, file: file) { _ in number }
                    }
                } else {
                    let bytes = try input.readAll()
                    var lineStarts: [Int]?
                    bytes.withUnsafeBytes { raw in
                        check(raw, file: file) { issue in
                            let starts = lineStarts ?? Self.lineStarts(in: bytes)
                            lineStarts = starts
                            return Self.line(of: issue.byteOffset, lineStarts: starts)
                        }
                    }
                }
                output.flush()
            }
            output.flush()
            DiagnosticPrinter.printError(
                "specgen: \(payloads) payload\(payloads == 1 ? "" : "s") checked as \(typeName): "
                    + (failing == 0
                        ? "all conform to the docs"
                        : "\(failing) with issues (\(issueCount) issue\(issueCount == 1 ? "" : "s"))"))
            if failing > 0 { throw ExitCode.failure }
        }
    }

    /// Reads the docs and the configuration's overlays; prints their diagnostics and stops on an error.
    func readSchema() throws -> BuiltSchema {
        let input = inputOptions()
        let loaded = try input.load()
        let diagnostics = DiagnosticCollector()
        let generator = Generator(options: try input.settings(loaded))
        let built = generator.build(loaded.files, diagnostics: diagnostics)
        let reported = Diagnostic.sortedAndDeduplicated(loaded.diagnostics + diagnostics.sorted)
        input.print(specWarnings ? reported : reported.filter { $0.severity == .error })
        if diagnostics.hasErrors { throw ExitCode.failure }
        return built
    }

    /// The type named by `--type`, or the schema's only events page (by the validator's names).
    func selectType(in validator: SchemaValidator) throws -> String {
        if let type {
            guard validator.hasType(named: type) else {
                throw CommandError(
                    "the docs define no type named '\(type)'; the types are: "
                        + validator.typeNames.joined(separator: ", "))
            }
            return type
        }
        let events = validator.schema.types.filter {
            if case .eventSet = $0.kind { return true } else { return false }
        }
        guard events.count == 1 else {
            throw CommandError(
                "the docs have \(events.isEmpty ? "no" : "several") events pages; name the payloads' "
                    + "type with --type (one of: " + validator.typeNames.joined(separator: ", ") + ")")
        }
        return validator.name(of: events[0])
    }

    /// Whether a line holds only spaces, tabs and carriage returns (blank lines of JSON Lines are skipped).
    static func isBlank(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard var pointer = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return true }
        let end = pointer + bytes.count
        while pointer < end {
            let byte = pointer.pointee
            if byte != 0x20 && byte != 0x09 && byte != 0x0D { return false }
            pointer += 1
        }
        return true
    }

    /// The offset of the first byte of every line.
    static func lineStarts(in bytes: [UInt8]) -> [Int] {
        [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
    }

    /// The 1-based line of a byte offset.
    static func line(of offset: Int, lineStarts: [Int]) -> Int {
        var low = 0
        var high = lineStarts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle }
        }
        return low + 1
    }
}
