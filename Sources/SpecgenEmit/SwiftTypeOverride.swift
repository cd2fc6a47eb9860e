import SpecgenIR

/// A Swift type that configuration chooses for a scalar JSON value (a field of type `number` read as `Int64`).
///
/// The override changes the Swift spelling only, except where the Swift type reads a narrower JSON type than the
/// docs give: an integer type on a `number` field makes the field a JSON integer in the schema and validators too
/// (``SwiftNameSettings/integerNarrowing``, which the schema builder is given).
public struct SwiftTypeOverride: Hashable, Sendable {
    /// The type as generated code writes it (`Swift.Int64`, `UserID`).
    public var swiftName: String
    /// The JSON type the Swift type reads when that is narrower than `number` (``TypeRef/integer`` for integer types);
    /// `nil` when the docs' JSON type stays.
    public var narrowsTo: TypeRef?

    /// Creates an override.
    public init(swiftName: String, narrowsTo: TypeRef? = nil) {
        self.swiftName = swiftName
        self.narrowsTo = narrowsTo
    }
}
