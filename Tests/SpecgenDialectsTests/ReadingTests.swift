import SpecgenDialects
import SpecgenEmit
import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport
import Testing

/// Snippets of docs to the schema IR (as its text dump) and diagnostics.
func readSchema(_ files: [String: String]) -> (ir: String, diagnostics: [String]) {
    let diagnostics = DiagnosticCollector()
    let dialect = OsuDialect()
    let documents = files.sorted { $0.key < $1.key }.map { path, text in
        dialect.read(
            dialect.readMarkdown(Array(text.utf8), path: path, diagnostics: diagnostics),
            diagnostics: diagnostics
        ).document
    }
    let schema = SchemaBuilder(options: dialect.schemaBuilderOptions)
        .build(documents, diagnostics: diagnostics)
    // As the pipeline does: the Swift pass reports the type names it cannot give.
    SwiftSchema.reportTypeNames(in: schema, names: SwiftNameSettings(), to: diagnostics)
    return (schema.dump(names: SwiftNameSettings(), locations: false), diagnostics.sorted.map(\.description))
}

@Suite struct PresenceTests {
    @Test func mainTableOptionalSectionsAndNullability() {
        let (ir, diagnostics) = readSchema([
            "a.md": """
            ## Thing

            Field | Type     | Description
            ----- | -------- | -----------
            a     | integer  | |
            b     | integer? | |

            Optional attributes:

            Field | Type     | Description
            ----- | -------- | -----------
            c     | string   | |
            d     | string?  | |

            ### Optional Attributes

            Following are attributes which may be additionally included in the response.

            Field | Type
            ----- | ----
            e     | boolean

            """
        ])
        #expect(diagnostics.isEmpty)
        #expect(
            ir == """
                object Thing 'Thing'
                  a a: integer required
                  b b: integer optional nullable
                  c c: string optional
                  d d: string optional nullable
                  e e: boolean optional

                """)
    }

    @Test func conditionalPresenceInTheDescriptionMakesAFieldOptional() {
        let (ir, _) = readSchema([
            "a.md": """
            ## User

            Field            | Type    | Description
            ---------------- | ------- | ---------------------------------
            previousUsername | string? | Only for `usernameChange` event.
            users            | integer[] | not included for `PUBLIC` channels
            name             | string  | The name, only when it matters to nobody? No: always.

            """
        ])
        #expect(ir.contains("previousUsername previousUsername: string optional nullable"))
        #expect(ir.contains("users users: [integer] optional"))
    }
}

@Suite struct ResolutionTests {
    @Test func punctuationMismatchedAnchorResolvesWithAWarning() {
        let (ir, diagnostics) = readSchema([
            "a.md": "## ChatChannel\n\nField | Type\n--- | ---\nid | integer\n",
            "b.md": "## Holder\n\nField | Type\n--- | ---\nchannel | [ChatChannel](#chat-channel)\n",
        ])
        #expect(ir.contains("channel channel: ChatChannel required"))
        #expect(
            diagnostics == [
                "b.md:5:11: warning: link '#chat-channel' matches no anchor exactly; it is taken to mean 'ChatChannel' "
                    + "(punctuation ignored); fix the link"
            ])
    }

    @Test func danglingAnchorsAndUnknownNamesBecomeAnyWithWarnings() {
        let (ir, diagnostics) = readSchema([
            "a.md": """
            ## Holder

            Field | Type
            ----- | ----
            x     | [Nowhere](#nowhere)[]
            y     | Achievement
            z     |

            """
        ])
        #expect(ir.contains("x x: [any] required"))
        #expect(ir.contains("y y: any required"))
        #expect(ir.contains("z z: any required"))
        #expect(diagnostics.count == 3)
        #expect(diagnostics[0].hasPrefix("a.md:5:9: warning: link '#nowhere' (Nowhere) leads to no heading or anchor"))
        #expect(diagnostics[1].hasPrefix("a.md:6:9: warning: type 'Achievement' is not defined in these docs"))
        #expect(diagnostics[2].hasPrefix("a.md:7:8: warning: field 'z' has no type"))
    }

    @Test func subTypesAreQualifiedByTheirH2AndReachedByDivAnchors() {
        let (ir, diagnostics) = readSchema([
            "event.md": """
            ## Event

            Field | Type
            ----- | ----
            user  | [Event.User](#event-user)

            ### Additional objects

            <div id="event-user" data-unique="event-user"></div>

            #### User

            Field    | Type
            -------- | ------
            username | string

            ## User

            Field | Type
            ----- | -------
            id    | integer

            """
        ])
        #expect(diagnostics.isEmpty)
        #expect(ir.contains("object EventUser 'Event.User'"))
        #expect(ir.contains("user user: EventUser required"))
        #expect(ir.contains("object User 'User'"))
    }

    @Test func aContainerResolvesToTheSubTypeNamedAfterTheReferrer() {
        let (ir, diagnostics) = readSchema([
            "attrs.md": """
            ## CurrentUserAttributes

            ### ChatChannelUserAttributes

            Name        | Type    | Description
            ----------- | ------- | -----------
            can_message | boolean | |

            ### BeatmapsetDiscussionPermissions

            Name | Type | Description
            ---- | ---- | -----------
            can_destroy | boolean | |

            """,
            "channel.md": """
            ## ChatChannel

            Field | Type
            ----- | ----
            current_user_attributes | [CurrentUserAttributes](#currentuserattributes)?

            """,
        ])
        #expect(diagnostics.isEmpty)
        #expect(
            ir.contains("current_user_attributes currentUserAttributes: ChatChannelUserAttributes optional nullable"))
    }

    @Test func typesAndEventsDefinedTwiceAreErrors() {
        let (_, diagnostics) = readSchema([
            "a.md": "## Thing\n\nField | Type\n--- | ---\na | string\n",
            "b.md": "## Thing\n\nField | Type\n--- | ---\nb | string\n",
            "events.md":
                "# Events\n\nField | Type\n--- | ---\nevent | string\ndata | object?\n\n## ping\n\n## ping event\n",
        ])
        #expect(
            diagnostics.contains(
                "b.md:1:1: error: type 'Thing' is defined twice (first at a.md:1); rename or "
                    + "remove one of them"))
        #expect(
            diagnostics.contains(
                "events.md:10:1: error: event 'ping' is defined twice (first at events.md:8); "
                    + "remove one of them"))
    }

    @Test func aHeadingWithNoNameIsAnError() {
        let (_, diagnostics) = readSchema(["a.md": "##\n\nField | Type\n--- | ---\na | string\n"])
        #expect(diagnostics.first?.hasPrefix("a.md:1:1: error: heading has no name") == true)
    }
}

@Suite struct EventPageTests {
    static let page = """
        # Websocket Events

        Field | Type    | Description
        ----- | ------- | -----------
        event | string  | Name of the event.
        data  | object? | Event payload.

        ## logout event

        Bye.

        ## new event

        ### Payload Format

        See [Thing](#thing) object for notification types.

        ## read event

        Field | Type      | Description
        ----- | --------- | -----------
        event | string    | `read`
        ids   | integer[] | |

        ## chat.channel.join

        ### Payload Format

        [Thing](#thing) with `a`, `b` additional attributes.

        ## chat.message.new

        ### Payload Format

        Field    | Type            | Description
        -------- | --------------- | -----------
        messages | [Thing](#thing)[] | |

        """
    static let thing =
        "## Thing\n\nField | Type\n--- | ---\nid | integer\n\nOptional attributes:\n\nField | Type\n--- | ---\na | string\nb | string?\n"

    @Test func everyPayloadForm() {
        let (ir, diagnostics) = readSchema(["events.md": Self.page, "thing.md": Self.thing])
        #expect(diagnostics.isEmpty)
        #expect(
            ir.contains(
                """
                events WebsocketEvent 'Websocket Events' by event, payload data
                  envelope event event: string required
                  envelope data data: object optional nullable
                  logout .logout
                  new .new(data: Thing)
                  read .read(frame: ReadPayload)
                  chat.channel.join .chatChannelJoin(data: Thing requiring a, b)
                  chat.message.new .chatMessageNew(data: ChatMessageNewPayload)
                  .unknown(_)
                object ReadPayload 'read message' (payload of read)
                  ids ids: [integer] required
                object ChatMessageNewPayload 'chat.message.new payload' (payload of chat.message.new)
                  messages messages: [Thing] required
                """))
    }

    @Test func requiringAnAttributeTheTypeLacksIsAWarning() {
        let page = Self.page.replacingOccurrences(of: "`a`, `b`", with: "`a`, `zzz`")
        let (ir, diagnostics) = readSchema(["events.md": page, "thing.md": Self.thing])
        #expect(ir.contains("chat.channel.join .chatChannelJoin(data: Thing requiring a)"))
        #expect(diagnostics == ["events.md:29:1: warning: 'zzz' is not a field of 'Thing'"])
    }
}

@Suite struct VariantTests {
    @Test func notificationStyleVariantsWithDetailsObjects() {
        let (ir, diagnostics) = readSchema([
            "n.md": """
            ## Notification

            Field   | Type    | Description
            ------- | ------- | -----------
            id      | integer | |
            name    | string  | Name of the event
            user_id | integer? | |
            details | object  | |

            ### Event Names

            Name                             | Description
            -------------------------------- | -----------
            [ping](#notification-ping)       | A ping.
            listed_only                      | Listed without fields.

            <div id="notification-ping" data-unique="notification-ping"></div>

            #### `ping`

            Field       | Type    | Description
            ----------- | ------- | -----------
            user_id     | integer | Never null here.
            object_type | string  | `channel`

            Details object:

            Field | Type   | Description
            ----- | ------ | -----------
            title | string | |

            """
        ])
        #expect(diagnostics.isEmpty)
        #expect(
            ir == """
                object Notification 'Notification'
                  id id: integer required
                  name name: NotificationName required
                  user_id userID: integer optional nullable
                  details details: object required
                  variants by name -> variant: NotificationVariant tags NotificationName, otherwise .other
                    ping .ping NotificationPing
                enum NotificationName 'Notification.name' (tags of Notification)
                  .ping = ping
                  .listedOnly = listed_only
                  .unknown(_)
                object NotificationPing 'Notification[ping]' (variant ping of Notification)
                  user_id userID: integer required
                  object_type objectType: string required = "channel"
                  details details: NotificationPingDetails required
                object NotificationPingDetails 'Notification[ping].details' (details of variant ping of Notification)
                  title title: string required

                """)
    }
}

@Suite struct ExtensionTests {
    @Test func extendedTypesIncludeTheBaseAndPromoteListedOptionalFields() {
        let (ir, diagnostics) = readSchema([
            "u.md": """
            ## User

            Field | Type
            ----- | -------
            id    | integer

            <div id="user-optionalattributes" data-unique="user-optionalattributes"></div>

            ### Optional attributes

            Field   | Type
            ------- | -------
            country | string
            cover   | string?

            ## UserExtended

            Represents a user. Extends [User](#user) object with additional attributes.

            Field | Type
            ----- | ------
            title | string

            In addition, the following [optional attributes on User](#user-optionalattributes) are included:

            - country
            - cover (present only if it exists)
            - missing

            """
        ])
        #expect(
            ir.contains(
                """
                object UserExtended 'UserExtended'
                  id id: integer required
                  country country: string required
                  cover cover: string required nullable
                  title title: string required
                """))
        #expect(diagnostics.count == 1)
        #expect(
            diagnostics[0].contains("'missing' is said to be included, but no extended type has a field of that name"))
    }

    @Test func dottedFieldNamesBecomeNestedObjects() {
        let (ir, _) = readSchema([
            "b.md": """
            ## Beatmapset

            Field         | Type
            ------------- | -------
            hype.current  | integer
            hype.required | integer
            id            | integer

            """
        ])
        #expect(
            ir.contains(
                """
                object Beatmapset 'Beatmapset'
                  hype hype: BeatmapsetHype required
                  id id: integer required
                object BeatmapsetHype 'Beatmapset.hype' (hype.* of Beatmapset)
                  current current: integer required
                  required required: integer required
                """))
    }

    @Test func unionsOfBaseAndExtendedTryTheExtendedFirst() {
        let (ir, _) = readSchema([
            "b.md": """
            ## Beatmap

            Field      | Type
            ---------- | ----
            beatmapset | [Beatmapset](#beatmapset)\\|[BeatmapsetExtended](#beatmapsetextended)\\|null

            ## Beatmapset

            Field | Type
            ----- | -------
            id    | integer

            ## BeatmapsetExtended

            This extends [Beatmapset](#beatmapset) with additional attributes.

            Field | Type
            ----- | -----
            bpm   | float

            """
        ])
        #expect(ir.contains("beatmapset beatmapset: BeatmapsetOrBeatmapsetExtended optional nullable"))
        #expect(
            ir.contains(
                """
                union BeatmapsetOrBeatmapsetExtended (union)
                  .beatmapsetExtended(BeatmapsetExtended)
                  .beatmapset(Beatmapset)
                """))
    }
}
