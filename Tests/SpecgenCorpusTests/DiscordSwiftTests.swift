import Foundation
import SpecgenCore
import SpecgenDialects
import SpecgenEmit
import SpecgenSupport
import SpecgenTestSupport
import Testing

/// The Swift that Discord's types generate: snowflakes, sets of flags, enumerations a description links to and
/// partial objects, in a small page and in the whole reference; it compiles in Swift 6 mode without warnings (and the
/// small page's lints clean).
@Suite struct DiscordSwiftTests {
    // developers/resources/channel.mdx and developers/topics/permissions.mdx, abridged.
    static let page = """
        ### Channel Object

        ###### Channel Structure

        | Field        | Type      | Description                                                                       |
        |--------------|-----------|-----------------------------------------------------------------------------------|
        | id           | snowflake | the id of this channel                                                            |
        | type         | integer   | the [type of channel](/developers/resources/channel#channel-object-channel-types) |
        | flags?       | integer   | [channel flags](/developers/resources/channel#channel-object-channel-flags) combined as a bitfield |
        | permissions? | ?string   | computed [permissions](/developers/resources/channel#bitwise-permission-flags)    |
        | parent?      | partial [channel](/developers/resources/channel#channel-object) object | the parent |
        | recipient_ids? | array of snowflakes | the recipients                                                |

        <ManualAnchor id="channel-object-channel-types" />
        ###### Channel Types

        | Type       | ID | Description                    |
        |------------|----|--------------------------------|
        | GUILD_TEXT | 0  | a text channel within a server |
        | DM         | 1  | a direct message               |

        <ManualAnchor id="channel-object-channel-flags" />
        ###### Channel Flags

        | Flag        | Value    | Description               |
        |-------------|----------|---------------------------|
        | PINNED      | `1 << 1` | this thread is pinned     |
        | REQUIRE_TAG | `1 << 4` | whether a tag is required |

        ###### Bitwise Permission Flags

        | Permission    | Value                            | Description             |
        |---------------|----------------------------------|-------------------------|
        | KICK_MEMBERS  | `0x0000000000000002` `(1 << 1)`  | Allows kicking members  |
        | PIN_MESSAGES  | `0x0008000000000000` `(1 << 51)` | Allows pinning messages |

        """

    static func generate(_ inputs: [InputFile], namespace: String? = nil) -> GenerationResult {
        Generator(options: GeneratorOptions(dialect: DiscordDialect(), emit: EmitOptions(namespace: namespace)))
            .generate(inputs)
    }

    @Test func theTypesGenerateAsTheirSwiftShapes() throws {
        let result = Self.generate([
            InputFile(path: "developers/resources/channel.mdx", contents: Array(Self.page.utf8))
        ])
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let models = try #require(result.files.first { $0.name == "Channel.swift" }).contents
        #expect(models.contains("public var id: SpecgenRuntime.Snowflake\n"))
        #expect(models.contains("public var type: ChannelTypes\n"))
        #expect(models.contains("public var flags: ChannelFlags?\n"))
        #expect(models.contains("public var permissions: BitwisePermissionFlags?\n"))
        #expect(models.contains("public var parent: PartialChannel?\n"))
        #expect(models.contains("public var recipientIDs: [SpecgenRuntime.Snowflake]?\n"))
        #expect(models.contains("public struct ChannelFlags: SpecgenRuntime.JSONIntegerFlags {"))
        #expect(models.contains("    public static let requireTag = ChannelFlags(rawValue: 1 << 4)\n"))
        #expect(models.contains("public struct BitwisePermissionFlags: SpecgenRuntime.JSONStringFlags {"))
        #expect(models.contains("    public static let pinMessages = BitwisePermissionFlags(rawValue: 1 << 51)\n"))
        // The partial object: the same fields, all optional.
        #expect(models.contains("public struct PartialChannel:"))
        let partial = try #require(result.type(swiftNamed: "PartialChannel"))
        guard case .object(let object) = partial.kind else {
            Issue.record("PartialChannel is no object")
            return
        }
        #expect(object.properties.map(\.jsonName) == ["id", "type", "flags", "permissions", "parent", "recipient_ids"])
        #expect(object.properties.allSatisfy { !$0.isRequired })
        #expect(object.properties.first { $0.jsonName == "permissions" }?.isNullable == true)
        // The schema: a snowflake is a string of digits, integer flags any unsigned integer, string flags a string
        // of digits.
        let schema = try #require(result.files.first { $0.name == "schema.json" }).contents
        let json = try #require(try JSONSerialization.jsonObject(with: Data(schema.utf8)) as? [String: Any])
        let definitions = try #require(json["$defs"] as? [String: [String: Any]])
        let channel = try #require(definitions["Channel"]?["properties"] as? [String: [String: Any]])
        #expect(channel["id"]?["type"] as? String == "string")
        #expect(channel["id"]?["pattern"] as? String == "^[0-9]+$")
        #expect(definitions["ChannelFlags"]?["type"] as? String == "integer")
        #expect(definitions["ChannelFlags"]?["minimum"] as? Int == 0)
        #expect(definitions["ChannelFlags"]?["enum"] == nil)
        #expect(definitions["BitwisePermissionFlags"]?["type"] as? String == "string")
        #expect(definitions["BitwisePermissionFlags"]?["pattern"] as? String == "^[0-9]+$")
        let partialRequired = definitions["PartialChannel"]?["required"] as? [String]
        #expect(partialRequired == nil || partialRequired == [])
        // The validators check the snowflake's string and the flags' encoding.
        let validators = try #require(result.files.first { $0.name == "Channel+Validation.swift" }).contents
        #expect(validators.contains("try reader.checkSnowflake(nullable: false, location: "))
        #expect(validators.contains("try reader.checkFlags(asString: false, nullable: nullable, location: location)"))
        #expect(validators.contains("try reader.checkFlags(asString: true, nullable: nullable, location: location)"))
        let compiled = try SwiftCompiler.compile(
            result.files.filter { $0.name.hasSuffix(".swift") }, moduleName: "DiscordTypes")
        #expect(compiled.succeeded, "\(compiled.output)")
        #expect(!compiled.output.contains("warning:"), "\(compiled.output)")
        let lint = try SwiftFormatLint.lint(result.files.filter { $0.name.hasSuffix(".swift") })
        #expect(lint.succeeded, "swift format lint finds:\n\(lint.output)")
        // In a namespace too.
        let namespaced = Self.generate(
            [InputFile(path: "developers/resources/channel.mdx", contents: Array(Self.page.utf8))],
            namespace: "Discord")
        let compiledInNamespace = try SwiftCompiler.compile(
            namespaced.files.filter { $0.name.hasSuffix(".swift") }, moduleName: "DiscordTypesInNamespace")
        #expect(compiledInNamespace.succeeded, "\(compiledInNamespace.output)")
    }

    @Test func theWholeReferenceCompilesWithoutWarnings() throws {
        let result = Self.generate(try DiscordCorpusTests.inputs())
        try #require(!result.hasErrors, "\(result.diagnostics.filter { $0.severity == .error })")
        let compiled = try SwiftCompiler.compile(
            result.files.filter { $0.name.hasSuffix(".swift") }, moduleName: "DiscordReference")
        #expect(compiled.succeeded, "\(String(compiled.output.prefix(4000)))")
        #expect(!compiled.output.contains("warning:"), "\(String(compiled.output.prefix(4000)))")
    }
}
