/// What configuration says about the Swift side of the docs: the names and Swift types it chooses instead of the ones
/// specgen makes. None of it is what the docs say, so it is kept apart from ``SpecDocument``.
///
/// Everything is keyed by the docs' own names, the identities the schema keeps: a type by its declaration's dotted
/// name (``SpecDeclaration/qualifiedName``), a property by the docs name of the type that holds it
/// (``SchemaType/docName``) and its JSON key (``FieldKey``).
public struct SwiftNameSettings: Hashable, Sendable {
    /// The Swift type names chosen for declarations, by the declaration's dotted name.
    public var typeNames: [String: String]
    /// The Swift property names chosen for fields.
    public var fieldNames: [FieldKey: String]
    /// The Swift types chosen for fields whose value is a JSON scalar (or a list of them).
    public var fieldTypes: [FieldKey: SwiftTypeOverride]
    /// The Swift types chosen for every field of a primitive type (`number` → `Int64`); a field's own choice in
    /// ``fieldTypes`` wins. Only `string`, `integer`, `number` and `boolean` are used.
    public var primitiveTypes: [SpecPrimitive: SwiftTypeOverride]

    /// Creates settings.
    public init(
        typeNames: [String: String] = [:], fieldNames: [FieldKey: String] = [:],
        fieldTypes: [FieldKey: SwiftTypeOverride] = [:], primitiveTypes: [SpecPrimitive: SwiftTypeOverride] = [:]
    ) {
        self.typeNames = typeNames
        self.fieldNames = fieldNames
        self.fieldTypes = fieldTypes
        self.primitiveTypes = primitiveTypes
    }

    /// A property, by the docs name of the type that holds it and its JSON key.
    public struct FieldKey: Hashable, Sendable, CustomStringConvertible {
        /// The docs name of the type that holds the property (``SchemaType/docName``): `ChatChannel`,
        /// `Notification[beatmapset_discussion_lock]`, `Notification[…].details`, `BeatmapsetCompact.hype`.
        public var owner: String
        /// The JSON key.
        public var jsonKey: String

        /// The key of a field of a table whose object has the docs name `owner`. A dotted name (`hype.current`)
        /// is a key of the nested object the dotted fields make (`Owner.hype`, `current`), as the schema builder
        /// groups them.
        public init(owner: String, field: String) {
            var owner = owner
            var field = field
            while let dot = field.firstIndex(of: "."), dot != field.startIndex,
                field.index(after: dot) != field.endIndex
            {
                owner += "." + field[..<dot]
                field = String(field[field.index(after: dot)...])
            }
            self.owner = owner
            self.jsonKey = field
        }

        /// The key of a field of an event's payload table (`data`, or the message's top level for a `frame`):
        /// the payload object is named after the event (`chat.message.new payload`), and the objects its dotted
        /// fields make after the event name alone (`chat.message.new.user`).
        public static func payloadField(event: String, isFrame: Bool, field: String) -> FieldKey {
            let grouped = FieldKey(owner: event, field: field)
            if grouped.owner != event { return grouped }
            return FieldKey(owner: payloadOwner(event: event, isFrame: isFrame), field: field)
        }

        /// The docs name of an event's payload object (`chat.message.new payload`, `connected message`).
        public static func payloadOwner(event: String, isFrame: Bool) -> String {
            "\(event) " + (isFrame ? "message" : "payload")
        }

        public var description: String { "\(owner) → \(jsonKey)" }
    }
}
