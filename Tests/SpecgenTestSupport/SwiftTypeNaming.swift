import SpecgenEmit
import SpecgenIR

/// The Swift name of each type of `schema`, by the IR's reference to it: the Swift pass's names, which
/// `specgen validate` gives `SchemaValidator` (for `--type` and its messages).
public func swiftTypeNames(of schema: Schema) -> (String) -> String {
    let swift = SwiftSchema(schema)
    return { swift.typeName($0) }
}
