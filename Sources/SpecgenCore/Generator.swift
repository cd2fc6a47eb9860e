import SpecgenConfig
import SpecgenDialects
import SpecgenEmit
import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport

/// One documentation file, in memory.
public struct InputFile: Hashable, Sendable {
    /// The path shown in diagnostics and written into generated code (keep it relative for stable output).
    public var path: String
    /// The file's bytes.
    public var contents: [UInt8]

    /// Creates an input file.
    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }
}

/// What to generate.
public enum OutputKind: String, Hashable, Sendable, CaseIterable, Codable {
    /// Swift Codable models.
    case models
    /// One JSON Schema (draft 2020-12) document for the whole run: `schema.json`.
    case schema
    /// Swift validators: `<Base>+Validation.swift` beside each document's models.
    case validators
}

/// The generator's settings.
public struct GeneratorOptions: Sendable {
    /// The docs family the input is written in.
    public var dialect: any Dialect
    /// What to generate.
    public var outputs: Set<OutputKind>
    /// How emitted code is shaped.
    public var emit: EmitOptions
    /// Replacement templates by name.
    public var templateOverrides: [String: String]
    /// The configuration whose overlays, names and Swift types apply to the docs, if any. (Its access level and
    /// dialect are not read here: the caller settles them into ``emit`` and ``dialect``.)
    public var configuration: Configuration?

    /// Creates options.
    public init(dialect: any Dialect = Dialects.default, outputs: Set<OutputKind> = Set(OutputKind.allCases),
                emit: EmitOptions = EmitOptions(), templateOverrides: [String: String] = [:],
                configuration: Configuration? = nil) {
        self.dialect = dialect
        self.outputs = outputs
        self.emit = emit
        self.templateOverrides = templateOverrides
        self.configuration = configuration
    }
}

/// What one run produced.
public struct GenerationResult: Sendable {
    /// The output files, sorted by name. Empty when an error was found.
    public var files: [RenderedFile]
    /// Everything reported, sorted by location.
    public var diagnostics: [Diagnostic]
    /// The schema the files were made from.
    public var schema: Schema
    /// Whether an error was reported (then no files are produced).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// The whole pipeline, in memory: Markdown files in, generated files out. It does no disk I/O.
public struct Generator {
    /// The settings.
    public var options: GeneratorOptions

    /// Creates a generator.
    public init(options: GeneratorOptions = GeneratorOptions()) {
        self.options = options
    }

    /// Reads the inputs into the schema IR.
    ///
    /// - Parameters:
    ///   - inputs: The documentation files.
    ///   - diagnostics: Where problems are reported.
    /// - Returns: The schema.
    public func buildSchema(_ inputs: [InputFile], diagnostics: DiagnosticCollector) -> Schema {
        var documents = readDocuments(inputs, diagnostics: diagnostics)
        var builderOptions = SchemaBuilder.Options(looseAnchorKey: options.dialect.looseAnchorKey)
        if let configuration = options.configuration {
            // Overlays correct the docs' declarations before anything is resolved, so every output follows them.
            let applier = ConfigurationApplier(configuration: configuration, dialect: options.dialect)
            documents = applier.apply(to: documents, diagnostics: diagnostics)
            builderOptions.primitiveSwiftTypes = applier.primitiveSwiftTypes(diagnostics: diagnostics)
        }
        return SchemaBuilder(options: builderOptions).build(documents, diagnostics: diagnostics)
    }

    /// Reads each input with the dialect.
    public func readDocuments(_ inputs: [InputFile], diagnostics: DiagnosticCollector) -> [SpecDocument] {
        let reader = MarkdownReader()
        return inputs.sorted { $0.path < $1.path }.map { input in
            let markdown = reader.read(input.contents, path: input.path, diagnostics: diagnostics)
            return options.dialect.read(markdown, diagnostics: diagnostics)
        }
    }

    /// Runs the pipeline.
    ///
    /// - Parameter inputs: The documentation files.
    /// - Returns: The files and diagnostics; no files when an error was found.
    public func generate(_ inputs: [InputFile]) -> GenerationResult {
        let diagnostics = DiagnosticCollector()
        let schema = buildSchema(inputs, diagnostics: diagnostics)
        var files: [RenderedFile] = []
        if !diagnostics.hasErrors {
            do {
                files = try emit(schema, inputs: inputs)
            } catch let error as TemplateError {
                diagnostics.emit(.error, error.description, at: nil as SourceRange?, code: "template")
            } catch {
                diagnostics.emit(.error, "\(error)", at: nil as SourceRange?, code: "template")
            }
        }
        if diagnostics.hasErrors { files = [] }
        return GenerationResult(files: files.sorted { $0.name < $1.name }, diagnostics: diagnostics.sorted,
                                schema: schema)
    }

    func emit(_ schema: Schema, inputs: [InputFile]) throws -> [RenderedFile] {
        let templates = try TemplateSet(overrides: options.templateOverrides)
        let names = OutputNaming.baseNames(for: inputs.map(\.path))
        var files: [RenderedFile] = []
        if options.outputs.contains(.models) {
            // Every input gets its file, even one that declares no types, so the set of outputs follows from the
            // set of inputs alone (the build plugin declares them before specgen runs).
            files += try SwiftModelEmitter(templates: templates, options: options.emit)
                .emit(schema, fileNames: names, allDocuments: inputs.map(\.path).sorted())
        }
        if options.outputs.contains(.validators) {
            // Like the models: one file per input, even when it declares no types.
            files += try SwiftValidatorEmitter(templates: templates, options: options.emit)
                .emit(schema, fileNames: names, allDocuments: inputs.map(\.path).sorted())
        }
        if options.outputs.contains(.schema) {
            files.append(try JSONSchemaEmitter().emit(schema, documents: inputs.map(\.path)))
        }
        return files
    }
}

/// Names output files after input files.
public enum OutputNaming {
    /// The base name (without extension) of each input's output files: the UpperCamelCase file name
    /// (`chat_channel.md` → `ChatChannel`); where two inputs would share one, as many enclosing folder names as it
    /// takes to tell them apart (`a/x.md`, `b/x.md` → `AX`, `BX`).
    public static func baseNames(for paths: [String]) -> [String: String] {
        let components = Dictionary(paths.map { path -> (String, [String]) in
            var parts = path.split(separator: "/").map(String.init).filter { $0 != "." && $0 != ".." }
            if var last = parts.last, let dot = last.lastIndex(of: ".") {
                last = String(last[..<dot])
                parts[parts.count - 1] = last
            }
            return (path, parts.isEmpty ? ["Document"] : parts)
        }, uniquingKeysWith: { first, _ in first })
        var depth = Dictionary(paths.map { ($0, 1) }, uniquingKeysWith: { first, _ in first })
        func name(_ path: String) -> String {
            let parts = components[path]!
            let n = min(depth[path]!, parts.count)
            let base = parts.suffix(n).map(SwiftNaming.typeName).joined()
            return base == "_" ? "Document" : base
        }
        while true {
            var groups: [String: [String]] = [:]
            for path in paths { groups[name(path), default: []].append(path) }
            var changed = false
            for (_, group) in groups where group.count > 1 {
                for path in group where depth[path]! < components[path]!.count {
                    depth[path]! += 1
                    changed = true
                }
            }
            if !changed { break }
        }
        // Paths that still collide (identical after naming) get numbers, in path order.
        var result: [String: String] = [:]
        var used = SwiftNaming.Uniquer()
        for path in paths.sorted() { result[path] = used.claim(name(path)) }
        return result
    }
}
