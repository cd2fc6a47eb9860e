import SpecgenEmit
import SpecgenIR

/// The Swift name of each type of `schema`, by the IR's reference to it: the Swift pass's names, which
/// `specgen validate` gives `SchemaValidator` (for `--type` and its messages).
public func swiftTypeNames(of schema: Schema) -> (String) -> String {
    let swift = SwiftSchema(schema)
    return { swift.typeName($0) }
}

extension Schema {
    /// The type the Swift pass names `swiftName` (the IR itself refers to types by their identities).
    public func type(swiftNamed swiftName: String) -> SchemaType? {
        let swift = SwiftSchema(self)
        return types.first { swift.typeName(of: $0) == swiftName }
    }

    /// The Swift pass's names of the types, in schema order.
    public var swiftTypeNames: [String] {
        let swift = SwiftSchema(self)
        return types.map { swift.typeName(of: $0) }
    }

    /// `reference` with each type it names spelled by the Swift pass's name; `nil` stays `nil`.
    public func swiftNamed(_ reference: TypeRef?) -> TypeRef? {
        reference.map(SwiftSchema(self).swiftNamed)
    }
}
