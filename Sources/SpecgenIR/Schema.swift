import SpecgenSupport

// The schema IR: every decision about the data made. References are resolved, presence and nullability are settled,
// synthesized types (payloads, variants, enums from literal unions) exist as types of their own. Cases (enumeration
// values, union members, events, variants) carry no names of any language: each language names them (the Swift pass
// in SpecgenEmit, `SwiftSchema`, does for Swift), and so do properties: the pass names them from their JSON keys and
// the configuration's choices, which reach it beside the schema, keyed by the docs' names (``FieldKey``). Types carry no names of any language either: the IR refers to a
// type (`name`, `TypeRef.named`) by its identity (``TypeClaim/identity``: the docs' qualified heading, or for a type
// the builder makes, its owner's identity and what makes it, `Notification#variant(channel_message)`), and beside it
// keeps the naming facts the docs give (``SchemaType/docName``, ``SchemaType/declaredName``, ``SchemaType/origin``,
// ``SchemaType/claim``, ``EnumCase/label``, ``Property/inheritedFrom``), from which each language's naming pass works
// (the Swift one is `SwiftTypeNames` in SpecgenEmit). How Swift stores values (out of line
// for types that contain themselves) and the member renames Swift's scoping needs are decided by the Swift pass too,
// not here.

/// All types generated from a set of documentation files.
public struct Schema: Hashable, Sendable {
    /// The types in a stable order: by document path, then document order, synthesized types after their owner.
    public var types: [SchemaType] {
        didSet { index = Index(types) }
    }

    /// Lookups worked out once from `types`, so that per-type work does not scan every type.
    private var index: Index

    /// Creates a schema.
    public init(types: [SchemaType]) {
        self.types = types
        self.index = Index(types)
    }

    /// The type the IR refers to by `name` (its identity, ``SchemaType/name``); the first, where a schema with
    /// errors has two.
    public func type(named name: String) -> SchemaType? {
        index.positions[name].map { types[$0] }
    }

    /// The keys that some event payload requires of the type beyond its own required keys (`data` of an event
    /// that says "with `user` present"), in schema order, each once.
    public func keysRequiredByPayloads(of typeName: String) -> [String] {
        index.payloadRequirements[typeName] ?? []
    }

    public static func == (lhs: Schema, rhs: Schema) -> Bool {
        lhs.types == rhs.types
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(types)
    }

    /// The lookups of a schema.
    private struct Index: Sendable {
        /// The position of the first type of each name.
        var positions: [String: Int] = [:]
        /// The result of ``Schema/keysRequiredByPayloads(of:)`` for each type that has any.
        var payloadRequirements: [String: [String]] = [:]

        init(_ types: [SchemaType]) {
            for (position, type) in types.enumerated() where positions[type.name] == nil {
                positions[type.name] = position
            }
            var seen: [String: Set<String>] = [:]
            for type in types {
                guard case .eventSet(let set) = type.kind else { continue }
                for event in set.events {
                    guard case .data(.named(let name), let also, _) = event.payload else { continue }
                    for attribute in also where seen[name, default: []].insert(attribute.jsonName).inserted {
                        payloadRequirements[name, default: []].append(attribute.jsonName)
                    }
                }
            }
        }
    }

    /// The types each document path owns, in schema order.
    public var typesByDocumentPath: [String: [SchemaType]] {
        var groups: [String: [SchemaType]] = [:]
        for type in types { groups[type.documentPath, default: []].append(type) }
        return groups
    }

    /// The document paths, in order, with the types each one owns.
    public var typesByDocument: [(path: String, types: [SchemaType])] {
        var order: [String] = []
        var groups: [String: [SchemaType]] = [:]
        for type in types {
            if groups[type.documentPath] == nil { order.append(type.documentPath) }
            groups[type.documentPath, default: []].append(type)
        }
        return order.map { ($0, groups[$0]!) }
    }
}

/// One named type.
public struct SchemaType: Hashable, Sendable {
    /// The name the IR refers to the type by (``TypeRef/named(_:)``, ``Variant/typeName``, ``VariantSet/tagType``,
    /// the owners in ``origin``): for a type the schema builder makes, its identity (``TypeClaim/identity``, such as
    /// `UserCompact.ProfileBanner` or `Notification#variant(channel_message)`), unique in a schema without errors.
    /// It is no language's name: the Swift outputs, the dump and the JSON Schema name the type by the Swift pass
    /// (`SwiftSchema.typeName(of:)`, from ``claim``).
    public var name: String
    /// The docs' name for it (`UserCompact.ProfileBanner`, `chat.message.new` payload).
    public var docName: String
    /// The description (Markdown), if any.
    public var summary: String?
    /// Where the docs define it.
    public var location: SourceLocation
    /// The display path of the document whose output file holds it.
    public var documentPath: String
    /// What kind of type it is.
    public var kind: Kind
    /// Why the type exists when the docs do not name it directly.
    public var origin: Origin
    /// How the docs name a declared type (its heading and the headings it sits under); `nil` for synthesized types,
    /// which ``origin`` describes instead.
    public var declaredName: DeclaredName?
    /// Which type this is and when the builder asked for its name (``TypeClaim``); `nil` for types not made by the
    /// schema builder.
    public var claim: TypeClaim?

    /// The docs' naming of a declared type: what a naming pass starts from.
    public struct DeclaredName: Hashable, Sendable {
        /// The type's own heading (`ProfileBanner`).
        public var heading: String
        /// The headings of the types it is nested under, outermost first (`["UserCompact"]`).
        public var parents: [String]
        /// Whether the heading already spells the full name (the docs write `UserCompact.ProfileBanner` itself).
        public var isFullName: Bool

        /// Creates the naming facts of a declared type.
        public init(heading: String, parents: [String] = [], isFullName: Bool = false) {
            self.heading = heading
            self.parents = parents
            self.isFullName = isFullName
        }
    }

    /// What kind of type a ``SchemaType`` is.
    public enum Kind: Hashable, Sendable {
        case object(ObjectType)
        case enumeration(EnumType)
        case union(UnionType)
        case eventSet(EventSetType)
    }

    /// Why a type exists.
    public enum Origin: Hashable, Sendable {
        /// The docs declare it.
        case declared
        /// The fields of an event's payload table.
        case eventPayload(event: String)
        /// A variant of a tagged union.
        case variant(of: String, tag: String)
        /// The tag values of a tagged union.
        case variantTags(of: String)
        /// A nested object given by a field table of a variant (Notification's `details`).
        case variantNested(of: String, tag: String, field: String)
        /// The object that dotted field names (`hype.current`) stand for.
        case dottedFields(of: String, field: String)
        /// The values of a literal union in a Type cell.
        case literalUnion(of: String, field: String)
        /// A union of several types in a Type cell.
        case typeUnion
        /// An object's fields, each of which may be absent (Discord's `partial [guild](…) object`).
        case partial(of: String)
    }

    /// Creates a type.
    public init(
        name: String, docName: String, summary: String?, location: SourceLocation, documentPath: String,
        kind: Kind, origin: Origin = .declared, declaredName: DeclaredName? = nil
    ) {
        self.declaredName = declaredName
        self.name = name
        self.docName = docName
        self.summary = summary
        self.location = location
        self.documentPath = documentPath
        self.kind = kind
        self.origin = origin
    }
}

extension SchemaType {
    /// How many members the type has (properties, variants, cases, members or events): a measure of the code
    /// generated for it.
    public var memberCount: Int {
        switch kind {
        case .object(let object): return object.properties.count + (object.variants?.variants.count ?? 0) * 4
        case .enumeration(let enumeration): return enumeration.cases.count
        case .union(let union): return union.members.count
        case .eventSet(let set): return set.events.count * 2 + set.envelope.count
        }
    }
}

/// A JSON object with known properties. Keys the docs do not list are always allowed.
public struct ObjectType: Hashable, Sendable {
    /// The properties, in document order.
    public var properties: [Property]
    /// The variants, when the object is a tagged union.
    public var variants: VariantSet?

    /// Creates an object type.
    public init(properties: [Property], variants: VariantSet? = nil) {
        self.properties = properties
        self.variants = variants
    }

    /// The property that holds the tag, when the object is a tagged union.
    public var discriminatorProperty: Property? {
        guard let variants else { return nil }
        return properties.first { $0.jsonName == variants.discriminator }
    }

    /// The properties as the strict side (validators, JSON Schema, example checks) reads them: the tag property
    /// with the type its row declares (``VariantSet/declaredTagType``) instead of the tag enumeration the models
    /// decode it into. A names table selects variants; it does not close the set of values.
    public var checkedProperties: [Property] {
        guard let variants, let index = properties.firstIndex(where: { $0.jsonName == variants.discriminator }),
            properties[index].type == .named(variants.tagType)
        else { return properties }
        var properties = properties
        properties[index].type = variants.declaredTagType
        return properties
    }
}

/// One property of an object.
public struct Property: Hashable, Sendable {
    /// The JSON key.
    public var jsonName: String
    /// The value's type, without nullability.
    public var type: TypeRef
    /// Whether the value may be `null`.
    public var isNullable: Bool
    /// Whether the key is always present.
    public var isRequired: Bool
    /// The description (Markdown), if any.
    public var summary: String?
    /// The one value a string property takes, when the docs give it as a constant.
    public var constant: String?
    /// Where the rule comes from (the table row).
    public var location: SourceLocation
    /// The docs' name (``SchemaType/docName``) of the type whose table lists this property, when the property is
    /// inherited through `extends` and not listed again by its own type; `nil` for the type's own fields.
    public var inheritedFrom: String?
    /// The docs' name of the type this one extends that the property was taken from (the direct base, which may
    /// itself have inherited it from ``inheritedFrom``); `nil` for the type's own fields.
    public var inheritedVia: String?
    /// The type the docs give, when configuration narrowed it to ``type`` (a `number` read as an integer type is
    /// checked as `integer`); `nil` when ``type`` is the docs' type.
    public var narrowedFrom: TypeRef?
    /// Whether the property stands for other rows rather than a row of its own: the object of dotted rows
    /// (`hype.current` → `hype`) or a variant's nested table. Configuration names rows, so it names no group.
    public var isGroup: Bool

    /// Creates a property.
    public init(
        jsonName: String, type: TypeRef, isNullable: Bool, isRequired: Bool,
        summary: String? = nil, constant: String? = nil, location: SourceLocation,
        inheritedFrom: String? = nil, inheritedVia: String? = nil, narrowedFrom: TypeRef? = nil, isGroup: Bool = false
    ) {
        self.inheritedFrom = inheritedFrom
        self.inheritedVia = inheritedVia ?? inheritedFrom
        self.narrowedFrom = narrowedFrom
        self.isGroup = isGroup
        self.jsonName = jsonName
        self.type = type
        self.isNullable = isNullable
        self.isRequired = isRequired
        self.summary = summary
        self.constant = constant
        self.location = location
    }
}

/// A resolved type reference.
public indirect enum TypeRef: Hashable, Sendable {
    case string
    /// A JSON integer (64-bit).
    case integer
    /// A JSON number (floating point).
    case number
    case boolean
    /// An ISO 8601 date-time string.
    case timestamp
    /// An id that is a string of decimal digits on the wire, a 64-bit number in the model (Discord's snowflake).
    case snowflake
    /// Any JSON object.
    case object
    /// Any JSON value: what the docs leave untyped.
    case any
    /// A named type of the schema, by the name the IR refers to it by (``SchemaType/name``).
    case named(String)
    /// A JSON array.
    case array(TypeRef)

    /// The named types this reference mentions.
    public var namedTypes: [String] {
        switch self {
        case .named(let n): return [n]
        case .array(let e): return e.namedTypes
        default: return []
        }
    }
}

extension TypeRef {
    /// A compact rendering: `string`, `[ChatMessage]`, `Notification`.
    public var dumped: String {
        switch self {
        case .string: return "string"
        case .integer: return "integer"
        case .number: return "number"
        case .boolean: return "boolean"
        case .timestamp: return "timestamp"
        case .snowflake: return "snowflake"
        case .object: return "object"
        case .any: return "any"
        case .named(let n): return n
        case .array(let e): return "[\(e.dumped)]"
        }
    }
}

/// The variants of a tagged union.
public struct VariantSet: Hashable, Sendable {
    /// The JSON key of the tag (`name`): the key of one of the object's properties
    /// (``ObjectType/discriminatorProperty``).
    public var discriminator: String
    /// The enumeration of tag values (a type of the schema), which the models decode the tag into (open: other
    /// values decode too).
    public var tagType: String
    /// The type the tag's own row declares (`string` for Notification's `name`), which validators check: values
    /// the docs do not list get the base rules only.
    public var declaredTagType: TypeRef
    /// The naming facts of the enumeration of the variants that a language may make (a Swift `enum` with one case
    /// per variant), whose identity is ``TypeClaim/identity(ofVariants:)``; `nil` when not made by the builder.
    public var variantEnumClaim: TypeClaim?
    /// The variants, in document order.
    public var variants: [Variant]

    /// Creates a variant set.
    public init(discriminator: String, tagType: String, declaredTagType: TypeRef? = nil, variants: [Variant]) {
        self.declaredTagType = declaredTagType ?? .named(tagType)
        self.discriminator = discriminator
        self.tagType = tagType
        self.variants = variants
    }
}

/// One variant: its tag, and the object type with its own fields.
public struct Variant: Hashable, Sendable {
    /// The tag value.
    public var tag: String
    /// The object type holding the variant's fields.
    public var typeName: String
    /// Where the variant is defined.
    public var location: SourceLocation

    /// Creates a variant.
    public init(tag: String, typeName: String, location: SourceLocation) {
        self.tag = tag
        self.typeName = typeName
        self.location = location
    }
}

/// An enumeration of JSON values. Generated Swift keeps values it does not know.
public struct EnumType: Hashable, Sendable {
    /// The cases, in document order.
    public var cases: [EnumCase]
    /// Whether the values are JSON integers (otherwise strings).
    public var isInteger: Bool
    /// How a set of bit flags is sent, when the cases are flags (`1 << n`, each case's ``EnumCase/value`` the bit's
    /// decimal value) that a value combines; `nil` for an enumeration of single values.
    public var flags: FlagsEncoding?

    /// Creates an enumeration.
    public init(cases: [EnumCase], isInteger: Bool, flags: FlagsEncoding? = nil) {
        self.cases = cases
        self.isInteger = isInteger
        self.flags = flags
    }
}

/// How a set of bit flags is written in JSON. Either way the value is an unsigned 64-bit number, and bits the docs do
/// not list are allowed (and kept).
public enum FlagsEncoding: Hashable, Sendable {
    /// A JSON integer (`"flags": 18`).
    case integer
    /// A string of decimal digits (`"permissions": "2147483648"`), as Discord sends permission sets.
    case string
}

/// One enumeration case.
public struct EnumCase: Hashable, Sendable {
    /// The value on the wire.
    public var value: String
    /// The description (Markdown), if any.
    public var summary: String?
    /// Where the value is listed.
    public var location: SourceLocation
    /// The name the docs give beside the value (an integer code's meaning), if any.
    public var label: String?

    /// Creates a case.
    public init(value: String, summary: String? = nil, location: SourceLocation, label: String? = nil) {
        self.label = label
        self.value = value
        self.summary = summary
        self.location = location
    }
}

/// A value of one of several types (the docs' "base or extended" unions).
public struct UnionType: Hashable, Sendable {
    /// The members, in the order they are tried when decoding (most specific first).
    public var members: [UnionMember]
    /// The members' types in the order the docs write them (what a name for the union is made from).
    public var writtenMembers: [TypeRef]
    /// The key whose integer code selects the member, when the members are objects told apart by it (Discord's
    /// components by `type`); then each member has its ``UnionMember/code``. `nil` when decoding tries the members.
    public var tag: UnionTag?

    /// Creates a union; `writtenMembers` defaults to the members' order.
    public init(members: [UnionMember], writtenMembers: [TypeRef]? = nil, tag: UnionTag? = nil) {
        self.members = members
        self.writtenMembers = writtenMembers ?? members.map(\.type)
        self.tag = tag
    }
}

/// One member of a union.
public struct UnionMember: Hashable, Sendable {
    /// The member's type.
    public var type: TypeRef
    /// The integer code under the union's ``UnionType/tag`` key that selects this member; `nil` in an untagged union.
    public var code: Int?
    /// Where the docs list the member's code, in a tagged union.
    public var location: SourceLocation?

    /// Creates a member.
    public init(type: TypeRef, code: Int? = nil, location: SourceLocation? = nil) {
        self.type = type
        self.code = code
        self.location = location
    }
}

/// The messages of an events page, as one Swift enum.
public struct EventSetType: Hashable, Sendable {
    /// The JSON key of the event name (`event`).
    public var discriminator: String
    /// The JSON key of the payload (`data`), if the envelope has one.
    public var payloadKey: String?
    /// The envelope's properties (for validation).
    public var envelope: [Property]
    /// The events, in document order.
    public var events: [Event]
    /// The integer code that tells messages apart before ``discriminator`` does (Discord's gateway `op`), if the
    /// envelope has one: then ``discriminator`` names only the events sent under the dispatch code, and an event
    /// with an ``Event/opcode`` is told apart by its code alone.
    public var opcode: OpcodeTag?

    /// Creates an event set.
    public init(
        discriminator: String, payloadKey: String?, envelope: [Property], events: [Event], opcode: OpcodeTag? = nil
    ) {
        self.discriminator = discriminator
        self.payloadKey = payloadKey
        self.envelope = envelope
        self.events = events
        self.opcode = opcode
    }

    /// The key a payload is read from and written under when the envelope names none.
    public static let defaultPayloadKey = "data"

    /// The JSON key every event's payload is under: ``payloadKey``, or ``defaultPayloadKey`` when the envelope has
    /// no payload field (which the builder reports). Every output reads the key from here.
    public var payloadField: String { payloadKey ?? Self.defaultPayloadKey }
}

/// One event.
public struct Event: Hashable, Sendable {
    /// The name on the wire.
    public var name: String
    /// The description (Markdown), if any.
    public var summary: String?
    /// Where the event is defined.
    public var location: SourceLocation
    /// What it carries.
    public var payload: EventPayload
    /// The code under the set's ``EventSetType/opcode`` key that alone identifies the message (Discord's Hello,
    /// 10); `nil` for an event named by the discriminator (sent under the dispatch code, if the set has one).
    public var opcode: Int?
    /// Whether the payload may be `null` (Discord's Heartbeat carries the last sequence number or `null`).
    public var isPayloadNullable: Bool

    /// Creates an event.
    public init(
        name: String, summary: String?, location: SourceLocation, payload: EventPayload, opcode: Int? = nil,
        isPayloadNullable: Bool = false
    ) {
        self.name = name
        self.summary = summary
        self.location = location
        self.payload = payload
        self.opcode = opcode
        self.isPayloadNullable = isPayloadNullable
    }
}

/// What an event carries.
public enum EventPayload: Hashable, Sendable {
    /// Nothing.
    case none
    /// A value under the payload key; `alsoRequired` lists optional properties of that object type that this event
    /// always includes (with where the docs say so).
    case data(TypeRef, alsoRequired: [RequiredAttribute], location: SourceLocation)
    /// An object read from the message's top level (beside the event name), with no payload key.
    case frame(TypeRef, location: SourceLocation)
}

/// An optional property that a context makes required.
public struct RequiredAttribute: Hashable, Sendable {
    /// The JSON key.
    public var jsonName: String
    /// Where the docs require it.
    public var location: SourceLocation

    /// Creates a required attribute.
    public init(jsonName: String, location: SourceLocation) {
        self.jsonName = jsonName
        self.location = location
    }
}
