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
    ///   - diagnostics: Where a setting that names nothing known is reported (at its line in the configuration).
    /// - Returns: The settings, or `nil` when an error was reported.
    public static func resolve(
        commandLine: CommandLineSettings, configuration: Configuration?, registry: EmitterRegistry = .standard,
        diagnostics: DiagnosticCollector
    ) -> GeneratorOptions? {
        let known = Dialects.all.keys.sorted().joined(separator: ", ")
        var dialect = Dialects.default
        if let name = commandLine.dialect {
            guard let named = Dialects.named(name) else {
                diagnostics.emit(
                    .error, "unknown dialect '\(name)'; choose one of: \(known)", at: nil as SourceRange?,
                    code: "config")
                return nil
            }
            dialect = named
        } else if let name = configuration?.dialect {
            guard let named = Dialects.named(name.value) else {
                diagnostics.emit(
                    .error, "unknown dialect '\(name.value)'; choose one of: \(known)", at: name.range, code: "config")
                return nil
            }
            dialect = named
        }
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
        let emit = EmitOptions(
            accessModifier: commandLine.accessModifier ?? configuration?.accessModifier ?? .public,
            namespace: commandLine.namespace ?? configuration?.namespace?.value,
            sourceLocations: commandLine.sourceLocations ?? configuration?.sourceLocations ?? .line,
            fastDecoders: configuration?.fastDecoders ?? true)
        return GeneratorOptions(
            dialect: dialect, registry: registry, outputs: Set(outputs), emit: emit,
            templateOverrides: commandLine.templateOverrides, configuration: configuration)
    }
}
