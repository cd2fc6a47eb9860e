/// One place where a JSON payload departs from the docs, as found by a generated validator (`T.validate(json:)`) or
/// by `specgen validate`.
///
/// A missing key is reported at the pointer the key would have (`/data/ids`); every other issue at the value it is
/// about; a repeated key at the pointer of its second (or later) occurrence. Malformed JSON is always a single issue,
/// at the pointer reached when reading stopped.
public struct ValidationIssue: Hashable, Sendable, CustomStringConvertible {
    /// What kind of rule the payload breaks.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The bytes are not one well-formed JSON document (RFC 8259), or nest too deeply.
        case malformedJSON
        /// An object has the same key more than once. That is well-formed JSON, but RFC 8259 leaves its meaning to
        /// each reader (most keep the last value, some the first, some fail), so validators reject it; the values
        /// are still checked, each against the key's rule.
        case duplicateKey
        /// A value has a JSON type the docs do not allow there (including `null` where the docs do not allow it).
        case wrongType
        /// A value has an allowed JSON type but a value the docs do not allow (an undocumented enum value, another
        /// constant, an integer beyond 64 bits, a string that is not an RFC 3339 date-time).
        case wrongValue
        /// A key the docs require is absent.
        case missingKey
    }

    /// A JSON Pointer (RFC 6901) to the value, such as `/data/messages/0/timestamp`; `""` is the whole document.
    public var instancePath: String
    /// What was expected and what was found.
    public var message: String
    /// The `path:line` of the table row or heading the broken rule comes from.
    public var specLocation: String
    /// The byte offset in the payload of the value concerned (for a missing key, of the object that lacks it; for
    /// malformed JSON, of the byte where reading failed).
    public var byteOffset: Int
    /// What kind of rule is broken.
    public var kind: Kind

    /// Creates an issue.
    public init(instancePath: String, message: String, specLocation: String, byteOffset: Int, kind: Kind) {
        self.instancePath = instancePath
        self.message = message
        self.specLocation = specLocation
        self.byteOffset = byteOffset
        self.kind = kind
    }

    /// `/pointer: message [spec/…md:42]` on one line; the whole document's pointer prints as `(root)`.
    public var description: String {
        "\(instancePath.isEmpty ? "(root)" : instancePath): \(message) [\(specLocation)]"
    }
}
