/// Renames members whose Swift names would shadow a type name inside generated code.
///
/// Inside a struct or enum, an unqualified name finds a member before a type, so a property `_2fa` of type `_2fa`
/// (both from a name that starts with a digit), or a union case `_2Fast(_2Fast)`, would not compile. Such a member
/// gets a `Value` suffix. The storage of an out-of-line property (`_name`) must not meet another property either.
enum MemberNameSeparator {
    static func separate(_ types: inout [SchemaType]) {
        let typeNames = Set(types.map(\.name))
        for index in types.indices {
            switch types[index].kind {
            case .object(var object):
                var names = SwiftNaming.Uniquer(reserved: Set(object.properties.map(\.swiftName)).union(typeNames))
                for p in object.properties.indices {
                    let name = object.properties[p].swiftName
                    let shadowsStorage = object.properties.contains { $0.isIndirect && "_" + $0.swiftName == name }
                    guard typeNames.contains(name) || shadowsStorage else { continue }
                    let renamed = names.claim(name + "Value")
                    if object.variants?.discriminatorSwiftName == name { object.variants?.discriminatorSwiftName = renamed }
                    object.properties[p].swiftName = renamed
                }
                if var variants = object.variants {
                    if typeNames.contains(variants.variantPropertyName) {
                        variants.variantPropertyName = names.claim(variants.variantPropertyName + "Value")
                    }
                    var cases = SwiftNaming.Uniquer(reserved: Set(variants.variants.map(\.caseName)).union(typeNames))
                    for v in variants.variants.indices where typeNames.contains(variants.variants[v].caseName) {
                        let old = variants.variants[v].caseName
                        let renamed = cases.claim(old + "Value")
                        variants.variants[v].caseName = renamed
                        renameCase(old, to: renamed, inEnum: variants.tagType, of: &types)
                    }
                    object.variants = variants
                }
                types[index].kind = .object(object)
            case .union(var union):
                var cases = SwiftNaming.Uniquer(reserved: Set(union.members.map(\.caseName)).union(typeNames))
                for m in union.members.indices where typeNames.contains(union.members[m].caseName) {
                    union.members[m].caseName = cases.claim(union.members[m].caseName + "Value")
                }
                types[index].kind = .union(union)
            case .eventSet(var set):
                var cases = SwiftNaming.Uniquer(reserved: Set(set.events.map(\.caseName)).union(typeNames))
                for e in set.events.indices where typeNames.contains(set.events[e].caseName) {
                    set.events[e].caseName = cases.claim(set.events[e].caseName + "Value")
                }
                types[index].kind = .eventSet(set)
            case .enumeration:
                continue
            }
        }
    }

    private static func renameCase(_ old: String, to new: String, inEnum name: String, of types: inout [SchemaType]) {
        guard let index = types.firstIndex(where: { $0.name == name }),
              case .enumeration(var enumeration) = types[index].kind else { return }
        for c in enumeration.cases.indices where enumeration.cases[c].swiftName == old {
            enumeration.cases[c].swiftName = new
        }
        types[index].kind = .enumeration(enumeration)
    }
}
