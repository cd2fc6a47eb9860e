import SpecgenCore
import SpecgenEmit
import SpecgenIR

/// The Swift name of each type of `schema`, by the IR's reference to it: the Swift pass's names (with the
/// configuration's `names`), which `specgen validate` gives `SchemaValidator` (for `--type` and its messages).
public func swiftTypeNames(of schema: Schema, names: SwiftNameSettings = SwiftNameSettings()) -> (String) -> String {
    let swift = SwiftSchema(schema, names: names)
    return { swift.typeName($0) }
}

/// The Swift name of each type of a run's schema, by the IR's reference to it, with the run's Swift names.
public func swiftTypeNames(of result: GenerationResult) -> (String) -> String {
    swiftTypeNames(of: result.schema, names: result.swiftNames)
}

extension Schema {
    /// The type the Swift pass names `swiftName` (the IR itself refers to types by their identities), with the
    /// configuration's `names`.
    public func type(swiftNamed swiftName: String, names: SwiftNameSettings = SwiftNameSettings()) -> SchemaType? {
        let swift = SwiftSchema(self, names: names)
        return types.first { swift.typeName(of: $0) == swiftName }
    }

    /// The Swift pass's names of the types (without configuration), in schema order.
    public var swiftTypeNames: [String] {
        let swift = SwiftSchema(self)
        return types.map { swift.typeName(of: $0) }
    }

    /// `reference` with each type it names spelled by the Swift pass's name; `nil` stays `nil`.
    public func swiftNamed(_ reference: TypeRef?) -> TypeRef? {
        reference.map(SwiftSchema(self).swiftNamed)
    }
}

extension GenerationResult {
    /// The type of the run's schema that the Swift pass names `swiftName`, with the run's Swift names.
    public func type(swiftNamed swiftName: String) -> SchemaType? {
        schema.type(swiftNamed: swiftName, names: swiftNames)
    }

    /// The Swift pass's names of the run's types, with the run's Swift names, in schema order.
    public var swiftTypeNames: [String] {
        let swift = self.swift
        return schema.types.map { swift.typeName(of: $0) }
    }
}
