import ArgumentParser
import Foundation
import SpecgenConfig
import SpecgenCore
import SpecgenEmit
import SpecgenSupport

/// `specgen generate` (the default command).
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate Swift sources from Markdown API docs (the default command).",
        discussion: """
            Reads every .md file in the inputs and writes into the output folder, for each document, its models \
            (<Name>.swift) and validators (<Name>+Validation.swift), plus one schema.json for all of them. \
            Diagnostics go to standard error as path:line:column: severity: message. On any error nothing is \
            written and the exit status is 1. specgen only replaces or removes files it wrote itself (it keeps a \
            list in .specgen-manifest in the output folder). With --check nothing is written: the files that \
            would change are listed, one a line, and the exit status is 1 if there are any (a drift check for CI).
            """)

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write generated files into.", valueName: "folder"))
    var out: String

    @Option(
        help: ArgumentHelp(
            "A folder of .mustache files that replace specgen's templates of the same name.",
            valueName: "folder"))
    var templates: String?

    @Option(
        help: """
            The access level of generated declarations (public, package or internal; default public); overrides the \
            configuration's.
            """)
    var access: AccessModifier?

    @Option(
        help: ArgumentHelp(
            """
            An enum to nest every generated type in (Osu gives Osu.User); overrides the configuration's.
            """, valueName: "name"))
    var namespace: String?

    @Option(
        help: """
            How much of a docs location doc comments name: line (the default), file or none; overrides the \
            configuration's.
            """)
    var sourceLocations: SourceLocationStyle?

    @Option(
        help: "What to generate (repeatable; default: all; schema is one schema.json).")
    var emit: [OutputKind] = []

    @Flag(name: .shortAndLong, help: "Print nothing but diagnostics (and, with --check, the files that would change).")
    var quiet = false

    @Flag(
        help: """
            Write nothing: list the files of the output folder that would change (added, changed or removed: one a \
            line, relative to --out) and exit with 1 if there is any, 0 if the folder is up to date.
            """)
    var check = false

    func validate() throws {
        if let namespace, let problem = EmitOptions.problem(withNamespace: namespace) {
            throw ValidationError("--namespace '\(namespace)' \(problem).")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw ValidationError("--out '\(out)' is a file; give a folder to write into.")
        }
        if let refusal = OutputFolderRules.refusal(out: out, inputs: input.inputs) {
            throw ValidationError(refusal)
        }
    }

    func run() throws {
        try reportingErrors {
            let loaded = try input.load()
            // Inputs named by the configuration are known only now.
            if let refusal = OutputFolderRules.refusal(out: out, inputs: loaded.inputPaths) {
                throw ValidationError(refusal)
            }
            let settings = try input.settings(
                loaded,
                commandLine: CommandLineSettings(
                    outputs: emit.map(\.name), accessModifier: access, namespace: namespace,
                    sourceLocations: sourceLocations, templateOverrides: try templates.map(TemplateLoader.load) ?? [:]))
            let generator = Generator(options: settings)
            let result = generator.generate(loaded.files)
            input.print(Diagnostic.sortedAndDeduplicated(loaded.diagnostics + result.diagnostics))
            if result.hasErrors { throw ExitCode.failure }
            if check {
                let changes = try OutputCheck.changes(writing: result.files, into: out)
                for change in changes { print("\(change.kind.rawValue): \(change.name)") }
                if !quiet {
                    DiagnosticPrinter.printError(
                        changes.isEmpty
                            ? "specgen: \(out) is up to date (\(result.files.count) files)"
                            : "specgen: \(changes.count) of the files in \(out) would change; run without --check to "
                                + "write them")
                }
                if !changes.isEmpty { throw ExitCode.failure }
                return
            }
            let report = try OutputWriter(folder: out).write(result.files)
            if !quiet {
                print(
                    "specgen: \(result.files.count) files in \(out) (\(report.written.count) written, "
                        + "\(report.unchanged.count) unchanged, \(report.removed.count) removed)")
            }
        }
    }
}

extension AccessModifier: ExpressibleByArgument {}

extension OutputKind: ExpressibleByArgument {
    /// The kind of the standard registry named so.
    public init?(argument: String) {
        guard let emitter = EmitterRegistry.standard.emitter(named: argument) else { return nil }
        self = emitter.kind
    }

    /// The names of the standard registry's kinds.
    public static var allValueStrings: [String] { EmitterRegistry.standard.kinds.map(\.name) }
}

extension SourceLocationStyle: ExpressibleByArgument {}

/// Reads a folder of replacement templates.
enum TemplateLoader {
    static func load(_ folder: String) throws -> [String: String] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: folder) else {
            throw CommandError("cannot read the templates folder '\(folder)'")
        }
        var templates: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = folder + "/" + name
            guard let data = fm.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw CommandError("cannot read the template '\(path)' as UTF-8")
            }
            templates[String(name.dropLast(".mustache".count))] = text
        }
        for sub in ["partials"] where fm.fileExists(atPath: folder + "/" + sub) {
            templates.merge(try load(folder + "/" + sub)) { own, _ in own }
        }
        return templates
    }
}
