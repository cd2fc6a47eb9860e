import SpecgenConfig
import SpecgenDialects
import SpecgenEmit
import SpecgenSupport

/// What the command line says about a run's settings: `nil` (or empty) where it says nothing, so that the
/// configuration file or the default applies.
public struct CommandLineSettings: Sendable {
    /// `--dialect`.
    public var dialect: String?
    /// `--emit`, as written.
    public var outputs: [String]
    /// `--access`.
    public var accessModifier: AccessModifier?
    /// `--namespace`.
    public var namespace: String?
    /// `--source-locations`.
    public var sourceLocations: SourceLocationStyle?
    /// The templates of `--templates`, by name.
    public var templateOverrides: [String: String]

    /// Creates settings.
    public init(
        dialect: String? = nil, outputs: [String] = [], accessModifier: AccessModifier? = nil,
        namespace: String? = nil, sourceLocations: SourceLocationStyle? = nil,
        templateOverrides: [String: String] = [:]
    ) {
        self.dialect = dialect
        self.outputs = outputs
        self.accessModifier = accessModifier
        self.namespace = namespace
        self.sourceLocations = sourceLocations
        self.templateOverrides = templateOverrides
    }
}

extension GeneratorOptions {
    /// Settles the settings of a run, once: each comes from the command line if it says, else from the
    /// configuration file, else its default. `generate`, `validate`, `lint` and `dump` all build their pipeline
    /// from the result.
    ///
    /// - Parameters:
    ///   - commandLine: What the command line says.
    ///   - configuration: The configuration file, if one is used.
    ///   - registry: The emitters there are.
    ///   - diagnostics: Where a setting that names nothing known, or a namespace generated code cannot use, is
    ///     reported (at its line in the configuration).
    /// - Returns: The settings, or `nil` when an error was reported.
    public static func resolve(
        commandLine: CommandLineSettings, configuration: Configuration?, registry: EmitterRegistry = .standard,
        diagnostics: DiagnosticCollector
    ) -> GeneratorOptions? {
        guard
            let dialect = resolveDialect(
                commandLine: commandLine, configuration: configuration, diagnostics: diagnostics)
        else { return nil }
        for name in commandLine.outputs where registry.emitter(named: name) == nil {
            diagnostics.emit(
                .error,
                "unknown output '\(name)'; choose from: " + registry.kinds.map(\.name).joined(separator: ", "),
                at: nil as SourceRange?, code: "config")
            return nil
        }
        let outputs = OutputKind.resolve(
            commandLine: commandLine.outputs, configured: configuration?.outputs?.map(\.value),
            defaults: registry.kinds, known: registry.kinds)
        let namespace: String?
        if let given = commandLine.namespace {
            if let problem = EmitOptions.problem(withNamespace: given) {
                diagnostics.emit(.error, "--namespace '\(given)' \(problem).", at: nil as SourceRange?, code: "config")
                return nil
            }
            namespace = given
        } else if let configured = configuration?.namespace {
            // The configuration reads any identifier; whether generated code can use it is the emitters' rule.
            if let problem = EmitOptions.problem(withNamespace: configured.value) {
                diagnostics.emit(
                    .error, "'namespace' '\(configured.value)' \(problem)", at: configured.range, code: "config")
                return nil
            }
            namespace = configured.value
        } else {
            namespace = nil
        }
        let emit = EmitOptions(
            accessModifier: commandLine.accessModifier ?? configuration?.accessModifier ?? .public,
            namespace: namespace,
            sourceLocations: commandLine.sourceLocations ?? configuration?.sourceLocations ?? .line,
            fastDecoders: configuration?.fastDecoders ?? true)
        return GeneratorOptions(
            dialect: dialect, registry: registry, outputs: Set(outputs), emit: emit,
            templateOverrides: commandLine.templateOverrides, configuration: configuration)
    }

    /// Settles the dialect of a run: the command line's if it names one, else the configuration's, else the
    /// default. ``resolve(commandLine:configuration:registry:diagnostics:)`` uses it, and so does whatever must know
    /// the dialect before the other settings, such as the search for input files (which takes the dialect's file
    /// extensions), so that the rule exists once.
    ///
    /// - Parameters:
    ///   - commandLine: What the command line says (only its dialect is read).
    ///   - configuration: The configuration file, if one is used.
    ///   - diagnostics: Where a dialect that does not exist is reported (at its line in the configuration).
    /// - Returns: The dialect, or `nil` when the dialect that wins names none.
    public static func resolveDialect(
        commandLine: CommandLineSettings, configuration: Configuration?, diagnostics: DiagnosticCollector
    ) -> (any Dialect)? {
        let name: String
        let range: SourceRange?
        if let given = commandLine.dialect {
            (name, range) = (given, nil)
        } else if let configured = configuration?.dialect {
            (name, range) = (configured.value, configured.range)
        } else {
            return Dialects.default
        }
        guard let dialect = Dialects.named(name) else {
            let known = Dialects.all.keys.sorted().joined(separator: ", ")
            diagnostics.emit(.error, "unknown dialect '\(name)'; choose one of: \(known)", at: range, code: "config")
            return nil
        }
        return dialect
    }
}
