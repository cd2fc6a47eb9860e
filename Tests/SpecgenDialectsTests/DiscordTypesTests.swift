import SpecgenDialects
import SpecgenEmit
import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport
import SpecgenTestSupport
import Testing

/// Discord's own types: snowflakes, flags tables, and fields whose description links to the table of their values,
/// on snippets copied from Tests/Corpus/discord-api-docs.
@Suite struct DiscordTypesTests {
    let dialect = DiscordDialect()

    /// The schema and diagnostics of some pages.
    func build(_ files: [String: String]) -> (schema: Schema, diagnostics: [String]) {
        let diagnostics = DiagnosticCollector()
        let documents = files.sorted { $0.key < $1.key }.map { path, text in
            dialect.read(
                dialect.readMarkdown(Array(text.utf8), path: path, diagnostics: diagnostics), diagnostics: diagnostics
            ).document
        }
        let schema = SchemaBuilder(options: dialect.schemaBuilderOptions).build(documents, diagnostics: diagnostics)
        SwiftSchema.reportTypeNames(in: schema, names: SwiftNameSettings(), to: diagnostics)
        return (schema, diagnostics.sorted.map(\.description))
    }

    // developers/resources/channel.mdx and developers/topics/permissions.mdx, abridged.
    let channel = """
        ### Channel Object

        ###### Channel Structure

        | Field        | Type      | Description                                                                         |
        |--------------|-----------|-------------------------------------------------------------------------------------|
        | id           | snowflake | the id of this channel                                                              |
        | type         | integer   | the [type of channel](/developers/resources/channel#channel-object-channel-types)   |
        | flags?       | integer   | [channel flags](/developers/resources/channel#channel-object-channel-flags) combined as a [bitfield](https://en.wikipedia.org/wiki/Bit_field) |
        | permissions? | string    | computed [permissions](/developers/topics/permissions#permissions-bitwise-permission-flags) for the invoking user |
        | owner_id?    | snowflake | id of the creator, see [channel types](/developers/resources/channel#channel-object-channel-types) |
        | topic?       | ?string   | the channel topic, see the [channel object](/developers/resources/channel#channel-object) |

        <ManualAnchor id="channel-object-channel-types" />
        ###### Channel Types

        | Type       | ID | Description                  |
        |------------|----|------------------------------|
        | GUILD_TEXT | 0  | a text channel within a server |
        | DM         | 1  | a direct message             |

        <ManualAnchor id="channel-object-channel-flags" />
        ###### Channel Flags

        | Flag        | Value     | Description                         |
        |-------------|-----------|-------------------------------------|
        | PINNED      | `1 << 1`  | this thread is pinned               |
        | REQUIRE_TAG | `1 << 4`  | whether a tag is required           |

        """

    let permissions = """
        ## Permissions

        <ManualAnchor id="permissions-bitwise-permission-flags" />
        ###### Bitwise Permission Flags

        | Permission              | Value                            | Description                   | Channel Type (Abbreviated) |
        |-------------------------|----------------------------------|-------------------------------|----------------------------|
        | CREATE_INSTANT_INVITE   | `0x0000000000000001` `(1 << 0)`  | Allows creation of invites    | T, V, S                    |
        | KICK_MEMBERS \\*         | `0x0000000000000002` `(1 << 1)`  | Allows kicking members        |                            |
        | PIN_MESSAGES            | `0x0008000000000000` `(1 << 51)` | Allows pinning messages       | T, V, S                    |

        """

    @Test func snowflakesAreTheirOwnType() {
        let (schema, _) = build(["developers/resources/channel.mdx": channel])
        guard case .object(let object)? = schema.type(swiftNamed: "Channel")?.kind else {
            Issue.record("no Channel object")
            return
        }
        #expect(object.properties.first { $0.jsonName == "id" }?.type == .snowflake)
        #expect(object.properties.first { $0.jsonName == "owner_id" }?.type == .snowflake)
    }

    @Test func flagsTablesBecomeFlagsOfTheBitsDecimalValue() {
        let (schema, diagnostics) = build([
            "developers/resources/channel.mdx": channel, "developers/topics/permissions.mdx": permissions,
        ])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        guard case .enumeration(let flags)? = schema.type(swiftNamed: "ChannelFlags")?.kind,
            case .enumeration(let permissions)? = schema.type(swiftNamed: "BitwisePermissionFlags")?.kind
        else {
            Issue.record("no flags types in \(schema.swiftTypeNames)")
            return
        }
        #expect(flags.flags == .integer)
        #expect(flags.cases.map(\.value) == ["2", "16"])
        #expect(flags.cases.map(\.label) == ["PINNED", "REQUIRE_TAG"])
        // A string field takes its values from the permission flags: the set is sent as a string.
        #expect(permissions.flags == .string)
        #expect(permissions.cases.map(\.value) == ["1", "2", "2251799813685248"])
        #expect(permissions.cases.map(\.label) == ["CREATE_INSTANT_INVITE", "KICK_MEMBERS", "PIN_MESSAGES"])
        // Single values stay an enumeration.
        guard case .enumeration(let types)? = schema.type(swiftNamed: "ChannelTypes")?.kind else {
            Issue.record("no ChannelTypes")
            return
        }
        #expect(types.flags == nil)
    }

    @Test func aDescriptionLinkingToATableOfValuesOfTheFieldsKindTypesTheField() {
        let (schema, _) = build([
            "developers/resources/channel.mdx": channel, "developers/topics/permissions.mdx": permissions,
        ])
        guard case .object(let object)? = schema.type(swiftNamed: "Channel")?.kind else {
            Issue.record("no Channel object")
            return
        }
        func type(_ key: String) -> TypeRef? { object.properties.first { $0.jsonName == key }?.type }
        #expect(schema.swiftNamed(type("type")) == .named("ChannelTypes"))
        #expect(schema.swiftNamed(type("flags")) == .named("ChannelFlags"))
        #expect(schema.swiftNamed(type("permissions")) == .named("BitwisePermissionFlags"))
        // A snowflake is not an enumeration's value, and a link to an object is no table of values.
        #expect(type("owner_id") == .snowflake)
        #expect(type("topic") == .string)
    }

    @Test func anIntegerColumnHoldsTheValues() {
        // developers/resources/guild.mdx: `Level | Integer | Description`.
        let page = """
            ###### Guild Structure

            | Field              | Type    | Description                                                          |
            |--------------------|---------|----------------------------------------------------------------------|
            | verification_level | integer | [verification level](#guild-object-verification-level) required      |

            <ManualAnchor id="guild-object-verification-level" />
            ###### Verification Level

            | Level | Integer | Description  |
            |-------|---------|--------------|
            | NONE  | 0       | unrestricted |
            | LOW   | 1       | verified     |

            """
        let (schema, _) = build(["developers/resources/guild.mdx": page])
        guard case .enumeration(let level)? = schema.type(swiftNamed: "VerificationLevel")?.kind,
            case .object(let guild)? = schema.type(swiftNamed: "Guild")?.kind
        else {
            Issue.record("no Guild or VerificationLevel in \(schema.swiftTypeNames)")
            return
        }
        #expect(level.isInteger)
        #expect(level.cases.map(\.value) == ["0", "1"])
        #expect(level.cases.map(\.label) == ["NONE", "LOW"])
        #expect(schema.swiftNamed(guild.properties.first?.type) == .named("VerificationLevel"))
    }

    @Test func aTableMixingFlagsWithOtherValuesIsNoType() {
        let page = """
            ###### Odd Flags

            | Flag | Value    | Description |
            |------|----------|-------------|
            | A    | `1 << 0` | a           |
            | B    | 3        | b           |

            ###### Big Flags

            | Flag | Value     | Description |
            |------|-----------|-------------|
            | A    | `1 << 64` | a           |

            """
        let (schema, _) = build(["developers/resources/odd.mdx": page])
        #expect(schema.types.isEmpty, "\(schema.swiftTypeNames)")
    }
}

@Suite struct DiscordPartialTests {
    @Test func aPartialObjectIsMadeOnceRightAfterItsObjectWithEveryFieldOptional() {
        let page = """
            ### Guild Object

            ###### Guild Structure

            | Field  | Type      | Description |
            |--------|-----------|-------------|
            | id     | snowflake | the id      |
            | icon   | ?string   | the icon    |

            ### Invite Object

            ###### Invite Structure

            | Field   | Type                                                                   | Description |
            |---------|------------------------------------------------------------------------|-------------|
            | guild?  | partial [guild](/developers/resources/guild#guild-object) object       | the guild   |
            | guilds  | array of partial [guild](/developers/resources/guild#guild-object) objects | guilds  |
            | full    | [guild](/developers/resources/guild#guild-object) object               | the guild   |

            """
        let diagnostics = DiagnosticCollector()
        let dialect = DiscordDialect()
        let document = dialect.read(
            dialect.readMarkdown(Array(page.utf8), path: "developers/resources/guild.mdx", diagnostics: diagnostics),
            diagnostics: diagnostics
        ).document
        let schema = SchemaBuilder(options: dialect.schemaBuilderOptions).build([document], diagnostics: diagnostics)
        #expect(schema.swiftTypeNames == ["Guild", "PartialGuild", "Invite"])
        #expect(
            schema.dump(names: SwiftNameSettings(), locations: false).contains(
                """
                object PartialGuild 'partial Guild' (partial Guild)
                  id id: snowflake optional
                  icon icon: string optional nullable
                object Invite 'Invite'
                  guild guild: PartialGuild optional
                  guilds guilds: [PartialGuild] required
                  full full: Guild required

                """), "\(schema.dump(names: SwiftNameSettings(), locations: false))")
        #expect(diagnostics.diagnostics.isEmpty, "\(diagnostics.diagnostics)")
    }
}
