import SpecgenIR

/// The Swift name of the case that keeps values the docs do not list: `unknown`, numbered past the type's own case
/// names (so a documented value can be called `unknown`). The Swift pass (``SwiftSchema``) names it for every
/// enumeration and event set.
enum SwiftUnknownCases {
    /// The catch-all case name of each enumeration and event set, by type name.
    static func naming(_ types: [SchemaType], caseNames: [String: [String]]) -> [String: String] {
        var result: [String: String] = [:]
        for type in types {
            switch type.kind {
            case .enumeration:
                var names = SwiftNaming.Uniquer(
                    reserved: SwiftNaming.reservedMemberNames.union(["rawValue", "knownCases"])
                        .union(caseNames[type.name] ?? []))
                result[type.name] = names.claim("unknown")
            case .eventSet(let set):
                var names = SwiftNaming.Uniquer(
                    reserved: SwiftCaseNames.reservedNames(of: set).union(caseNames[type.name] ?? []))
                result[type.name] = names.claim("unknown")
            case .union(let union) where union.tag != nil:
                var names = SwiftNaming.Uniquer(
                    reserved: SwiftNaming.reservedMemberNames.union(caseNames[type.name] ?? []))
                result[type.name] = names.claim("unknown")
            case .object, .union:
                continue
            }
        }
        return result
    }
}
