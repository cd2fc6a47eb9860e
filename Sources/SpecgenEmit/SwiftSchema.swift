import SpecgenIR
import SpecgenSupport

/// The schema as Swift code sees it: the Swift pass over the IR, which every Swift emitter (and the IR dump) starts
/// from.
///
/// The IR says what the docs say about the data; this pass makes the decisions only Swift needs:
///
/// - **Type names** (``SwiftTypeNames``): from the IR's naming facts (``TypeClaim``) and the configuration's
///   `typeNames:`, unique in the schema (``typeName(of:)``, ``typeName(_:)``). The pass's other tables are keyed
///   by the IR's references to types, not by these names.
/// - **Property names and types** (``SwiftPropertyNames``): from the JSON keys and the configuration's choices
///   (``names``, which the schema does not carry), unique in each type.
/// - **Case names** (``SwiftCaseNames``): the IR's cases (enumeration values, union members, events, variants)
///   have no names of any language; the pass names them, unique in each type.
/// - **Storage** (``SwiftStorage``): which enums are `indirect` and which properties are boxed, so that types that
///   contain themselves compile.
/// - **Member renames** that Swift's scoping needs: inside a struct or enum an unqualified name finds a member
///   before a type, so a member whose name is a type name (or another property's storage name) gets a `Value`
///   suffix.
/// - **Documentation the docs do not give**: a tag enumeration's summary links the property it types
///   (``summary(of:)``).
/// - **Members the docs do not name** (``SwiftVariantMembers``): a tagged object's `variant` property and its
///   variant enum's `other` case, and the `unknown` case of each enumeration and event set
///   (``unknownCaseNames``, read through ``unknownCaseName(of:)``).
///
/// The pass is a pure function of the schema and the configuration's Swift names: running it again on its own result
/// changes nothing.
public struct SwiftSchema: Hashable, Sendable {
    /// The schema the pass ran on.
    public let schema: Schema
    /// The Swift names and types configuration chose, which the pass applied.
    public let names: SwiftNameSettings
    /// The Swift name of each type, by the IR's reference to it (``SchemaType/name``, which ``TypeRef/named(_:)``,
    /// ``Variant/typeName`` and ``VariantSet/tagType`` hold); see ``typeName(_:)``.
    public let typeNames: [String: String]
    /// The Swift name of each tagged object's variant enumeration, by the IR's reference to the object.
    public let variantEnumNames: [String: String]
    /// The Swift name and type of each property (an object's properties, an event set's envelope), by type name and
    /// JSON key (see ``property(_:in:)``).
    public let properties: [String: [String: SwiftProperty]]
    /// Where values are stored out of line.
    public let storage: SwiftStorage
    /// The variant members of each tagged object, by type name.
    public let variantMembers: [String: SwiftVariantMembers]
    /// The case that keeps values the docs do not list, for each enumeration and event set, by type name.
    public let unknownCaseNames: [String: String]
    /// The Swift case names of each type's cases, by type name, in the type's order: an enumeration's cases, a
    /// union's members, an event set's events, a tagged object's variants (see ``caseNames(of:)``).
    public let caseNames: [String: [String]]
    /// The summaries of the types the docs do not describe, by type name: a tag enumeration's links the property it
    /// types (`The values of ``Notification/name``.`).
    public let generatedSummaries: [String: String]
    /// The fields the pass could not name from their JSON keys, and the type names it could not give as the docs
    /// ask (``reportNamingProblems(to:)``).
    private let unnamedFields: [SwiftPropertyNames.Unnamed]
    private let typeNameProblems: [SwiftTypeNames.Problem]

    /// Runs the Swift pass.
    ///
    /// - Parameters:
    ///   - schema: The schema the builder made.
    ///   - names: The Swift names and types configuration chose (the builder was given their
    ///     ``SwiftNameSettings/integerNarrowing``).
    public init(_ schema: Schema, names: SwiftNameSettings = SwiftNameSettings()) {
        let storage = SwiftStorage(schema)
        let types = schema.types
        let named = SwiftTypeNames(schema, names: names)
        let (typeNames, variantEnumNames) = Self.typeNames(of: schema, named: named)
        let typeName = { (reference: String) in typeNames[reference] ?? reference }
        let propertyNaming = SwiftPropertyNames.naming(types, settings: names)
        var properties = propertyNaming.properties
        var summaries: [String: String] = [:]
        for type in types {
            guard case .object(let object) = type.kind, let variants = object.variants,
                let tag = object.discriminatorProperty, let tagName = properties[type.name]?[tag.jsonName]?.name
            else { continue }
            summaries[variants.tagType] = "The values of ``\(typeName(type.name))/\(tagName)``."
        }
        self.generatedSummaries = summaries
        var caseNames = SwiftCaseNames.naming(types, typeName: typeName)
        var variantMembers = SwiftVariantMembers.naming(types, properties: properties, caseNames: caseNames)
        let unknownCaseNames = SwiftUnknownCases.naming(types, caseNames: caseNames)
        MemberNameSeparator.separate(
            types, typeNames: Set(types.map { typeName($0.name) }), properties: &properties, caseNames: &caseNames,
            variantMembers: &variantMembers, unknownCaseNames: unknownCaseNames, storage: storage)
        self.typeNames = typeNames
        self.variantEnumNames = variantEnumNames
        self.unknownCaseNames = unknownCaseNames
        self.caseNames = caseNames
        self.properties = properties
        self.schema = schema
        self.names = names
        self.storage = storage
        self.variantMembers = variantMembers
        self.unnamedFields = propertyNaming.unnamed
        self.typeNameProblems = named.problems
    }
}

extension SwiftSchema {
    /// The Swift names of the schema's types and variant enumerations, by the IR's reference to the type (the
    /// first type of a reference, where a schema with errors repeats one): ``SwiftTypeNames``' name for the type's
    /// naming facts, or for a type without them (not made by the builder) the IR's name, and `Variant` after it for
    /// its variant enumeration.
    static func typeNames(of schema: Schema, named: SwiftTypeNames) -> (
        types: [String: String], variantEnums: [String: String]
    ) {
        var types: [String: String] = [:]
        var variantEnums: [String: String] = [:]
        for type in schema.types where types[type.name] == nil {
            types[type.name] = type.claim.flatMap { named.name(of: $0.identity) } ?? type.name
            if case .object(let object) = type.kind, let variants = object.variants {
                variantEnums[type.name] =
                    variants.variantEnumClaim.flatMap { named.name(of: $0.identity) } ?? types[type.name]! + "Variant"
            }
        }
        return (types, variantEnums)
    }

    /// Reports the type names the pass cannot give as the docs ask: a heading without Latin letters or digits to
    /// make a name from (`unnamed-type`, an error) and a name already taken (`name-collision`: a warning for a
    /// declared type, a note for a type specgen makes), each where the docs ask for the type. Like
    /// ``reportUnnamedFields(in:names:to:)``, every command reports them (`Generator.build` runs both).
    public static func reportTypeNames(
        in schema: Schema, names: SwiftNameSettings, to diagnostics: DiagnosticCollector
    ) {
        report(SwiftTypeNames(schema, names: names).problems, to: diagnostics)
    }

    /// Reports what ``reportUnnamedFields(in:names:to:)`` and then ``reportTypeNames(in:names:to:)`` report, from
    /// this pass's own naming (`Generator.build` runs the pass once and reports from it).
    public func reportNamingProblems(to diagnostics: DiagnosticCollector) {
        Self.report(unnamedFields, to: diagnostics)
        Self.report(typeNameProblems, to: diagnostics)
    }

    private static func report(_ problems: [SwiftTypeNames.Problem], to diagnostics: DiagnosticCollector) {
        for problem in problems {
            diagnostics.emit(problem.severity, problem.message, at: problem.location, code: problem.code)
        }
    }

    /// The Swift name of a type of the schema.
    public func typeName(of type: SchemaType) -> String {
        typeName(type.name)
    }

    /// The Swift name of the type the IR refers to by `reference` (in a ``TypeRef/named(_:)``, a
    /// ``Variant/typeName``, a ``VariantSet/tagType``, a type's ``SchemaType/origin``).
    public func typeName(_ reference: String) -> String {
        typeNames[reference] ?? reference
    }

    /// The Swift name of the variant enumeration of a tagged object (`NotificationVariant`).
    public func variantEnumName(of type: SchemaType) -> String {
        variantEnumNames[type.name] ?? ""
    }

    /// The reference with each type it names spelled by its Swift name (``typeName(_:)``), for printing.
    public func swiftNamed(_ ref: TypeRef) -> TypeRef {
        switch ref {
        case .named(let reference): return .named(typeName(reference))
        case .array(let element): return .array(swiftNamed(element))
        default: return ref
        }
    }

    /// The Swift name and type of a property of `type` (an object's property or an event set's envelope field).
    public func property(_ property: Property, in type: SchemaType) -> SwiftProperty {
        Self.property(property, among: properties[type.name])
    }

    /// ``property(_:in:)`` given the type's entry of ``properties``, looked up once for all its properties.
    public static func property(_ property: Property, among named: [String: SwiftProperty]?) -> SwiftProperty {
        named?[property.jsonName] ?? SwiftProperty(name: SwiftNaming.memberName(property.jsonName))
    }

    /// Warns about each field whose JSON key has no Latin letters or digits to make a Swift name from (and that
    /// configuration does not name), at its row, saying the name the pass gives it (before ``MemberNameSeparator``).
    /// It names only the properties, not the whole pass, so that every command can report it cheaply.
    public static func reportUnnamedFields(
        in schema: Schema, names: SwiftNameSettings, to diagnostics: DiagnosticCollector
    ) {
        report(SwiftPropertyNames.naming(schema.types, settings: names).unnamed, to: diagnostics)
    }

    private static func report(_ unnamed: [SwiftPropertyNames.Unnamed], to diagnostics: DiagnosticCollector) {
        for field in unnamed {
            diagnostics.emit(
                .warning,
                "the field '\(field.jsonName)' has no Latin letters or digits to make a Swift name "
                    + "from; its property is named '\(field.name)' (the JSON key stays '\(field.jsonName)'); "
                    + "name it under 'fields:' in the configuration", at: field.location,
                code: "unnamed-field")
        }
    }

    /// The Swift case names of a type's cases (an enumeration's cases, a union's members, an event set's events, a
    /// tagged object's variants), in order; none for a type without cases.
    public func caseNames(of type: SchemaType) -> [String] {
        caseNames[type.name] ?? []
    }

    /// The Swift name of the case that keeps the values the docs do not list, of an enumeration, an event set or a
    /// tagged union (``unknownCaseNames``): `unknown`, or numbered past the type's own names.
    ///
    /// - Precondition: The type is one of those (the pass names the case of every one).
    public func unknownCaseName(of type: SchemaType) -> String {
        guard let name = unknownCaseNames[type.name] else {
            preconditionFailure("\(type.name) has no case for unknown values")
        }
        return name
    }

    /// The type's summary: the docs' description, else the one the pass writes (``generatedSummaries``).
    public func summary(of type: SchemaType) -> String? {
        type.summary ?? generatedSummaries[type.name]
    }

    /// `schema` with the summaries the pass writes (``generatedSummaries``) filled in, for an output that describes
    /// its types as the Swift models do (the JSON Schema's `description`s).
    public func describing(_ schema: Schema) -> Schema {
        guard !generatedSummaries.isEmpty else { return schema }
        var described = schema
        described.types = schema.types.map { type in
            var type = type
            type.summary = summary(of: type)
            return type
        }
        return described
    }

    /// The Swift case name of the variant or event with this tag (the first, when the docs list a tag twice).
    public func caseName(ofTag tag: String, in type: SchemaType) -> String? {
        let names = caseNames(of: type)
        let tags: [String]
        switch type.kind {
        case .object(let object): tags = object.variants?.variants.map(\.tag) ?? []
        case .eventSet(let set): tags = set.events.map(\.name)
        case .enumeration(let enumeration): tags = enumeration.cases.map(\.value)
        case .union: return nil
        }
        return tags.firstIndex(of: tag).flatMap { $0 < names.count ? names[$0] : nil }
    }
}
