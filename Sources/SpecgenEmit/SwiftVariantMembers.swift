import SpecgenIR

/// The Swift members a tagged object adds for its variants, which the docs do not name: the property that holds the
/// decoded variant and the variant enum's case for tags without fields. The Swift pass (``SwiftSchema``) names them.
public struct SwiftVariantMembers: Hashable, Sendable {
    /// The property that holds the decoded variant (`variant`).
    public var propertyName: String
    /// The variant enum's case for tag values that have no variant fields (`other`).
    public var otherCaseName: String

    /// Creates the names of a tagged object's variant members.
    public init(propertyName: String, otherCaseName: String) {
        self.propertyName = propertyName
        self.otherCaseName = otherCaseName
    }

    /// The names for each tagged object, by type name: `variant`, numbered past the object's property names and
    /// Swift's reserved member names, and `other`, numbered past the variants' case names.
    static func naming(
        _ types: [SchemaType], properties: [String: [String: SwiftProperty]], caseNames: [String: [String]]
    ) -> [String: SwiftVariantMembers] {
        var result: [String: SwiftVariantMembers] = [:]
        for type in types {
            guard case .object(let object) = type.kind, object.variants != nil else { continue }
            var memberNames = SwiftNaming.Uniquer(
                reserved: Set(object.properties.compactMap { properties[type.name]?[$0.jsonName]?.name })
                    .union(SwiftNaming.reservedMemberNames))
            var variantCaseNames = SwiftNaming.Uniquer(reserved: Set(caseNames[type.name] ?? []))
            result[type.name] = SwiftVariantMembers(
                propertyName: memberNames.claim("variant"), otherCaseName: variantCaseNames.claim("other"))
        }
        return result
    }
}
