import SpecgenIR

/// Renames members whose Swift names would shadow a type name inside generated code.
///
/// Inside a struct or enum, an unqualified name finds a member before a type, so a property `_2fa` of type `_2fa`
/// (both from a name that starts with a digit), or a union case `_2Fast(_2Fast)`, would not compile. Such a member
/// gets a `Value` suffix. The storage of an out-of-line property (`_name`) must not meet another property either.
enum MemberNameSeparator {
    /// Renames the clashing members of every type.
    ///
    /// - Parameters:
    ///   - types: The types, renamed in place.
    ///   - variantMembers: The variant members of each tagged object (``SwiftVariantMembers``), renamed in place.
    ///   - unknownCaseNames: The catch-all case of each enumeration and event set (taken in its scope).
    ///   - storage: Where values are stored out of line (their storage names are taken too).
    static func separate(
        _ types: inout [SchemaType], variantMembers: inout [String: SwiftVariantMembers],
        unknownCaseNames: [String: String], storage: SwiftStorage
    ) {
        let typeNames = Set(types.map(\.name))
        for index in types.indices {
            switch types[index].kind {
            case .object(var object):
                let typeName = types[index].name
                let storageNames = Set(
                    object.properties.filter { storage.isBoxed($0.jsonName, in: typeName) }
                        .map { SwiftNaming.storageName($0.swiftName) })
                let clashing = object.properties.indices.filter {
                    typeNames.contains(object.properties[$0].swiftName)
                        || storageNames.contains(object.properties[$0].swiftName)
                }
                var variantsClash = false
                if let variants = object.variants {
                    variantsClash =
                        typeNames.contains(variantMembers[typeName]!.propertyName)
                        || variants.variants.contains { typeNames.contains($0.caseName) }
                }
                guard !clashing.isEmpty || variantsClash else { continue }
                var used = Set(object.properties.map(\.swiftName)).union(storageNames)
                for p in clashing {
                    let name = object.properties[p].swiftName
                    object.properties[p].swiftName = fresh(name, used: &used, typeNames: typeNames)
                }
                if var variants = object.variants {
                    if let name = variantMembers[typeName]?.propertyName, typeNames.contains(name) {
                        variantMembers[typeName]!.propertyName = fresh(name, used: &used, typeNames: typeNames)
                    }
                    var cases = Set(variants.variants.map(\.caseName))
                    for v in variants.variants.indices where typeNames.contains(variants.variants[v].caseName) {
                        let old = variants.variants[v].caseName
                        let renamed = fresh(old, used: &cases, typeNames: typeNames)
                        variants.variants[v].caseName = renamed
                        renameCase(old, to: renamed, inEnum: variants.tagType, of: &types)
                    }
                    object.variants = variants
                }
                types[index].kind = .object(object)
            case .union(var union):
                guard union.members.contains(where: { typeNames.contains($0.caseName) }) else { continue }
                var used = Set(union.members.map(\.caseName))
                for m in union.members.indices where typeNames.contains(union.members[m].caseName) {
                    union.members[m].caseName = fresh(union.members[m].caseName, used: &used, typeNames: typeNames)
                }
                types[index].kind = .union(union)
            case .eventSet(var set):
                guard set.events.contains(where: { typeNames.contains($0.caseName) }) else { continue }
                var used = Set(set.events.map(\.caseName)).union([unknownCaseNames[types[index].name]!])
                for e in set.events.indices where typeNames.contains(set.events[e].caseName) {
                    set.events[e].caseName = fresh(set.events[e].caseName, used: &used, typeNames: typeNames)
                }
                types[index].kind = .eventSet(set)
            case .enumeration:
                continue
            }
        }
    }

    /// `name` + `Value` (then `Value2`, …): the first that is neither used in the scope nor a type name.
    private static func fresh(_ name: String, used: inout Set<String>, typeNames: Set<String>) -> String {
        var candidate = name + "Value"
        var counter = 2
        while used.contains(candidate) || typeNames.contains(candidate) {
            candidate = name + "Value\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    private static func renameCase(_ old: String, to new: String, inEnum name: String, of types: inout [SchemaType]) {
        guard let index = types.firstIndex(where: { $0.name == name }),
            case .enumeration(var enumeration) = types[index].kind
        else { return }
        for c in enumeration.cases.indices where enumeration.cases[c].swiftName == old {
            enumeration.cases[c].swiftName = new
        }
        types[index].kind = .enumeration(enumeration)
    }
}
