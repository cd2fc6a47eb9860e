import SpecgenIR

/// The Swift case names of each type's cases, which the IR leaves to each language: an enumeration's values, a
/// union's members, an event set's events and a tagged object's variants (the cases of its variant enum). The Swift
/// pass (``SwiftSchema``) names them, before ``MemberNameSeparator`` renames those that would hide a type.
///
/// - An enumeration's case is its value's name (an integer value's label, when the docs give one), lowerCamelCase;
///   `rawValue` and `knownCases`, which every generated enumeration has, are taken.
/// - A union's case is its member type's name (`chatChannel`, `string`, `userList` for `[User]`).
/// - An event's case is the event's name (`chatMessageNew`); `name`, which every event set has, is taken.
/// - A variant's case is the case of its tag in the tag enumeration, so that both enums spell a tag alike.
///
/// In each scope the first use keeps the name and later ones get `2`, `3`, … (``SwiftNaming/Uniquer``), in the
/// IR's order; Swift's reserved member names (``SwiftNaming/reservedMemberNames``) are never used.
enum SwiftCaseNames {
    /// The member names an event set's cases cannot take: Swift's reserved ones, the `name` property and, when
    /// messages carry an opcode, the `opcode` and `sequence` properties.
    static func reservedNames(of set: EventSetType) -> Set<String> {
        SwiftNaming.reservedMemberNames.union(["name"]).union(set.opcode == nil ? [] : ["opcode", "sequence"])
    }

    /// The case names of every type that has cases, by type name, in the order of the type's cases, members,
    /// events or variants; `typeName` gives the Swift name of a type the IR refers to (a union member's).
    static func naming(_ types: [SchemaType], typeName: (String) -> String) -> [String: [String]] {
        var result: [String: [String]] = [:]
        var enumerations: [String: EnumType] = [:]
        for type in types {
            switch type.kind {
            case .enumeration(let enumeration):
                enumerations[type.name] = enumeration
                var names = SwiftNaming.Uniquer(
                    reserved: SwiftNaming.reservedMemberNames.union(["rawValue", "knownCases"]))
                result[type.name] = enumeration.cases.map { value in
                    names.claim(
                        SwiftNaming.memberName(enumeration.isInteger ? (value.label ?? value.value) : value.value))
                }
            case .union(let union):
                var names = SwiftNaming.Uniquer(reserved: SwiftNaming.reservedMemberNames)
                result[type.name] = union.members.map {
                    names.claim(SwiftNaming.memberName(baseName($0.type, typeName: typeName)))
                }
            case .eventSet(let set):
                var names = SwiftNaming.Uniquer(reserved: reservedNames(of: set))
                result[type.name] = set.events.map { names.claim(SwiftNaming.memberName($0.name)) }
            case .object:
                continue
            }
        }
        // A variant's case is its tag's case in the tag enumeration, named above.
        for type in types {
            guard case .object(let object) = type.kind, let variants = object.variants else { continue }
            let tagCases = enumerations[variants.tagType]?.cases ?? []
            let tagCaseNames = result[variants.tagType] ?? []
            result[type.name] = variants.variants.map { variant in
                tagCases.firstIndex { $0.value == variant.tag }.map { tagCaseNames[$0] }
                    ?? SwiftNaming.memberName(variant.tag)
            }
        }
        return result
    }

    /// The name a union's case is made from: the member type's Swift name (`typeName` of the IR's reference), `List`
    /// after an array's element's.
    static func baseName(_ type: TypeRef, typeName: (String) -> String) -> String {
        switch type {
        case .named(let reference): return typeName(reference)
        case .array(let element): return baseName(element, typeName: typeName) + "List"
        case .string: return "string"
        case .integer: return "integer"
        case .number: return "number"
        case .boolean: return "boolean"
        case .timestamp: return "timestamp"
        case .snowflake: return "snowflake"
        case .object: return "object"
        case .any: return "value"
        }
    }
}
