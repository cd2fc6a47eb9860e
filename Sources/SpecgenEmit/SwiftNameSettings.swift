import SpecgenIR

/// What configuration says about the Swift side of the docs: the names and Swift types it chooses instead of the ones
/// specgen makes. None of it is what the docs say, so the schema does not carry it: it reaches the Swift pass
/// beside the schema (``EmitOptions/swiftNames``, ``SwiftSchema/init(_:names:)``).
///
/// Everything is keyed by the docs' own names, the identities the schema keeps: a type by its declaration's dotted
/// name (``SpecDeclaration/qualifiedName``), a property by the docs name of the type that holds it
/// (``SchemaType/docName``) and its JSON key (``FieldKey``).
public struct SwiftNameSettings: Hashable, Sendable {
    /// The Swift type names chosen for declarations, by the declaration's dotted name.
    public var typeNames: [String: String]
    /// The Swift property names chosen for fields.
    public var fieldNames: [FieldKey: String]
    /// The Swift types chosen for fields whose value is a JSON scalar (or a list of them).
    public var fieldTypes: [FieldKey: SwiftTypeOverride]
    /// The Swift types chosen for every field of a primitive type (`number` → `Int64`); a field's own choice in
    /// ``fieldTypes`` wins. Only `string`, `integer`, `number` and `boolean` are used.
    public var primitiveTypes: [SpecPrimitive: SwiftTypeOverride]

    /// Creates settings.
    public init(
        typeNames: [String: String] = [:], fieldNames: [FieldKey: String] = [:],
        fieldTypes: [FieldKey: SwiftTypeOverride] = [:], primitiveTypes: [SpecPrimitive: SwiftTypeOverride] = [:]
    ) {
        self.typeNames = typeNames
        self.fieldNames = fieldNames
        self.fieldTypes = fieldTypes
        self.primitiveTypes = primitiveTypes
    }

    /// The `number` fields these Swift types read as JSON integers, for the schema builder: each field with a type of
    /// its own narrows as that type does (``SwiftTypeOverride/narrowsTo``), the others as the type chosen for
    /// `number` does.
    public var integerNarrowing: IntegerNarrowing {
        IntegerNarrowing(
            fields: fieldTypes.mapValues { $0.narrowsTo == .integer },
            numbers: primitiveTypes[.number]?.narrowsTo == .integer)
    }
}
