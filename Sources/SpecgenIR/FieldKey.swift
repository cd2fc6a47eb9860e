/// A field, by the docs name of the type that holds it and its JSON key: how whatever is chosen for one field outside
/// the docs (configuration's names and types, ``IntegerNarrowing``) finds it in the schema, which keeps these names.
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
        // A key without a `.` byte has no `.` character (nearly every key): the character search is left out.
        while field.utf8.contains(UInt8(ascii: ".")), let dot = field.firstIndex(of: "."), dot != field.startIndex,
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

/// Which fields of type `number` the schema types as JSON integers although the docs say `number`: those read by a
/// type that accepts only integers (configuration's `Int64` for a field, or for every `number`). The builder narrows
/// such a field (arrays of it too) to ``TypeRef/integer`` and records the docs' type in ``Property/narrowedFrom``, so
/// that every output checks and describes the field as an integer.
public struct IntegerNarrowing: Hashable, Sendable {
    /// The fields that decide for themselves, whatever ``numbers`` says: `true` narrows the field, `false` keeps the
    /// docs' `number` (a field read by a floating-point type while every other `number` is read as an integer).
    public var fields: [FieldKey: Bool]
    /// Whether a `number` field that does not decide for itself is narrowed.
    public var numbers: Bool

    /// Creates a narrowing; by default, none.
    public init(fields: [FieldKey: Bool] = [:], numbers: Bool = false) {
        self.fields = fields
        self.numbers = numbers
    }

    /// Whether a field whose docs type is `number` (or an array of it) is read as an integer.
    public func narrows(_ field: FieldKey) -> Bool {
        fields[field] ?? numbers
    }
}
