import SpecgenDialects
import SpecgenEmit
import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport
import SpecgenTestSupport
import Testing

/// The gateway part of the Discord dialect on small pages: the envelope and receive events of a gateway events page
/// become one event set with an opcode tag, and the received opcodes of an opcodes page are folded into it.
@Suite struct DiscordGatewayTests {
    let dialect = DiscordDialect()

    /// The documents as read and related, and the schema built from them.
    func build(_ files: [String: String]) -> (documents: [SpecDocument], schema: Schema, diagnostics: [String]) {
        let diagnostics = DiagnosticCollector()
        let documents = dialect.relating(
            files.sorted { $0.key < $1.key }.map { path, text in
                dialect.read(
                    dialect.readMarkdown(Array(text.utf8), path: path, diagnostics: diagnostics),
                    diagnostics: diagnostics
                ).document
            })
        let schema = SchemaBuilder(options: dialect.schemaBuilderOptions).build(documents, diagnostics: diagnostics)
        SwiftSchema.reportTypeNames(in: schema, names: SwiftNameSettings(), to: diagnostics)
        return (documents, schema, diagnostics.sorted.map(\.description))
    }

    static let envelope = """
        ### Payload Structure

        | Field | Type                    | Description    |
        |-------|-------------------------|----------------|
        | op    | integer                 | Gateway opcode |
        | d     | ?mixed (any JSON value) | Event data     |
        | s     | ?integer \\*             | Sequence number |
        | t     | ?string \\*              | Event name     |

        """

    static let user = """
        ### User Object

        ###### User Structure

        | Field | Type      | Description   |
        |-------|-----------|---------------|
        | id    | snowflake | the user's id |

        """

    static let opcodes = """
        ###### Gateway Opcodes

        | Code | Name          | Client Action | Description             |
        |------|---------------|---------------|-------------------------|
        | 0    | Dispatch      | Receive       | An event was dispatched. |
        | 1    | Heartbeat     | Send/Receive  | Keeps the connection.   |
        | 2    | Identify      | Send          | Starts a session.       |
        | 10   | Hello         | Receive       | Sent after connecting.  |
        | 11   | Heartbeat ACK | Receive       | Acknowledges a heartbeat. |

        """

    static let events = envelope + eventSections

    static let eventSections = """
        ## Send Events

        #### Identify

        ###### Identify Structure

        | Field | Type   | Description |
        |-------|--------|-------------|
        | token | string | the token   |

        #### Heartbeat

        Keeps the connection. The inner `d` key is the last sequence number—`s`—received by the client.

        ## Receive Events

        #### Hello

        ###### Hello Structure

        | Field              | Type    | Description |
        |--------------------|---------|-------------|
        | heartbeat_interval | integer | interval    |

        ### Users

        #### User Update

        Sent when properties about the current bot's user change. Inner payload is a [user](/developers/resources/user#user-object) object.

        #### User Note Update

        The inner payload is a [user](/developers/resources/user#user-object) object with the following extra fields:

        ###### User Note Update Extra Fields

        | Field | Type   | Description |
        |-------|--------|-------------|
        | note  | string | the note    |

        #### User Note Delete

        Sent when a note is deleted. The inner payload is a [user](/developers/resources/user#user-object) object with the same extra fields as [USER_NOTE_UPDATE](/developers/events/gateway-events#user-note-update).

        #### Session Ping

        The inner `d` key is the last sequence number received.

        #### Session Flag

        The inner `d` key is a boolean that says something.

        #### Client Status Object

        | Field    | Type   | Description |
        |----------|--------|-------------|
        | desktop? | string | the status  |

        """

    var pages: [String: String] {
        [
            "developers/events/gateway-events.mdx": Self.events,
            "developers/resources/user.mdx": Self.user,
            "developers/topics/opcodes-and-status-codes.mdx": Self.opcodes,
        ]
    }

    @Test func theReceiveEventsAreOneSetTaggedByOpcode() throws {
        let (documents, _, diagnostics) = build(pages)
        #expect(diagnostics == [])
        let declarations = documents.flatMap(\.declarations)
        let declaration = try #require(declarations.first { $0.name == "Gateway Event" })
        guard case .events(let set) = declaration.kind else {
            Issue.record("not an event set")
            return
        }
        #expect(set.discriminator == "t" && set.payloadKey == "d")
        #expect(set.opcode == OpcodeTag(key: "op", dispatch: 0, sequenceKey: "s"))
        #expect(set.envelope.map(\.name) == ["op", "d", "s", "t"])
        // Send events and the "… Object" heading are not received events; received opcodes come after the page's.
        #expect(
            set.events.map(\.name) == [
                "HELLO", "USER_UPDATE", "USER_NOTE_UPDATE", "USER_NOTE_DELETE", "SESSION_PING", "SESSION_FLAG",
                "HEARTBEAT", "HEARTBEAT_ACK",
            ])
        #expect(set.events.map(\.opcode) == [10, nil, nil, nil, nil, nil, 1, 11])
        // The opcodes page's declaration of received codes and the send events' payloads are folded in and gone.
        #expect(!declarations.contains { $0.name.hasPrefix("Gateway Opcodes Received") })
        #expect(!declarations.contains { $0.name == "Gateway Events Sent" })
        #expect(declarations.contains { $0.name == "Gateway Opcodes" })
        // "… Extra Fields" under an event with an object is that object with the extras, named after the event.
        let extra = try #require(declarations.first { $0.name == "User Note Update Event" })
        guard case .object(let object) = extra.kind else {
            Issue.record("not an object")
            return
        }
        #expect(object.extends.map(\.anchor) == ["developers/resources/user#user-object"])
        #expect(object.fields.map(\.name) == ["note"])
    }

    @Test func payloadsComeFromTablesSentencesAndOtherEvents() throws {
        let (_, schema, _) = build(pages)
        guard case .eventSet(let set)? = schema.type(swiftNamed: "GatewayEvent")?.kind else {
            Issue.record("no GatewayEvent")
            return
        }
        var payloads: [String: String] = [:]
        for event in set.events {
            switch event.payload {
            case .none: payloads[event.name] = "none"
            case .data(let type, _, _):
                payloads[event.name] = schema.swiftNamed(type)!.dumped + (event.isPayloadNullable ? "?" : "")
            case .frame(let type, _): payloads[event.name] = "frame " + schema.swiftNamed(type)!.dumped
            }
        }
        #expect(
            payloads == [
                "HELLO": "Hello", "USER_UPDATE": "User", "USER_NOTE_UPDATE": "UserNoteUpdateEvent",
                "USER_NOTE_DELETE": "UserNoteUpdateEvent", "SESSION_PING": "integer?", "SESSION_FLAG": "boolean",
                // Heartbeat has no heading under "Receive Events": its payload is the send event's.
                "HEARTBEAT": "integer?", "HEARTBEAT_ACK": "none",
            ])
        #expect(set.events.map(\.name).contains("HEARTBEAT_ACK"))
        #expect(set.opcode?.sequenceKey == "s")
        guard case .object(let extended)? = schema.type(swiftNamed: "UserNoteUpdateEvent")?.kind else {
            Issue.record("no UserNoteUpdateEvent")
            return
        }
        #expect(extended.properties.map(\.jsonName) == ["id", "note"])
    }

    @Test func withoutTheOpcodesPageTheDispatchCodeIsTheEnvelopes() throws {
        var pages = pages
        pages["developers/topics/opcodes-and-status-codes.mdx"] = nil
        let (_, schema, _) = build(pages)
        guard case .eventSet(let set)? = schema.type(swiftNamed: "GatewayEvent")?.kind else {
            Issue.record("no GatewayEvent")
            return
        }
        #expect(set.opcode?.dispatch == 0)
        // Hello is then an event like the others, named by `t`.
        #expect(set.events.allSatisfy { $0.opcode == nil })
        #expect(!set.events.contains { $0.name == "HEARTBEAT_ACK" || $0.name == "HEARTBEAT" })
        #expect(schema.type(swiftNamed: "GatewayEventsSent") == nil)
    }

    @Test func aPageWithoutTheGatewayEnvelopeHasNoEventSet() {
        let envelope = Self.envelope.replacingOccurrences(of: "| op    |", with: "| code  |")
        let page = envelope + "## Receive Events\n\n#### Hello\n\nSent on connection.\n"
        let (documents, _, _) = build(["developers/events/gateway-events.mdx": page])
        #expect(!documents.flatMap(\.declarations).contains { if case .events = $0.kind { true } else { false } })
        let (other, _, _) = build(["developers/resources/user.mdx": Self.user])
        #expect(other.flatMap(\.declarations).map(\.name) == ["User"])
    }
}
