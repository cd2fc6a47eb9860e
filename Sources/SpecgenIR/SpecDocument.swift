import SpecgenSupport

// The declarations of one documentation file, as the docs write them: names, anchors and type expressions still
// unresolved. A dialect (see SpecgenDialects) reads Markdown into these values; ``SchemaBuilder`` resolves them into
// the ``Schema``. Nothing here depends on how a docs family writes things down.

/// The declarations one documentation file makes.
public struct SpecDocument: Hashable, Sendable {
    /// The file's display path.
    public var path: String
    /// The document title (its `#` heading), if any.
    public var title: String?
    /// The declarations, in document order (sub-declarations after their parent).
    public var declarations: [SpecDeclaration]
    /// Anchors that label something other than a declaration (a section, an endpoint), so that links to them are
    /// not reported as dangling, with the declaration they belong to if any.
    public var otherAnchors: [String: String?]

    /// Creates a document.
    public init(
        path: String, title: String? = nil, declarations: [SpecDeclaration] = [],
        otherAnchors: [String: String?] = [:]
    ) {
        self.path = path
        self.title = title
        self.declarations = declarations
        self.otherAnchors = otherAnchors
    }
}

/// A named thing the docs define: an object, an enumeration, a scalar, or a set of events.
public struct SpecDeclaration: Hashable, Sendable {
    /// The name as the heading writes it (`ChatChannel`, `Forum Topic`, `ProfileBanner`, `Websocket Events`).
    public var name: String
    /// The names of the enclosing declarations, outermost first (`["UserCompact"]` for `UserCompact.ProfileBanner`).
    public var parents: [String]
    /// Whether the name is already complete on its own, so a type made from it is not prefixed with its parents'
    /// names (the sub-types of a container heading, such as `ChatChannelUserAttributes`).
    public var isFullName: Bool
    /// Every anchor that leads here.
    public var anchors: [String]
    /// Where the heading is.
    public var location: SourceLocation
    /// The describing text (Markdown), if any.
    public var summary: String?
    /// What is declared.
    public var kind: Kind
    /// The JSON examples shown with it.
    public var examples: [SpecExample]

    /// What a declaration declares.
    public enum Kind: Hashable, Sendable {
        /// A JSON object described by field tables.
        case object(SpecObject)
        /// A closed list of values (which a tolerant reader still treats as open).
        case enumeration(SpecEnum)
        /// A scalar the docs describe in prose, such as an ISO 8601 timestamp string.
        case scalar(SpecScalar)
        /// The messages of an events page: an envelope and one entry per event.
        case events(SpecEventSet)
        /// A heading that only groups sub-declarations.
        case container
        /// One of several declared object types, told apart by an integer code under a key.
        case taggedUnion(SpecTaggedUnion)
    }

    /// Creates a declaration.
    public init(
        name: String, parents: [String] = [], isFullName: Bool = false, anchors: [String] = [],
        location: SourceLocation, summary: String? = nil, kind: Kind, examples: [SpecExample] = []
    ) {
        self.name = name
        self.examples = examples
        self.parents = parents
        self.isFullName = isFullName
        self.anchors = anchors
        self.location = location
        self.summary = summary
        self.kind = kind
    }

    /// The dotted name the docs use for it (`UserCompact.ProfileBanner`).
    public var qualifiedName: String { (parents + [name]).joined(separator: ".") }
}

/// A JSON example from a code block.
public struct SpecExample: Hashable, Sendable {
    /// The example's text.
    public var text: String
    /// Where the example's first line is.
    public var location: SourceLocation
    /// The language the code block is labelled with (`json`), or empty when it has no label.
    public var language: String

    /// Creates an example.
    public init(text: String, location: SourceLocation, language: String = "json") {
        self.text = text
        self.location = location
        self.language = language
    }
}

/// A scalar type defined in prose.
public enum SpecScalar: Hashable, Sendable {
    /// An ISO 8601 / RFC 3339 date-time string.
    case timestamp
    /// A JSON object whose keys the docs do not list (they show it only in an example and prose).
    case object
    /// A value the docs describe only in prose; any JSON value is accepted.
    case any
}

/// An object's fields and how it relates to other objects.
public struct SpecObject: Hashable, Sendable {
    /// The fields, in document order.
    public var fields: [SpecField]
    /// Objects whose fields this one includes ("extends [User](#user)").
    public var extends: [SpecReference]
    /// Optional fields of the extended objects that this one always includes.
    public var alwaysIncluded: [SpecNameMention]
    /// The variants, when the object is a tagged union.
    public var variants: SpecVariants?

    /// Creates an object.
    public init(
        fields: [SpecField] = [], extends: [SpecReference] = [], alwaysIncluded: [SpecNameMention] = [],
        variants: SpecVariants? = nil
    ) {
        self.fields = fields
        self.extends = extends
        self.alwaysIncluded = alwaysIncluded
        self.variants = variants
    }
}

/// A field name mentioned in prose or a list, with where.
public struct SpecNameMention: Hashable, Sendable {
    /// The name.
    public var name: String
    /// Where it is mentioned.
    public var location: SourceLocation

    /// Creates a mention.
    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}

/// Whether a field's key is always there.
public enum SpecPresence: String, Hashable, Sendable {
    /// The key is always present (a main-table field).
    case required
    /// The key may be absent (an optional-attributes field, or a presence the docs make conditional).
    case optional
}

/// One row of a field table.
public struct SpecField: Hashable, Sendable {
    /// The JSON key as written; a dotted name (`hype.current`) stands for a key of a nested object.
    public var name: String
    /// The type expression, or `nil` when the type cell is empty.
    public var type: SpecType?
    /// Whether the key is always present.
    public var presence: SpecPresence
    /// The description (Markdown), if any.
    public var summary: String?
    /// The one value the field takes, when the docs give it as a constant.
    public var constant: String?
    /// Where the row is.
    public var location: SourceLocation
    /// Where the type cell is.
    public var typeRange: SourceRange
    /// An enumeration that the description says lists the field's values ("See [Rank status](#rank-status) for
    /// the possible values"); used as the type when its values are of the field's type.
    public var valuesFrom: SpecReference?

    /// Creates a field.
    public init(
        name: String, type: SpecType?, presence: SpecPresence, summary: String? = nil,
        constant: String? = nil, location: SourceLocation, typeRange: SourceRange? = nil,
        valuesFrom: SpecReference? = nil
    ) {
        self.name = name
        self.type = type
        self.presence = presence
        self.summary = summary
        self.constant = constant
        self.location = location
        self.typeRange = typeRange ?? SourceRange(start: location)
        self.valuesFrom = valuesFrom
    }
}

/// A type expression from a Type cell, not yet resolved.
public indirect enum SpecType: Hashable, Sendable {
    /// A built-in type.
    case primitive(SpecPrimitive)
    /// A reference to a declaration, by anchor and/or name.
    case reference(SpecReference)
    /// A JSON array of the element type.
    case array(SpecType)
    /// The type or `null`.
    case nullable(SpecType)
    /// Any one of the members (a `null` member is written as ``nullable(_:)`` instead).
    case union([SpecType])
    /// One of these literal string values.
    case literals([String])
    /// A type the docs write in a way that cannot be typed (prose); accepted as any JSON value.
    case untyped(String)

    /// The expression without one level of ``nullable(_:)``, and whether there was one.
    public var strippingNullable: (type: SpecType, nullable: Bool) {
        if case .nullable(let inner) = self { return (inner, true) }
        return (self, false)
    }
}

/// The built-in types a docs family names.
public enum SpecPrimitive: String, Hashable, Sendable, CaseIterable {
    case string
    case integer
    /// A JSON number that the docs call a float, or a number without saying which kind.
    case number
    case boolean
    /// Any JSON object.
    case object
    /// An ISO 8601 date-time string.
    case timestamp
    /// A 64-bit id written as a string of decimal digits (Discord's snowflake).
    case snowflake
    /// Any JSON value.
    case any
}

/// A reference to a declaration: a link (`[Name](#anchor)`) or a bare name.
public struct SpecReference: Hashable, Sendable {
    /// The link's anchor without `#`, or `nil` for a bare name.
    public var anchor: String?
    /// The link text or the bare name.
    public var name: String
    /// Where the reference is.
    public var range: SourceRange
    /// Whether it means a partial object: the object's fields, each of which may be absent (Discord's `partial
    /// [guild](…) object`).
    public var isPartial: Bool

    /// Creates a reference.
    public init(anchor: String?, name: String, range: SourceRange, isPartial: Bool = false) {
        self.anchor = anchor
        self.name = name
        self.range = range
        self.isPartial = isPartial
    }
}

/// The variants of a tagged union: the value of one field selects extra or narrowed fields.
public struct SpecVariants: Hashable, Sendable {
    /// The JSON key of the tag field (`name` for Notification, `type` for Event).
    public var discriminator: String
    /// Anchors that refer to the list of tags (`event-type`), whose links mean "one of the tags".
    public var tagAnchors: [String]
    /// The variants in document order.
    public var variants: [SpecVariant]
    /// Tag values the docs list without a table of their own, with their descriptions.
    public var listedTags: [SpecEnumValue]
    /// Where the variants are introduced.
    public var location: SourceLocation

    /// Creates a variant set.
    public init(
        discriminator: String, tagAnchors: [String] = [], variants: [SpecVariant], listedTags: [SpecEnumValue] = [],
        location: SourceLocation
    ) {
        self.discriminator = discriminator
        self.tagAnchors = tagAnchors
        self.variants = variants
        self.listedTags = listedTags
        self.location = location
    }
}

/// One variant of a tagged union.
public struct SpecVariant: Hashable, Sendable {
    /// The tag value that selects it.
    public var tag: String
    /// Anchors that lead here.
    public var anchors: [String]
    /// Where its heading is.
    public var location: SourceLocation
    /// The description (Markdown), if any.
    public var summary: String?
    /// Fields at the object's own level: new ones, or narrowed versions of the common ones.
    public var fields: [SpecField]
    /// Shapes of object-typed common fields in this variant (`details` → its table), keyed by field name, in
    /// document order.
    public var nested: [SpecNestedObject]

    /// Creates a variant.
    public init(
        tag: String, anchors: [String] = [], location: SourceLocation, summary: String? = nil,
        fields: [SpecField] = [], nested: [SpecNestedObject] = []
    ) {
        self.tag = tag
        self.anchors = anchors
        self.location = location
        self.summary = summary
        self.fields = fields
        self.nested = nested
    }
}

/// The shape of an object-typed field given by a table of its own ("Details object:").
public struct SpecNestedObject: Hashable, Sendable {
    /// The field whose shape this is.
    public var field: String
    /// Where the table is introduced.
    public var location: SourceLocation
    /// The fields.
    public var fields: [SpecField]

    /// Creates a nested object shape.
    public init(field: String, location: SourceLocation, fields: [SpecField]) {
        self.field = field
        self.location = location
        self.fields = fields
    }
}

/// An enumeration's values.
public struct SpecEnum: Hashable, Sendable {
    /// The values in document order.
    public var values: [SpecEnumValue]
    /// Whether the values are JSON integers rather than strings.
    public var isInteger: Bool
    /// Whether the values are bit flags (each value a power of two, in decimal) that a field combines; such a table
    /// has integer values.
    public var isFlags: Bool
    /// The link of each value, in order, when every value is a link to a section (a list of types, such as
    /// Discord's "Available Components"); a dialect may read such a list as a union of the types.
    public var links: [SpecReference]?

    /// Creates an enumeration.
    public init(
        values: [SpecEnumValue], isInteger: Bool = false, isFlags: Bool = false, links: [SpecReference]? = nil
    ) {
        self.values = values
        self.isInteger = isInteger || isFlags
        self.isFlags = isFlags
        self.links = links
    }
}

/// One value of an enumeration.
public struct SpecEnumValue: Hashable, Sendable {
    /// The value as sent on the wire.
    public var value: String
    /// A name for the value when the docs give one beside it (an integer code's meaning).
    public var label: String?
    /// The description (Markdown), if any.
    public var summary: String?
    /// Where the row is.
    public var location: SourceLocation

    /// Creates a value.
    public init(value: String, label: String? = nil, summary: String? = nil, location: SourceLocation) {
        self.value = value
        self.label = label
        self.summary = summary
        self.location = location
    }
}

/// The messages of an events page.
public struct SpecEventSet: Hashable, Sendable {
    /// The JSON key that names the event (`event`).
    public var discriminator: String
    /// The JSON key that carries the payload (`data`), if the envelope has one.
    public var payloadKey: String?
    /// The envelope's fields.
    public var envelope: [SpecField]
    /// The events in document order.
    public var events: [SpecEvent]
    /// The integer code that tells messages apart before the discriminator does (Discord's gateway `op`), if any.
    public var opcode: OpcodeTag?

    /// Creates an event set.
    public init(
        discriminator: String, payloadKey: String?, envelope: [SpecField], events: [SpecEvent],
        opcode: OpcodeTag? = nil
    ) {
        self.discriminator = discriminator
        self.payloadKey = payloadKey
        self.envelope = envelope
        self.events = events
        self.opcode = opcode
    }
}

/// One event of an events page.
public struct SpecEvent: Hashable, Sendable {
    /// The event's name on the wire (`chat.message.new`).
    public var name: String
    /// Anchors that lead here.
    public var anchors: [String]
    /// Where its heading is.
    public var location: SourceLocation
    /// The description (Markdown), if any.
    public var summary: String?
    /// What the event carries.
    public var payload: SpecPayload
    /// The code that alone identifies the message, in a set with an ``SpecEventSet/opcode`` (Discord's Hello, 10);
    /// `nil` for an event named by the discriminator.
    public var opcode: Int?

    /// Creates an event.
    public init(
        name: String, anchors: [String] = [], location: SourceLocation, summary: String? = nil,
        payload: SpecPayload, opcode: Int? = nil
    ) {
        self.name = name
        self.anchors = anchors
        self.location = location
        self.summary = summary
        self.payload = payload
        self.opcode = opcode
    }
}

/// What an event carries.
public enum SpecPayload: Hashable, Sendable {
    /// Nothing.
    case none
    /// A value of this type under the payload key, with these optional attributes of it present.
    case type(SpecType, alsoRequired: [SpecNameMention], location: SourceLocation)
    /// An object with these fields under the payload key.
    case fields([SpecField], location: SourceLocation)
    /// These fields beside the event name at the top level of the message, with no payload key.
    case frame([SpecField], location: SourceLocation)
}
