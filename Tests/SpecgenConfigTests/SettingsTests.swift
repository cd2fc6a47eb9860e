import SpecgenConfig
import SpecgenCore
import SpecgenEmit
import SpecgenSupport
import Testing

/// `GeneratorOptions.resolve`: each setting comes from the command line if it says, else from the configuration,
/// else its default.
@Suite struct SettingsTests {
    static let configured = """
        dialect: osu
        outputs: [schema, models]
        accessModifier: package
        namespace: Docs
        sourceLocations: file
        """

    func configuration(_ text: String) throws -> Configuration {
        let diagnostics = DiagnosticCollector()
        let configuration = try #require(
            ConfigurationReader().read(text, path: "specgen.yml", diagnostics: diagnostics))
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        return configuration
    }

    func resolve(_ commandLine: CommandLineSettings, _ configuration: Configuration?) throws -> GeneratorOptions {
        let diagnostics = DiagnosticCollector()
        let options = GeneratorOptions.resolve(
            commandLine: commandLine, configuration: configuration, diagnostics: diagnostics)
        #expect(diagnostics.diagnostics.isEmpty, "\(diagnostics)")
        return try #require(options)
    }

    @Test func defaultsApplyWhenNothingSays() throws {
        let options = try resolve(CommandLineSettings(), nil)
        #expect(options.dialect.name == "osu")
        #expect(options.outputs == Set(EmitterRegistry.standard.kinds))
        #expect(options.emit == EmitOptions())
        #expect(options.configuration == nil)
    }

    @Test func theConfigurationWinsOverTheDefaults() throws {
        let configuration = try configuration(Self.configured)
        let options = try resolve(CommandLineSettings(), configuration)
        #expect(options.outputs == [.schema, .models])
        #expect(options.emit == EmitOptions(accessModifier: .package, namespace: "Docs", sourceLocations: .file))
        #expect(options.configuration == configuration)
    }

    @Test func theCommandLineWinsOverTheConfiguration() throws {
        let options = try resolve(
            CommandLineSettings(
                dialect: "osu", outputs: ["validators"], accessModifier: .internal, namespace: "API",
                sourceLocations: SourceLocationStyle.none, templateOverrides: ["models.swift": "x"]),
            try configuration(Self.configured))
        #expect(options.outputs == [.validators])
        #expect(options.emit == EmitOptions(accessModifier: .internal, namespace: "API", sourceLocations: .none))
        #expect(options.templateOverrides == ["models.swift": "x"])
    }

    /// Each setting is settled on its own: the command line saying one thing leaves the others to the file.
    @Test func settingsAreSettledOneByOne() throws {
        let options = try resolve(CommandLineSettings(namespace: "API"), try configuration(Self.configured))
        #expect(options.emit == EmitOptions(accessModifier: .package, namespace: "API", sourceLocations: .file))
        #expect(options.outputs == [.schema, .models])
    }

    @Test func unknownNamesAreErrors() throws {
        let diagnostics = DiagnosticCollector()
        let configuration = try configuration("dialect: nope\n")
        #expect(
            GeneratorOptions.resolve(
                commandLine: CommandLineSettings(), configuration: configuration, diagnostics: diagnostics) == nil)
        // The command line's dialect wins, so the configuration's unknown one does not matter then.
        #expect(
            GeneratorOptions.resolve(
                commandLine: CommandLineSettings(dialect: "osu"), configuration: configuration,
                diagnostics: diagnostics) != nil)
        #expect(
            GeneratorOptions.resolve(
                commandLine: CommandLineSettings(dialect: "nope"), configuration: nil, diagnostics: diagnostics)
                == nil)
        #expect(
            diagnostics.diagnostics.map(\.description) == [
                "specgen.yml:1:10: error: unknown dialect 'nope'; choose one of: discord, osu",
                "specgen: error: unknown dialect 'nope'; choose one of: discord, osu",
            ])
    }

    /// A namespace generated code cannot use is the emitters' to judge: from the configuration, an error at its
    /// line; from the command line, an error without one.
    @Test(arguments: [
        ("class", "specgen.yml:1:12: error: 'namespace' 'class' is a Swift keyword"),
        (
            "Foundation",
            "specgen.yml:1:12: error: 'namespace' 'Foundation' is a name generated code refers to; choose another"
        ),
        (
            "SpecgenRuntime",
            "specgen.yml:1:12: error: 'namespace' 'SpecgenRuntime' is a name generated code refers to; choose another"
        ),
    ])
    func aNamespaceGeneratedCodeCannotUseIsALocatedError(name: String, expected: String) throws {
        let configuration = try configuration("namespace: \(name)\n")
        let diagnostics = DiagnosticCollector()
        #expect(
            GeneratorOptions.resolve(
                commandLine: CommandLineSettings(), configuration: configuration, diagnostics: diagnostics) == nil)
        #expect(diagnostics.diagnostics.map(\.description) == [expected])
        #expect(diagnostics.diagnostics.map(\.code) == ["config"])
        // The command line's namespace wins, so the configuration's does not matter then.
        #expect(try resolve(CommandLineSettings(namespace: "API"), configuration).emit.namespace == "API")
        let commandLine = DiagnosticCollector()
        #expect(
            GeneratorOptions.resolve(
                commandLine: CommandLineSettings(namespace: name), configuration: nil, diagnostics: commandLine)
                == nil)
        #expect(
            commandLine.diagnostics.map(\.description) == [
                "specgen: error: --namespace '\(name)' " + (EmitOptions.problem(withNamespace: name) ?? "") + "."
            ])
    }

    @Test func theNamespaceRuleIsTheEmitters() {
        #expect(EmitOptions.problem(withNamespace: "Osu") == nil)
        #expect(EmitOptions.problem(withNamespace: "_2fa") == nil)
        #expect(EmitOptions.problem(withNamespace: "class") == "is a Swift keyword")
        #expect(EmitOptions.problem(withNamespace: "Swift") == "is a name generated code refers to; choose another")
        for bad in ["2fast", "Osu API", "", "Café"] {
            #expect(
                EmitOptions.problem(withNamespace: bad)
                    == "is not a Swift identifier (letters, digits and _, not starting with a digit)")
        }
    }

    /// The dialect alone, as input discovery needs it before the other settings: the same rule as ``resolve``.
    @Test func theDialectIsSettledByTheSameRule() throws {
        let discord = try configuration("dialect: discord\n")
        func dialect(_ commandLine: String?, _ configuration: Configuration?) -> String? {
            GeneratorOptions.resolveDialect(
                commandLine: CommandLineSettings(dialect: commandLine), configuration: configuration,
                diagnostics: DiagnosticCollector())?.name
        }
        #expect(dialect(nil, nil) == "osu")
        #expect(dialect(nil, discord) == "discord")
        #expect(dialect("osu", discord) == "osu")
        #expect(dialect("nope", discord) == nil)
        #expect(try resolve(CommandLineSettings(), discord).dialect.name == "discord")
        #expect(try resolve(CommandLineSettings(dialect: "osu"), discord).dialect.name == "osu")
    }
}
