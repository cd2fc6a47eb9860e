import SpecgenIR
import SpecgenSupport

// What a `specgen.yml` / `specgen.json` says, with where each part is written so that every problem found later
// (an overlay that matches nothing, a type that does not parse) points at its line. Type expressions stay text
// here: they are written in the docs' own syntax and parsed with the dialect when the configuration is applied.

/// A value and where the configuration writes it.
public struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The value.
    public var value: Value
    /// Where it is written.
    public var range: SourceRange

    /// Creates a located value.
    public init(_ value: Value, at range: SourceRange) {
        self.value = value
        self.range = range
    }
}

/// A specgen configuration file.
public struct Configuration: Hashable, Sendable {
    /// The file names specgen looks for beside the docs, in this order.
    public static let fileNames = ConfigurationFileNames.all

    /// The display path of the file.
    public var path: String
    /// The Markdown files or folders to read, relative to the file's folder; empty when the file names none.
    public var inputs: [Located<String>]
    /// The docs family (`osu`).
    public var dialect: Located<String>?
    /// The access level of generated declarations.
    public var accessModifier: AccessModifier?
    /// Swift types for every field of a docs primitive type (`number: Int64`).
    public var primitiveTypes: [PrimitiveTypeSetting]
    /// Swift names for docs types (`UserCompact.ProfileBanner: Banner`).
    public var typeNames: [TypeNameSetting]
    /// Swift names and types for single fields (`ChatChannel.channel_id: { swiftName: id }`).
    public var fields: [FieldSetting]
    /// Corrections to the docs, applied in order.
    public var overlays: [Overlay]
    /// What to generate (`models`, `validators`, `schema`), or `nil` when the file does not say. The command line's
    /// `--emit` wins over it; the build plugin also ships `schema.json` as a resource of the target when it is listed.
    public var outputs: [Located<String>]?

    /// The enum every generated type is nested in (`namespace: Osu` → `Osu.User`), if any.
    public var namespace: Located<String>?
    /// How much of a docs location generated doc comments name (`line`, `file` or `none`), if the file says.
    public var sourceLocations: SourceLocationStyle?
    /// Whether the models get the one-pass decoders (`init(json:)`, `init(jsonReader:)`), or `nil` when the file
    /// does not say (they do). `false` leaves them out: the models still decode through `JSONDecoder`, and the
    /// generated module compiles faster.
    public var fastDecoders: Bool?

    /// The names `outputs` accepts: those of the output kinds specgen ships.
    public static let outputNames = OutputKind.builtIn.map(\.name)

    /// Creates a configuration.
    public init(
        path: String, inputs: [Located<String>] = [], dialect: Located<String>? = nil,
        accessModifier: AccessModifier? = nil, primitiveTypes: [PrimitiveTypeSetting] = [],
        typeNames: [TypeNameSetting] = [], fields: [FieldSetting] = [], overlays: [Overlay] = []
    ) {
        self.path = path
        self.inputs = inputs
        self.dialect = dialect
        self.accessModifier = accessModifier
        self.primitiveTypes = primitiveTypes
        self.typeNames = typeNames
        self.fields = fields
        self.overlays = overlays
    }
}

/// A Swift type named in a configuration, checked and classified.
public struct SwiftTypeSetting: Hashable, Sendable {
    /// What a Swift type can read from JSON, which decides where it may be used.
    public enum Kind: Hashable, Sendable {
        /// A standard integer type (`Int`, `Int64`, `UInt32`, …): reads JSON integers.
        case integer
        /// A standard floating-point type (`Double`, `Float`): reads any JSON number.
        case floatingPoint
        /// `String`.
        case string
        /// `Bool`.
        case boolean
        /// Another type, of the generated code's own module: the user makes sure it decodes the JSON value.
        case custom
    }

    /// The type as written in the configuration (`Int64`).
    public var written: String
    /// The type as generated code writes it (`Swift.Int64`, `UserID`).
    public var swiftName: String
    /// What the type reads (an integer type makes a `number` field a JSON integer).
    public var kind: Kind

    /// Creates a setting.
    public init(written: String, swiftName: String, kind: Kind) {
        self.written = written
        self.swiftName = swiftName
        self.kind = kind
    }
}

/// The Swift names and types a configuration chooses for the docs' types and fields, found in the docs
/// (``ConfigurationApplier/apply(to:diagnostics:)``) and keyed by the docs' own names: a type by its declaration's
/// dotted name (``SpecDeclaration/qualifiedName``), a field by the docs name of the type that holds it and its JSON
/// key (``FieldKey``). They are not what the docs say, so they stay apart from the documents; the pipeline hands them
/// to the Swift emitters and tells the schema builder which `number` fields an integer type reads.
public struct SwiftChoices: Hashable, Sendable {
    /// The Swift type names chosen for declarations (`typeNames:`, an overlay's `swiftName`), by dotted name.
    public var typeNames: [String: String]
    /// The Swift property names chosen for fields.
    public var fieldNames: [FieldKey: String]
    /// The Swift types chosen for fields.
    public var fieldTypes: [FieldKey: SwiftTypeSetting]
    /// The Swift types chosen for every field of a docs primitive (`types:`); a field's own choice wins.
    public var primitiveTypes: [SpecPrimitive: SwiftTypeSetting]

    /// Creates choices; by default, none.
    public init(
        typeNames: [String: String] = [:], fieldNames: [FieldKey: String] = [:],
        fieldTypes: [FieldKey: SwiftTypeSetting] = [:], primitiveTypes: [SpecPrimitive: SwiftTypeSetting] = [:]
    ) {
        self.typeNames = typeNames
        self.fieldNames = fieldNames
        self.fieldTypes = fieldTypes
        self.primitiveTypes = primitiveTypes
    }
}

/// `types:` — one docs primitive mapped to a Swift type for every field.
public struct PrimitiveTypeSetting: Hashable, Sendable {
    /// The docs' primitive, as the docs write it (`number`, `float`).
    public var primitive: Located<String>
    /// The Swift type.
    public var swiftType: Located<SwiftTypeSetting>

    /// Creates a setting.
    public init(primitive: Located<String>, swiftType: Located<SwiftTypeSetting>) {
        self.primitive = primitive
        self.swiftType = swiftType
    }
}

/// `typeNames:` — a docs type given another Swift name.
public struct TypeNameSetting: Hashable, Sendable {
    /// The docs' name of the type (heading, or dotted `Parent.Child`).
    public var type: Located<String>
    /// The Swift name.
    public var swiftName: Located<String>

    /// Creates a setting.
    public init(type: Located<String>, swiftName: Located<String>) {
        self.type = type
        self.swiftName = swiftName
    }
}

/// `fields:` — a field's Swift name and/or type, keyed `Type.field` (or `event.field`).
public struct FieldSetting: Hashable, Sendable {
    /// The key as written (`ChatChannel.channel_id`).
    public var key: Located<String>
    /// The Swift property name.
    public var swiftName: Located<String>?
    /// The Swift type.
    public var swiftType: Located<SwiftTypeSetting>?

    /// Creates a setting.
    public init(
        key: Located<String>, swiftName: Located<String>? = nil,
        swiftType: Located<SwiftTypeSetting>? = nil
    ) {
        self.key = key
        self.swiftName = swiftName
        self.swiftType = swiftType
    }
}

/// A field as an overlay writes it (`{ name: read_count, type: integer }`).
public struct FieldDefinition: Hashable, Sendable {
    /// The JSON key.
    public var name: Located<String>
    /// The type, in the docs' syntax.
    public var type: Located<String>
    /// Whether the key is always present (default: required).
    public var presence: SpecPresence
    /// The description (Markdown).
    public var description: String?
    /// Where the definition is.
    public var range: SourceRange

    /// Creates a definition.
    public init(
        name: Located<String>, type: Located<String>, presence: SpecPresence = .required,
        description: String? = nil, range: SourceRange
    ) {
        self.name = name
        self.type = type
        self.presence = presence
        self.description = description
        self.range = range
    }
}

/// An enumeration value as an overlay writes it (`TEAM` or `{ value: TEAM, description: … }`).
public struct ValueDefinition: Hashable, Sendable {
    /// The value on the wire.
    public var value: Located<String>
    /// The description (Markdown).
    public var description: String?

    /// Creates a definition.
    public init(value: Located<String>, description: String? = nil) {
        self.value = value
        self.description = description
    }
}

/// An event's payload as an overlay writes it.
public enum PayloadDefinition: Hashable, Sendable {
    /// `none`: the event carries nothing.
    case none(SourceRange)
    /// `{ data: [fields] }`: an object with these fields under the payload key.
    case data([FieldDefinition], SourceRange)
    /// `{ frame: [fields] }`: these fields beside the event name, at the top level of the message.
    case frame([FieldDefinition], SourceRange)
    /// `{ type: "[T](#t)", with: [a, b] }`: a value of a type under the payload key, with these optional fields
    /// present.
    case type(Located<String>, with: [Located<String>], SourceRange)

    /// Where the definition is.
    public var range: SourceRange {
        switch self {
        case .none(let range), .data(_, let range), .frame(_, let range), .type(_, _, let range): return range
        }
    }
}

/// Changes an overlay makes to one field (`set:`).
public struct FieldChanges: Hashable, Sendable {
    /// The new type, in the docs' syntax.
    public var type: Located<String>?
    /// The new presence.
    public var presence: Located<SpecPresence>?
    /// The new description (Markdown).
    public var description: Located<String>?
    /// The Swift property name.
    public var swiftName: Located<String>?
    /// The Swift type.
    public var swiftType: Located<SwiftTypeSetting>?

    /// Creates changes.
    public init(
        type: Located<String>? = nil, presence: Located<SpecPresence>? = nil,
        description: Located<String>? = nil, swiftName: Located<String>? = nil,
        swiftType: Located<SwiftTypeSetting>? = nil
    ) {
        self.type = type
        self.presence = presence
        self.description = description
        self.swiftName = swiftName
        self.swiftType = swiftType
    }
}

/// A correction to the docs, keyed by the docs' own names.
public struct Overlay: Hashable, Sendable {
    /// What an overlay applies to.
    public enum Target: Hashable, Sendable {
        /// A type (`type: ChatChannel`), optionally one variant of it, optionally one field.
        case type(Located<String>, variant: Located<String>?, field: Located<String>?)
        /// An event (`event: read`), optionally one field of its payload table.
        case event(Located<String>, field: Located<String>?)
        /// A new event (`addEvent: delete`) on the events page named by `events`, or the only one.
        case newEvent(Located<String>, page: Located<String>?)
    }

    /// What the overlay applies to.
    public var target: Target
    /// Where the overlay entry is.
    public var range: SourceRange
    /// `set:` — changes to the field (or, without a field, `swiftName` / `description` of the type).
    public var set: FieldChanges?
    /// `remove: true` — the field (or event) goes.
    public var remove: Bool
    /// `addFields:` — fields the docs leave out.
    public var addFields: [FieldDefinition]
    /// `addValues:` — values of an enumeration (or tags of a tagged union) the docs leave out.
    public var addValues: [ValueDefinition]
    /// `replacePayload:` (for `event`) or `payload:` (for `addEvent`).
    public var payload: PayloadDefinition?
    /// `description:` of a new event.
    public var description: String?

    /// Creates an overlay.
    public init(
        target: Target, range: SourceRange, set: FieldChanges? = nil, remove: Bool = false,
        addFields: [FieldDefinition] = [], addValues: [ValueDefinition] = [],
        payload: PayloadDefinition? = nil, description: String? = nil
    ) {
        self.target = target
        self.range = range
        self.set = set
        self.remove = remove
        self.addFields = addFields
        self.addValues = addValues
        self.payload = payload
        self.description = description
    }
}
