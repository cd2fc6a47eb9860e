import ArgumentParser
import Foundation
import SpecgenCore
import SpecgenDialects
import SpecgenIR
import SpecgenRuntime
import SpecgenSupport

/// `specgen validate`: checks recorded payloads against the docs, as the generated validators would.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check recorded JSON payloads against the docs and print every place they depart from them.",
        discussion: """
            Each file holds one JSON document (or, with --lines, one per line). Every issue is printed to standard \
            output as FILE:LINE: /pointer: message [spec location]. The exit status is 1 when any payload has an \
            issue (malformed JSON included) and 0 when all conform. Keys the docs do not list are allowed; \
            everything else they say is checked.
            """)

    @Option(name: .long,
            help: ArgumentHelp("The docs: a Markdown file, or a folder to search for .md files (repeatable).",
                               valueName: "path"))
    var spec: [String] = []

    @Option(help: ArgumentHelp("The type every payload should be, by its Swift name (default: the docs' events page).",
                               valueName: "name"))
    var type: String?

    @Flag(help: "Read each file as JSON Lines: one JSON document per line (blank lines are skipped).")
    var lines = false

    @Option(help: """
        The docs family the docs are written in (\(Dialects.all.keys.sorted().joined(separator: ", "))); overrides \
        the configuration's.
        """)
    var dialect: String?

    @Option(help: ArgumentHelp("Write spec locations relative to this folder (as generate's --path-root does).",
                               valueName: "folder"))
    var pathRoot: String?

    @Option(help: ArgumentHelp(
        "A configuration file whose overlays apply to the docs (as for generate); without it, one in a --spec folder is used.",
        valueName: "file"))
    var config: String?

    @Flag(help: "Use no configuration file, even one found in a --spec folder.")
    var noConfig = false

    @Flag(help: "Also print the docs' own warnings (hidden by default, as `specgen lint` reports them; errors always show).")
    var specWarnings = false

    @Argument(help: "Files of recorded payloads.", completion: .file())
    var files: [String] = []

    /// Rejects invocations without docs or payload files.
    func validate() throws {
        if spec.isEmpty && config == nil {
            throw ValidationError("Name the docs with --spec, for example: specgen validate --spec spec/ frames.jsonl")
        }
        if files.isEmpty {
            throw ValidationError("Give at least one file of recorded payloads.")
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

    /// Checks every payload and prints its issues.
    func run() throws {
        do {
            let schema = try readSchema()
            let typeName = try selectType(in: schema)
            let validator = SchemaValidator(schema: schema)
            var payloads = 0
            var failing = 0
            var issueCount = 0
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CommandError("cannot read '\(file)'")
                }
                for payload in Self.payloads(in: data, lines: lines) {
                    payloads += 1
                    let issues = data.withUnsafeBytes { raw in
                        validator.validate(bytes: UnsafeRawBufferPointer(rebasing: raw[payload.range]), as: typeName)
                    }
                    if !issues.isEmpty { failing += 1 }
                    issueCount += issues.count
                    for issue in issues {
                        let line = lines ? payload.line : Self.line(of: issue.byteOffset, in: data)
                        print("\(file):\(line): \(issue)")
                    }
                }
            }
            DiagnosticPrinter.printError(
                "specgen: \(payloads) payload\(payloads == 1 ? "" : "s") checked as \(typeName): "
                    + (failing == 0 ? "all conform to the docs"
                        : "\(failing) with issues (\(issueCount) issue\(issueCount == 1 ? "" : "s"))"))
            if failing > 0 { throw ExitCode.failure }
        } catch let error as CommandError {
            DiagnosticPrinter.printError("specgen: error: \(error.message)")
            throw ExitCode.failure
        }
    }

    /// Reads the docs and the configuration's overlays; prints their diagnostics and stops on an error.
    func readSchema() throws -> Schema {
        let input = inputOptions()
        let loaded = try input.load()
        let diagnostics = DiagnosticCollector()
        let generator = Generator(options: GeneratorOptions(dialect: loaded.dialect, configuration: loaded.configuration))
        let schema = generator.buildSchema(loaded.files, diagnostics: diagnostics)
        let reported = Diagnostic.sortedAndDeduplicated(loaded.diagnostics + diagnostics.sorted)
        input.print(specWarnings ? reported : reported.filter { $0.severity == .error })
        if diagnostics.hasErrors { throw ExitCode.failure }
        return schema
    }

    /// The type named by `--type`, or the schema's only events page.
    func selectType(in schema: Schema) throws -> String {
        if let type {
            guard schema.type(named: type) != nil else {
                throw CommandError("the docs define no type named '\(type)'; the types are: "
                                   + schema.types.map(\.name).sorted().joined(separator: ", "))
            }
            return type
        }
        let events = schema.types.filter { if case .eventSet = $0.kind { return true } else { return false } }
        guard events.count == 1 else {
            throw CommandError("the docs have \(events.isEmpty ? "no" : "several") events pages; name the payloads' "
                               + "type with --type (one of: " + schema.types.map(\.name).sorted().joined(separator: ", ")
                               + ")")
        }
        return events[0].name
    }

    /// The documents in a file: the whole file, or each non-blank line.
    static func payloads(in data: Data, lines: Bool) -> [(range: Range<Int>, line: Int)] {
        guard lines else { return [(0..<data.count, 1)] }
        var result: [(Range<Int>, Int)] = []
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            var line = 1
            for i in 0...bytes.count {
                guard i == bytes.count || bytes[i] == 0x0A else { continue }
                if bytes[start..<i].contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
                    result.append((start..<i, line))
                }
                start = i + 1
                line += 1
            }
        }
        return result
    }

    /// The 1-based line of a byte offset.
    static func line(of offset: Int, in data: Data) -> Int {
        1 + data.prefix(offset).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}
