import SpecgenEmit

extension EmitterRegistry {
    /// specgen's emitters and the ones kept in the tests: adding an emitter is its folder and one line here.
    static let withTestEmitters = EmitterRegistry.standard
        .adding(TypeScriptDeclarationEmitter())
}
