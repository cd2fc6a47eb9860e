import SpecgenSupport

// What a dialect reads from one documentation file: the declarations (``SpecDocument``, what the docs say, which the
// schema is built from) and, apart from them, a log of how the file was read, which only lint and statistics use.

/// What a dialect read from one documentation file.
public struct SpecReading: Hashable, Sendable {
    /// The declarations: what the docs say.
    public var document: SpecDocument
    /// How the file was read (for lint and statistics).
    public var log: SpecReadingLog

    /// Creates a reading.
    public init(document: SpecDocument, log: SpecReadingLog = SpecReadingLog()) {
        self.document = document
        self.log = log
    }
}

/// How a dialect read one file: which tables it used for what, and the wording that marks sections.
public struct SpecReadingLog: Hashable, Sendable {
    /// How each table of the file was read, in document order.
    public var tables: [SpecTableUse]
    /// The wording the file uses to mark sections (such as optional fields), in document order.
    public var sectionMarkers: [SpecSectionMarker]

    /// Creates a log.
    public init(tables: [SpecTableUse] = [], sectionMarkers: [SpecSectionMarker] = []) {
        self.tables = tables
        self.sectionMarkers = sectionMarkers
    }
}

/// How the reader used one table.
public struct SpecTableUse: Hashable, Sendable {
    /// What the table was read as.
    public enum Role: String, Hashable, Sendable {
        /// Fields (rows of name, type and description).
        case fields
        /// Field names without types (always-included fields of an extended type, or fields listed without a
        /// Type column).
        case fieldNames
        /// The values of an enumeration or the tags of a tagged union.
        case values
        /// Nothing: the table is not where a table of its kind is used.
        case ignored
    }

    /// What the table was read as.
    public var role: Role
    /// Where the header row is.
    public var location: SourceLocation
    /// The number of body rows that were read (rows without a name are not counted).
    public var rowCount: Int
    /// Whether the table has a Type column.
    public var hasTypeColumn: Bool
    /// The docs' name of what the rows went into (a declaration's qualified name, a variant, a payload).
    public var owner: String?

    /// Creates a record.
    public init(role: Role, location: SourceLocation, rowCount: Int, hasTypeColumn: Bool, owner: String?) {
        self.role = role
        self.location = location
        self.rowCount = rowCount
        self.hasTypeColumn = hasTypeColumn
        self.owner = owner
    }
}

/// The words a document uses to mark a section, such as "Optional attributes", and in which form.
public struct SpecSectionMarker: Hashable, Sendable {
    /// What the marker says about the section.
    public enum Meaning: String, Hashable, Sendable {
        /// The fields that follow may be absent.
        case optionalFields
    }

    /// What the marker means.
    public var meaning: Meaning
    /// The form: `heading 3` for `### …`, `lead-in` for a paragraph before a table.
    public var form: String
    /// The marker's text as written.
    public var text: String
    /// Where it is.
    public var location: SourceLocation

    /// Creates a marker.
    public init(meaning: Meaning, form: String, text: String, location: SourceLocation) {
        self.meaning = meaning
        self.form = form
        self.text = text
        self.location = location
    }
}
