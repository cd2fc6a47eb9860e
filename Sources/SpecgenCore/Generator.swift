import Dispatch
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
    public init(
        dialect: any Dialect = Dialects.default, outputs: Set<OutputKind> = Set(OutputKind.allCases),
        emit: EmitOptions = EmitOptions(), templateOverrides: [String: String] = [:],
        configuration: Configuration? = nil
    ) {
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
        buildSchema(documents: readDocuments(inputs, diagnostics: diagnostics), diagnostics: diagnostics)
    }

    /// Resolves documents already read with the dialect into the schema IR, applying the configuration.
    ///
    /// - Parameters:
    ///   - documents: What the dialect read from each file.
    ///   - diagnostics: Where problems are reported.
    /// - Returns: The schema.
    public func buildSchema(documents: [SpecDocument], diagnostics: DiagnosticCollector) -> Schema {
        var documents = options.dialect.relating(documents)
        var builderOptions = options.dialect.schemaBuilderOptions
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
        // Files are read independently, so they are read in parallel, each with its own collector; the
        // diagnostics are then reported in path order, as if read one after another.
        let sorted = inputs.sorted { $0.path < $1.path }
        let dialect = options.dialect
        let read = try! Parallel.map(sorted.count) { index -> (SpecDocument, StrayFiles.Summary, [Diagnostic]) in
            let collector = DiagnosticCollector()
            let markdown = dialect.readMarkdown(
                sorted[index].contents, path: sorted[index].path,
                diagnostics: collector)
            return (
                dialect.read(markdown, diagnostics: collector), StrayFiles.Summary(markdown),
                collector.diagnostics
            )
        }
        for (_, _, found) in read { for diagnostic in found { diagnostics.emit(diagnostic) } }
        let documents = read.map(\.0)
        StrayFiles.check(
            documents, summaries: read.map(\.1), looseKey: dialect.looseAnchorKey,
            diagnostics: diagnostics)
        return documents
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
        let schema = buildSchema(inputs, diagnostics: diagnostics)
        if !options.outputs.isDisjoint(with: [.models, .validators]) {
            let suggestion = SwiftNaming.typeName(options.dialect.name)
            SwiftNameCheck.reportShadowing(
                in: schema, namespace: options.emit.namespace,
                suggestedNamespace: suggestion == "_" ? "API" : suggestion,
                diagnostics: diagnostics)
        }
        var files: [RenderedFile] = []
        if !diagnostics.hasErrors {
            do {
                files = try emit(schema, inputs: inputs, templates: templates.value())
            } catch let error as TemplateError {
                diagnostics.emit(.error, error.description, at: nil as SourceRange?, code: "template")
            } catch {
                diagnostics.emit(.error, "\(error)", at: nil as SourceRange?, code: "template")
            }
        }
        if diagnostics.hasErrors { files = [] }
        return GenerationResult(
            files: files.sorted { $0.name < $1.name }, diagnostics: diagnostics.sorted,
            schema: schema)
    }

    func emit(_ schema: Schema, inputs: [InputFile], templates: TemplateSet) throws -> [RenderedFile] {
        let names = OutputNaming.baseNames(for: inputs.map(\.path))
        let documents = inputs.map(\.path).sorted()
        let byDocument = schema.typesByDocumentPath
        // Every input gets its files, even one that declares no types, so the set of outputs follows from the set
        // of inputs alone (the build plugin declares them before specgen runs). Each file is rendered on its own,
        // so the files are rendered in parallel; the result is in a fixed order whatever the scheduling.
        var jobs: [@Sendable () throws -> RenderedFile] = []
        // A rough cost of each job (the members it renders), so that the largest files start first.
        var costs: [Int] = []
        let cost = { (types: [SchemaType]) in types.reduce(1) { $0 + 1 + $1.memberCount } }
        if options.outputs.contains(.models) {
            let emitter = SwiftModelEmitter(templates: templates, options: options.emit)
            for path in documents {
                let types = byDocument[path] ?? []
                let base = names[path]!
                // The first document's models file declares the namespace enum, if there is one.
                let declaresNamespace = path == documents.first
                jobs.append {
                    try emitter.emitFile(for: path, types: types, baseName: base, declaresNamespace: declaresNamespace)
                }
                costs.append(cost(types))
            }
        }
        if options.outputs.contains(.validators) {
            let emitter = SwiftValidatorEmitter(templates: templates, options: options.emit)
            for path in documents {
                let types = byDocument[path] ?? []
                let base = names[path]!
                jobs.append { try emitter.emitFile(for: path, types: types, in: schema, baseName: base) }
                costs.append(cost(types) * 2)
            }
        }
        if options.outputs.contains(.schema) {
            jobs.append { try JSONSchemaEmitter().emit(schema, documents: documents) }
            costs.append(cost(schema.types) / 2)
        }
        let work = jobs
        let order = costs.indices.sorted { costs[$0] > costs[$1] || (costs[$0] == costs[$1] && $0 < $1) }
        return try Parallel.map(work.count, order: order) { try work[$0]() }
    }
}

/// A value computed on another thread, waited for when it is needed.
final class Background<Value: Sendable>: @unchecked Sendable {
    // Written once by the background work before `done` is signalled; read only after waiting for it.
    private var result: Result<Value, any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global().async {
            self.result = Result { try work() }
            self.done.signal()
        }
    }

    /// The value (or the error), once the work has finished.
    func value() throws -> Value {
        done.wait()
        done.signal()
        return try result!.get()
    }
}

/// Runs independent work on every core.
enum Parallel {
    /// The results of `body(0)` … `body(count - 1)`, computed concurrently, in index order.
    ///
    /// - Parameters:
    ///   - count: How many results.
    ///   - order: The order in which to start the indices (the costliest first keeps the cores busy to the end);
    ///     by default, index order.
    ///   - body: The work for one index.
    /// - Throws: The error of the lowest index that failed.
    static func map<T: Sendable>(_ count: Int, order: [Int]? = nil, _ body: @Sendable (Int) throws -> T) throws
        -> [T]
    {
        let order = order ?? Array(0..<count)
        precondition(order.count == count && Set(order).count == count, "order must list every index once")
        var values = [Result<T, any Error>?](repeating: nil, count: count)
        values.withUnsafeMutableBufferPointer { buffer in
            // Each index is written by exactly one iteration, and read only after all of them have finished.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: count) { step in
                let index = order[step]
                slots[index] = Result { try body(index) }
            }
        }
        return try values.map { try $0!.get() }
    }
}

/// Names output files after input files.
public enum OutputNaming {
    /// The base name (without extension) of each input's output files: the UpperCamelCase file name
    /// (`chat_channel.md` → `ChatChannel`); where two inputs would share one, as many enclosing folder names as it
    /// takes to tell them apart (`a/x.md`, `b/x.md` → `AX`, `BX`).
    public static func baseNames(for paths: [String]) -> [String: String] {
        let components = Dictionary(
            paths.map { path -> (String, [String]) in
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
