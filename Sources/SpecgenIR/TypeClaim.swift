import SpecgenSupport

/// The facts a language's naming pass needs to name a type the way the schema builder does: which type it is, in
/// what order the builder asked for its name, and whose name its own name builds on.
///
/// The identity is stable, unique in a schema the builder reports no error for (two declarations of one name are an
/// error), and comes from the docs, not from any language's naming:
/// a declared type is its qualified heading (`UserCompact.ProfileBanner`), an events page its heading, and a type
/// the builder makes is named after its owner's identity (``identity(ofVariant:tag:)`` and the others below).
public struct TypeClaim: Hashable, Sendable {
    /// The type's identity, unique in a schema without errors.
    public var identity: String
    /// The position at which the builder asked for the name, counting every name it asks for (types and the
    /// variant enumerations of tagged objects): where two types want the same name, the earlier one keeps it.
    public var order: Int
    /// The identity of the type whose name this one's name starts with (the object of a partial, a variant's tagged
    /// object, a nested variant table's variant, the type that lists a dotted or literal field); `nil` for declared
    /// types, event payloads and unions.
    public var owner: String?
    /// Where the docs ask for the type: a declaration's heading, or the field, table or variant that makes the
    /// type. A naming pass reports there a name it cannot give; `nil` when the type was not made from the docs.
    public var location: SourceLocation?

    /// Creates the naming facts of a type.
    public init(identity: String, order: Int, owner: String? = nil, location: SourceLocation? = nil) {
        self.identity = identity
        self.order = order
        self.owner = owner
        self.location = location
    }

    /// The identity of the partial type of an object (`Guild#partial`).
    public static func identity(ofPartial object: String) -> String { object + "#partial" }
    /// The identity of the tag enumeration of a tagged object (`Notification#tags`).
    public static func identity(ofTags owner: String) -> String { owner + "#tags" }
    /// The identity of the variant enumeration of a tagged object (`Notification#variants`).
    public static func identity(ofVariants owner: String) -> String { owner + "#variants" }
    /// The identity of one variant of a tagged object (`Notification#variant(channel_message)`).
    public static func identity(ofVariant owner: String, tag: String) -> String { owner + "#variant(" + tag + ")" }
    /// The identity of a variant's nested table (`Notification#variant(…)#table(details)`).
    public static func identity(ofNested variant: String, field: String) -> String {
        variant + "#table(" + field + ")"
    }
    /// The identity of the object dotted field names stand for (`Beatmapset#fields(hype)`).
    public static func identity(ofDotted owner: String, field: String) -> String { owner + "#fields(" + field + ")" }
    /// The identity of the values of a literal union in a Type cell (`ChatChannel#values(type)`).
    public static func identity(ofLiterals owner: String, field: String) -> String {
        owner + "#values(" + field + ")"
    }
    /// The identity of the payload of an event on an events page (`Websocket Events#payload(chat.message.new)`).
    public static func identity(ofPayload events: String, event: String) -> String {
        events + "#payload(" + event + ")"
    }
    /// The identity of a union of several types, from its members' identities (or primitive names, `[…]` for an
    /// array) in the order they are tried (`#union(UserCompact | User)`).
    public static func identity(ofUnion members: [String]) -> String {
        "#union(" + members.joined(separator: " | ") + ")"
    }
}
