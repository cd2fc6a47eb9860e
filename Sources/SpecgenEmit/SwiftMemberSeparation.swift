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
    ///   - types: The types.
    ///   - typeNames: The Swift names of all types, which members must not take.
    ///   - properties: The Swift properties of each type (``SwiftPropertyNames``), renamed in place.
    ///   - caseNames: The case names of each type (``SwiftCaseNames``), renamed in place.
    ///   - variantMembers: The variant members of each tagged object (``SwiftVariantMembers``), renamed in place.
    ///   - unknownCaseNames: The catch-all case of each enumeration and event set (taken in its scope).
    ///   - storage: Where values are stored out of line (their storage names are taken too).
    static func separate(
        _ types: [SchemaType], typeNames: Set<String>, properties: inout [String: [String: SwiftProperty]],
        caseNames: inout [String: [String]], variantMembers: inout [String: SwiftVariantMembers],
        unknownCaseNames: [String: String], storage: SwiftStorage
    ) {
        for index in types.indices {
            let typeName = types[index].name
            switch types[index].kind {
            case .object(let object):
                var named = properties[typeName, default: [:]]
                // The type's boxed keys are looked up once; most types have none, and no storage names.
                let boxed = storage.boxedProperties[typeName] ?? []
                let storageNames =
                    boxed.isEmpty
                    ? [] as Set<String>
                    : Set(
                        object.properties.filter { boxed.contains($0.jsonName) }
                            .compactMap { named[$0.jsonName].map { SwiftNaming.storageName($0.name) } })
                let clashing = object.properties.map(\.jsonName).filter { key in
                    named[key].map { typeNames.contains($0.name) || storageNames.contains($0.name) } ?? false
                }
                var variantsClash = false
                if object.variants != nil {
                    variantsClash =
                        typeNames.contains(variantMembers[typeName]!.propertyName)
                        || caseNames[typeName, default: []].contains { typeNames.contains($0) }
                }
                guard !clashing.isEmpty || variantsClash else { continue }
                var used = Set(named.values.map(\.name)).union(storageNames)
                for key in clashing {
                    named[key]!.name = fresh(named[key]!.name, used: &used, typeNames: typeNames)
                }
                properties[typeName] = named
                if let variants = object.variants {
                    if let name = variantMembers[typeName]?.propertyName, typeNames.contains(name) {
                        variantMembers[typeName]!.propertyName = fresh(name, used: &used, typeNames: typeNames)
                    }
                    var names = caseNames[typeName, default: []]
                    var cases = Set(names)
                    for v in names.indices where typeNames.contains(names[v]) {
                        let old = names[v]
                        let renamed = fresh(old, used: &cases, typeNames: typeNames)
                        names[v] = renamed
                        renameCase(old, to: renamed, inEnum: variants.tagType, caseNames: &caseNames)
                    }
                    caseNames[typeName] = names
                }
            case .union:
                var names = caseNames[typeName, default: []]
                guard names.contains(where: typeNames.contains) else { continue }
                var used = Set(names)
                for m in names.indices where typeNames.contains(names[m]) {
                    names[m] = fresh(names[m], used: &used, typeNames: typeNames)
                }
                caseNames[typeName] = names
            case .eventSet:
                var names = caseNames[typeName, default: []]
                guard names.contains(where: typeNames.contains) else { continue }
                var used = Set(names)
                if let unknown = unknownCaseNames[typeName] { used.insert(unknown) }
                for e in names.indices where typeNames.contains(names[e]) {
                    names[e] = fresh(names[e], used: &used, typeNames: typeNames)
                }
                caseNames[typeName] = names
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

    /// Renames a case of the tag enumeration as its variant was renamed, so that both enums spell a tag alike.
    private static func renameCase(
        _ old: String, to new: String, inEnum name: String, caseNames: inout [String: [String]]
    ) {
        guard var names = caseNames[name] else { return }
        for c in names.indices where names[c] == old { names[c] = new }
        caseNames[name] = names
    }
}
