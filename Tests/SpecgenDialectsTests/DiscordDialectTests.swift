import SpecgenDialects
import SpecgenEmit
import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport
import SpecgenTestSupport
import Testing

/// Discord's docs as a vocabulary on the dialect kit, on snippets copied from Tests/Corpus/discord-api-docs.
@Suite struct DiscordDialectTests {
    let dialect = DiscordDialect()

    /// The documents the dialect reads from some pages (by path), in path order.
    func documents(_ files: [String: String], diagnostics: DiagnosticCollector) -> [SpecDocument] {
        files.sorted { $0.key < $1.key }.map { path, text in
            dialect.read(
                dialect.readMarkdown(Array(text.utf8), path: path, diagnostics: diagnostics), diagnostics: diagnostics
            ).document
        }
    }

    /// The schema IR (as its text dump) and diagnostics of some pages.
    func schema(_ files: [String: String]) -> (ir: String, diagnostics: [String]) {
        let diagnostics = DiagnosticCollector()
        let documents = documents(files, diagnostics: diagnostics)
        let schema = SchemaBuilder(options: dialect.schemaBuilderOptions).build(documents, diagnostics: diagnostics)
        SwiftSchema.reportTypeNames(in: schema, names: SwiftNameSettings(), to: diagnostics)
        return (schema.dump(names: SwiftNameSettings(), locations: false), diagnostics.sorted.map(\.description))
    }

    // developers/resources/user.mdx, abridged.
    let user = """
        ---
        title: Users Resource
        sidebarTitle: User
        ---

        import {ManualAnchor} from '/snippets/manualanchor.jsx'

        ### User Object

        <ManualAnchor id="user-object-user-structure" />
        ###### User Structure

        | Field          | Type                                   | Description                          |
        |----------------|----------------------------------------|--------------------------------------|
        | id             | snowflake                              | the user's id                        |
        | username       | string                                 | the user's username                  |
        | global_name    | ?string                                | the user's display name              |
        | bot?           | boolean                                | whether the user belongs to an app   |
        | banner?        | ?string                                | the user's banner hash               |
        | premium_type?  | integer                                | the [type of Nitro subscription](/developers/resources/user#user-object-premium-types) |

        <ManualAnchor id="user-object-premium-types" />
        ###### Premium Types

        | Type          | Value | Description   |
        |---------------|-------|---------------|
        | None          | 0     |               |
        | Nitro Classic | 1     |               |

        """

    // developers/resources/channel.mdx and message.mdx, abridged.
    let channel = """
        ### Channel Object

        Represents a guild or DM channel within Discord.

        <ManualAnchor id="channel-object-channel-structure" />
        ###### Channel Structure

        | Field       | Type                                                        | Description         |
        |-------------|-------------------------------------------------------------|---------------------|
        | id          | snowflake                                                   | the id              |
        | recipients? | array of [user](/developers/resources/user#user-object) objects | the recipients  |
        | owner?      | [user](/developers/resources/user#user-object-user-structure) object | the owner  |
        | last_pin_timestamp? | ?ISO8601 timestamp                                  | when pinned         |
        | permissions? | string                                                     | computed            |

        ## Get Channel Messages
        <Route method="GET">/channels/[\\{channel.id\\}](/developers/resources/channel#channel-object)/messages</Route>

        <ManualAnchor id="get-channel-messages-query-string-params" />
        ###### Query String Params

        | Field   | Type      | Description                 | Required | Default |
        |---------|-----------|-----------------------------|----------|---------|
        | around? | snowflake | get messages around this id | false    | absent  |
        | limit   | integer   | max number of messages      | false    | 50      |
        | before  | snowflake | get messages before this id | true     |         |

        ## Create Message
        <Route method="POST">/channels/[\\{channel.id\\}](/developers/resources/channel#channel-object)/messages</Route>

        <ManualAnchor id="create-message-jsonform-params" />
        ###### JSON/Form Params

        | Field              | Type                        | Description                 |
        |--------------------|-----------------------------|-----------------------------|
        | content?\\*         | string                      | message contents            |
        | nonce?             | integer or string           | used to verify a message    |
        | sticker_ids?\\*     | array of snowflakes         | IDs of up to 3 stickers     |
        | mentions?          | ?array of [user](#user-object) objects | who is mentioned |

        """

    @Test func objectsStructuresPresenceAndNullabilityAcrossPages() {
        let (ir, diagnostics) = schema([
            "developers/resources/user.mdx": user, "developers/resources/channel.mdx": channel,
        ])
        #expect(
            ir.contains(
                """
                object User 'User'
                  id id: snowflake required
                  username username: string required
                  global_name globalName: string required nullable
                  bot bot: boolean optional
                  banner banner: string optional nullable
                  premium_type premiumType: PremiumTypes optional

                """))
        #expect(
            ir.contains(
                """
                object Channel 'Channel'
                  id id: snowflake required
                  recipients recipients: [User] optional
                  owner owner: User optional
                  last_pin_timestamp lastPinTimestamp: timestamp optional nullable
                  permissions permissions: string optional

                """))
        #expect(ir.contains("enum PremiumTypes 'Premium Types' integer"))
        // A link to `#user-object` on the channel page is not the user page's anchor.
        #expect(
            diagnostics == [
                "developers/resources/channel.mdx:39:24: warning: link '#developers/resources/channel#user-object' "
                    + "(user) leads to no heading or anchor; the field accepts any JSON value"
            ])
    }

    @Test func endpointParameterTablesAreNamedAfterTheirEndpoint() {
        let (ir, _) = schema(["developers/resources/channel.mdx": channel])
        #expect(
            ir.contains(
                """
                object GetChannelMessagesQuery 'Get Channel Messages Query'
                  around around: snowflake optional
                  limit limit: integer optional
                  before before: snowflake required

                """))
        #expect(
            ir.contains(
                """
                object CreateMessageParams 'Create Message Params'
                  content content: string optional
                  nonce nonce: IntegerOrString optional
                  sticker_ids stickerIDs: [snowflake] optional
                  mentions mentions: [any] optional nullable

                """))
    }

    /// SDK pages repeat a heading under each function ("Parameters", "Supported Platforms"): each is its own type,
    /// named after its section, and nothing is defined twice.
    @Test func aHeadingRepeatedUnderSeveralSectionsIsQualifiedBySection() {
        let page = """
            ## Functions

            #### Create

            ###### Parameters

            | name     | type    | description      |
            |----------|---------|------------------|
            | clientId | integer | the client's id  |

            #### Destroy

            ###### Parameters

            | name  | type   | description |
            |-------|--------|-------------|
            | force | boolean | whether to |

            """
        let (ir, diagnostics) = schema(["developers/developer-tools/game-sdk.mdx": page])
        #expect(!diagnostics.contains { $0.contains("defined twice") }, "\(diagnostics)")
        #expect(
            ir.contains("object CreateParameters 'Create.Parameters'\n  clientId clientID: integer required\n"), "\(ir)"
        )
        #expect(
            ir.contains("object DestroyParameters 'Destroy.Parameters'\n  force force: boolean required\n"), "\(ir)")
    }

    @Test func typePhrases() {
        let cases: [(String, String)] = [
            ("string", "string"), ("?integer", "nullable(integer)"), ("snowflake", "snowflake"),
            ("ISO8601 timestamp", "timestamp"), ("?ISO8601 timestamp", "nullable(timestamp)"),
            ("boolean", "boolean"), ("float", "number"), ("mixed", "any"), ("array", "array(any)"),
            ("array of snowflakes", "array(snowflake)"), ("array of ?strings", "array(nullable(string))"),
            (
                "array of [user](/developers/resources/user#user-object) objects",
                "array([user](#developers/resources/user#user-object))"
            ),
            (
                "?[guild member](/developers/resources/guild#guild-member-object) object",
                "nullable([guild member](#developers/resources/guild#guild-member-object))"
            ),
            ("array of [role](/developers/topics/permissions#role-object) object ids", "array(snowflake)"),
            ("integer or string", "union(integer | string)"),
            ("?string (can be null only in reaction emoji objects)", "nullable(string)"),
            (
                "partial [guild](/developers/resources/guild#guild-object) object",
                "partial [guild](#developers/resources/guild#guild-object)"
            ),
            (
                "array of partial [attachment](/developers/resources/message#attachment-object) objects",
                "array(partial [attachment](#developers/resources/message#attachment-object))"
            ),
            (
                "a partial [emoji](/developers/resources/emoji#emoji-object) object",
                "partial [emoji](#developers/resources/emoji#emoji-object)"
            ),
            ("[array](/developers/reference#array-query-strings) of snowflakes", "array(snowflake)"),
            ("array of two integers (shard_id, num_shards)", "array(integer)"),
            (
                "array of up to 10 [embed](/developers/resources/message#embed-object) objects",
                "array([embed](#developers/resources/message#embed-object))"
            ),
            (
                "array of array of [message](/developers/resources/message#message-object) objects",
                "array(array([message](#developers/resources/message#message-object)))"
            ),
            (
                "array of [guild feature](/developers/resources/guild#guild-object-guild-features) strings",
                "array([guild feature](#developers/resources/guild#guild-object-guild-features))"
            ),
            ("string, integer, or double", "union(string | integer | number)"),
            ("?array of int", "nullable(array(integer))"),
            ("file contents", "string"), ("file", "string"), ("data uri", "string"),
            ("ISO8601", "timestamp"), ("?IS08601 timestamp", "nullable(timestamp)"),
            ("array of strings *", "array(string)"), ("array of strings ***", "array(string)"),
            ("?integer \\*", "nullable(integer)"), ("?ISO8601 timestamp \\*\\*", "nullable(timestamp)"),
            ("snowflake \\[1\\]", "snowflake"), ("`integer`", "integer"),
            (
                "[poll](/developers/resources/poll#poll-create-request-object) request object",
                "[poll](#developers/resources/poll#poll-create-request-object)"
            ),
            ("map of snowflakes to [user](/developers/resources/user#user-object) objects", "object"),
            ("?dictionary with keys in [available locales](/developers/reference#locales)", "nullable(object)"),
            ("[emoji](#emoji-object)", "[emoji](#developers/resources/emoji#emoji-object)"),
            (
                "a [user](/developers/resources/user#user-object) object",
                "[user](#developers/resources/user#user-object)"
            ),
            ("one of [command types](#command-types)", "[command types](#developers/resources/emoji#command-types)"),
            ("string?", "nullable(string)"), ("[image data](/developers/reference#image-data)", "string"),
            ("?[boolean](/developers/reference#boolean-query-strings)", "nullable(boolean)"),
        ]
        for (text, expected) in cases {
            let diagnostics = DiagnosticCollector()
            let range = SourceRange(path: "developers/resources/emoji.mdx", line: 1, column: 1)
            let type = dialect.parseType(text, at: range, diagnostics: diagnostics)
            #expect(type?.dumped == expected, "\(text)")
            #expect(diagnostics.diagnostics.isEmpty, "\(text)")
        }
    }

    @Test func aDefaultOrARequiredFalseCellMakesAParameterOptional() {
        // developers/resources/channel.mdx (Get Channel Messages) and guild.mdx (Get Guild), abridged.
        let page = """
            ## Get Channel Messages

            ###### Query String Params

            | Field   | Type      | Description                 | Required | Default |
            |---------|-----------|-----------------------------|----------|---------|
            | before  | snowflake | get messages before this id | false    | absent  |
            | limit   | integer   | max number of messages      | false    | 50      |

            ## Get Guild Widget Image

            ###### Query String Params

            | Field  | Type   | Description           | Default  |
            |--------|--------|-----------------------|----------|
            | style  | string | style of the image    | shield   |
            | width  | string | not optional          |          |
            | height | string | not optional either   | -        |

            """
        let ir = schema(["developers/resources/channel.mdx": page]).ir
        #expect(ir.contains("before before: snowflake optional"), "\(ir)")
        #expect(ir.contains("limit limit: integer optional"), "\(ir)")
        #expect(ir.contains("style style: string optional"), "\(ir)")
        #expect(ir.contains("width width: string required"), "\(ir)")
        #expect(ir.contains("height height: string required"), "\(ir)")
    }

    // developers/resources/user.mdx, abridged: a heading without "Object" over a structure of its (singular) name.
    let collectibles = """
        ### User Object

        | Field         | Type                                                            | Description          |
        |---------------|-----------------------------------------------------------------|----------------------|
        | collectibles? | ?[collectibles](/developers/resources/user#collectibles) object | the user's collectibles |

        ### Collectibles

        The collectibles the user has, excluding Avatar Decorations and Profile Effects.

        <ManualAnchor id="collectibles-collectible-structure" />
        ###### Collectible Structure

        | Field      | Type   | Description        |
        |------------|--------|--------------------|
        | nameplate? | string | the user's nameplate |

        """

    @Test func anObjectsStructureMayRepeatTheWordObjectOrBeSingular() {
        // developers/resources/message.mdx, abridged.
        let page = """
            ### Message Call Object

            Information about the call in a private channel.

            <ManualAnchor id="message-call-object-message-call-object-structure" />
            ###### Message Call Object Structure

            | Field            | Type                | Description          |
            |------------------|---------------------|----------------------|
            | participants     | array of snowflakes | who took part        |
            | ended_timestamp? | ?ISO8601 timestamp  | when the call ended  |

            ### Message Object

            | Field | Type                                                                  | Description |
            |-------|-----------------------------------------------------------------------|-------------|
            | call? | [message call](/developers/resources/message#message-call-object) object | the call |

            """
        let (ir, diagnostics) = schema([
            "developers/resources/message.mdx": page, "developers/resources/user.mdx": collectibles,
        ])
        #expect(ir.contains("object MessageCall 'Message Call'"), "\(ir)")
        #expect(ir.contains("object Collectibles 'Collectibles'"), "\(ir)")
        #expect(ir.contains("collectibles collectibles: Collectibles optional nullable"), "\(ir)")
        #expect(ir.contains("call call: MessageCall optional"), "\(ir)")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test func anAppositionIsNotAUnion() {
        // developers/resources/application.mdx:317.
        let diagnostics = DiagnosticCollector()
        let range = SourceRange(path: "developers/resources/application.mdx", line: 317, column: 12)
        let text = "array of snowflakes, [user](/developers/resources/user#user-object) IDs"
        #expect(dialect.parseType(text, at: range, diagnostics: diagnostics) == .untyped(text))
        #expect(
            diagnostics.sorted.first?.description.hasPrefix("developers/resources/application.mdx:317:12: warning:")
                == true)
    }

    @Test func proseIsUntypedWithALocatedWarning() {
        let diagnostics = DiagnosticCollector()
        let range = SourceRange(path: "a.mdx", line: 4, column: 9)
        let type = dialect.parseType("integer for `INTEGER` options", at: range, diagnostics: diagnostics)
        #expect(type == .untyped("integer for `INTEGER` options"))
        #expect(diagnostics.sorted.map(\.description).first?.hasPrefix("a.mdx:4:9: warning: type 'integer for") == true)
    }

    /// The plugins' table of extensions (which cannot link the dialects) is the dialects' own.
    @Test func thePluginsExtensionTableAgreesWithTheDialects() {
        #expect(Set(DialectFileExtensions.byDialect.keys) == Set(Dialects.all.keys))
        for (name, dialect) in Dialects.all {
            #expect(DialectFileExtensions.byDialect[name] == dialect.fileExtensions, "\(name)")
        }
        #expect(DialectFileExtensions.defaultDialect == Dialects.default.name)
        #expect(DialectFileExtensions.extensions(dialect: nil) == Dialects.default.fileExtensions)
        #expect(DialectFileExtensions.extensions(dialect: "discord") == ["md", "mdx"])
    }

    @Test func theDialectsChoices() {
        #expect(Dialects.named("discord")?.name == "discord")
        #expect(dialect.isDocumentationFile("developers/resources/user.mdx"))
        #expect(dialect.isDocumentationFile("docs/resources/User.md"))
        #expect(dialect.tableRules == .gfm)
        #expect(!dialect.nullableMayBeAbsent)
    }

    @Test func aStructureOfAnotherNameIsATypeOfItsOwnAndSeveralBodiesAreNamedByTheirRemark() {
        // developers/interactions/application-commands.mdx and developers/resources/channel.mdx, abridged.
        let (ir, diagnostics) = schema([
            "developers/interactions/application-commands.mdx": """
            ### Application Command Permissions Object

            ###### Guild Application Command Permissions Structure

            | Field       | Type                | Description |
            |-------------|---------------------|-------------|
            | id          | snowflake           | the id      |
            | permissions | array of [application command permissions](#application-command-permissions-object) | all |

            ###### Application Command Permissions Structure

            | Field      | Type    | Description      |
            |------------|---------|------------------|
            | permission | boolean | allow or deny    |

            ## Modify Channel

            ###### JSON Params (Group DM)

            | Field | Type   | Description |
            |-------|--------|-------------|
            | name  | string | the name    |

            ###### JSON Params (Thread)

            | Field     | Type    | Description |
            |-----------|---------|-------------|
            | archived? | boolean | archived    |

            """
        ])
        #expect(diagnostics.isEmpty)
        #expect(
            ir == """
                object ApplicationCommandPermissions 'Application Command Permissions'
                  permission permission: boolean required
                object GuildApplicationCommandPermissions 'Guild Application Command Permissions'
                  id id: snowflake required
                  permissions permissions: [ApplicationCommandPermissions] required
                object ModifyChannelGroupDmParams 'Modify Channel Group DM Params'
                  name name: string required
                object ModifyChannelThreadParams 'Modify Channel Thread Params'
                  archived archived: boolean optional

                """)
    }

    @Test func aNameSeveralPagesDefineIsQualifiedByThePageOutsideItsHome() {
        let payload =
            "###### Payload Structure\n\n| Field | Type | Description |\n|---|---|---|\n| op | integer | opcode |\n"
        let entitlement =
            "### Entitlement Object\n\n| Field | Type | Description |\n|---|---|---|\n| id | snowflake | id |\n"
        let files = [
            "developers/events/gateway-events.mdx": payload, "developers/events/webhook-events.mdx": payload,
            "developers/topics/rpc.mdx": payload + "\n" + entitlement,
            "developers/resources/entitlement.mdx": entitlement,
        ]
        let diagnostics = DiagnosticCollector()
        let related = dialect.relating(documents(files, diagnostics: diagnostics))
        #expect(dialect.relating(related) == related)
        #expect(
            related.flatMap { $0.declarations.map(\.qualifiedName) } == [
                "Payload", "Webhook Events.Payload", "Entitlement", "Rpc.Payload", "Rpc.Entitlement",
            ])
        let schema = SchemaBuilder(options: dialect.schemaBuilderOptions).build(related, diagnostics: diagnostics)
        #expect(
            schema.swiftTypeNames.sorted() == [
                "Entitlement", "Payload", "RpcEntitlement", "RpcPayload", "WebhookEventsPayload",
            ])
        #expect(diagnostics.diagnostics.isEmpty)
    }

    /// Two pages of one name in different folders are told apart by their folder.
    @Test func pagesOfOneNameAreQualifiedByTheirFolder() {
        let log = "## Change Log\n\n| Value | Description |\n|---|---|\n| 1 | first |\n"
        let files = [
            "developers/a/linked-channels.mdx": log, "developers/b/linked-channels.mdx": log,
            "developers/resources/change.mdx": log,
        ]
        let diagnostics = DiagnosticCollector()
        let related = dialect.relating(documents(files, diagnostics: diagnostics))
        #expect(
            related.flatMap { $0.declarations.map(\.qualifiedName) } == [
                "A Linked Channels.Change Log", "B Linked Channels.Change Log", "Change Log",
            ])
        _ = SchemaBuilder(options: dialect.schemaBuilderOptions).build(related, diagnostics: diagnostics)
        #expect(diagnostics.diagnostics.isEmpty, "\(diagnostics.diagnostics)")
    }
}
