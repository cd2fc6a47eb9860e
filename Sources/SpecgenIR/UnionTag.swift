import SpecgenSupport

// Integer-tagged unions: a union of object types whose members carry an integer code under one key (Discord's
// message components: `{"type": 2, …}` is a button). The docs list the codes in a table beside the union's heading
// ("Component Object" over "Component Types", whose names link to each member's section), and each member's table
// has a row for the key that names its code ("`2` for a button"). Models decode the member the code selects and keep
// unknown codes; validators and the JSON Schema select the member's rules by the code.

/// The key of a tagged union (``UnionType/tag``).
public struct UnionTag: Hashable, Sendable {
    /// The JSON key of the integer code (`type`).
    public var key: String
    /// Where the docs list the codes (the table of codes).
    public var location: SourceLocation

    /// Creates a tag.
    public init(key: String, location: SourceLocation) {
        self.key = key
        self.location = location
    }
}

/// A union of declared object types told apart by an integer code under a key, as the docs declare it.
public struct SpecTaggedUnion: Hashable, Sendable {
    /// The JSON key of the code (`type`).
    public var key: String
    /// The members, in the order the docs list their codes.
    public var members: [SpecTaggedMember]
    /// Where the codes are listed (the table of codes).
    public var location: SourceLocation

    /// Creates a tagged union.
    public init(key: String, members: [SpecTaggedMember], location: SourceLocation) {
        self.key = key
        self.members = members
        self.location = location
    }
}

/// One member of a ``SpecTaggedUnion``: its code and the object type it stands for.
public struct SpecTaggedMember: Hashable, Sendable {
    /// The code under the union's key; `nil` when the member's own row for the key names it ("`2` for a button").
    public var code: Int?
    /// The member's object type (the link of its row).
    public var reference: SpecReference
    /// Where the code is listed (its row).
    public var location: SourceLocation

    /// Creates a member.
    public init(code: Int?, reference: SpecReference, location: SourceLocation) {
        self.code = code
        self.reference = reference
        self.location = location
    }
}

extension SpecTaggedUnion {
    /// The code that a member's row for the key names: the integer in the first code span of its description
    /// ("`2` for a button" → 2), or its constant; `nil` when it names none.
    public static func namedCode(in field: SpecField) -> Int? {
        if let constant = field.constant, let code = Int(constant) { return code }
        guard let summary = field.summary, let open = summary.firstIndex(of: "`") else { return nil }
        let rest = summary[summary.index(after: open)...]
        guard let close = rest.firstIndex(of: "`") else { return nil }
        return Int(String(rest[..<close].filter { $0 != " " }))
    }
}
