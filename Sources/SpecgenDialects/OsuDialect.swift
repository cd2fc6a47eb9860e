import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport

/// The osu! API docs (ppy/osu-web `resources/views/docs`): `## Type` headings with `Field | Type | Description`
/// tables, `### Sub` types behind `<div id>` anchors, "Optional attributes" sections, tagged variants, and events
/// pages (an envelope table, then one `##` per event).
public struct OsuDialect: Dialect {
    /// `osu`.
    public let name = "osu"

    /// `md`.
    public let fileExtensions = ["md"]

    /// Parsedown's, the renderer of osu.ppy.sh/docs.
    public let tableRules = TableRules.parsedown

    /// `T?` means "may be null or absent".
    public let nullableMayBeAbsent = true

    /// Creates the dialect.
    public init() {}

    /// The bytes as they are: the docs are plain Markdown.
    public func prepare(_ bytes: [UInt8]) -> [UInt8] { bytes }

    /// The documents as they are: a name two files define is an error the docs must fix.
    public func relating(_ documents: [SpecDocument]) -> [SpecDocument] { documents }

    /// A link from a type to a heading that groups types means the member named after the linking type
    /// (`CurrentUserAttributes` from `ChatChannel` → `ChatChannelUserAttributes`), compared by the docs' names with
    /// case and punctuation ignored; a member must be the only one that matches.
    public func resolveGroupLink(
        to group: SpecDeclaration, members: [SpecDeclaration], from referrer: SpecDeclaration?
    ) -> GroupLinkResolution {
        let none = GroupLinkResolution.unresolved(reason: "none is named after the referring type")
        guard let referrer else { return none }
        let referrerKey = Self.nameKey(referrer)
        let matching = members.indices.filter {
            !referrerKey.isEmpty && Self.nameKey(members[$0]).hasPrefix(referrerKey)
        }
        return matching.count == 1 ? .member(matching[0]) : none
    }

    /// A declaration's full name with case and punctuation dropped: its parents' names in front, unless the name is
    /// complete on its own or already starts with them.
    static func nameKey(_ declaration: SpecDeclaration) -> String {
        let own = Anchors.alphanumericKey(declaration.name)
        guard !declaration.isFullName, !declaration.parents.isEmpty else { return own }
        let parent = declaration.parents.map(Anchors.alphanumericKey).joined()
        return own.hasPrefix(parent) ? own : parent + own
    }

    public func read(_ document: MarkdownDocument, diagnostics: DiagnosticCollector) -> SpecReading {
        OsuDocumentReader(document: document, diagnostics: diagnostics).read()
    }

    public func parseType(_ text: String, at range: SourceRange, diagnostics: DiagnosticCollector) -> SpecType? {
        let inlines = MarkdownReader.parseInlines(text.replacingEscapedPipes())
        return OsuTypeGrammar(range: range, diagnostics: diagnostics).parse(inlines)
    }

    public func looseAnchorKey(_ anchor: String) -> String {
        Anchors.alphanumericKey(anchor)
    }

    // MARK: - Dialect rules

    /// The id osu.ppy.sh gives an h1/h2 (tocify): lower-case; whitespace runs to `-`; drop everything outside
    /// `[A-Za-z0-9_-]`; collapse `--+`; trim `-`.
    public static func slug(_ text: String) -> String {
        Anchors.hyphenatedSlug(text)
    }

    /// Whether a heading or lead-in paragraph marks the fields that follow as possibly absent.
    static func marksOptional(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.containsText("optional") || lower.containsText("may be additionally included")
    }

    /// Whether a field's description makes its presence conditional ("only present on some responses",
    /// "not included for `PUBLIC` channels"), which the docs use instead of an optional section.
    static func descriptionMakesOptional(_ text: String) -> Bool {
        var lower = text.lowercased()
        // The words and phrases are searched for as bytes in the lower-cased text's own buffer.
        return lower.withUTF8 { bytes in
            // Most descriptions hold none of the words every phrase is made with.
            guard optionalPhraseWordBytes.contains(where: { contains($0, in: bytes) }) else { return false }
            return optionalPhraseBytes.contains { contains($0, in: bytes) }
        }
    }

    /// ``optionalPhraseWords`` and ``optionalPhrases`` in UTF-8.
    private static let optionalPhraseWordBytes = optionalPhraseWords.map { Array($0.utf8) }
    private static let optionalPhraseBytes = optionalPhrases.map { Array($0.utf8) }

    /// Whether the bytes of `needle` occur in `text` (what `containsText` tells of two strings).
    private static func contains(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Bool {
        needle.withUnsafeBufferPointer { ByteScan.firstIndex(of: $0, in: text) != nil }
    }

    /// The phrases of a description that make a field's presence conditional.
    static let optionalPhrases = [
        "only present", "only returned", "only included", "only for ", "only sent", "only available",
        "only guaranteed", "only if ", "only when ", "not included", "not present", "not returned",
        "present only", "returned only", "included only", "if present", "when present", "may be absent",
        "may be missing", "may be omitted", "left out",
    ]

    /// Words of which every phrase of ``optionalPhrases`` contains one (`DialectRulesTests` checks it).
    static let optionalPhraseWords = ["only", "not ", "present", "may be ", "left out"]

    /// The events pages: a `#` title, an envelope table whose `event` field names the event and whose next field
    /// carries the payload, one `##` per event (without a trailing " event"), a payload under a heading that says
    /// "payload", given by a table or a sentence with a same-page link.
    public static let events = EventsVocabulary(
        discriminator: "event", tables: tables, slug: slug, eventName: eventName(fromHeading:),
        anchor: { $0.hasPrefix("#") ? String($0.dropFirst()) : nil })

    /// The event name a heading gives: `read event` → `read`.
    static func eventName(fromHeading text: String) -> String {
        let trimmed = text.trimmingASCIIWhitespace()
        if trimmed.lowercased().hasSuffix(" event") { return String(trimmed.dropLast(6)).trimmingASCIIWhitespace() }
        return trimmed
    }

    /// The docs' tables: `Field | Type | Description` (also `Name`/`Attribute` first, a `Notes` column, or no third
    /// column); `| Field |` alone lists always-included fields; anything else lists values in its first column,
    /// integers under an `Integer` title, named by a `String` column beside them. Footnote marks are superscripts.
    public static let tables = TableVocabulary(
        fieldNameTitles: ["field", "name", "attribute"], typeTitles: ["type"],
        descriptionTitles: ["description", "notes"], fieldNamesOnlyHeader: ["field"], valueTitles: [],
        integerValueTitles: ["integer"], labelTitles: ["string"], labelsNeedIntegerValues: true,
        footnoteMarks: .superscript)
}

// MARK: - Reading one document

/// A declaration being read.
private final class DeclarationBuilder {
    let name: String
    let parents: [String]
    var isFullName = false
    var anchors: [String]
    let location: SourceLocation
    let level: Int
    var summary: String?
    var fields: [SpecField] = []
    var enumValues: [SpecEnumValue] = []
    var enumIsInteger = false
    var extends: [SpecReference] = []
    var alwaysIncluded: [SpecNameMention] = []
    var variants: VariantsBuilder?
    var examples: [SpecExample] = []
    var children: [DeclarationBuilder] = []
    var hasTables = false
    var hasFieldTable = false
    /// The names of the fields read from main (not optional) tables, for recognising an alternative shape.
    var mainFieldNames: Set<String> = []
    /// The indices in the reading log of the value tables read into ``enumValues``.
    var valueTables: [Int] = []

    init(name: String, parents: [String], anchors: [String], location: SourceLocation, level: Int) {
        self.name = name
        self.parents = parents
        self.anchors = anchors
        self.location = location
        self.level = level
    }
}

private final class VariantsBuilder {
    let discriminator: String
    let level: Int
    var tagAnchors: [String]
    let location: SourceLocation
    var listedTags: [SpecEnumValue] = []
    var variants: [VariantBuilder] = []

    init(discriminator: String, level: Int, tagAnchors: [String], location: SourceLocation) {
        self.discriminator = discriminator
        self.level = level
        self.tagAnchors = tagAnchors
        self.location = location
    }
}

private final class VariantBuilder {
    let tag: String
    let anchors: [String]
    let location: SourceLocation
    let level: Int
    var summary: String?
    var fields: [SpecField] = []
    var nested: [SpecNestedObject] = []

    init(tag: String, anchors: [String], location: SourceLocation, level: Int) {
        self.tag = tag
        self.anchors = anchors
        self.location = location
        self.level = level
    }
}

private struct OsuDocumentReader {
    let document: MarkdownDocument
    let diagnostics: DiagnosticCollector
    let log = ReadingLog()

    var path: String { document.path }

    func read() -> SpecReading {
        let blocks = document.blocks
        // An events page: a field table with an `event` field before the first `##`.
        let firstH2 =
            blocks.firstIndex {
                if case .heading(let h) = $0, h.level <= 2 && h.level > 1 { return true }
                return false
            }
            ?? blocks.count
        for block in blocks[..<firstH2] {
            if case .table(let table) = block, case .fields(let columns) = OsuDialect.tables.classify(table),
                table.rows.contains(where: {
                    ($0[column: columns.name]?.plainText ?? "") == OsuDialect.events.discriminator
                })
            {
                return EventsPageReader(
                    document: document, diagnostics: diagnostics, vocabulary: OsuDialect.events,
                    readFields: { table, columns in
                        OsuDocumentReader(document: document, diagnostics: diagnostics)
                            .readFieldsForEvents(table, columns: columns)
                    }
                ).read()
            }
        }
        return readStructures()
    }

    // MARK: Structure documents

    /// The reading state of a structures document.
    private final class StructureState {
        var top: DeclarationBuilder?
        var sub: DeclarationBuilder?
        var variant: VariantBuilder?
        /// The level of the open "Optional attributes" heading.
        var optionalSectionLevel: Int?
        /// The level of the open heading that lists a tagged union's variants.
        var variantsSectionLevel: Int?
        /// An h3 that may introduce variants (its last word names a field), until its content shows.
        var candidate: (declaration: DeclarationBuilder, discriminator: String)?
        var finished: [DeclarationBuilder] = []

        var context: DeclarationBuilder? { sub ?? top }

        func closeTop() {
            if let top { finished.append(top) }
            top = nil
            sub = nil
            variant = nil
            optionalSectionLevel = nil
            variantsSectionLevel = nil
            candidate = nil
        }

        /// Turns the candidate heading into the variants section of its owner.
        func confirmCandidate() {
            guard let (declaration, discriminator) = candidate, let owner = top else { return }
            owner.children.removeAll { $0 === declaration }
            let variants = VariantsBuilder(
                discriminator: discriminator, level: declaration.level,
                tagAnchors: declaration.anchors, location: declaration.location)
            // A list of tags read before the heading turned out to introduce variants.
            variants.listedTags = declaration.enumValues
            owner.variants = variants
            variantsSectionLevel = declaration.level
            candidate = nil
            if sub === declaration { sub = nil }
        }
    }

    private func readStructures() -> SpecReading {
        var result = SpecDocument(path: path)
        let state = StructureState()
        var pendingAnchors: [String] = []
        var previous: Block?

        for block in document.blocks {
            defer { previous = block }
            switch block {
            case .html(let html):
                pendingAnchors += Anchors.htmlIDs(in: html.literal)
            case .heading(let heading):
                let anchors = pendingAnchors
                pendingAnchors = []
                readHeading(heading, anchors: anchors, state: state, result: &result)
            case .paragraph(let paragraph):
                let text = paragraph.inlines.markdownText
                if let v = state.variant {
                    if v.summary == nil, !Self.isLeadIn(text), v.fields.isEmpty { v.summary = text }
                } else if let c = state.context {
                    if c.summary == nil, !Self.isLeadIn(text), !c.hasTables, !text.hasPrefix("TODO") {
                        c.summary = text
                    }
                    if c === state.top, !c.hasTables, let base = Self.extendedType(paragraph) {
                        c.extends.append(base)
                    }
                }
            case .list(let list):
                guard let c = state.context, case .paragraph(let lead)? = previous,
                    Self.introducesIncludedFields(lead.inlines.markdownText)
                else { continue }
                for item in list.items {
                    guard case .paragraph(let p)? = item.first, let name = Self.leadingFieldName(p.plainText) else {
                        continue
                    }
                    c.alwaysIncluded.append(SpecNameMention(name: name, location: p.range.start))
                }
            case .code(let code):
                let info = code.info.lowercased()
                if info == "json" || info.isEmpty, let c = state.context {
                    c.examples.append(
                        SpecExample(
                            text: code.literal,
                            location: SourceLocation(path: path, line: code.contentLine, column: 1), language: info))
                }
            case .table(let table):
                var leadIn: String?
                if case .paragraph(let p)? = previous { leadIn = p.inlines.markdownText }
                readTable(table, leadIn: leadIn, state: state)
            case .blockQuote, .thematicBreak:
                continue
            }
        }
        state.closeTop()
        for anchor in pendingAnchors { result.otherAnchors[anchor] = .some(nil) }
        for builder in state.finished {
            result.declarations += declarations(from: builder)
        }
        return SpecReading(document: result, log: SpecReadingLog(tables: log.tables, sectionMarkers: log.markers))
    }

    private func readHeading(
        _ heading: Heading, anchors: [String], state: StructureState,
        result: inout SpecDocument
    ) {
        let text = heading.plainText
        let level = heading.level
        let location = heading.range.start
        if level == 1 {
            state.closeTop()
            result.title = text
            for anchor in anchors + [OsuDialect.slug(text)] { result.otherAnchors[anchor] = .some(nil) }
            return
        }
        if level == 2 {
            state.closeTop()
            if text.isEmpty {
                diagnostics.emit(
                    .error, "heading has no name; a type heading needs one", at: heading.range,
                    code: "empty-heading")
                return
            }
            state.top = DeclarationBuilder(
                name: text, parents: [], anchors: anchors + [OsuDialect.slug(text)],
                location: location, level: 2)
            return
        }
        guard let owner = state.top else {
            for anchor in anchors { result.otherAnchors[anchor] = .some(nil) }
            return
        }
        // Close what this heading ends.
        if let l = state.optionalSectionLevel, level <= l { state.optionalSectionLevel = nil }
        if let v = state.variant, level <= v.level { state.variant = nil }
        if let l = state.variantsSectionLevel, level <= l { state.variantsSectionLevel = nil }
        if let c = state.candidate, level <= c.declaration.level { state.candidate = nil }
        if let s = state.sub, level <= s.level { state.sub = nil }
        if text.isEmpty {
            diagnostics.emit(
                .error, "heading has no name; a sub-type heading needs one", at: heading.range,
                code: "empty-heading")
            return
        }
        if OsuDialect.marksOptional(text) {
            state.optionalSectionLevel = level
            log.markers.append(
                SpecSectionMarker(
                    meaning: .optionalFields, form: "heading \(level)", text: text,
                    location: location))
            let ownerName = (state.sub ?? owner).qualifiedName
            for anchor in anchors { result.otherAnchors[anchor] = .some(ownerName) }
            return
        }
        if let c = state.candidate, level > c.declaration.level { state.confirmCandidate() }
        if let sectionLevel = state.variantsSectionLevel, level > sectionLevel, let variants = owner.variants {
            let v = VariantBuilder(tag: text, anchors: anchors, location: location, level: level)
            variants.variants.append(v)
            state.variant = v
            state.sub = nil
            return
        }
        let s = DeclarationBuilder(
            name: text, parents: [owner.name], anchors: anchors, location: location,
            level: level)
        owner.children.append(s)
        state.sub = s
        state.variant = nil
        if level == 3, owner.variants == nil, let discriminator = Self.variantDiscriminator(heading: heading, in: owner)
        {
            state.candidate = (s, discriminator)
        }
    }

    private func readTable(_ table: Table, leadIn: String?, state: StructureState) {
        // A list of tags that link to variant headings confirms a candidate variants section.
        if let candidate = state.candidate, state.sub === candidate.declaration,
            case .values = OsuDialect.tables.classify(table),
            table.rows.allSatisfy({ row in row[column: 0]?.inlines.links.isEmpty == false })
        {
            state.confirmCandidate()
        }
        let top = state.top
        let sub = state.sub
        let variant = state.variant
        let optionalSection = state.optionalSectionLevel != nil
        guard let owner = sub ?? top else {
            diagnostics.emit(
                .warning, "table outside any type heading is ignored", at: table.range,
                code: "stray-table")
            log.record(table, .ignored, rows: 0, hasTypeColumn: false, owner: nil)
            return
        }
        table.reportShape(diagnostics: diagnostics)
        let leadInOptional = leadIn.map(OsuDialect.marksOptional) ?? false
        switch OsuDialect.tables.classify(table) {
        case .fields(let columns):
            if leadInOptional, !optionalSection, let leadIn {
                log.markers.append(
                    SpecSectionMarker(
                        meaning: .optionalFields, form: "lead-in", text: leadIn,
                        location: table.range.start))
            }
            let presence: SpecPresence = optionalSection || leadInOptional ? .optional : .required
            let fields = readFields(table, columns: columns, presence: presence)
            if let variant {
                if let leadIn, let field = Self.nestedObjectField(leadIn),
                    top?.fields.contains(where: { $0.name == field }) ?? false
                {
                    variant.nested.append(SpecNestedObject(field: field, location: table.range.start, fields: fields))
                    log.record(
                        table, .fields, rows: fields.count, hasTypeColumn: true,
                        owner: (top?.qualifiedName ?? "") + "[" + variant.tag + "]." + field)
                } else {
                    variant.fields += fields
                    log.record(
                        table, .fields, rows: fields.count, hasTypeColumn: true,
                        owner: (top?.qualifiedName ?? "") + "[" + variant.tag + "]")
                }
            } else {
                if presence == .required, leadIn != nil, owner.hasFieldTable,
                    fields.contains(where: { owner.mainFieldNames.contains($0.name) })
                {
                    // Another shape of the same object ("Otherwise, if the object has been deleted:"): fields
                    // that are not in every shape may be absent.
                    owner.fields = Self.mergingAlternative(
                        fields, into: owner.fields,
                        mainNames: owner.mainFieldNames)
                } else {
                    owner.fields += fields
                }
                if presence == .required { owner.mainFieldNames.formUnion(fields.map(\.name)) }
                owner.hasTables = true
                owner.hasFieldTable = true
                log.record(table, .fields, rows: fields.count, hasTypeColumn: true, owner: owner.qualifiedName)
            }
        case .fieldNames:
            var count = 0
            for row in table.rows {
                let name = row[column: 0]?.plainText ?? ""
                if !name.isEmpty {
                    owner.alwaysIncluded.append(SpecNameMention(name: name, location: row.range.start))
                    count += 1
                }
            }
            owner.hasTables = true
            log.record(table, .fieldNames, rows: count, hasTypeColumn: false, owner: owner.qualifiedName)
        case .values(let columns):
            let isInteger = columns.isInteger
            let values = OsuDialect.tables.values(table, columns: columns)
            if let variants = top?.variants, state.variantsSectionLevel != nil, sub == nil, variant == nil {
                variants.listedTags += values
                log.record(
                    table, .values, rows: values.count, hasTypeColumn: false,
                    owner: (top?.qualifiedName ?? "") + "." + variants.discriminator)
            } else if owner.fields.isEmpty {
                owner.enumValues += values
                owner.enumIsInteger = isInteger
                owner.hasTables = true
                owner.valueTables.append(log.tables.count)
                log.record(table, .values, rows: values.count, hasTypeColumn: false, owner: owner.qualifiedName)
            } else {
                diagnostics.emit(
                    .warning,
                    "a table of values inside object '\(owner.qualifiedName)' is not used; put it under "
                        + "a heading of its own to make it a type",
                    at: table.range, code: "stray-table")
                log.record(table, .ignored, rows: 0, hasTypeColumn: false, owner: nil)
            }
        }
    }

    /// Merges the fields of another shape of an object into the fields read so far: a field missing from either
    /// shape becomes optional; a field in both keeps its first description.
    static func mergingAlternative(
        _ alternative: [SpecField], into fields: [SpecField],
        mainNames: Set<String>
    ) -> [SpecField] {
        let alternativeNames = Set(alternative.map(\.name))
        var merged = fields.map { field -> SpecField in
            var field = field
            if mainNames.contains(field.name), !alternativeNames.contains(field.name) { field.presence = .optional }
            return field
        }
        let known = Set(fields.map(\.name))
        for var field in alternative where !known.contains(field.name) {
            field.presence = .optional
            merged.append(field)
        }
        return merged
    }

    private func readFields(_ table: Table, columns: FieldColumns, presence: SpecPresence) -> [SpecField] {
        var fields: [SpecField] = []
        for fieldRow in OsuDialect.tables.fieldRows(table, columns: columns, diagnostics: diagnostics) {
            let (name, row, typeCell) = (fieldRow.name, fieldRow.row, fieldRow.typeCell)
            let grammar = OsuTypeGrammar(range: typeCell?.range ?? row.range, diagnostics: diagnostics)
            var type = typeCell.flatMap { grammar.parse($0.inlines) }
            let descriptionInlines = fieldRow.description
            let summary = descriptionInlines.markdownText
            var constant: String?
            if descriptionInlines.count == 1, case .code(let value) = descriptionInlines[0] {
                let core = type?.strippingNullable.type
                if core == nil || core == .primitive(.string) { constant = value }
            }
            var fieldPresence = presence
            if presence == .required, OsuDialect.descriptionMakesOptional(summary) { fieldPresence = .optional }
            if let listed = type, listed.strippingNullable.type == .primitive(.string),
                let values = Self.listedValues(descriptionInlines) ?? Self.quotedValues(descriptionInlines)
            {
                // "One of `give`, `reset`, or `revoke`.", "type of message; 'action', 'markdown' or 'plain'": the
                // values of an enumeration (open in the models, closed in the validators).
                type = listed.strippingNullable.nullable ? .nullable(.literals(values)) : .literals(values)
            }
            var valuesFrom: SpecReference?
            if let type, case .primitive(let primitive) = type.strippingNullable.type,
                primitive == .string || primitive == .integer
            {
                valuesFrom = Self.valueSetReference(
                    descriptionInlines, at: fieldRow.descriptionCell?.range ?? row.range)
            }
            fields.append(
                SpecField(
                    name: name, type: type, presence: fieldPresence,
                    summary: summary.isEmpty ? nil : summary, constant: constant,
                    location: row.range.start, typeRange: typeCell?.range, valuesFrom: valuesFrom))
        }
        return fields
    }

    private func declarations(from builder: DeclarationBuilder) -> [SpecDeclaration] {
        let kind: SpecDeclaration.Kind
        var children = builder.children
        if builder.hasFieldTable || builder.variants != nil || !builder.extends.isEmpty
            || !builder.alwaysIncluded.isEmpty
        {
            kind = .object(
                SpecObject(
                    fields: builder.fields, extends: builder.extends,
                    alwaysIncluded: builder.alwaysIncluded,
                    variants: builder.variants.map(variants(from:))))
        } else if !builder.enumValues.isEmpty {
            kind = .enumeration(SpecEnum(values: builder.enumValues, isInteger: builder.enumIsInteger))
        } else if Self.looksLikeTimestamp(builder) {
            kind = .scalar(.timestamp)
        } else if !children.isEmpty, builder.level == 2 {
            kind = .container
            for child in children { child.isFullName = true }
            if children.contains(where: { $0.hasFieldTable }) { readMembersAsObjects(children) }
        } else if Self.examplesAreObjects(builder) {
            kind = .scalar(.object)
        } else {
            // Prose only: a guide section, or a type the docs describe in words. A reference to it says so.
            kind = .scalar(.any)
        }
        var result = [
            SpecDeclaration(
                name: builder.name, parents: builder.parents, isFullName: builder.isFullName,
                anchors: builder.anchors, location: builder.location, summary: builder.summary,
                kind: kind, examples: builder.examples)
        ]
        // Grouping headings with no content of their own ("Additional objects") only hold sub-types.
        children = children.filter { child in
            if child.fields.isEmpty, child.enumValues.isEmpty, child.extends.isEmpty, child.alwaysIncluded.isEmpty,
                child.variants == nil, child.children.isEmpty, child.examples.isEmpty, !Self.looksLikeTimestamp(child)
            {
                let next = builder.children.firstIndex { $0 === child }.map { $0 + 1 } ?? 0
                // Content-free heading directly followed by deeper headings: a group label, not a type.
                if next < builder.children.count, builder.children[next].level > child.level {
                    return false
                }
            }
            return true
        }
        for child in children { result += declarations(from: child) }
        return result
    }

    /// The members of a group of object types (`CurrentUserAttributes`) are objects: a member whose table has no
    /// Type column (`Name | Description`) lists fields without their types.
    private func readMembersAsObjects(_ members: [DeclarationBuilder]) {
        for member in members where !member.hasFieldTable && !member.enumValues.isEmpty {
            member.fields = member.enumValues.map { value in
                diagnostics.emit(
                    .warning,
                    "field '\(value.value)' of '\(member.qualifiedName)' has no type (its table has no "
                        + "Type column); it accepts any JSON value", at: value.location,
                    code: "untyped-field")
                return SpecField(
                    name: value.value, type: .untyped(""), presence: .required, summary: value.summary,
                    location: value.location)
            }
            member.enumValues = []
            member.hasFieldTable = true
            for index in member.valueTables { log.tables[index].role = .fields }
        }
    }

    /// A heading without tables whose JSON examples are all objects (a dictionary described in prose).
    private static func examplesAreObjects(_ builder: DeclarationBuilder) -> Bool {
        guard builder.fields.isEmpty, builder.enumValues.isEmpty, !builder.examples.isEmpty else { return false }
        return builder.examples.allSatisfy { example in
            guard example.language == "json", let parsed = try? JSONText.parse(example.text) else { return false }
            if case .object = parsed.value { return true }
            return false
        }
    }

    private func variants(from builder: VariantsBuilder) -> SpecVariants {
        SpecVariants(
            discriminator: builder.discriminator, tagAnchors: builder.tagAnchors,
            variants: builder.variants.map {
                SpecVariant(
                    tag: $0.tag, anchors: $0.anchors, location: $0.location, summary: $0.summary,
                    fields: $0.fields, nested: $0.nested)
            },
            listedTags: builder.listedTags, location: builder.location)
    }

    // MARK: Recognisers

    /// An h3 that introduces the variants of a tagged union names the tag field: "Event Names" → `name`,
    /// "Available Types" → `type`. The field must be in the owner's table.
    static func variantDiscriminator(heading: Heading, in owner: DeclarationBuilder) -> String? {
        let words = heading.plainText.split(separator: " ")
        guard words.count >= 2, var last = words.last.map({ String($0).lowercased() }) else { return nil }
        if last.hasSuffix("s") { last.removeLast() }
        return owner.fields.contains { $0.name == last && $0.presence == .required } ? last : nil
    }

    /// A description that names the list of a field's values: "See [Rank status](#beatmapset-rank-status) for list
    /// of possible values", "one of the [CommentSort](#commentsort) types".
    static func valueSetReference(_ description: [Inline], at range: SourceRange) -> SpecReference? {
        let text = description.plainText.lowercased()
        guard
            text.containsText("possible values") || text.containsText("one of the")
                || text.containsText("list of values")
        else { return nil }
        let links = description.links.filter { $0.destination.hasPrefix("#") }
        guard links.count == 1 else { return nil }
        return SpecReference(anchor: String(links[0].destination.dropFirst()), name: links[0].text, range: range)
    }

    /// The values of a description that is nothing but a list of code spans ("`note`, `restriction`, or
    /// `silence`.", "One of `give`, `vote.give`, or `reset`."); `nil` for any other description.
    static func listedValues(_ description: [Inline]) -> [String]? {
        var values: [String] = []
        var rest = ""
        for inline in description {
            switch inline {
            case .code(let value): values.append(value)
            case .text(let text): rest += " " + text
            case .softBreak, .lineBreak: rest += " "
            default: return nil
            }
        }
        guard values.count >= 2, Set(values).count == values.count,
            values.allSatisfy({ !$0.isEmpty && !$0.containsText(" ") })
        else { return nil }
        let connectives: Set<String> = ["one", "of", "or", "and", "either"]
        let words = rest.lowercased().split { $0 == " " || $0 == "," || $0 == "." || $0 == ";" || $0 == ":" }
        return words.allSatisfy { connectives.contains(String($0)) } ? values : nil
    }

    /// The values of a description that is a list of quoted values, after at most a short lead-in that ends in `;`
    /// or `:` or with "given as", "one of" or "either" ("type of message; 'action', 'markdown' or 'plain'",
    /// "message kind, given as 'action', 'markdown' or 'plain'", "'public' or 'private'."). The values are in
    /// straight single or double quotes, joined by commas, "or" and "and", and nothing but a full stop follows the
    /// last. `nil` for any other description, so that prose which merely quotes a value ("same as 'x' or 'y'",
    /// "'x' when it is set") is not read as a list.
    static func quotedValues(_ description: [Inline]) -> [String]? {
        var text = ""
        for inline in description {
            switch inline {
            case .text(let part): text += part
            case .softBreak, .lineBreak: text += " "
            default: return nil
            }
        }
        // Without a quote byte, no character is a quote.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "\"") }) else { return nil }
        let characters = Array(text.trimmingASCIIWhitespace())
        guard let open = characters.firstIndex(where: { $0 == "'" || $0 == "\"" }) else { return nil }
        let quote = characters[open]
        let leadIn = String(characters[..<open]).trimmingASCIIWhitespace().lowercased()
        let leadInWords = leadIn.split(separator: " ")
        guard
            leadIn.isEmpty || leadIn.hasSuffix(";") || leadIn.hasSuffix(":") || leadIn.hasSuffix("given as")
                || leadIn.hasSuffix("one of") || leadIn.hasSuffix("either"), leadInWords.count <= 6
        else { return nil }
        var values: [String] = []
        var i = open
        while i < characters.count {
            guard characters[i] == quote, let close = characters[(i + 1)...].firstIndex(of: quote) else { return nil }
            let value = String(characters[(i + 1)..<close])
            guard !value.isEmpty, !value.contains(where: { $0 == " " || $0 == "'" || $0 == "\"" }) else { return nil }
            values.append(value)
            i = close + 1
            // The separator before the next value: `,`, `, or`, ` or `, ` and `; or a final full stop.
            var separator = ""
            while i < characters.count, characters[i] != quote {
                separator.append(characters[i])
                i += 1
            }
            let words = separator.split { $0 == " " || $0 == "," }
            if i == characters.count {
                guard separator.trimmingASCIIWhitespace().isEmpty || separator.trimmingASCIIWhitespace() == "." else {
                    return nil
                }
            } else {
                guard separator.contains(",") || !words.isEmpty,
                    words.allSatisfy({ $0 == "or" || $0 == "and" }), words.count <= 1
                else { return nil }
            }
        }
        guard values.count >= 2, Set(values).count == values.count else { return nil }
        return values
    }

    /// "Details object:" introduces the shape of the `details` field.
    static func nestedObjectField(_ leadIn: String) -> String? {
        let trimmed = leadIn.trimmingASCIIWhitespace()
        guard trimmed.hasSuffix(" object:") else { return nil }
        let word = trimmed.dropLast(" object:".count)
        guard !word.contains(" "), !word.isEmpty else { return nil }
        return word.lowercased()
    }

    /// A paragraph that ends in a colon introduces the table or list after it.
    static func isLeadIn(_ text: String) -> Bool {
        text.hasSuffix(":")
    }

    /// "In addition, the following optional attributes on User are included:" / "… are always included as well:".
    static func introducesIncludedFields(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasSuffix(":") && lower.containsText("included")
    }

    /// The leading field name of a list item such as `is_restricted (present only if …)`.
    static func leadingFieldName(_ text: String) -> String? {
        let name = text.trimmingASCIIWhitespace().prefix {
            $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "@"
        }
        return name.isEmpty ? nil : String(name)
    }

    /// "This extends [Beatmap](#beatmap) with additional attributes." / "It contains all of the attributes of the
    /// [Group](#group)".
    static func extendedType(_ paragraph: Paragraph) -> SpecReference? {
        let text = paragraph.plainText.lowercased()
        guard
            text.containsText("extends") || text.containsText("all of the attributes of")
                || text.containsText("every field of") || text.containsText("everything in")
        else { return nil }
        // The first link after the marker word.
        let markers = ["extends", "all of the attributes of", "every field of", "everything in"]
        var seenMarker = false
        for inline in paragraph.inlines {
            switch inline {
            case .text(let s) where markers.contains(where: { s.lowercased().containsText($0) }):
                seenMarker = true
            case .link(let destination, _, let children) where seenMarker && destination.hasPrefix("#"):
                return SpecReference(
                    anchor: String(destination.dropFirst()), name: children.plainText,
                    range: paragraph.range)
            default:
                continue
            }
        }
        return nil
    }

    /// A heading with no table whose JSON example is a string and whose text says ISO 8601 or timestamp.
    private static func looksLikeTimestamp(_ builder: DeclarationBuilder) -> Bool {
        guard builder.fields.isEmpty, builder.enumValues.isEmpty else { return false }
        let exampleIsString = builder.examples.contains { $0.text.trimmingASCIIWhitespace().hasPrefix("\"") }
        let text = ((builder.summary ?? "") + " " + builder.name).lowercased()
        return exampleIsString
            && (text.containsText("iso 8601") || text.containsText("iso-8601") || text.containsText("timestamp"))
    }
}

extension DeclarationBuilder {
    fileprivate var qualifiedName: String { (parents + [name]).joined(separator: ".") }
}

extension OsuDocumentReader {
    fileprivate func readFieldsForEvents(_ table: Table, columns: FieldColumns) -> [SpecField] {
        table.reportShape(diagnostics: diagnostics)
        return readFields(table, columns: columns, presence: .required)
    }
}

// MARK: - String helpers

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = self[...]
        while let r = rest.range(ofASCII: target) {
            result += rest[..<r.lowerBound]
            result += replacement
            rest = rest[r.upperBound...]
        }
        result += rest
        return result
    }

    func replacingEscapedPipes() -> String {
        replacingAll("\\|", with: "|")
    }
}

extension Substring {
    /// The first range of `target` (compared by UTF-8 bytes).
    func range(ofASCII target: String) -> Range<Substring.Index>? {
        let needle = Array(target.utf8)
        guard !needle.isEmpty else { return nil }
        let utf8 = self.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == needle[0] {
                var a = index
                var matched = 0
                while matched < needle.count, a != utf8.endIndex, utf8[a] == needle[matched] {
                    matched += 1
                    a = utf8.index(after: a)
                }
                if matched == needle.count { return index..<a }
            }
            index = utf8.index(after: index)
        }
        return nil
    }
}

extension String {
    func range(ofASCII target: String) -> Range<String.Index>? {
        self[...].range(ofASCII: target)
    }
}
