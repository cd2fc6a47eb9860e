import SpecgenCore
import SpecgenEmit
import SpecgenSupport
import SpecgenTestSupport
import Testing

/// The ``Emitter`` seam, proved by an emitter that is not specgen's: registered in a test registry, selected like
/// any output, named before anything is read, with goldens of its own.
@Suite struct TypeScriptEmitterTests {
    static let options = GeneratorOptions(
        registry: .withTestEmitters, outputs: [TypeScriptDeclarationEmitter.kind])

    @Test(arguments: [
        ("Tests/Fixtures/constructs", "Tests/SpecgenCoreTests/Goldens/typescript/constructs"),
        ("spec", "Tests/SpecgenCoreTests/Goldens/typescript/spec"),
    ])
    func generatesTheGoldenDeclarations(docs: String, golden: String) throws {
        let inputs = try Fixtures.inputs(under: docs)
        let result = Generator(options: Self.options).generate(inputs)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.files.allSatisfy { $0.name.hasSuffix(".d.ts") })
        #expect(result.files.map(\.name) == Generator(options: Self.options).fileNames(for: inputs.map(\.path)))
        let failures = Golden.checkFolder(
            Dictionary(uniqueKeysWithValues: result.files.map { ($0.name, $0.contents) }), against: golden)
        for failure in failures { Issue.record(Comment(rawValue: failure)) }
    }

    /// The settings resolver knows the test registry's kinds, and only those.
    @Test func theResolverSelectsRegisteredOutputs() throws {
        let diagnostics = DiagnosticCollector()
        let options = try #require(
            GeneratorOptions.resolve(
                commandLine: CommandLineSettings(outputs: ["typescript", "schema"]), configuration: nil,
                registry: .withTestEmitters, diagnostics: diagnostics))
        #expect(options.outputs == [TypeScriptDeclarationEmitter.kind, .schema])
        #expect(
            GeneratorOptions.resolve(
                commandLine: CommandLineSettings(outputs: ["typescript"]), configuration: nil, diagnostics: diagnostics)
                == nil)
        #expect(
            diagnostics.diagnostics.map(\.description) == [
                "specgen: error: unknown output 'typescript'; choose from: models, schema, validators"
            ])
        // Without --emit or a configuration, every registered output.
        let all = try #require(
            GeneratorOptions.resolve(
                commandLine: CommandLineSettings(), configuration: nil, registry: .withTestEmitters,
                diagnostics: diagnostics))
        #expect(all.outputs == Set(EmitterRegistry.withTestEmitters.kinds))
        #expect(all.outputs.count == 4)
    }
}
