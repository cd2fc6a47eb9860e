import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport

/// A docs family's words for events pages.
public struct EventsVocabulary: Sendable {
    /// The envelope field that names the event (`event`); without it, the envelope's first field.
    public var discriminator: String
    /// The tables' vocabulary.
    public var tables: TableVocabulary
    /// A heading's anchor.
    public var slug: @Sendable (String) -> String
    /// The event name an event heading gives (`read event` → `read`).
    public var eventName: @Sendable (String) -> String
    /// The anchor a link destination leads to, `nil` for none (then the link's text names the type).
    public var anchor: @Sendable (String) -> String?

    /// Creates a vocabulary.
    public init(
        discriminator: String, tables: TableVocabulary, slug: @escaping @Sendable (String) -> String,
        eventName: @escaping @Sendable (String) -> String, anchor: @escaping @Sendable (String) -> String?
    ) {
        self.discriminator = discriminator
        self.tables = tables
        self.slug = slug
        self.eventName = eventName
        self.anchor = anchor
    }
}

/// Reads an events page: a `#` title and its summary, an envelope table before the first event (the field that
/// names the event, then the field that carries the payload), and one heading per event; under a payload section
/// (a deeper heading that says "payload") the payload is a field table (a payload object, or the fields beside the
/// event name when the table includes that field) or a sentence whose first link names its type ("See
/// [Notification](#notification) object", "[ChatChannel](#chat-channel) with `a`, `b` additional attributes").
public struct EventsPageReader {
    let document: MarkdownDocument
    let diagnostics: DiagnosticCollector
    let vocabulary: EventsVocabulary
    let readFields: (Table, FieldColumns) -> [SpecField]
    let log = ReadingLog()

    /// Creates a reader.
    ///
    /// - Parameters:
    ///   - document: The page.
    ///   - diagnostics: Where problems are reported.
    ///   - vocabulary: The docs family's words for events.
    ///   - readFields: Reads a field table's rows as the dialect reads fields.
    public init(
        document: MarkdownDocument, diagnostics: DiagnosticCollector, vocabulary: EventsVocabulary,
        readFields: @escaping (Table, FieldColumns) -> [SpecField]
    ) {
        self.document = document
        self.diagnostics = diagnostics
        self.vocabulary = vocabulary
        self.readFields = readFields
    }

    var path: String { document.path }

    private final class EventBuilder {
        let name: String
        let anchors: [String]
        let location: SourceLocation
        var summary: String?
        var payload: SpecPayload?
        var inPayloadSection = false

        init(name: String, anchors: [String], location: SourceLocation) {
            self.name = name
            self.anchors = anchors
            self.location = location
        }
    }

    /// Reads the page into one events declaration.
    public func read() -> SpecReading {
        var result = SpecDocument(path: path)
        var titleLocation = SourceLocation(path: path, line: 1)
        var anchors: [String] = []
        var summary: String?
        var envelope: [SpecField]?
        var discriminator = vocabulary.discriminator
        var payloadKey: String?
        var events: [EventBuilder] = []
        var current: EventBuilder?
        var pendingAnchors: [String] = []
        var examples: [SpecExample] = []

        for block in document.blocks {
            switch block {
            case .html(let html):
                pendingAnchors += Anchors.htmlIDs(in: html.literal)
            case .heading(let heading):
                let text = heading.plainText
                if heading.level == 1 {
                    result.title = text
                    titleLocation = heading.range.start
                    anchors = pendingAnchors + [vocabulary.slug(text)]
                    pendingAnchors = []
                } else if heading.level == 2 {
                    let name = vocabulary.eventName(text)
                    if name.isEmpty {
                        diagnostics.emit(.error, "event heading has no name", at: heading.range, code: "empty-heading")
                        current = nil
                        continue
                    }
                    let event = EventBuilder(
                        name: name, anchors: pendingAnchors + [vocabulary.slug(text)],
                        location: heading.range.start)
                    pendingAnchors = []
                    events.append(event)
                    current = event
                } else if let current {
                    current.inPayloadSection = text.lowercased().containsText("payload")
                    for anchor in pendingAnchors { result.otherAnchors[anchor] = .some(nil) }
                    pendingAnchors = []
                }
            case .paragraph(let paragraph):
                let text = paragraph.inlines.markdownText
                guard let event = current else {
                    if summary == nil, envelope == nil, !text.hasSuffix(":") { summary = text }
                    continue
                }
                if event.inPayloadSection, event.payload == nil, let payload = payloadSentence(paragraph) {
                    event.payload = payload
                } else if event.summary == nil, !event.inPayloadSection, !text.hasPrefix("TODO"),
                    !text.hasSuffix(":")
                {
                    event.summary = text
                }
            case .code(let code):
                let info = code.info.lowercased()
                if current == nil, info == "json" || info.isEmpty {
                    examples.append(
                        SpecExample(
                            text: code.literal,
                            location: SourceLocation(path: path, line: code.contentLine),
                            language: info))
                }
            case .table(let table):
                guard case .fields(let columns) = vocabulary.tables.classify(table) else {
                    diagnostics.emit(
                        .warning,
                        "table is not a field table (`Field | Type | Description`) and is "
                            + "ignored", at: table.range, code: "stray-table")
                    log.record(table, .ignored, rows: 0, hasTypeColumn: false, owner: nil)
                    continue
                }
                let fields = readFields(table, columns)
                guard let event = current else {
                    if envelope == nil {
                        envelope = fields
                        discriminator =
                            fields.first { $0.name == vocabulary.discriminator }?.name ?? fields.first?.name
                            ?? vocabulary.discriminator
                        payloadKey = fields.first { $0.name != discriminator }?.name
                        log.record(
                            table, .fields, rows: fields.count, hasTypeColumn: true,
                            owner: result.title ?? "Events")
                    } else {
                        diagnostics.emit(
                            .warning,
                            "table before the first event heading is ignored (the envelope "
                                + "is the first one)", at: table.range, code: "stray-table")
                        log.record(table, .ignored, rows: 0, hasTypeColumn: true, owner: nil)
                    }
                    continue
                }
                if event.payload != nil {
                    diagnostics.emit(
                        .warning, "event '\(event.name)' already has a payload; this table is ignored",
                        at: table.range, code: "stray-table")
                    log.record(table, .ignored, rows: 0, hasTypeColumn: true, owner: nil)
                } else if fields.contains(where: { $0.name == discriminator }) {
                    // The table describes the whole message, not a payload.
                    event.payload = .frame(fields.filter { $0.name != discriminator }, location: table.range.start)
                    log.record(table, .fields, rows: fields.count, hasTypeColumn: true, owner: event.name + " message")
                } else {
                    event.payload = .fields(fields, location: table.range.start)
                    log.record(table, .fields, rows: fields.count, hasTypeColumn: true, owner: event.name + " payload")
                }
            case .list, .blockQuote, .thematicBreak:
                continue
            }
        }
        for anchor in pendingAnchors { result.otherAnchors[anchor] = .some(nil) }
        let set = SpecEventSet(
            discriminator: discriminator, payloadKey: payloadKey, envelope: envelope ?? [],
            events: events.map {
                SpecEvent(
                    name: $0.name, anchors: $0.anchors, location: $0.location, summary: $0.summary,
                    payload: $0.payload ?? .none)
            })
        result.declarations = [
            SpecDeclaration(
                name: result.title ?? "Events", anchors: anchors, location: titleLocation,
                summary: summary, kind: .events(set), examples: examples)
        ]
        return SpecReading(document: result, log: SpecReadingLog(tables: log.tables))
    }

    /// "See [Notification](#notification) object …" or "[ChatChannel](#chat-channel) with `a`, `b` additional
    /// attributes."
    private func payloadSentence(_ paragraph: Paragraph) -> SpecPayload? {
        var reference: SpecReference?
        var required: [SpecNameMention] = []
        for inline in paragraph.inlines {
            switch inline {
            case .link(let destination, _, let children) where reference == nil:
                reference = SpecReference(
                    anchor: vocabulary.anchor(destination), name: children.plainText, range: paragraph.range)
            case .code(let name) where reference != nil:
                required.append(SpecNameMention(name: name, location: paragraph.range.start))
            default:
                continue
            }
        }
        guard let reference else { return nil }
        let text = paragraph.plainText.lowercased()
        if !text.containsText("additional attribute") && !text.containsText("with") { required = [] }
        return .type(.reference(reference), alsoRequired: required, location: paragraph.range.start)
    }
}

/// What a reader records about a document besides its declarations.
final class ReadingLog {
    var tables: [SpecTableUse] = []
    var markers: [SpecSectionMarker] = []

    func record(_ table: Table, _ role: SpecTableUse.Role, rows: Int, hasTypeColumn: Bool, owner: String?) {
        tables.append(
            SpecTableUse(
                role: role, location: table.range.start, rowCount: rows,
                hasTypeColumn: hasTypeColumn, owner: owner))
    }
}
