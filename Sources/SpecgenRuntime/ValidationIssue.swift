/// One place where a JSON payload departs from the docs, as found by a generated validator (`T.validate(json:)`) or
/// by `specgen validate`.
///
/// A missing key is reported at the pointer the key would have (`/data/ids`); every other issue at the value it is
/// about; a repeated key at the pointer of its second (or later) occurrence. Malformed JSON is always a single issue,
/// at the pointer reached when reading stopped.
///
/// Validators record an issue in a compact form while they read (what was expected, where the value lies, the path
/// as offsets and indices); ``instancePath`` and ``message`` are made from it the first time they are read, so a
/// caller that only counts issues or checks their kinds never pays for the text.
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

    /// Where the pointer and the message come from: given as text, or recorded by a validator.
    private enum Text: Sendable {
        case given(instancePath: String, message: String)
        case recorded(JSONIssueLog, Int)
    }

    /// The pointer and the message.
    private var text: Text

    /// A JSON Pointer (RFC 6901) to the value, such as `/data/messages/0/timestamp`; `""` is the whole document.
    public var instancePath: String {
        get {
            switch text {
            case .given(let instancePath, _): return instancePath
            case .recorded(let log, let index): return log.instancePath(of: index)
            }
        }
        set { text = .given(instancePath: newValue, message: message) }
    }

    /// What was expected and what was found.
    public var message: String {
        get {
            switch text {
            case .given(_, let message): return message
            case .recorded(let log, let index): return log.message(of: index)
            }
        }
        set { text = .given(instancePath: instancePath, message: newValue) }
    }

    /// The `path:line` of the table row or heading the broken rule comes from.
    public var specLocation: String
    /// The byte offset in the payload of the value concerned (for a missing key, of the object that lacks it; for
    /// malformed JSON, of the byte where reading failed).
    public var byteOffset: Int
    /// What kind of rule is broken.
    public var kind: Kind

    /// Creates an issue.
    public init(instancePath: String, message: String, specLocation: String, byteOffset: Int, kind: Kind) {
        self.text = .given(instancePath: instancePath, message: message)
        self.specLocation = specLocation
        self.byteOffset = byteOffset
        self.kind = kind
    }

    /// An issue a validator recorded: entry `index` of `log`.
    init(log: JSONIssueLog, index: Int) {
        let record = log.records[index]
        self.text = .recorded(log, index)
        self.specLocation = record.location
        self.byteOffset = record.offset
        self.kind = record.kind
    }

    /// `/pointer: message [spec/…md:42]` on one line; the whole document's pointer prints as `(root)`.
    public var description: String {
        let path = instancePath
        return "\(path.isEmpty ? "(root)" : path): \(message) [\(specLocation)]"
    }

    /// Two issues are equal when their pointers, messages, locations, offsets and kinds are.
    public static func == (lhs: ValidationIssue, rhs: ValidationIssue) -> Bool {
        lhs.kind == rhs.kind && lhs.byteOffset == rhs.byteOffset && lhs.specLocation == rhs.specLocation
            && lhs.instancePath == rhs.instancePath && lhs.message == rhs.message
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(instancePath)
        hasher.combine(message)
        hasher.combine(specLocation)
        hasher.combine(byteOffset)
        hasher.combine(kind)
    }
}
