// Issues as validators record them while reading, and the text made from them when it is asked for.
//
// Reading a payload records each issue as a `JSONIssueRecord`: its kind, which rule it breaks (the rule's own static
// strings), the byte range of the value, and the pointer as byte ranges and indices. Only when a caller reads an
// issue's `instancePath` or `message` is the text made, from the records and a copy of the payload.

/// What a message says was expected.
enum JSONExpectation: Sendable {
    /// Text as it stands: `a string`, `one of "a", "b"`.
    case text(String)
    /// A string constant, shown as a JSON string literal.
    case constant(String)
    /// An object of a documented type: `an object (Name)`.
    case object(String)
}

/// The message of a recorded issue, before it is made.
enum JSONIssueMessage: Sendable {
    /// `expected <expectation>[ or null], found <the value in start..<end>`.
    case found(JSONExpectation, nullable: Bool, start: Int, end: Int)
    /// `expected an integer within 64 bits, found <the value in start..<end>`.
    case integerRange(start: Int, end: Int)
    /// A key repeated in its object, as the rule spells it.
    case duplicateKey(String)
    /// A key repeated in its object, as the payload spells it (in `start..<end`, inside the quotes).
    case duplicatePayloadKey(start: Int, end: Int, escaped: Bool)
    /// `required key "k" is missing`.
    case missingKey(String)
}

/// One issue as recorded while reading.
struct JSONIssueRecord: Sendable {
    /// The kind of rule broken.
    var kind: ValidationIssue.Kind
    /// What the message will say.
    var message: JSONIssueMessage
    /// The spec location of the rule.
    var location: String
    /// The byte offset the issue is about.
    var offset: Int
    /// The issue's pointer: `paths[pathStart..<pathEnd]` of the log.
    var pathStart: Int
    /// The end of the pointer's components.
    var pathEnd: Int
    /// A last pointer token after the components (the key of a missing member), or `nil`.
    var suffix: String?
}

/// The issues of one validated payload, with what their text is made from. Immutable once made, and shared by the
/// ``ValidationIssue`` values that refer to it.
final class JSONIssueLog: Sendable {
    /// A copy of the payload.
    let bytes: [UInt8]
    /// The issues, in document order.
    let records: [JSONIssueRecord]
    /// The pointers' components, the ranges of `records` index into.
    let paths: [JSONValidationReader.PathComponent]

    /// Creates a log.
    init(bytes: [UInt8], records: [JSONIssueRecord], paths: [JSONValidationReader.PathComponent]) {
        self.bytes = bytes
        self.records = records
        self.paths = paths
    }

    /// The JSON Pointer of issue `index`.
    func instancePath(of index: Int) -> String {
        let record = records[index]
        return bytes.withUnsafeBufferPointer { bytes in
            JSONValidationReader.pointer(bytes, paths[record.pathStart..<record.pathEnd], suffix: record.suffix)
        }
    }

    /// The message of issue `index`.
    func message(of index: Int) -> String {
        bytes.withUnsafeBufferPointer { bytes in
            switch records[index].message {
            case .found(let expectation, let nullable, let start, let end):
                var expected: String
                switch expectation {
                case .text(let text): expected = text
                case .constant(let value): expected = value.quotedJSON
                case .object(let typeName): expected = "an object (\(typeName))"
                }
                if nullable { expected += " or null" }
                return "expected \(expected), found "
                    + JSONValidationReader.describeValue(bytes, from: start, to: end)
            case .integerRange(let start, let end):
                return "expected an integer within 64 bits, found "
                    + JSONValidationReader.describeValue(bytes, from: start, to: end)
            case .duplicateKey(let key):
                return "duplicate key \(key.quotedJSON): an object may have each key only once"
            case .duplicatePayloadKey(let start, let end, let escaped):
                let key = JSONValidationReader.keyText(bytes, start: start, end: end, escaped: escaped)
                return "duplicate key \(key.quotedJSON): an object may have each key only once"
            case .missingKey(let key):
                return "required key \(key.quotedJSON) is missing"
            }
        }
    }
}
