import SpecgenIR

/// The Swift name of the case that keeps values the docs do not list: `unknown`, numbered past the type's own case
/// names (so a documented value can be called `unknown`). The Swift pass (``SwiftSchema``) names it for every
/// enumeration, event set and tagged union; emitters read it through ``SwiftSchema/unknownCaseName(of:)``.
enum SwiftUnknownCases {
    /// The name the case has unless the type's other names take it.
    static let base = "unknown"

    /// The catch-all case name of each enumeration, event set and tagged union, by type name.
    static func naming(_ types: [SchemaType], caseNames: [String: [String]]) -> [String: String] {
        var result: [String: String] = [:]
        for type in types {
            let reserved: Set<String>
            switch type.kind {
            case .enumeration:
                reserved = SwiftNaming.reservedMemberNames.union(["rawValue", "knownCases"])
                    .union(caseNames[type.name] ?? [])
            case .eventSet(let set):
                reserved = SwiftCaseNames.reservedNames(of: set).union(caseNames[type.name] ?? [])
            case .union(let union) where union.tag != nil:
                reserved = SwiftNaming.reservedMemberNames.union(caseNames[type.name] ?? [])
            case .object, .union:
                continue
            }
            var names = SwiftNaming.Uniquer(reserved: reserved)
            result[type.name] = names.claim(base)
        }
        return result
    }
}
