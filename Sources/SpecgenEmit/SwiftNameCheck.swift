import SpecgenIR
import SpecgenSupport

/// Checks the Swift names of a schema for what the Swift emitters cannot settle themselves.
public enum SwiftNameCheck {
    /// Warns about each top-level type whose name is also the name of a commonly used type of the Swift standard
    /// library or Foundation (``SwiftNaming/libraryTypeNames``): code that imports both modules cannot name it
    /// without qualifying it. Nothing is reported when the types are nested in a namespace; then a type named like
    /// the namespace itself is an error.
    ///
    /// - Parameters:
    ///   - swift: The schema after the Swift pass, which names the types.
    ///   - namespace: The namespace the types are nested in, if any.
    ///   - suggestedNamespace: A namespace to suggest in the message (`Osu`).
    ///   - diagnostics: Where warnings go, each at the type's heading (or the field that made it).
    public static func reportShadowing(
        in swift: SwiftSchema, namespace: String?, suggestedNamespace: String,
        diagnostics: DiagnosticCollector
    ) {
        if let namespace {
            // Inside the namespace, `Osu.User` would look for `User` in a type named `Osu`.
            for type in swift.schema.types where swift.typeName(of: type) == namespace {
                diagnostics.emit(
                    .error,
                    "the type '\(namespace)' has the name of the namespace; choose another 'namespace' or "
                        + "give the type another Swift name in 'typeNames'", at: type.location,
                    code: "namespace-clash")
            }
            return
        }
        for type in swift.schema.types {
            let name = swift.typeName(of: type)
            guard let module = SwiftNaming.libraryTypeNames[name] else { continue }
            diagnostics.emit(
                .warning,
                "the type '\(name)' shadows \(module)'s '\(name)' in code that imports both; "
                    + "set 'namespace' in the configuration (for example "
                    + "'namespace: \(suggestedNamespace)') to nest the generated types",
                at: type.location, code: "shadowed-type")
        }
    }
}
