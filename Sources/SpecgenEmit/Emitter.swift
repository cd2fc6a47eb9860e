import Dispatch
import SpecgenIR
import SpecgenSupport

/// What every emitter of a run is given besides the schema.
public struct EmitContext: Sendable {
    /// Every document's display path, sorted. Every document gets its files, even one that declares no types, so
    /// that the set of outputs follows from the set of inputs alone (the build plugin declares them before specgen
    /// runs).
    public var documents: [String]
    /// The base name of each document's files (``OutputFiles/baseNames(for:)``).
    public var baseNames: [String: String]
    /// How emitted code is shaped.
    public var options: EmitOptions
    /// The name of the docs' dialect (`osu`), from which a namespace can be suggested.
    public var dialectName: String
    /// The Swift pass of the run's schema, worked out once for all the Swift emitters (see ``swiftSchema(of:)``).
    private let swiftPass = SwiftPassCache()

    /// Creates a context; the base names follow from the documents.
    ///
    /// - Parameter swiftSchema: The Swift pass of the run's schema when it has been run already (with
    ///   `options.swiftNames`), which the emitters then share instead of running it again.
    public init(
        documents: [String], options: EmitOptions = EmitOptions(), dialectName: String,
        swiftSchema: SwiftSchema? = nil
    ) {
        self.documents = documents.sorted()
        self.baseNames = OutputFiles.baseNames(for: documents)
        self.options = options
        self.dialectName = dialectName
        if let swiftSchema { swiftPass.keep(swiftSchema) }
    }

    /// The Swift pass over `schema` with the configuration's Swift names (``SwiftSchema``,
    /// ``EmitOptions/swiftNames``): run on the first request, then shared by every emitter that asks for the same
    /// schema with this context (or a copy of it), so a run with models and validators runs it once.
    public func swiftSchema(of schema: Schema) -> SwiftSchema {
        swiftPass.swiftSchema(of: schema, names: options.swiftNames)
    }
}

/// The Swift pass of the last schema asked for, shared by the copies of one ``EmitContext``.
private final class SwiftPassCache: @unchecked Sendable {
    // `last` is read and written only while holding `lock`.
    private let lock = DispatchSemaphore(value: 1)
    private var last: (schema: Schema, swift: SwiftSchema)?

    /// Keeps a pass already run, for the next request of its schema and names.
    func keep(_ swift: SwiftSchema) {
        lock.wait()
        defer { lock.signal() }
        last = (swift.schema, swift)
    }

    func swiftSchema(of schema: Schema, names: SwiftNameSettings) -> SwiftSchema {
        lock.wait()
        defer { lock.signal() }
        // Comparing the schema the run passes again is cheap: the arrays share their storage.
        if let last, last.schema == schema, last.swift.names == names { return last.swift }
        let swift = SwiftSchema(schema, names: names)
        last = (schema, swift)
        return swift
    }
}

/// One file to render, with a rough cost so that the largest files start first when files are rendered in
/// parallel.
public struct EmitJob: Sendable {
    /// A rough measure of the work (the members rendered, say); only the order of costs matters.
    public var cost: Int
    /// Renders the file.
    public var render: @Sendable () throws -> RenderedFile

    /// Creates a job.
    public init(cost: Int, render: @escaping @Sendable () throws -> RenderedFile) {
        self.cost = cost
        self.render = render
    }
}

/// One kind of output, made from the schema IR.
///
/// An emitter declares its ``kind`` (whose name selects it in `--emit` and in the configuration's `outputs`, and
/// whose file rule names its files), and turns the schema into files. The emitters a run can use are those of an
/// ``EmitterRegistry``; adding an output is one emitter plus one line in the registry (and, for an output the build
/// plugin must declare, its ``OutputKind`` in `OutputFiles.swift`, which the plugin compiles too).
public protocol Emitter: Sendable {
    /// What the emitter produces: its name and how its files are named.
    var kind: OutputKind { get }

    /// Reports problems of the schema that only this output has (a name its language reserves, say), before
    /// anything is emitted. By default, none.
    func check(_ schema: Schema, context: EmitContext, diagnostics: DiagnosticCollector)

    /// The files to render for the schema, one job each: exactly the files ``fileNames(for:)`` names.
    ///
    /// - Parameters:
    ///   - schema: The schema.
    ///   - context: The documents and options.
    ///   - templates: specgen's templates with the run's replacements, for emitters that render through them.
    func jobs(for schema: Schema, context: EmitContext, templates: TemplateSet) -> [EmitJob]
}

extension Emitter {
    /// Reports nothing.
    public func check(_ schema: Schema, context: EmitContext, diagnostics: DiagnosticCollector) {}

    /// The names of the files the emitter writes for a set of documents (display paths), in document order: the
    /// rule of its ``kind``, the same the build plugin follows.
    public func fileNames(for documents: [String]) -> [String] {
        kind.fileNames(baseNames: OutputFiles.baseNames(for: documents))
    }

    /// Renders every file, one after another.
    public func emit(_ schema: Schema, context: EmitContext, templates: TemplateSet) throws -> [RenderedFile] {
        try jobs(for: schema, context: context, templates: templates).map { try $0.render() }
    }
}

/// The emitters a run can use, one per output kind.
public struct EmitterRegistry: Sendable {
    /// The emitters, in the order their kinds are listed to users.
    public private(set) var emitters: [any Emitter]

    /// Creates a registry.
    ///
    /// - Precondition: No two emitters share a kind name.
    public init(_ emitters: [any Emitter]) {
        precondition(
            Set(emitters.map(\.kind.name)).count == emitters.count, "two emitters share an output kind name")
        self.emitters = emitters
    }

    /// The outputs specgen ships.
    public static let standard = EmitterRegistry([
        SwiftModelsOutput(),
        JSONSchemaOutput(),
        SwiftValidatorsOutput(),
    ])

    /// The registry with one more emitter.
    public func adding(_ emitter: any Emitter) -> EmitterRegistry {
        EmitterRegistry(emitters + [emitter])
    }

    /// The kinds of the emitters, in order.
    public var kinds: [OutputKind] { emitters.map(\.kind) }

    /// The emitter of the kind named so, or `nil`.
    public func emitter(named name: String) -> (any Emitter)? {
        emitters.first { $0.kind.name == name }
    }
}

/// The members a list of types renders, as a rough cost.
func renderCost(_ types: [SchemaType]) -> Int {
    types.reduce(1) { $0 + 1 + $1.memberCount }
}

/// Swift Codable models, through ``SwiftModelEmitter``.
public struct SwiftModelsOutput: Emitter {
    /// Creates the emitter.
    public init() {}

    /// ``OutputKind/models``.
    public var kind: OutputKind { .models }

    /// Reports generated names that hide Swift's own types.
    public func check(_ schema: Schema, context: EmitContext, diagnostics: DiagnosticCollector) {
        reportSwiftShadowing(schema, context: context, diagnostics: diagnostics)
    }

    /// One models file per document; the first document's declares the namespace enum, if there is one.
    public func jobs(for schema: Schema, context: EmitContext, templates: TemplateSet) -> [EmitJob] {
        let emitter = SwiftModelEmitter(templates: templates, options: context.options)
        let first = context.documents.first
        return swiftJobs(for: schema, context: context, costFactor: 1) { path, types, swift, base in
            try emitter.emitFile(
                for: path, types: types, in: swift, baseName: base, declaresNamespace: path == first)
        }
    }
}

/// Swift validators, through ``SwiftValidatorEmitter``.
public struct SwiftValidatorsOutput: Emitter {
    /// Creates the emitter.
    public init() {}

    /// ``OutputKind/validators``.
    public var kind: OutputKind { .validators }

    /// Reports generated names that hide Swift's own types.
    public func check(_ schema: Schema, context: EmitContext, diagnostics: DiagnosticCollector) {
        reportSwiftShadowing(schema, context: context, diagnostics: diagnostics)
    }

    /// One validators file per document.
    public func jobs(for schema: Schema, context: EmitContext, templates: TemplateSet) -> [EmitJob] {
        let emitter = SwiftValidatorEmitter(templates: templates, options: context.options)
        return swiftJobs(for: schema, context: context, costFactor: 2) { path, types, swift, base in
            try emitter.emitFile(for: path, types: types, in: swift, baseName: base)
        }
    }
}

/// The jobs of a Swift emitter: one file per document (every document, even one without types), rendered from the
/// run's Swift pass (``EmitContext/swiftSchema(of:)``).
///
/// - Parameters:
///   - schema: The schema.
///   - context: The documents and options, and the run's Swift pass.
///   - costFactor: How costly the emitter's files are per member, relative to the models'.
///   - render: Renders one document's file from its path, its types (after the Swift pass), the pass and the
///     file's base name.
func swiftJobs(
    for schema: Schema, context: EmitContext, costFactor: Int,
    render: @escaping @Sendable (String, [SchemaType], SwiftSchema, String) throws -> RenderedFile
) -> [EmitJob] {
    let swift = context.swiftSchema(of: schema)
    let byDocument = swift.schema.typesByDocumentPath
    return context.documents.map { path in
        let types = byDocument[path] ?? []
        let base = context.baseNames[path]!
        return EmitJob(cost: renderCost(types) * costFactor) { try render(path, types, swift, base) }
    }
}

/// The JSON Schema document, through ``JSONSchemaEmitter``.
public struct JSONSchemaOutput: Emitter {
    /// Creates the emitter.
    public init() {}

    /// ``OutputKind/schema``.
    public var kind: OutputKind { .schema }

    /// One file for the whole run. Types the docs do not describe are described as the Swift models describe them
    /// (``SwiftSchema/describing(_:)``).
    public func jobs(for schema: Schema, context: EmitContext, templates: TemplateSet) -> [EmitJob] {
        let documents = context.documents
        let swift = context.swiftSchema(of: schema)
        let described = swift.describing(schema)
        return [
            EmitJob(cost: renderCost(schema.types) / 2) {
                try JSONSchemaEmitter(names: swift).emit(described, documents: documents)
            }
        ]
    }
}

/// The Swift emitters' check: generated names that hide Swift's own types (reported once however many Swift outputs
/// a run has: the generator drops repeated diagnostics).
func reportSwiftShadowing(_ schema: Schema, context: EmitContext, diagnostics: DiagnosticCollector) {
    let suggestion = SwiftNaming.typeName(context.dialectName)
    SwiftNameCheck.reportShadowing(
        in: context.swiftSchema(of: schema), namespace: context.options.namespace,
        suggestedNamespace: suggestion == "_" ? "API" : suggestion, diagnostics: diagnostics)
}
