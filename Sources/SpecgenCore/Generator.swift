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

/// The settings of a run, resolved once (command line over configuration file over defaults; see
/// ``resolve(commandLine:configuration:registry:diagnostics:)``): every command and the tests build the pipeline
/// (``Generator``) from one such value.
public struct GeneratorOptions: Sendable {
    /// The docs family the input is written in.
    public var dialect: any Dialect
    /// The emitters there are.
    public var registry: EmitterRegistry
    /// What to generate: kinds of the ``registry``.
    public var outputs: Set<OutputKind>
    /// How emitted code is shaped.
    public var emit: EmitOptions
    /// Replacement templates by name.
    public var templateOverrides: [String: String]
    /// The configuration whose overlays, names and Swift types apply to the docs, if any. (Its access level,
    /// dialect and outputs are not read here: they are settled into ``emit``, ``dialect`` and ``outputs``.)
    public var configuration: Configuration?

    /// Creates options.
    ///
    /// - Parameter outputs: What to generate; by default, every kind of the registry.
    public init(
        dialect: any Dialect = Dialects.default, registry: EmitterRegistry = .standard, outputs: Set<OutputKind>? = nil,
        emit: EmitOptions = EmitOptions(), templateOverrides: [String: String] = [:],
        configuration: Configuration? = nil
    ) {
        self.dialect = dialect
        self.registry = registry
        self.outputs = outputs ?? Set(registry.kinds)
        self.emit = emit
        self.templateOverrides = templateOverrides
        self.configuration = configuration
    }
}

/// The schema IR of a run, with the Swift names and types the configuration chose for it, which the IR does not
/// carry: every command that names types in Swift (generate, lint, dump, validate) reads both from here, so that they
/// all use the same names.
public struct BuiltSchema: Hashable, Sendable {
    /// The schema.
    public let schema: Schema
    /// The configuration's Swift names and types (none without a configuration).
    public let swiftNames: SwiftNameSettings

    /// The Swift pass over the schema with these names, run once for the run.
    public let swift: SwiftSchema

    /// Creates a built schema, running the Swift pass.
    public init(schema: Schema, swiftNames: SwiftNameSettings = SwiftNameSettings()) {
        self.schema = schema
        self.swiftNames = swiftNames
        self.swift = SwiftSchema(schema, names: swiftNames)
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
    /// The configuration's Swift names and types, which the Swift outputs applied.
    public var swiftNames: SwiftNameSettings { swift.names }
    /// The Swift pass over the schema with these names, as the Swift outputs saw it.
    public var swift: SwiftSchema
    /// Whether an error was reported (then no files are produced).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// The whole pipeline, in memory: Markdown files in, generated files out. It does no disk I/O.
public struct Generator: Sendable {
    /// The settings.
    public var options: GeneratorOptions

    /// Creates a generator.
    public init(options: GeneratorOptions = GeneratorOptions()) {
        self.options = options
    }

    /// Reads the inputs into the schema IR, with the configuration's Swift names.
    ///
    /// - Parameters:
    ///   - inputs: The documentation files.
    ///   - diagnostics: Where problems are reported.
    /// - Returns: The schema and the Swift names.
    public func build(_ inputs: [InputFile], diagnostics: DiagnosticCollector) -> BuiltSchema {
        build(documents: readDocuments(inputs, diagnostics: diagnostics), diagnostics: diagnostics)
    }

    /// Resolves documents already read with the dialect into the schema IR, applying the configuration: its overlays
    /// to the documents, its Swift choices to the Swift names (and, where an integer type reads a `number`, to the
    /// schema).
    ///
    /// - Parameters:
    ///   - documents: What the dialect read from each file.
    ///   - diagnostics: Where problems are reported.
    /// - Returns: The schema and the Swift names.
    public func build(documents: [SpecDocument], diagnostics: DiagnosticCollector) -> BuiltSchema {
        var documents = options.dialect.relating(documents)
        var builderOptions = options.dialect.schemaBuilderOptions
        var names = SwiftNameSettings()
        if let configuration = options.configuration {
            // Overlays correct the docs' declarations before anything is resolved, so every output follows them.
            let applier = ConfigurationApplier(configuration: configuration, dialect: options.dialect)
            let choices: SwiftChoices
            (documents, choices) = applier.apply(to: documents, diagnostics: diagnostics)
            names = SwiftNameSettings(choices)
            builderOptions.integerNarrowing = names.integerNarrowing
        }
        let schema = SchemaBuilder(options: builderOptions).build(documents, diagnostics: diagnostics)
        // The Swift names of types and properties are the Swift pass's, but a heading or key that gives nothing to
        // name, and a name that is taken, are reported by every command, as problems of the docs.
        let built = BuiltSchema(schema: schema, swiftNames: names)
        built.swift.reportNamingProblems(to: diagnostics)
        return built
    }

    /// The schema alone (``build(_:diagnostics:)`` without the Swift names), for what does not name in Swift.
    public func buildSchema(_ inputs: [InputFile], diagnostics: DiagnosticCollector) -> Schema {
        build(inputs, diagnostics: diagnostics).schema
    }

    /// The schema alone (``build(documents:diagnostics:)`` without the Swift names), for what does not name in
    /// Swift.
    public func buildSchema(documents: [SpecDocument], diagnostics: DiagnosticCollector) -> Schema {
        build(documents: documents, diagnostics: diagnostics).schema
    }

    /// Reads one input: the Markdown tree, and what the dialect reads from it.
    ///
    /// - Parameters:
    ///   - input: The file.
    ///   - diagnostics: Where problems are reported.
    /// - Returns: Both readings.
    public func read(_ input: InputFile, diagnostics: DiagnosticCollector) -> (
        markdown: MarkdownDocument, reading: SpecReading
    ) {
        let markdown = readMarkdown(input, diagnostics: diagnostics)
        return (markdown, options.dialect.read(markdown, diagnostics: diagnostics))
    }

    /// Reads one input's Markdown tree.
    public func readMarkdown(_ input: InputFile, diagnostics: DiagnosticCollector) -> MarkdownDocument {
        options.dialect.readMarkdown(input.contents, path: input.path, diagnostics: diagnostics)
    }

    /// Reads each input with the dialect.
    public func readDocuments(_ inputs: [InputFile], diagnostics: DiagnosticCollector) -> [SpecDocument] {
        // Files are read independently, so they are read in parallel, each with its own collector; the
        // diagnostics are then reported in path order, as if read one after another.
        let sorted = inputs.sorted { $0.path < $1.path }
        let pipeline = self
        // A link connects two inputs, so one input's links are not read for the stray-file check.
        let readingLinks = sorted.count > 1
        let read = try! Parallel.map(sorted.count) { index -> (SpecDocument, StrayFiles.Summary, [Diagnostic]) in
            let collector = DiagnosticCollector()
            let (markdown, reading) = pipeline.read(sorted[index], diagnostics: collector)
            return (reading.document, StrayFiles.Summary(markdown, readingLinks: readingLinks), collector.diagnostics)
        }
        for (_, _, found) in read { for diagnostic in found { diagnostics.emit(diagnostic) } }
        let documents = read.map(\.0)
        StrayFiles.check(
            documents, summaries: read.map(\.1), looseKey: options.dialect.looseAnchorKey,
            diagnostics: diagnostics)
        return documents
    }

    /// The emitters of ``GeneratorOptions/outputs``, in registry order.
    public var emitters: [any Emitter] {
        options.registry.emitters.filter { options.outputs.contains($0.kind) }
    }

    /// The names of the files a run over these documents writes (whatever the docs say), sorted.
    ///
    /// - Parameter documents: The inputs' display paths.
    public func fileNames(for documents: [String]) -> [String] {
        emitters.flatMap { $0.fileNames(for: documents) }.sorted()
    }

    /// Runs the pipeline.
    ///
    /// - Parameter inputs: The documentation files.
    /// - Returns: The files and diagnostics; no files when an error was found.
    public func generate(_ inputs: [InputFile]) -> GenerationResult {
        let diagnostics = DiagnosticCollector()
        // The templates are parsed while the docs are read.
        let overrides = options.templateOverrides
        let templates = Background { try TemplateSet(overrides: overrides) }
        let built = build(inputs, diagnostics: diagnostics)
        let schema = built.schema
        let emitters = self.emitters
        var emitOptions = options.emit
        emitOptions.swiftNames = built.swiftNames
        let context = EmitContext(
            documents: inputs.map(\.path), options: emitOptions, dialectName: options.dialect.name,
            swiftSchema: built.swift)
        for emitter in emitters { emitter.check(schema, context: context, diagnostics: diagnostics) }
        var files: [RenderedFile] = []
        if !diagnostics.hasErrors {
            do {
                files = try emit(schema, emitters: emitters, context: context, templates: templates.value())
            } catch let error as TemplateError {
                diagnostics.emit(.error, error.description, at: nil as SourceRange?, code: "template")
            } catch {
                diagnostics.emit(.error, "\(error)", at: nil as SourceRange?, code: "template")
            }
        }
        if diagnostics.hasErrors {
            files = []
            // No work outlives the run: the templates are still being parsed when the docs had errors.
            _ = try? templates.value()
        }
        return GenerationResult(
            files: files.sorted { $0.name < $1.name }, diagnostics: diagnostics.sorted, schema: schema,
            swift: built.swift)
    }

    /// Renders every file of the emitters. Each file is rendered on its own, so the files are rendered in parallel,
    /// the costliest first; the result is in a fixed order whatever the scheduling.
    func emit(_ schema: Schema, emitters: [any Emitter], context: EmitContext, templates: TemplateSet) throws
        -> [RenderedFile]
    {
        let jobs = emitters.flatMap { $0.jobs(for: schema, context: context, templates: templates) }
        let order = jobs.indices.sorted {
            jobs[$0].cost > jobs[$1].cost || (jobs[$0].cost == jobs[$1].cost && $0 < $1)
        }
        return try Parallel.map(jobs.count, order: order) { try jobs[$0].render() }
    }
}

extension SwiftNameSettings {
    /// The configuration's Swift choices as the Swift emitters take them: each type spelled as generated code writes
    /// it, and an integer type marked as reading a `number` as a JSON integer (``integerNarrowing``).
    public init(_ choices: SwiftChoices) {
        func override(_ setting: SwiftTypeSetting) -> SwiftTypeOverride {
            SwiftTypeOverride(swiftName: setting.swiftName, narrowsTo: setting.kind == .integer ? .integer : nil)
        }
        self.init(
            typeNames: choices.typeNames, fieldNames: choices.fieldNames,
            fieldTypes: choices.fieldTypes.mapValues(override),
            primitiveTypes: choices.primitiveTypes.mapValues(override))
    }
}
