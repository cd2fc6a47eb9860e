import SpecgenIR
import SpecgenSupport

/// A property as Swift declares it: its name and, when configuration chooses one, its type.
public struct SwiftProperty: Hashable, Sendable {
    /// The property name: unique in its type, a valid identifier (without backticks).
    public var name: String
    /// The Swift type of the value (without optionality) when configuration chose one, such as `Swift.Int64` or
    /// `[Swift.Int64]`; `nil` means the type that ``Property/type`` stands for.
    public var type: String?

    /// Creates a Swift property.
    public init(name: String, type: String? = nil) {
        self.name = name
        self.type = type
    }
}

/// The Swift names and types of each type's properties (an object's properties, an event set's envelope), which the
/// IR leaves to each language. The Swift pass (``SwiftSchema``) names them before ``MemberNameSeparator`` renames
/// those that would hide a type.
///
/// - A property of a row is named by configuration (``SwiftNameSettings/fieldNames``, keyed by the docs name of the
///   type whose table lists it) or after its JSON key, lowerCamelCase (``SwiftNaming/memberName(_:)``). A property
///   that groups rows (``Property/isGroup``: dotted names, a variant's nested table) is named after its key.
/// - An inherited property starts from its name in the type it was taken from (``Property/inheritedVia``), so a
///   name numbered there stays numbered.
/// - In each type the first use keeps the name and later ones get `2`, `3`, … (``SwiftNaming/Uniquer``), in the
///   property order; Swift's reserved member names are never used.
/// - The Swift type is configuration's choice for the row (``SwiftNameSettings/fieldTypes``), else for its
///   primitive (``SwiftNameSettings/primitiveTypes``, by the docs' type before any narrowing), wrapped in `[…]` for
///   each array level.
enum SwiftPropertyNames {
    /// A field without Latin letters or digits, which is named `field` followed by its code points.
    struct Unnamed: Hashable, Sendable {
        /// The JSON key.
        var jsonName: String
        /// The property name it got.
        var name: String
        /// The row.
        var location: SourceLocation
    }

    /// The Swift properties of every type that has properties, by type name and JSON key, and the fields that give
    /// nothing to name them from (in schema order).
    static func naming(_ types: [SchemaType], settings: SwiftNameSettings) -> (
        properties: [String: [String: SwiftProperty]], unnamed: [Unnamed]
    ) {
        var byDocName: [String: SchemaType] = [:]
        for type in types where byDocName[type.docName] == nil { byDocName[type.docName] = type }
        var named: [String: [String: SwiftProperty]] = [:]
        var unnamed: [Unnamed] = []
        var visiting: Set<String> = []
        // Keys repeat across types (`id`, `user_id`): each is named, and checked for something to name it from,
        // once.
        var memberNames: [String: (name: String, hasIdentifierCharacters: Bool)] = [:]
        func memberName(_ key: String) -> (name: String, hasIdentifierCharacters: Bool) {
            if let named = memberNames[key] { return named }
            let named = (SwiftNaming.memberName(key), SwiftNaming.hasIdentifierCharacters(key))
            memberNames[key] = named
            return named
        }
        // Without configured names or types (most runs), no property needs its configuration key.
        let namesByKey = !settings.fieldNames.isEmpty
        let typesByKey = !settings.fieldTypes.isEmpty

        func properties(of type: SchemaType) -> [Property] {
            switch type.kind {
            case .object(let object): return object.properties
            case .eventSet(let set): return set.envelope
            case .enumeration, .union: return []
            }
        }

        @discardableResult
        func name(_ type: SchemaType) -> [String: SwiftProperty] {
            if let done = named[type.name] { return done }
            // A cycle of `extends` leaves no inherited properties, so nothing inherited leads back here.
            guard visiting.insert(type.name).inserted else { return [:] }
            defer { visiting.remove(type.name) }
            let typeProperties = properties(of: type)
            var names = SwiftNaming.Uniquer(reserved: SwiftNaming.reservedMemberNames, capacity: typeProperties.count)
            var result: [String: SwiftProperty] = [:]
            result.reserveCapacity(typeProperties.count)
            for property in typeProperties {
                let base: String
                var isUnnamed = false
                if let via = property.inheritedVia, let source = byDocName[via],
                    let inherited = name(source)[property.jsonName]
                {
                    base = inherited.name
                } else if property.isGroup {
                    base = memberName(property.jsonName).name
                } else if let chosen = namesByKey ? settings.fieldNames[key(of: property, in: type)] : nil {
                    base = chosen
                } else {
                    let named = memberName(property.jsonName)
                    base = named.name
                    isUnnamed = !named.hasIdentifierCharacters
                }
                let claimed = names.claim(base)
                if isUnnamed {
                    unnamed.append(Unnamed(jsonName: property.jsonName, name: claimed, location: property.location))
                }
                result[property.jsonName] = SwiftProperty(
                    name: claimed,
                    type: property.isGroup
                        ? nil : swiftType(of: property, key: typesByKey ? key(of: property, in: type) : nil))
            }
            named[type.name] = result
            return result
        }

        func key(of property: Property, in type: SchemaType) -> FieldKey {
            FieldKey(owner: property.inheritedFrom ?? type.docName, field: property.jsonName)
        }

        func swiftType(of property: Property, key: FieldKey?) -> String? {
            var depth = 0
            var core = property.narrowedFrom ?? property.type
            while case .array(let element) = core {
                depth += 1
                core = element
            }
            let primitive: SpecPrimitive
            switch core {
            case .string: primitive = .string
            case .integer: primitive = .integer
            case .number: primitive = .number
            case .boolean: primitive = .boolean
            default: return nil
            }
            guard let override = key.flatMap({ settings.fieldTypes[$0] }) ?? settings.primitiveTypes[primitive]
            else { return nil }
            return String(repeating: "[", count: depth) + override.swiftName + String(repeating: "]", count: depth)
        }

        for type in types { name(type) }
        return (named, unnamed)
    }
}
