import SpecgenIR
import SpecgenSupport

/// The Swift name of every type of a schema, worked out from the IR's naming facts (``TypeClaim``, the docs' names,
/// the configuration's `typeNames:`); the IR itself refers to types by their identities (``TypeClaim/identity``),
/// which are no Swift names:
///
/// - A declared type is named after its heading with its parents' names in front (`UserCompact.ProfileBanner` →
///   `UserCompactProfileBanner`) unless its own name already starts with them, or by its shorter name where that
///   repeats its parents' leading word (``SwiftNaming/subTypeName(_:parent:)``) and no other declaration asks for
///   it; an events page by its heading without a plural `s`; the configuration's name wins over both.
/// - A type the builder makes is named after the type it builds on: `Partial` and the object, the tagged object
///   and its tag key (tag enumeration), `Variant` (variant enumeration) or a tag (variant), a variant and its
///   nested table's key, the owner and a dotted or literal field's key; an event payload after its event and
///   `Payload`; a union after its members, as the docs write them, joined by `Or`.
/// - Names are handed out in the order the builder claimed them (``TypeClaim/order``): where two types want one
///   name, the earlier keeps it and the later gets the smallest free number (`2`, `3`, …); names Swift code refers
///   to (``SwiftNaming/reservedTypeNames``) are never handed out. Where a schema with errors has two types of one
///   identity, the first one's name is the identity's.
///
/// A heading without Latin letters or digits (and no configured name) is an error (`unnamed-type`); a name that
/// is taken is a warning for a declared type and a note for a type specgen makes (`name-collision`), each where
/// the docs ask for the type (``TypeClaim/location``); see ``problems``.
struct SwiftTypeNames: Hashable, Sendable {
    /// Swift type names by ``TypeClaim/identity``, variant enumerations included.
    private(set) var names: [String: String] = [:]
    /// The names that could not be made or were taken, in claim order.
    private(set) var problems: [Problem] = []

    /// A type name the pass could not give as asked.
    struct Problem: Hashable, Sendable {
        /// How bad it is: an error, a warning (a declared type's name taken) or a note (a made type's).
        var severity: Diagnostic.Severity
        /// The message.
        var message: String
        /// Where the docs ask for the type.
        var location: SourceLocation
        /// `unnamed-type` or `name-collision`.
        var code: String
    }

    /// Names the types of the schema that carry naming facts.
    init(_ schema: Schema, names settings: SwiftNameSettings) {
        let types = schema.types
        // Types and requests are positions in `types`, so no type is copied.
        var typeIndices: [String: Int] = [:]
        var requests: [(order: Int, type: Int, variants: Bool)] = []
        typeIndices.reserveCapacity(types.count)
        requests.reserveCapacity(types.count)
        for (index, type) in types.enumerated() {
            guard let claim = type.claim else { continue }
            if typeIndices[claim.identity] == nil { typeIndices[claim.identity] = index }
            requests.append((claim.order, index, false))
            if case .object(let object) = type.kind, let variantClaim = object.variants?.variantEnumClaim {
                requests.append((variantClaim.order, index, true))
            }
        }
        let declared = Self.declaredBases(types, settings: settings)
        var uniquer = SwiftNaming.Uniquer(reserved: SwiftNaming.reservedTypeNames, capacity: requests.count)
        names.reserveCapacity(requests.count)
        for request in requests.sorted(by: { $0.order < $1.order }) {
            let type = types[request.type]
            let claim: TypeClaim
            if request.variants {
                guard case .object(let object) = type.kind, let variantClaim = object.variants?.variantEnumClaim
                else { continue }
                claim = variantClaim
            } else {
                claim = type.claim!
            }
            let owner = claim.owner.flatMap { names[$0] } ?? ""
            let base: String
            if request.variants {
                base = owner + "Variant"
            } else {
                switch type.origin {
                case .declared:
                    base = declared[claim.identity] ?? SwiftNaming.typeName(type.docName)
                case .partial:
                    base = "Partial" + owner
                case .variantTags:
                    var discriminator = ""
                    if let ownerIndex = claim.owner.flatMap({ typeIndices[$0] }),
                        case .object(let object) = types[ownerIndex].kind
                    {
                        discriminator = object.variants?.discriminator ?? ""
                    }
                    base = owner + SwiftNaming.typeName(discriminator)
                case .variant(_, let tag):
                    base = owner + SwiftNaming.typeName(tag)
                case .variantNested(_, _, let field), .dottedFields(_, let field), .literalUnion(_, let field):
                    base = owner + SwiftNaming.typeName(field)
                case .eventPayload(let event):
                    base = SwiftNaming.typeName(event) + "Payload"
                case .typeUnion:
                    guard case .union(let union) = type.kind else { continue }
                    base = union.writtenMembers.map { member in
                        SwiftNaming.typeName(Self.memberWord(member) { names[$0] ?? "" })
                    }.joined(separator: "Or")
                }
            }
            let name = uniquer.claim(base)
            if names[claim.identity] == nil { names[claim.identity] = name }
            guard let location = claim.location else { continue }
            var declared: SchemaType.DeclaredName?
            if !request.variants, case .declared = type.origin { declared = type.declaredName }
            if let declared {
                // The qualified name is made only where it is looked up or written.
                func qualified() -> String { (declared.parents + [declared.heading]).joined(separator: ".") }
                if !SwiftNaming.hasIdentifierCharacters(declared.heading),
                    settings.typeNames.isEmpty || settings.typeNames[qualified()] == nil
                {
                    problems.append(
                        Problem(
                            severity: .error,
                            message: "the heading '\(declared.heading)' has no Latin letters or digits to make a "
                                + "Swift type name from; rename it, or name the type under 'typeNames:' in the "
                                + "configuration", location: location, code: "unnamed-type"))
                }
                if name != base {
                    problems.append(
                        Problem(
                            severity: .warning,
                            message: "'\(qualified())' would be named '\(base)' in Swift, which is taken; it is named "
                                + "'\(name)'", location: location, code: "name-collision"))
                }
            } else if name != base {
                problems.append(
                    Problem(
                        severity: .note,
                        message: "the type specgen makes here would be named '\(base)', which is taken; it is named "
                            + "'\(name)'", location: location, code: "name-collision"))
            }
        }
    }

    /// The Swift name of the type with this identity.
    func name(of identity: String) -> String? {
        names[identity]
    }

    /// The word a union member gives the union's name: a type's Swift name, `List` after an array's element, a
    /// primitive's name (`value` for any).
    private static func memberWord(_ ref: TypeRef, name: (String) -> String) -> String {
        switch ref {
        case .named(let n): return name(n)
        case .array(let element): return memberWord(element, name: name) + "List"
        case .any: return "value"
        default: return ref.dumped
        }
    }

    /// The name each declared type asks for, by identity: its configured name, or its name with its parents' in
    /// front, or its shorter name where no other declared type asks for that.
    private static func declaredBases(_ types: [SchemaType], settings: SwiftNameSettings) -> [String: String] {
        var bases: [String: String] = [:]
        var preferred: [String: String] = [:]
        bases.reserveCapacity(types.count)
        // Many declared types share their parents, so each heading's Swift name is made once.
        var typeNames = TypeNameCache()
        for type in types {
            guard case .declared = type.origin, let claim = type.claim, let declared = type.declaredName else {
                continue
            }
            // Without configured names (the usual case) the qualified name is not needed.
            let configured =
                settings.typeNames.isEmpty
                ? nil : settings.typeNames[(declared.parents + [declared.heading]).joined(separator: ".")]
            if case .eventSet = type.kind {
                var base = typeNames.name(declared.heading)
                if base.hasSuffix("s") && !base.hasSuffix("ss") { base.removeLast() }
                bases[claim.identity] = configured ?? base
            } else if let configured {
                bases[claim.identity] = configured
            } else {
                let own = typeNames.name(declared.heading)
                let full = fullName(declared, own: own, typeNames: &typeNames)
                bases[claim.identity] = full
                preferred[claim.identity] = shortName(declared, own: own, full: full, typeNames: &typeNames)
            }
        }
        // How many identities ask for each name: each its base, and its preferred name when that is another.
        var demand: [String: Int] = [:]
        demand.reserveCapacity(bases.count + preferred.count)
        for (_, base) in bases { demand[base, default: 0] += 1 }
        for (identity, short) in preferred where short != bases[identity] { demand[short, default: 0] += 1 }
        // A preferred name is taken where its own identity is the only one asking for it.
        for (identity, short) in preferred
        where short != bases[identity] && demand[short] == 1 && !SwiftNaming.reservedTypeNames.contains(short) {
            bases[identity] = short
        }
        return bases
    }

    /// ``SwiftNaming/typeName(_:)`` of each name asked for, made once.
    private struct TypeNameCache {
        private var names: [String: String] = [:]

        mutating func name(_ heading: String) -> String {
            if let known = names[heading] { return known }
            let name = SwiftNaming.typeName(heading)
            names[heading] = name
            return name
        }

        /// The Swift names of the parents, one after the other.
        mutating func parentName(_ parents: [String]) -> String {
            var joined = ""
            for parent in parents { joined += name(parent) }
            return joined
        }
    }

    /// A declared type's name with its parents' names in front, unless its own name (`own`) already starts with
    /// them.
    private static func fullName(
        _ declared: SchemaType.DeclaredName, own: String, typeNames: inout TypeNameCache
    ) -> String {
        guard !declared.isFullName, !declared.parents.isEmpty else { return own }
        let parent = typeNames.parentName(declared.parents)
        return own.hasPrefix(parent) ? own : parent + own
    }

    /// The name a declared type prefers (``SwiftNaming/subTypeName(_:parent:)``), given its own name and its
    /// ``fullName(_:own:typeNames:)``.
    private static func shortName(
        _ declared: SchemaType.DeclaredName, own: String, full: String, typeNames: inout TypeNameCache
    ) -> String {
        guard !declared.isFullName, !declared.parents.isEmpty else { return full }
        return SwiftNaming.subTypeName(own, parent: typeNames.parentName(declared.parents))
    }
}
