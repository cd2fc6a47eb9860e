import SpecgenConfig
import SpecgenCore
import SpecgenEmit
import SpecgenIR
import SpecgenSupport
import SpecgenTestSupport
import Testing

/// A small events page and its structures, written the way the osu! docs write them.
let eventsPage = """
    # Websocket Events

    Field | Type    | Description
    ----- | ------- | ------------------
    event | string  | Name of the event.
    data  | object? | Event payload.

    ## read event

    Field | Type     | Description
    ----- | -------- | ---------------
    event | string   | `read`
    ids   | number[] | ids of the read notifications

    ## chat.channel.join

    ### Payload Format

    [ChatChannel](#chatchannel) with `current_user_attributes` additional attributes.
    """

let structures = """
    ## ChatChannel

    Field      | Type                        | Description
    ---------- | --------------------------- | -----------
    channel_id | number                      | |
    type       | [ChannelType](#channeltype) | |
    uuid       | string?                     | |

    Optional attributes:

    Field                   | Type                                             | Description
    ----------------------- | ------------------------------------------------ | -----------
    current_user_attributes | [CurrentUserAttributes](#currentuserattributes)? | |

    ## CurrentUserAttributes

    ### ChatChannelUserAttributes

    Name         | Type   | Description
    ------------ | ------ | -----------
    last_read_id | number | |

    ## ChannelType

    Type   | Permission Check for Joining/Messaging
    ------ | --------------------------------------
    PUBLIC | anyone
    PM     | the two users
    """

/// Generates `docs` with a configuration; returns the result and every diagnostic in compiler format.
func generate(_ config: String, docs: [InputFile]? = nil) throws -> (GenerationResult, [String]) {
    let diagnostics = DiagnosticCollector()
    let configuration = try #require(ConfigurationReader().read(config, path: "specgen.yml", diagnostics: diagnostics))
    #expect(!diagnostics.hasErrors, "\(diagnostics.sorted.map(\.description))")
    let inputs =
        docs ?? [
            Fixtures.input(eventsPage, path: "docs/events.md"),
            Fixtures.input(structures, path: "docs/structures.md"),
        ]
    let result = Generator(options: GeneratorOptions(configuration: configuration)).generate(inputs)
    let all = Diagnostic.sortedAndDeduplicated(diagnostics.diagnostics + result.diagnostics).map(\.description)
    return (result, all)
}

/// The dump lines of one type.
func dump(_ result: GenerationResult, _ type: String) -> [String] {
    var lines: [String] = []
    var inside = false
    for line in result.schema.dump(names: result.swiftNames, locations: false).split(separator: "\n").map(String.init) {
        if !line.hasPrefix(" ") { inside = line.split(separator: " ").dropFirst().first.map(String.init) == type }
        if inside { lines.append(line) }
    }
    return lines
}

@Suite struct OverlayTests {
    @Test func correctsFieldsEnumsAndEvents() throws {
        let (result, diagnostics) = try generate(
            """
            overlays:
              - type: ChatChannelUserAttributes
                field: last_read_id
                set: { type: "integer?" }
              - type: ChannelType
                addValues: [TEAM]
              - type: ChatChannel
                addFields: [{ name: can_list_users, type: boolean, presence: optional, description: new }]
              - type: ChatChannel
                field: uuid
                remove: true
              - event: read
                replacePayload:
                  data:
                    - { name: notifications, type: "object[]" }
                    - { name: read_count, type: integer }
              - addEvent: delete
                payload: { data: [{ name: read_count, type: integer }] }
            """)
        #expect(diagnostics == [])
        #expect(
            dump(result, "ChatChannelUserAttributes") == [
                "object ChatChannelUserAttributes 'CurrentUserAttributes.ChatChannelUserAttributes'",
                "  last_read_id lastReadID: integer optional nullable",
            ])
        #expect(dump(result, "ChannelType").contains("  .team = TEAM"))
        #expect(
            dump(result, "ChatChannel") == [
                "object ChatChannel 'ChatChannel'",
                "  channel_id channelID: number required",
                "  type type: ChannelType required",
                "  current_user_attributes currentUserAttributes: ChatChannelUserAttributes optional nullable",
                "  can_list_users canListUsers: boolean optional",
            ])
        #expect(
            dump(result, "ReadPayload") == [
                "object ReadPayload 'read payload' (payload of read)",
                "  notifications notifications: [object] required",
                "  read_count readCount: integer required",
            ])
        let events = dump(result, "WebsocketEvent")
        #expect(events.contains("  read .read(data: ReadPayload)"))
        #expect(events.contains("  delete .delete(data: DeletePayload)"))
        // What the overlays add points at the configuration.
        let channel = try #require(result.files.first { $0.name == "Structures.swift" })
        #expect(
            channel.contents.contains(
                "new\n    ///\n    /// JSON key `can_list_users`, may be absent. From `specgen.yml:8`."))
    }

    @Test func overlaysThatMatchNothingOrChangeNothingAreWarnings() throws {
        let (result, diagnostics) = try generate(
            """
            overlays:
              - type: ChatChanel
                field: uuid
                remove: true
              - type: ChatChannel
                field: name
                set: { type: string }
              - type: ChatChannel
                field: uuid
                set: { type: "string?" }
              - type: ChannelType
                addValues: [PM]
              - event: read
                field: idz
                remove: true
              - event: logout
                remove: true
              - addEvent: read
              - type: ChatChannel
                addFields: [{ name: uuid, type: string }]
            fields:
              ChatChannel.nope: { swiftName: x }
            typeNames:
              Nothing: Something
            """)
        #expect(!result.hasErrors)
        #expect(
            diagnostics == [
                "specgen.yml:2:11: warning: this overlay matches nothing: the docs define no type 'ChatChanel'; remove it "
                    + "or fix the name",
                "specgen.yml:6:12: warning: this overlay matches nothing: 'ChatChannel' has no field 'name'",
                "specgen.yml:9:12: warning: this overlay changes nothing: the docs already say this of "
                    + "'ChatChannel.uuid'; remove it",
                "specgen.yml:12:17: warning: the docs already list 'PM' in 'ChannelType' (docs/structures.md:28); drop "
                    + "it from 'addValues'",
                "specgen.yml:14:12: warning: this overlay matches nothing: event 'read' has no payload field 'idz'",
                "specgen.yml:16:12: warning: this overlay matches nothing: the docs define no event 'logout'; remove it "
                    + "or fix the name",
                "specgen.yml:18:15: warning: the docs already describe event 'read' (docs/events.md:8); remove this "
                    + "overlay, or correct the event with 'event' and 'replacePayload'",
                "specgen.yml:20:25: warning: field 'uuid' is already in the docs (docs/structures.md:7); drop it from "
                    + "'addFields', or change it with 'set'",
                "specgen.yml:22:3: warning: this setting matches nothing: no type or event in the docs has a field "
                    + "'ChatChannel.nope' (write Type.field with the docs' names)",
                "specgen.yml:24:3: warning: this overlay matches nothing: the docs define no type 'Nothing'; remove it or "
                    + "fix the name",
            ])
    }

    @Test func typeProblemsPointAtTheConfiguration() throws {
        let (result, diagnostics) = try generate(
            """
            overlays:
              - type: ChatChannel
                field: uuid
                set: { type: "[Missing](#missing)?" }
              - type: ChatChannel
                field: type
                set: { swiftType: String }
              - type: ChatChannel
                field: channel_id
                set: { swiftType: Bool }
              - type: CurrentUserAttributes
                addFields: [{ name: x, type: integer }]
            """)
        #expect(result.hasErrors)
        #expect(
            diagnostics == [
                "specgen.yml:4:19: warning: link '#missing' (Missing) leads to no heading or anchor; the field accepts "
                    + "any JSON value",
                "specgen.yml:7:23: error: 'swiftType' applies to fields of type string, integer, number or boolean (or "
                    + "lists of them); 'type' is [ChannelType](#channeltype)",
                "specgen.yml:10:23: error: 'Bool' cannot hold 'channel_id', a JSON number; choose a type that reads one",
                "specgen.yml:11:11: error: 'CurrentUserAttributes' does not become a Swift type of its own (it only "
                    + "groups other types); name one of the types it stands for",
            ])
    }

    @Test func ambiguousNamesAreErrors() throws {
        let docs = [
            Fixtures.input("## A\n\n### Item\n\nField | Type\n--- | ---\nx | integer\n", path: "a.md"),
            Fixtures.input("## B\n\n### Item\n\nField | Type\n--- | ---\nx | integer\n", path: "b.md"),
        ]
        let (_, diagnostics) = try generate("overlays:\n  - { type: Item, field: x, remove: true }\n", docs: docs)
        let collision =
            "b.md:3:1: warning: 'B.Item' would be named 'Item' in Swift, which is taken; it is named 'Item2'"
        #expect(
            diagnostics == [
                collision,
                "specgen.yml:2:13: error: 'Item' names several types ('A.Item' at a.md:3, "
                    + "'B.Item' at b.md:3); write the dotted name",
            ])
        let (result, dotted) = try generate("overlays:\n  - { type: B.Item, field: x, remove: true }\n", docs: docs)
        #expect(dotted == [collision])
        #expect(dump(result, "Item2") == ["object Item2 'B.Item'"])
        #expect(dump(result, "Item") == ["object Item 'A.Item'", "  x x: integer required"])
    }

    @Test func swiftNamesAndTypes() throws {
        let (result, diagnostics) = try generate(
            """
            types:
              float: Int64
            fields:
              ChatChannel.channel_id: { swiftName: id, swiftType: UInt32 }
              read.ids: { swiftType: Int32 }
            typeNames:
              ChatChannelUserAttributes: ChannelMembership
            """)
        #expect(diagnostics == [])
        #expect(dump(result, "ChatChannel")[1] == "  channel_id id: integer as Swift.UInt32 required")
        // `types` narrows every number to an integer, in the schema too.
        #expect(
            dump(result, "ChannelMembership") == [
                "object ChannelMembership 'CurrentUserAttributes.ChatChannelUserAttributes'",
                "  last_read_id lastReadID: integer as Swift.Int64 required",
            ])
        #expect(dump(result, "ReadPayload").contains("  ids ids: [integer] as [Swift.Int32] required"))
        let text = try #require(result.files.first { $0.name == "Structures.swift" }).contents
        #expect(text.contains("public var id: Swift.UInt32"))
        #expect(text.contains("public var currentUserAttributes: ChannelMembership?"))
        #expect(text.contains("try container.decode(Swift.UInt32.self, forKey: .id)"))
    }

    @Test func floatingPointTypesKeepIntegersIntegers() throws {
        let (result, diagnostics) = try generate(
            "types: { integer: Double }\nfields: { ChatChannel.channel_id: { swiftType: MyID } }\n",
            docs: [
                Fixtures.input(
                    structures.replacingOccurrences(
                        of: "last_read_id | number", with: "last_read_id | integer"),
                    path: "docs/structures.md")
            ])
        #expect(diagnostics == [])
        #expect(
            dump(result, "ChatChannelUserAttributes").last
                == "  last_read_id lastReadID: integer as Swift.Double required")
        #expect(dump(result, "ChatChannel")[1] == "  channel_id channelID: number as MyID required")
    }

    @Test func typesMustBeScalarPrimitives() throws {
        let (_, diagnostics) = try generate("types:\n  object: Int\n  integer: String\n  number: Int\n  float: Int64\n")
        #expect(
            diagnostics == [
                "specgen.yml:2:3: error: 'types' maps the docs' scalar types (string, integer, number, boolean and the "
                    + "names the docs use for them); 'object' is not one",
                "specgen.yml:3:12: error: 'String' cannot hold 'integer', a JSON integer; choose a type that reads one",
                "specgen.yml:5:3: error: 'float' is the docs' number, which 'types' already maps at specgen.yml:4:3; keep "
                    + "one",
            ])
    }

    /// On the real docs: a variant's nested field, tags of a tagged union, and a payload type.
    @Test func variantsAndNestedObjects() throws {
        let (result, diagnostics) = try generate(
            """
            overlays:
              - type: Notification
                variant: forum_topic_reply
                field: details.cover_url
                set: { type: "string?" }
              - type: Notification
                addValues: [news_post_new]
              - type: Notification
                field: source_user_id
                set: { type: "integer?" }
              - type: Notification
                variant: no_such_variant
                field: id
                remove: true
              - event: chat.channel.join
                replacePayload: { type: "[ChatChannel](#chatchannel)", with: [users] }
            """, docs: try Fixtures.inputs(under: "spec"))
        #expect(
            diagnostics.filter { $0.contains("specgen.yml") } == [
                "specgen.yml:12:14: warning: this overlay matches nothing: 'Notification' has no variant 'no_such_variant'"
            ])
        #expect(
            dump(result, "NotificationForumTopicReplyDetails").contains(
                "  cover_url coverURL: string optional nullable"))
        #expect(dump(result, "NotificationChannelMessageDetails").contains("  cover_url coverURL: string required"))
        #expect(dump(result, "NotificationName").contains("  .newsPostNew = news_post_new"))
        // The field is nullable on the object and in every variant that narrows it.
        #expect(dump(result, "Notification").contains("  source_user_id sourceUserID: integer optional nullable"))
        #expect(
            dump(result, "NotificationChannelMessage").contains(
                "  source_user_id sourceUserID: integer optional nullable"))
        #expect(
            dump(result, "WebsocketEvent").contains(
                "  chat.channel.join .chatChannelJoin(data: ChatChannel requiring users)"))
    }
}
