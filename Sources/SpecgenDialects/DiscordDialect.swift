import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport

/// Discord's developer docs (discord/discord-api-docs, `developers/**/*.mdx`, Mintlify): "X Object" headings name a
/// type and their "X Structure" table holds its fields; endpoint parameter tables are types named after their
/// endpoint heading; `field?` may be absent and `?type` may be null; types are English phrases (`array of
/// [user](…) objects`); links are page paths (`/developers/resources/user#user-object`), resolved across pages.
///
/// A first version on the dialect kit: objects, structures, parameter tables and value tables. Gateway events,
/// flags, partial objects and integer-tagged unions are not read yet (a `partial X` is any JSON object).
public struct DiscordDialect: Dialect {
    /// `discord`.
    public let name = "discord"

    /// `mdx` (today's pages) and `md` (older revisions).
    public let fileExtensions = ["md", "mdx"]

    /// GFM's (remark-gfm under MDX); every table line is framed and aligned.
    public let tableRules = TableRules.gfm

    /// `?type` is nullable and `field?` may be absent: the two are separate.
    public let nullableMayBeAbsent = false

    /// Front matter, imports and JSX components blanked; `<ManualAnchor id>` lines become anchors.
    static let prepass = LinePreservingPrepass(anchorComponents: ["ManualAnchor"])

    /// The docs' tables: `Field | Type | Description` (also `Name`, `Param`, `Property`, with extra columns such
    /// as `Default` and `Required`), values under `Value`/`ID`/`Code`/`Integer`/`Opcode` named by
    /// `Name`/`Type`/`Flag`/`Event`/`Level`/`Permission`, footnote marks `\*` and `\[1\]`.
    public static let tables = TableVocabulary(
        fieldNameTitles: ["field", "name", "param", "property", "parameter"], typeTitles: ["type"],
        descriptionTitles: ["description"], valueTitles: ["value", "id", "code", "integer", "opcode"],
        labelTitles: ["name", "type", "flag", "event", "mode", "level", "key", "permission"],
        footnoteMarks: .trailingSymbols)

    /// Sections of the reference that describe a scalar in prose, by page-qualified anchor, and the JSON type a
    /// Type cell that links to them means.
    static let proseTypes: [String: SpecPrimitive] = [
        "developers/reference#image-data": .string,  // a data URI
        "developers/reference#boolean-query-strings": .boolean,
        "developers/reference#iso8601-datetime": .timestamp,
        "developers/reference#snowflakes": .snowflake,
    ]

    /// The site's redirects (`docs.json`), which links to moved pages follow; none by default.
    public var redirects: DiscordRedirects

    /// Creates the dialect, with the redirects of the site's `docs.json` if given.
    public init(redirects: DiscordRedirects = DiscordRedirects()) {
        self.redirects = redirects
    }

    public func prepare(_ bytes: [UInt8]) -> [UInt8] { Self.prepass.apply(bytes) }

    /// `docs.json`, the Mintlify site's configuration, whose redirects links follow.
    public var siteFileNames: [String] { [DiscordRedirects.fileName] }

    /// The dialect with the redirects of the site's `docs.json` (of each, in order, when several folders have one).
    public func configured(siteFiles: [(path: String, bytes: [UInt8])], diagnostics: DiagnosticCollector)
        -> any Dialect
    {
        var redirects = redirects
        for file in siteFiles {
            redirects.redirects +=
                DiscordRedirects.read(file.bytes, path: file.path, diagnostics: diagnostics)
                .redirects
        }
        return DiscordDialect(redirects: redirects)
    }

    /// A name that several pages define (`Payload` in the gateway, webhook and RPC pages; `Entitlement` as a
    /// resource and in RPC) keeps its plain name on one page (a resource page, or else the first page in path
    /// order) and is qualified by the page's name elsewhere (`Webhook Events.Payload` → `WebhookEventsPayload`).
    public func relating(_ documents: [SpecDocument]) -> [SpecDocument] {
        let documents = Self.linkingMemberLists(DiscordGateway.merged(documents))
        var pagesByName: [String: Set<String>] = [:]
        for document in documents {
            for declaration in document.declarations where declaration.parents.isEmpty {
                pagesByName[declaration.name, default: []].insert(document.path)
            }
        }
        var result = documents
        for (d, document) in documents.enumerated() {
            for (i, declaration) in document.declarations.enumerated() where declaration.parents.isEmpty {
                guard let paths = pagesByName[declaration.name], paths.count > 1,
                    document.path != Self.home(among: paths)
                else { continue }
                // Two pages of one name (`design-guidelines/linked-channels`, `development-guides/linked-channels`)
                // are told apart by their folder.
                let name = Self.pageName(of: document.path)
                let shared = paths.contains { $0 != document.path && Self.pageName(of: $0) == name }
                result[d].declarations[i].parents = [shared ? Self.pageName(of: document.path, folders: 1) : name]
            }
        }
        return result
    }

    /// Makes each list of links to types of the page of a tagged union, on another page ("Component Interaction
    /// Response Structures", which links to the components' "… Interaction Response" structures), a union by that
    /// union's key: each member with the code the union gives it, or else the code its own row for the key names.
    static func linkingMemberLists(_ documents: [SpecDocument]) -> [SpecDocument] {
        var unions: [String: (key: String, codes: [String: Int])] = [:]
        var pageOfAnchor: [String: String] = [:]
        for document in documents {
            for declaration in document.declarations {
                for anchor in declaration.anchors where pageOfAnchor[anchor] == nil {
                    pageOfAnchor[anchor] = document.path
                }
                guard case .taggedUnion(let union) = declaration.kind, unions[document.path] == nil else { continue }
                var codes: [String: Int] = [:]
                for member in union.members {
                    if let anchor = member.reference.anchor, let code = member.code { codes[anchor] = code }
                }
                unions[document.path] = (union.key, codes)
            }
        }
        guard !unions.isEmpty else { return documents }
        var result = documents
        for (d, document) in documents.enumerated() where unions[document.path] == nil {
            for (i, declaration) in document.declarations.enumerated() {
                guard case .enumeration(let list) = declaration.kind, let links = list.links,
                    links.count == list.values.count, !links.isEmpty,
                    let page = links[0].anchor.flatMap({ pageOfAnchor[$0] }), let union = unions[page],
                    links.allSatisfy({ $0.anchor.flatMap { pageOfAnchor[$0] } == page })
                else { continue }
                let members = zip(links, list.values).map { link, value in
                    SpecTaggedMember(
                        code: link.anchor.flatMap { union.codes[$0] }, reference: link, location: value.location)
                }
                result[d].declarations[i].kind = .taggedUnion(
                    SpecTaggedUnion(key: union.key, members: members, location: declaration.location))
            }
        }
        return result
    }

    /// The page whose declaration keeps the plain name: a resource page, or else the first in path order.
    static func home(among paths: Set<String>) -> String {
        let sorted = paths.sorted()
        return sorted.first { page(of: $0).hasPrefix("developers/resources/") } ?? sorted[0]
    }

    /// A page's name from its file name: `webhook-events.mdx` → `Webhook Events`.
    static func pageName(of path: String, folders: Int = 0) -> String {
        let parts = page(of: path).split(separator: "/").suffix(1 + folders)
        return parts.flatMap { $0.split(separator: "-") }.map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined(separator: " ")
    }

    public func read(_ document: MarkdownDocument, diagnostics: DiagnosticCollector) -> SpecReading {
        let page = Self.page(of: document.path)
        let links = DiscordLinks(page: page, redirects: redirects, diagnostics: diagnostics)
        // The gateway reader reads a paragraph's links more than once: it resolves them without reporting.
        return DiscordGateway.adding(
            to: DiscordDocumentReader(document: document, diagnostics: diagnostics, links: links).read(),
            document: document, links: DiscordLinks(page: page, redirects: redirects, diagnostics: nil))
    }

    public func parseType(_ text: String, at range: SourceRange, diagnostics: DiagnosticCollector) -> SpecType? {
        DiscordTypeGrammar(
            site: TypeExpressionSite(range: range, diagnostics: diagnostics),
            links: DiscordLinks(
                page: Self.page(of: range.start.path), redirects: redirects, diagnostics: diagnostics)
        ).parse(MarkdownReader.parseInlines(text))
    }

    public func looseAnchorKey(_ anchor: String) -> String {
        Anchors.alphanumericKey(anchor)
    }

    public func resolveGroupLink(
        to group: SpecDeclaration, members: [SpecDeclaration], from referrer: SpecDeclaration?
    ) -> GroupLinkResolution {
        GroupLinkResolution.unresolved(to: group, members: members, from: referrer)
    }

    // MARK: - Pages and anchors

    /// The page a file is, as links name it: the path from `developers/` on, without the extension
    /// (`…/developers/resources/user.mdx` → `developers/resources/user`); the path without extension otherwise.
    static func page(of path: String) -> String {
        var page = path
        if let dot = page.lastIndex(of: "."), !page[dot...].contains("/") { page = String(page[..<dot]) }
        if let range = page.range(ofASCII: "developers/") {
            let start = page[..<range.lowerBound]
            if start.isEmpty || start.hasSuffix("/") { page = String(page[range.lowerBound...]) }
        }
        return page
    }

    /// A link destination as a page-qualified anchor (`page#anchor`): `#x` is on `page`, `/developers/a/b#x` on
    /// `developers/a/b`; `nil` for a link without an anchor or to another site.
    static func qualifiedAnchor(_ destination: String, on page: String) -> String? {
        guard let hash = destination.firstIndex(of: "#") else { return nil }
        let anchor = destination[destination.index(after: hash)...].drop { $0 == "#" }
        let path = destination[..<hash]
        if path.isEmpty { return page + "#" + anchor }
        guard path.hasPrefix("/") else { return nil }
        return String(path.dropFirst()) + "#" + anchor
    }
}

// MARK: - Reading one page

private struct DiscordDocumentReader {
    let document: MarkdownDocument
    let diagnostics: DiagnosticCollector
    let links: DiscordLinks
    var page: String { links.page }

    final class Builder {
        let name: String
        var anchors: [String]
        let location: SourceLocation
        let level: Int
        var summary: String?
        var fields: [SpecField] = []
        var values: [SpecEnumValue] = []
        var isInteger = true
        var hasTable = false
        /// The heading the type's heading sits under, if any.
        var parentHeading: String?
        /// The members of an "X Object" without a table of its own whose "X Types" table lists them by code.
        var taggedUnion: SpecTaggedUnion?
        /// The links of a table of values whose every value is a link ("Available Components": `[Button](…)`).
        var valueLinks: [SpecTaggedMember]?
        /// Where the table of values is.
        var tableLocation: SourceLocation?
        /// The JSON examples under its "Example …" headings.
        var examples: [SpecExample] = []

        init(name: String, anchors: [String], location: SourceLocation, level: Int) {
            self.name = name
            self.anchors = anchors
            self.location = location
            self.level = level
        }
    }

    func read() -> SpecReading {
        var result = SpecDocument(path: document.path)
        var builders: [Builder] = []
        var current: Builder?
        /// The open "X Object" heading, whose first structure table is its own.
        var object: Builder?
        var endpoint: String?
        var pendingAnchors: [String] = []
        var tables: [SpecTableUse] = []
        var slugs = Set<String>()
        /// The headings that enclose the current one, outermost first.
        var enclosing: [(level: Int, text: String)] = []
        /// The type the JSON examples under the current "Example …" heading illustrate.
        var exampleOwner: Builder?
        for block in document.blocks {
            switch block {
            case .html(let html):
                pendingAnchors += Anchors.htmlIDs(in: html.literal).map { page + "#" + $0 }
            case .heading(let heading):
                let text = heading.plainText
                // A repeated heading ("JSON Params" under each endpoint) is reached by its explicit anchor only.
                let slug = page + "#" + Anchors.hyphenatedSlug(text)
                let anchors = pendingAnchors + (slugs.insert(slug).inserted ? [slug] : [])
                pendingAnchors = []
                if heading.level == 2 { endpoint = text }
                enclosing.removeAll { $0.level >= heading.level }
                let parentHeading = enclosing.last?.text
                enclosing.append((heading.level, text))
                exampleOwner = nil
                if Self.isExampleHeading(text) {
                    // "###### Example Guild Text Channel" under "### Channel Object", "###### Emoji Example": the
                    // open object's examples.
                    exampleOwner = object ?? current.flatMap { $0.hasTable ? $0 : nil }
                    for anchor in anchors { result.otherAnchors[anchor] = .some(nil) }
                    current = nil
                    if heading.level <= (object?.level ?? 0) { object = nil }
                } else if let name = Self.strip(text, suffix: " Object") {
                    let builder = Builder(
                        name: name, anchors: anchors, location: heading.range.start, level: heading.level)
                    builder.parentHeading = parentHeading
                    builders.append(builder)
                    current = builder
                    object = builder
                } else if let name = Self.strip(text, suffix: " Structure"), let owner = object, !owner.hasTable,
                    heading.level > owner.level,
                    Self.namesMatch(Self.strip(name, suffix: " Object") ?? name, owner.name)
                {
                    // "Channel Structure" (or "Message Call Object Structure" under "Message Call Object") under
                    // "Channel Object": the object's table.
                    owner.anchors += anchors
                    current = owner
                } else if let name = Self.typeName(heading: text, endpoint: endpoint) {
                    let builder = Builder(
                        name: name, anchors: anchors, location: heading.range.start, level: heading.level)
                    builder.parentHeading = parentHeading
                    builders.append(builder)
                    current = builder
                    if heading.level <= (object?.level ?? 0) { object = nil }
                    // "### Collectibles" over "###### Collectible Structure" names an object as "X Object" does.
                    if heading.level < 6 { object = builder }
                } else {
                    for anchor in anchors { result.otherAnchors[anchor] = .some(nil) }
                    current = nil
                    if heading.level <= (object?.level ?? 0) { object = nil }
                }
            case .paragraph(let paragraph):
                if let current, current.summary == nil, !current.hasTable {
                    current.summary = paragraph.inlines.markdownText
                }
            case .table(let table):
                guard let owner = current, !owner.hasTable else {
                    tables.append(
                        SpecTableUse(
                            role: .ignored, location: table.range.start, rowCount: 0, hasTypeColumn: false,
                            owner: nil))
                    continue
                }
                table.reportShape(diagnostics: diagnostics)
                owner.hasTable = true
                switch DiscordDialect.tables.classify(table) {
                case .fields(let columns):
                    owner.fields = readFields(table, columns: columns)
                    tables.append(
                        SpecTableUse(
                            role: .fields, location: table.range.start, rowCount: owner.fields.count,
                            hasTypeColumn: true, owner: owner.name))
                case .values(let columns):
                    owner.values = DiscordDialect.tables.values(table, columns: columns)
                    owner.isInteger = !owner.values.isEmpty && owner.values.allSatisfy { Int($0.value) != nil }
                    owner.tableLocation = table.range.start
                    owner.valueLinks = Self.valueLinks(table, column: columns.value, page: page)
                    if let union = object, union !== owner, union.fields.isEmpty, union.taggedUnion == nil,
                        owner.name == union.name + " Types" || owner.name == union.name + " Type"
                    {
                        union.taggedUnion = taggedUnion(table, columns: columns)
                    }
                    tables.append(
                        SpecTableUse(
                            role: .values, location: table.range.start, rowCount: owner.values.count,
                            hasTypeColumn: false, owner: owner.name))
                case .fieldNames:
                    tables.append(
                        SpecTableUse(
                            role: .ignored, location: table.range.start, rowCount: 0, hasTypeColumn: false,
                            owner: nil))
                }
            case .code(let code):
                // A whole gateway frame (`{"op": 2, "d": {…}}`) shows a payload inside its envelope: the gateway's
                // event set checks the frames of received events.
                guard let owner = exampleOwner, code.info.lowercased() == "json", !Self.isFrame(code.literal)
                else { continue }
                owner.examples.append(
                    SpecExample(
                        text: code.literal,
                        location: SourceLocation(path: document.path, line: code.contentLine, column: 1)))
            case .list, .blockQuote, .thematicBreak:
                continue
            }
        }
        for anchor in pendingAnchors { result.otherAnchors[anchor] = .some(nil) }
        Self.addMemberLists(builders)
        // A heading that repeats on the page under different sections ("Parameters" under each SDK function,
        // "Supported Platforms" under each command) names one type per section, qualified by that section's heading.
        var headingCounts: [String: Int] = [:]
        for builder in builders { headingCounts[builder.name, default: 0] += 1 }
        for builder in builders {
            let kind: SpecDeclaration.Kind
            if let union = builder.taggedUnion {
                kind = .taggedUnion(union)
            } else if !builder.fields.isEmpty {
                kind = .object(SpecObject(fields: builder.fields))
            } else if let flags = Self.flags(builder.values) {
                kind = .enumeration(SpecEnum(values: flags, isFlags: true))
            } else if !builder.values.isEmpty, !builder.values.contains(where: { $0.value.containsText("<<") }) {
                kind = .enumeration(
                    SpecEnum(
                        values: builder.values, isInteger: builder.isInteger,
                        links: builder.valueLinks?.map(\.reference)))
            } else {
                // A heading with prose only (or a table of values that mixes flags with other values): its anchors
                // label a section.
                for anchor in builder.anchors { result.otherAnchors[anchor] = .some(nil) }
                continue
            }
            let repeats = headingCounts[builder.name, default: 0] > 1
            result.declarations.append(
                SpecDeclaration(
                    name: builder.name, parents: repeats ? builder.parentHeading.map { [$0] } ?? [] : [],
                    anchors: builder.anchors, location: builder.location, summary: builder.summary, kind: kind,
                    examples: builder.examples))
        }
        return SpecReading(document: result, log: SpecReadingLog(tables: tables))
    }

    /// The union an "X Types" table under a table-less "X Object" heading declares ("Component Object" over
    /// "Component Types"): each row an integer code and a name that links to its member's section, whose table's
    /// row for the key (the code column's title, `Type` → `type`) names the code. `nil` unless every row has an
    /// integer code and a link.
    func taggedUnion(_ table: Table, columns: ValueColumns) -> SpecTaggedUnion? {
        guard let label = columns.label, columns.value < table.headerTitles.count, !table.rows.isEmpty else {
            return nil
        }
        var members: [SpecTaggedMember] = []
        for row in table.rows {
            guard let code = row[column: columns.value].flatMap({ Int($0.plainText.trimmingASCIIWhitespace()) }),
                let cell = row[column: label], let link = cell.inlines.links.first,
                let anchor = DiscordDialect.qualifiedAnchor(link.destination, on: page)
            else { return nil }
            members.append(
                SpecTaggedMember(
                    code: code, reference: SpecReference(anchor: anchor, name: link.text, range: cell.range),
                    location: row.range.start))
        }
        let key = table.headerTitles[columns.value].trimmingASCIIWhitespace().lowercased()
        return SpecTaggedUnion(key: key, members: members, location: table.range.start)
    }

    /// The links of a table of values whose every value cell is a link to a section: the members of a union that
    /// the table lists (codes left to the members' rows); `nil` otherwise.
    static func valueLinks(_ table: Table, column: Int, page: String) -> [SpecTaggedMember]? {
        guard !table.rows.isEmpty else { return nil }
        var members: [SpecTaggedMember] = []
        for row in table.rows {
            guard let cell = row[column: column], cell.inlines.links.count == 1, let link = cell.inlines.links.first,
                link.text == cell.plainText.trimmingASCIIWhitespace(),
                let anchor = DiscordDialect.qualifiedAnchor(link.destination, on: page)
            else { return nil }
            members.append(
                SpecTaggedMember(
                    code: nil, reference: SpecReference(anchor: anchor, name: link.text, range: cell.range),
                    location: row.range.start))
        }
        return members
    }

    /// Makes each table of links on a page that declares a tagged union ("Action Row Child Components" beside
    /// "Component Object") a union by the same key: the members it lists, with the codes the union gives them (or,
    /// for a member it does not list, the code the member's row for the key names).
    static func addMemberLists(_ builders: [Builder]) {
        guard let union = builders.lazy.compactMap(\.taggedUnion).first else { return }
        var codes: [String: Int] = [:]
        for member in union.members {
            if let anchor = member.reference.anchor, let code = member.code { codes[anchor] = codes[anchor] ?? code }
        }
        for builder in builders where builder.taggedUnion == nil && builder.fields.isEmpty {
            guard let links = builder.valueLinks, let location = builder.tableLocation else { continue }
            let members = links.map { link in
                var member = link
                member.code = link.reference.anchor.flatMap { codes[$0] }
                return member
            }
            builder.taggedUnion = SpecTaggedUnion(key: union.key, members: members, location: location)
        }
    }

    /// The values of a flags table, each `1 << n` (also `0x0000000000000001 (1 << 0)`) as the bit's decimal value;
    /// `nil` unless every value is such a bit below 64.
    static func flags(_ values: [SpecEnumValue]) -> [SpecEnumValue]? {
        guard !values.isEmpty else { return nil }
        var flags: [SpecEnumValue] = []
        for var value in values {
            guard let shift = value.value.range(ofASCII: "<<") else { return nil }
            let digits = value.value[shift.upperBound...].drop { $0 == " " }.prefix { $0.isASCII && $0.isNumber }
            guard let bit = Int(digits), bit < 64 else { return nil }
            value.value = String(UInt64(1) << UInt64(bit))
            flags.append(value)
        }
        return flags
    }

    /// Whether a heading introduces examples: "Example Guild Text Channel", "Emoji Example", "Custom Emoji
    /// Examples".
    static func isExampleHeading(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ")
        return words.first == "example" || words.last == "example" || words.last == "examples"
    }

    /// Whether a JSON example is a whole gateway frame: an object with an opcode and a payload.
    static func isFrame(_ text: String) -> Bool {
        guard case .object(let members)? = (try? JSONText.parse(text))?.value else { return false }
        return members.contains { $0.key == "op" } && members.contains { $0.key == "d" }
    }

    /// Whether a structure's name is its object's: the same letters and digits, but for a plural `s`
    /// ("Collectible Structure" under "Collectibles").
    static func namesMatch(_ structure: String, _ object: String) -> Bool {
        func key(_ name: String) -> String {
            let key = Anchors.alphanumericKey(name)
            return key.hasSuffix("s") ? String(key.dropLast()) : key
        }
        return key(structure) == key(object)
    }

    /// The text without the suffix, if it ends with it and something is left.
    static func strip(_ text: String, suffix: String) -> String? {
        guard text.hasSuffix(suffix), text.count > suffix.count else { return nil }
        return String(text.dropLast(suffix.count)).trimmingASCIIWhitespace()
    }

    /// The type a heading names: an endpoint's parameter tables after the endpoint (`JSON Params` under `Create
    /// Message` → `Create Message Params`, `JSON Params (Group DM)` under `Modify Channel` → `Modify Channel Group DM
    /// Params`, `Query String Params` → `… Query`, `Response Body` → `… Response`), a
    /// "… Structure" or "… Fields" table after its name, and any other heading (value tables such as "Channel
    /// Types") by its text.
    static func typeName(heading text: String, endpoint: String?) -> String? {
        let lower = text.lowercased()
        if let endpoint {
            if lower.hasPrefix("json params") || lower.hasPrefix("json/form params") || lower.hasPrefix("form params") {
                // "JSON Params (Group DM)": one of several bodies, named by its remark.
                if let open = text.firstIndex(of: "("), text.hasSuffix(")") {
                    let remark = text[text.index(after: open)..<text.index(before: text.endIndex)]
                    return endpoint + " " + String(remark).trimmingASCIIWhitespace() + " Params"
                }
                return endpoint + " Params"
            }
            if lower.hasPrefix("query string params") { return endpoint + " Query" }
            if lower == "response body" || lower == "response structure" { return endpoint + " Response" }
        }
        if let name = strip(text, suffix: " Structure") { return name }
        if let name = strip(text, suffix: " Fields") { return name }
        if lower.hasPrefix("example") { return nil }
        return text.isEmpty ? nil : text
    }

    /// Whether a parameter's extra columns say it may be left out: a `Required` cell `false` (query string
    /// parameters), or a `Default` cell with a value (the value used when it is left out).
    static func mayBeLeftOut(_ row: FieldRow) -> Bool {
        for (title, cell) in row.extra {
            let text = cell.plainText.trimmingASCIIWhitespace().lowercased()
            switch title.lowercased() {
            case "required" where text == "false" || text == "no": return true
            case "default" where !text.isEmpty && text != "-": return true
            default: continue
            }
        }
        return false
    }

    /// The first link of a description to a section of the docs (not an object's), which the schema takes as the
    /// field's values when it is a table of values of the field's type.
    static func valuesReference(_ description: [Inline], links: DiscordLinks, range: SourceRange) -> SpecReference? {
        for link in description.links {
            guard let anchor = links.anchor(link.destination, at: range), !anchor.hasSuffix("-object")
            else { continue }
            return SpecReference(anchor: anchor, name: link.text, range: range)
        }
        return nil
    }

    func readFields(_ table: Table, columns: FieldColumns) -> [SpecField] {
        DiscordDialect.tables.fieldRows(table, columns: columns, diagnostics: diagnostics).map { row in
            var name = row.name
            var presence = SpecPresence.required
            if name.hasSuffix("?") {
                name.removeLast()
                presence = .optional
            }
            if Self.mayBeLeftOut(row) { presence = .optional }
            let site = TypeExpressionSite(range: row.typeCell?.range ?? row.row.range, diagnostics: diagnostics)
            let type = row.typeCell.flatMap { DiscordTypeGrammar(site: site, links: links).parse($0.inlines) }
            let summary = row.description.markdownText
            var valuesFrom: SpecReference?
            if let type, case .primitive(let primitive) = type.strippingNullable.type,
                primitive == .integer || primitive == .string
            {
                // "[channel flags](…) combined as a bitfield", "[type of channel](…)": the table of the values.
                valuesFrom = Self.valuesReference(
                    row.description, links: links, range: row.descriptionCell?.range ?? row.row.range)
            }
            return SpecField(
                name: name.trimmingASCIIWhitespace(), type: type, presence: presence,
                summary: summary.isEmpty ? nil : summary, location: row.row.range.start,
                typeRange: row.typeCell?.range, valuesFrom: valuesFrom)
        }
    }
}

// MARK: - Type phrases

/// Discord's Type column, English phrases:
///
/// ```
/// type     := "?"? ("a" | "an" | "one of")? phrase ( "or" phrase )* "?"? note?
/// phrase   := ("array" | "list") "of" "?"? element | ("map" | "dictionary" | "dict") … | "partial" … | base
/// element  := base, in the plural (`snowflakes`, `[user](…) objects`)
/// base     := link ( "object" | "objects" | "id" | "ids" | "object id" | "object ids" )? | primitive
/// primitive:= string | integer | int | boolean | bool | float | number | double | snowflake | ISO8601 timestamp
///           | mixed | object | null | "array" (of anything)
/// note     := "(" … ")"                           -- a remark, ignored
/// ```
struct DiscordTypeGrammar {
    let site: TypeExpressionSite
    /// The page's links, resolved through the site's redirects.
    let links: DiscordLinks

    static let tokenizer = TypeTokenizer(symbols: ["?", "(", ")", ","], wordPunctuation: ["_"])

    static let expected =
        "a phrase such as `string`, `?snowflake`, `array of [user](/developers/resources/user#user-object) objects` "
        + "or `integer or string`"

    static let primitives: [String: SpecPrimitive] = [
        "string": .string, "strings": .string, "integer": .integer, "integers": .integer, "int": .integer,
        "ints": .integer, "boolean": .boolean, "booleans": .boolean, "bool": .boolean, "float": .number,
        "floats": .number, "number": .number, "numbers": .number, "double": .number, "snowflake": .snowflake,
        "snowflakes": .snowflake, "mixed": .any, "object": .object, "objects": .object, "timestamp": .timestamp,
        "timestamps": .timestamp,
    ]

    /// The tokens of a Type cell: a code span reads as its text (`` `integer` ``), and footnote marks at the end
    /// (`snowflake \*`, `?integer \*\*`, `string \[1\]`) are dropped.
    static func tokens(_ inlines: [Inline]) -> [TypeToken] {
        var tokens = tokenizer.tokens(inlines).flatMap { token -> [TypeToken] in
            guard case .code(let content) = token else { return [token] }
            return tokenizer.tokens([.text(content)])
        }
        while let last = tokens.last {
            if last == .other("*") {
                tokens.removeLast()
            } else if last == .other("]"), tokens.count >= 3, tokens[tokens.count - 3] == .other("["),
                case .word(let number) = tokens[tokens.count - 2], Int(number) != nil
            {
                tokens.removeLast(3)
            } else {
                break
            }
        }
        return tokens
    }

    func parse(_ inlines: [Inline]) -> SpecType? {
        var tokens = Self.tokens(inlines)
        if tokens.isEmpty { return nil }
        // A remark in parentheses at the end ("(can be null only in reaction emoji objects)") is not part of it.
        if tokens.last == .symbol(")"), let open = tokens.lastIndex(of: .symbol("(")), open > 0 {
            tokens.removeSubrange(open...)
        }
        var cursor = TypeTokenCursor(tokens)
        var nullable = cursor.accept(symbol: "?")
        // "a [user](…) object", "one of [application command type](…)": the article or the phrase adds nothing.
        _ = cursor.accept(words: "one", "of") || cursor.accept(words: "a") || cursor.accept(words: "an")
        var members: [SpecType] = []
        var saysOr = false
        repeat {
            guard let member = phrase(&cursor) else { return untyped(inlines) }
            members.append(member)
        } while acceptSeparator(&cursor, saysOr: &saysOr)
        // "A, B" without an "or" is an apposition ("array of snowflakes, [user](…) IDs"), not a union.
        if members.count > 1, !saysOr { return untyped(inlines) }
        // `string?`, osu!'s way, is written a few times too.
        if cursor.accept(symbol: "?") { nullable = true }
        guard cursor.isAtEnd else { return untyped(inlines) }
        let core = members.count == 1 ? members[0] : .union(members)
        return nullable ? .nullable(core) : core
    }

    private func untyped(_ inlines: [Inline]) -> SpecType {
        site.untyped(inlines.markdownText, expected: Self.expected)
    }

    private func phrase(_ cursor: inout TypeTokenCursor) -> SpecType? {
        if cursor.accept(words: "array") || cursor.accept(words: "list") || acceptArrayLink(&cursor) {
            // A bare "array" holds anything.
            guard cursor.accept(words: "of") else { return .array(.primitive(.any)) }
            let nullable = cursor.accept(symbol: "?")
            // A count says nothing of the type: "array of two integers", "array of up to 10 [embed](…) objects".
            _ = cursor.accept(words: "two") || acceptBound(&cursor)
            guard let element = phrase(&cursor) else { return nil }
            return .array(nullable ? .nullable(element) : element)
        }
        if cursor.accept(words: "partial") {
            // The object's fields, each of which may be absent.
            guard case .reference(var reference)? = base(&cursor) else { return nil }
            reference.isPartial = true
            return .reference(reference)
        }
        if cursor.accept(words: "map") || cursor.accept(words: "dictionary") || cursor.accept(words: "dict") {
            // "map of snowflakes to [user](…) objects", "dictionary with keys in [available locales](…)".
            while cursor.next() != nil {}
            return .primitive(.object)
        }
        return base(&cursor)
    }

    /// Reads what separates the members of a union: `or`, `,` or `, or` ("string, integer, or double").
    private func acceptSeparator(_ cursor: inout TypeTokenCursor, saysOr: inout Bool) -> Bool {
        if cursor.accept(words: "or") {
            saysOr = true
            return true
        }
        guard cursor.accept(symbol: ",") else { return false }
        if cursor.accept(words: "or") { saysOr = true }
        return true
    }

    /// Reads an upper bound of a count, "up to 10".
    private func acceptBound(_ cursor: inout TypeTokenCursor) -> Bool {
        var lookahead = cursor
        guard lookahead.accept(words: "up", "to"), case .word(let count)? = lookahead.next(), Int(count) != nil
        else { return false }
        cursor = lookahead
        return true
    }

    /// Reads `[array](/developers/reference#array-query-strings)`, a link that names an array (of query string
    /// values).
    private func acceptArrayLink(_ cursor: inout TypeTokenCursor) -> Bool {
        guard case .link(_, let text)? = cursor.peek, text.lowercased() == "array" else { return false }
        _ = cursor.next()
        return true
    }

    private func base(_ cursor: inout TypeTokenCursor) -> SpecType? {
        switch cursor.next() {
        case .link(let destination, let text):
            if cursor.accept(words: "object", "ids") || cursor.accept(words: "object", "id")
                || cursor.accept(words: "ids")
                || cursor.accept(words: "id")
            {
                // "[channel](…) id": an id, which the docs' ids all are, a snowflake.
                return .primitive(.snowflake)
            }
            // "[guild feature](…) strings": the values of a table of strings.
            // "[poll](…#poll-create-request-object) request object", "[resolved](…) data": words of the
            // link's target.
            _ = cursor.accept(words: "request") || cursor.accept(words: "data")
            _ = cursor.accept(words: "objects") || cursor.accept(words: "object") || cursor.accept(words: "strings")
            let anchor = links.anchor(destination, at: site.range)
            if let anchor, let primitive = DiscordDialect.proseTypes[anchor] { return .primitive(primitive) }
            return .reference(SpecReference(anchor: anchor, name: text, range: site.range))
        case .word(let word):
            let lower = word.lowercased()
            // The value is always `null` (a flag whose presence is the information).
            if lower == "null" { return .primitive(.any) }
            // "IS08601 timestamp" is a typo of it; a bare "ISO8601" means the same.
            if lower == "iso8601" || lower == "is08601" {
                _ = cursor.accept(words: "timestamp") || cursor.accept(words: "timestamps")
                return .primitive(.timestamp)
            }
            // A file upload (`multipart/form-data`), a string on the wire: "file contents", "file", "data uri".
            if lower == "file" || lower == "files" {
                _ = cursor.accept(words: "contents")
                return .primitive(.string)
            }
            if lower == "data" { return cursor.accept(words: "uri") ? .primitive(.string) : nil }
            return Self.primitives[lower].map { .primitive($0) }
        default:
            return nil
        }
    }
}
