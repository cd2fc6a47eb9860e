import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport

/// Discord's gateway events as one event set (`GatewayEvent`): the frame `{op, d, s, t}` of the "Payload Structure"
/// table, one event per heading under "Receive Events" (its wire name the heading in UPPER_SNAKE, as the page's
/// "Event Names" section says), and the opcodes the client receives from the "Gateway Opcodes" table of the opcodes
/// page. An event's payload is its own field table ("Ready Event Fields"), the object a sentence names ("The inner
/// payload is a [channel](…) object"), that object with the extra fields of a table ("Guild Create Extra Fields":
/// a type with the object's fields and the extras), the payload of another event ("with the same extra fields as
/// [MESSAGE_CREATE](…)"), a scalar the sentence names ("The inner `d` key is a boolean"), or nothing.
enum DiscordGateway {
    /// The envelope's keys: the code, the payload, the sequence number and the event name.
    static let opcodeKey = "op"
    static let payloadKey = "d"
    static let sequenceKey = "s"
    static let nameKey = "t"
    /// The code of dispatched events, as the envelope's footnote gives it ("`s` and `t` are `null` when `op` is not
    /// `0`"); the opcodes table's "Dispatch" row, when read, says the same.
    static let dispatchCode = 0
    /// The heading of the envelope table and of the section of events the client receives.
    static let envelopeHeading = "payload structure"
    static let receiveHeading = "receive events"
    /// The heading of the section of events the client sends; a received opcode without a heading of its own under
    /// "Receive Events" (Heartbeat, which either side may send) takes its payload from here.
    static let sendHeading = "send events"
    /// The heading of the opcodes table, its name column and the column that says who sends each code.
    static let opcodesHeading = "gateway opcodes"
    static let actionTitle = "client action"
    /// The name of the event set; its Swift name is `GatewayEvent`.
    static let setName = "Gateway Event"
    /// The name of the declaration that carries the received opcodes from the opcodes page to the gateway page's
    /// set (``merged(_:)`` folds it in).
    static let opcodesName = "Gateway Opcodes Received"
    /// The name of the declaration that carries the payloads of the send events to ``merged(_:)``, which removes it.
    static let sentName = "Gateway Events Sent"

    /// A wire name from a heading: `Message Create` → `MESSAGE_CREATE`, `Heartbeat ACK` → `HEARTBEAT_ACK`.
    static func wireName(_ heading: String) -> String {
        heading.split(whereSeparator: { $0 == " " || $0 == "-" }).map { $0.uppercased() }.joined(separator: "_")
    }

    /// The page's declarations with the gateway's event set (the events page) or the received opcodes (the
    /// opcodes page) added, when the page is one of them.
    static func adding(to reading: SpecReading, document: MarkdownDocument, links: DiscordLinks) -> SpecReading {
        var reading = reading
        if let set = EventsReader(document: document, links: links, reading: reading).read() {
            reading.document.declarations = set.declarations
            reading.document.declarations.append(set.events)
            if let sent = set.sent { reading.document.declarations.append(sent) }
        } else if let opcodes = opcodesDeclaration(document) {
            reading.document.declarations.append(opcodes)
        }
        return reading
    }

    /// The opcodes whose "Client Action" says the client receives them (Heartbeat, Reconnect, Hello, …), as events
    /// without payload named by their code, and the code of the "Dispatch" row as the set's dispatch code.
    static func opcodesDeclaration(_ document: MarkdownDocument) -> SpecDeclaration? {
        var heading: String?
        for block in document.blocks {
            if case .heading(let h) = block { heading = h.plainText.lowercased() }
            guard case .table(let table) = block, heading == opcodesHeading else { continue }
            let titles = table.headerTitles.map { $0.lowercased().trimmingASCIIWhitespace() }
            guard let code = titles.firstIndex(of: "code"), let name = titles.firstIndex(of: "name"),
                let action = titles.firstIndex(of: actionTitle)
            else { continue }
            let description = titles.firstIndex(of: "description")
            var dispatch = dispatchCode
            var events: [SpecEvent] = []
            for row in table.rows {
                guard let value = row[column: code].flatMap({ Int($0.plainText.trimmingASCIIWhitespace()) }),
                    let label = row[column: name]?.plainText.trimmingASCIIWhitespace(), !label.isEmpty
                else { continue }
                if label.lowercased() == "dispatch" {
                    dispatch = value
                    continue
                }
                guard let who = row[column: action]?.plainText.lowercased(), who.containsText("receive") else {
                    continue
                }
                let summary = description.flatMap { row[column: $0]?.inlines.markdownText }
                events.append(
                    SpecEvent(
                        name: wireName(label), location: row.range.start,
                        summary: summary?.isEmpty == false ? summary : nil, payload: .none, opcode: value))
            }
            return SpecDeclaration(
                name: opcodesName, location: table.range.start,
                kind: .events(
                    SpecEventSet(
                        discriminator: nameKey, payloadKey: payloadKey, envelope: [], events: events,
                        opcode: OpcodeTag(key: opcodeKey, dispatch: dispatch, sequenceKey: sequenceKey))))
        }
        return nil
    }

    /// The documents with the received opcodes folded into the gateway's event set: an event of the same name gets
    /// its code (Hello, Reconnect, Invalid Session), the others are added as events with the payload the "Send
    /// Events" section gives them (Heartbeat: "the inner `d` key is the last sequence number") or none (Heartbeat
    /// ACK). The declarations of the opcodes and of the send events are removed.
    static func merged(_ documents: [SpecDocument]) -> [SpecDocument] {
        var opcodes: SpecEventSet?
        var sent: [String: SpecPayload] = [:]
        var result = documents
        for d in result.indices {
            result[d].declarations.removeAll { declaration in
                guard case .events(let set) = declaration.kind else { return false }
                if declaration.name == sentName {
                    for event in set.events where sent[event.name] == nil { sent[event.name] = event.payload }
                    return true
                }
                guard declaration.name == opcodesName else { return false }
                opcodes = opcodes ?? set
                return true
            }
        }
        guard let opcodes else { return result }
        let declared = Set(result.flatMap { $0.declarations.flatMap(\.anchors) })
        for d in result.indices {
            for i in result[d].declarations.indices {
                guard result[d].declarations[i].name == setName,
                    case .events(var set) = result[d].declarations[i].kind, set.opcode != nil
                else { continue }
                set.opcode?.dispatch = opcodes.opcode?.dispatch ?? dispatchCode
                for e in set.events.indices {
                    set.events[e].payload = objectsForProse(set.events[e].payload, declared: declared)
                }
                for received in opcodes.events {
                    if let index = set.events.firstIndex(where: { $0.name == received.name }) {
                        set.events[index].opcode = received.opcode
                    } else {
                        var received = received
                        if case .none = received.payload, let payload = sent[received.name] {
                            received.payload = payload
                        }
                        set.events.append(received)
                    }
                }
                result[d].declarations[i].kind = .events(set)
            }
        }
        return result
    }
}

extension DiscordGateway {
    /// A payload that may be one of several objects with a member that links to a section without a field table
    /// (Guild Create's "an [unavailable guild](…) object", described in prose) keeps that member as any JSON object,
    /// so that the others still decode into their types.
    static func objectsForProse(_ payload: SpecPayload, declared: Set<String>) -> SpecPayload {
        guard case .type(.union(let members), let required, let location) = payload else { return payload }
        let kept = members.map { member -> SpecType in
            guard case .reference(let reference) = member, let anchor = reference.anchor, !declared.contains(anchor)
            else { return member }
            return .primitive(.object)
        }
        return .type(.union(kept), alsoRequired: required, location: location)
    }
}

// MARK: - The events page

/// Reads the gateway events page's receive events into an event set, and names the tables that extend an object
/// after their event ("Guild Create Extra Fields" → `Guild Create Event`, extending `Guild`).
private struct EventsReader {
    let document: MarkdownDocument
    let links: DiscordLinks
    let reading: SpecReading

    final class EventBuilder {
        let heading: String
        let location: SourceLocation
        var summary: String?
        /// The links of the sentence that names the payload ("The inner payload is a [X](…) object"), or of the
        /// list that follows "The inner payload can be:".
        var payloadLinks: [SpecReference] = []
        /// The event whose payload this one shares ("the same extra fields as [MESSAGE_CREATE](…)").
        var sameAs: String?
        /// A scalar the sentence gives (`The inner `d` key is a boolean`).
        var scalar: SpecType?
        /// The declaration that holds the event's first field table.
        var table: Int?
        var expectsList = false

        init(heading: String, location: SourceLocation) {
            self.heading = heading
            self.location = location
        }
    }

    struct Result {
        var declarations: [SpecDeclaration]
        var events: SpecDeclaration
        /// The send events with their payloads (``DiscordGateway/sentName``), if the page has any.
        var sent: SpecDeclaration?
    }

    /// The event set, or `nil` when the page has no envelope with the gateway's keys or no receive events.
    func read() -> Result? {
        var declarations = reading.document.declarations
        var envelope: [SpecField]?
        var section: String?
        var subsection: String?
        var sectionLocation: SourceLocation?
        var events: [EventBuilder] = []
        var sent: [EventBuilder] = []
        var sentLocation: SourceLocation?
        var current: EventBuilder?
        var examples: [SpecExample] = []
        for block in document.blocks {
            switch block {
            case .heading(let heading):
                let text = heading.plainText
                if heading.level <= 2 {
                    section = text.lowercased()
                    current = nil
                    if section == DiscordGateway.receiveHeading { sectionLocation = heading.range.start }
                    if section == DiscordGateway.sendHeading { sentLocation = heading.range.start }
                }
                if heading.level == 3 {
                    subsection = text.lowercased()
                    current = nil
                }
                // A send event is a `####` (or a `###`, "Request Channel Info") under "Send Events".
                if section == DiscordGateway.sendHeading, heading.level == 3 || heading.level == 4 {
                    let event = EventBuilder(heading: text, location: heading.range.start)
                    sent.append(event)
                    current = event
                    continue
                }
                guard section == DiscordGateway.receiveHeading, heading.level == 4 else { continue }
                // "Client Status Object" under Presence Update is a type, not an event.
                if text.hasSuffix(" Object") {
                    current = nil
                    continue
                }
                let event = EventBuilder(heading: text, location: heading.range.start)
                events.append(event)
                current = event
            case .paragraph(let paragraph):
                guard let event = current else { continue }
                let text = paragraph.plainText
                if event.summary == nil { event.summary = paragraph.inlines.markdownText }
                readPayloadSentence(paragraph, text: text.lowercased(), into: event)
            case .list(let list):
                guard let event = current, event.expectsList else { continue }
                event.expectsList = false
                for item in list.items {
                    for case .paragraph(let paragraph) in item {
                        if let link = firstLink(paragraph) { event.payloadLinks.append(link) }
                    }
                }
            case .table(let table):
                guard let index = declarations.firstIndex(where: { Self.holds($0, table) }) else { continue }
                if subsection == DiscordGateway.envelopeHeading, section != DiscordGateway.receiveHeading,
                    envelope == nil, case .object(let object) = declarations[index].kind
                {
                    envelope = object.fields
                } else if let event = current, event.table == nil {
                    event.table = index
                }
            case .code(let code):
                // A whole frame shown under a received event ("Example Hello": `{"op": 10, "d": {…}}`).
                guard current != nil, section == DiscordGateway.receiveHeading, code.info.lowercased() == "json",
                    Self.isFrame(code.literal)
                else { continue }
                examples.append(
                    SpecExample(
                        text: code.literal, location: SourceLocation(path: document.path, line: code.contentLine)))
            case .html, .blockQuote, .thematicBreak:
                continue
            }
        }
        guard let envelope, let sectionLocation, !events.isEmpty,
            [DiscordGateway.opcodeKey, DiscordGateway.payloadKey, DiscordGateway.nameKey].allSatisfy({ key in
                envelope.contains { $0.name == key }
            })
        else { return nil }

        // The payload each event carries, by wire name (another event's payload can be named by it).
        var payloads: [String: SpecPayload] = [:]
        var specEvents: [SpecEvent] = []
        for event in events {
            let name = DiscordGateway.wireName(event.heading)
            var payload = SpecPayload.none
            if let index = event.table {
                let declaration = declarations[index]
                let reference = SpecReference(
                    anchor: declaration.anchors.first, name: declaration.name,
                    range: SourceRange(start: declaration.location))
                if let base = event.payloadLinks.first, case .object(var object) = declaration.kind {
                    // "[message](…) object with the following extra fields": the object and the table's fields.
                    object.extends.append(base)
                    declarations[index].kind = .object(object)
                    declarations[index].name = event.heading + " Event"
                }
                var members: [SpecType] = [.reference(reference)]
                members += event.payloadLinks.dropFirst().map { .reference($0) }
                payload = .type(
                    members.count == 1 ? members[0] : .union(members), alsoRequired: [], location: event.location)
            } else if let scalar = event.scalar {
                payload = .type(scalar, alsoRequired: [], location: event.location)
            } else if let same = event.sameAs, let shared = payloads[same] {
                payload = shared
            } else if !event.payloadLinks.isEmpty {
                let members = event.payloadLinks.map { SpecType.reference($0) }
                payload = .type(
                    members.count == 1 ? members[0] : .union(members), alsoRequired: [], location: event.location)
            }
            payloads[name] = payload
            specEvents.append(
                SpecEvent(name: name, location: event.location, summary: event.summary, payload: payload))
        }
        let set = SpecEventSet(
            discriminator: DiscordGateway.nameKey, payloadKey: DiscordGateway.payloadKey, envelope: envelope,
            events: specEvents,
            opcode: OpcodeTag(
                key: DiscordGateway.opcodeKey, dispatch: DiscordGateway.dispatchCode,
                sequenceKey: envelope.contains { $0.name == DiscordGateway.sequenceKey }
                    ? DiscordGateway.sequenceKey : nil))
        let summary =
            "A gateway frame (`{\"op\", \"d\", \"s\", \"t\"}`) that the client receives: a dispatched event, named "
            + "by `t` when `op` is 0, or a message its `op` alone identifies."
        return Result(
            declarations: declarations,
            events: SpecDeclaration(
                name: DiscordGateway.setName, location: sectionLocation, summary: summary, kind: .events(set),
                examples: examples),
            sent: sentLocation.flatMap { location in
                sent.isEmpty ? nil : Self.sentDeclaration(sent, declarations: declarations, at: location)
            })
    }

    /// The send events with the payloads their sections give: a field table ("Identify Structure"), a scalar ("The
    /// inner `d` key is the last sequence number"), or the object a sentence links to.
    static func sentDeclaration(
        _ sent: [EventBuilder], declarations: [SpecDeclaration], at location: SourceLocation
    ) -> SpecDeclaration {
        let events = sent.map { event -> SpecEvent in
            var payload = SpecPayload.none
            if let index = event.table {
                let declaration = declarations[index]
                let reference = SpecReference(
                    anchor: declaration.anchors.first, name: declaration.name,
                    range: SourceRange(start: declaration.location))
                payload = .type(.reference(reference), alsoRequired: [], location: event.location)
            } else if let scalar = event.scalar {
                payload = .type(scalar, alsoRequired: [], location: event.location)
            } else if let link = event.payloadLinks.first {
                payload = .type(.reference(link), alsoRequired: [], location: event.location)
            }
            return SpecEvent(
                name: DiscordGateway.wireName(event.heading), location: event.location, summary: event.summary,
                payload: payload)
        }
        return SpecDeclaration(
            name: DiscordGateway.sentName, location: location,
            kind: .events(
                SpecEventSet(
                    discriminator: DiscordGateway.nameKey, payloadKey: DiscordGateway.payloadKey, envelope: [],
                    events: events)))
    }

    /// Whether a JSON example is a gateway frame: an object with an opcode.
    static func isFrame(_ text: String) -> Bool {
        guard case .object(let members)? = (try? JSONText.parse(text))?.value else { return false }
        return members.contains { $0.key == DiscordGateway.opcodeKey }
    }

    /// Whether a declaration's fields come from the table.
    static func holds(_ declaration: SpecDeclaration, _ table: Table) -> Bool {
        guard case .object(let object) = declaration.kind, let first = object.fields.first else { return false }
        return first.location.path == table.range.start.path && first.location.line > table.range.start.line
            && first.location.line <= table.range.end.line
    }

    /// Reads what a paragraph says of the payload: "The inner payload is a [X](…) object", "The inner payload can
    /// be:" (a list follows), "with the same extra fields as [MESSAGE_CREATE](…)", "The inner `d` key is a
    /// boolean".
    func readPayloadSentence(_ paragraph: Paragraph, text: String, into event: EventBuilder) {
        if text.containsText("inner payload") {
            if let link = payloadLink(paragraph), event.payloadLinks.isEmpty {
                event.payloadLinks.append(link)
            } else if text.hasSuffix(":") {
                event.expectsList = true
            }
            if text.containsText("same extra fields as"), let last = links(paragraph).last,
                links(paragraph).count > 1
            {
                event.sameAs = last.name
            }
        } else if let range = text.range(ofASCII: "inner d key is ") {
            // Words only: "the last sequence number—`s`—received" has dashes between them.
            let rest = text[range.upperBound...].split { !$0.isLetter && !$0.isNumber }.map(String.init)
            if rest.first == "a" || rest.first == "an", rest.count > 1,
                let primitive = DiscordTypeGrammar.primitives[rest[1]]
            {
                event.scalar = .primitive(primitive)
            } else if rest.starts(with: ["the", "last", "sequence", "number"]) {
                // The last sequence number received, or `null` before any (Heartbeat).
                event.scalar = .nullable(.primitive(.integer))
            }
        }
    }

    func links(_ paragraph: Paragraph) -> [SpecReference] {
        paragraph.inlines.compactMap { inline in
            guard case .link(let destination, _, let children) = inline else { return nil }
            return SpecReference(
                anchor: links.anchor(destination, at: paragraph.range), name: children.plainText,
                range: paragraph.range)
        }
    }

    func firstLink(_ paragraph: Paragraph) -> SpecReference? {
        links(paragraph).first
    }

    /// The first link after the words "inner payload" ("Sent when a [Stage instance](…) is created. Inner payload
    /// is a [Stage instance](…#stage-instance-object)"), or the first link.
    func payloadLink(_ paragraph: Paragraph) -> SpecReference? {
        var seen = false
        for inline in paragraph.inlines {
            if case .text(let text) = inline, text.lowercased().containsText("inner payload") { seen = true }
            if seen, case .link(let destination, _, let children) = inline {
                return SpecReference(
                    anchor: links.anchor(destination, at: paragraph.range), name: children.plainText,
                    range: paragraph.range)
            }
        }
        return firstLink(paragraph)
    }
}
