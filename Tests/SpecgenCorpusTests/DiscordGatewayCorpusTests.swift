import Foundation
import SpecgenCore
import SpecgenDialects
import SpecgenIR
import SpecgenLint
import SpecgenSupport
import SpecgenTestSupport
import Testing

/// Discord's gateway, end to end on the reference pages of `Tests/Corpus/discord-api-docs`: the event set that
/// decodes a whole frame, the docs' own frame examples checked against it (`lint`, findings pinned), and the
/// generated Swift of every reference page compiled without warnings.
@Suite struct DiscordGatewayCorpusTests {
    /// What `lint` finds in the frames the gateway events page shows: its three frame examples (Hello, Reconnect,
    /// Invalid Session) leave out `s` and `t`, which the page's Payload Structure table lists without `?`.
    static let pinnedExampleFindings = [
        "developers/events/gateway-events.mdx:450:1: warning: JSON example has no 's', which 'Gateway Event' lists as "
            + "always present (developers/events/gateway-events.mdx:35) [example-missing-field]",
        "developers/events/gateway-events.mdx:450:1: warning: JSON example has no 't', which 'Gateway Event' lists as "
            + "always present (developers/events/gateway-events.mdx:36) [example-missing-field]",
        "developers/events/gateway-events.mdx:489:1: warning: JSON example has no 's', which 'Gateway Event' lists as "
            + "always present (developers/events/gateway-events.mdx:35) [example-missing-field]",
        "developers/events/gateway-events.mdx:489:1: warning: JSON example has no 't', which 'Gateway Event' lists as "
            + "always present (developers/events/gateway-events.mdx:36) [example-missing-field]",
        "developers/events/gateway-events.mdx:509:1: warning: JSON example has no 's', which 'Gateway Event' lists as "
            + "always present (developers/events/gateway-events.mdx:35) [example-missing-field]",
        "developers/events/gateway-events.mdx:509:1: warning: JSON example has no 't', which 'Gateway Event' lists as "
            + "always present (developers/events/gateway-events.mdx:36) [example-missing-field]",
    ]

    static func schema() throws -> Schema {
        Generator(options: GeneratorOptions(dialect: DiscordDialect()))
            .buildSchema(try DiscordCorpusTests.inputs(), diagnostics: DiagnosticCollector())
    }

    @Test func everyReceiveEventIsACaseWithItsPayload() throws {
        let schema = try Self.schema()
        guard case .eventSet(let set)? = schema.type(swiftNamed: "GatewayEvent")?.kind else {
            Issue.record("no GatewayEvent")
            return
        }
        #expect(set.opcode == OpcodeTag(key: "op", dispatch: 0, sequenceKey: "s"))
        // The page's Receive Events index lists 82 events; Heartbeat and Heartbeat ACK come from the opcodes table.
        #expect(set.events.count == 84)
        let byName = Dictionary(uniqueKeysWithValues: set.events.map { ($0.name, $0) })
        func payload(_ name: String) -> String? {
            guard let event = byName[name] else { return nil }
            switch event.payload {
            case .none: return "none"
            case .data(let type, _, _): return schema.swiftNamed(type)!.dumped + (event.isPayloadNullable ? "?" : "")
            case .frame(let type, _): return "frame " + schema.swiftNamed(type)!.dumped
            }
        }
        #expect(byName["HELLO"]?.opcode == 10 && byName["RECONNECT"]?.opcode == 7)
        #expect(byName["INVALID_SESSION"]?.opcode == 9 && byName["HEARTBEAT_ACK"]?.opcode == 11)
        #expect(byName["HEARTBEAT"]?.opcode == 1 && byName["READY"]?.opcode == nil)
        #expect(payload("HELLO") == "Hello" && payload("READY") == "ReadyEvent")
        #expect(payload("INVALID_SESSION") == "boolean" && payload("RESUMED") == "none")
        #expect(payload("MESSAGE_CREATE") == "MessageCreateEvent" && payload("MESSAGE_UPDATE") == "MessageCreateEvent")
        #expect(payload("CHANNEL_CREATE") == "Channel" && payload("STAGE_INSTANCE_CREATE") == "StageInstance")
        #expect(payload("GUILD_CREATE") == "GuildCreateEventOrObject")
        #expect(payload("THREAD_MEMBER_UPDATE") == "ThreadMemberUpdateEvent")
        #expect(payload("INTEGRATION_CREATE") == "IntegrationCreateEvent")
        #expect(set.events.map(\.name).contains("MESSAGE_REACTION_REMOVE_EMOJI"))
        // Objects with extra fields have the object's fields first, then the extras; an extra field of the
        // object's own name (`mentions`) takes its place.
        guard case .object(let message)? = schema.type(swiftNamed: "MessageCreateEvent")?.kind else {
            Issue.record("no MessageCreateEvent")
            return
        }
        #expect(message.properties.first?.jsonName == "id")
        #expect(message.properties.suffix(3).map(\.jsonName) == ["guild_id", "member", "channel_type"])
        #expect(message.properties.filter { $0.jsonName == "mentions" }.map(\.location.line) == [1133])
    }

    @Test func theGatewayPagesFrameExamplesArePinned() throws {
        let findings = Linter(dialect: DiscordDialect()).lint(try DiscordCorpusTests.inputs())
            .filter { ($0.code ?? "").hasPrefix("example-") && $0.description.hasPrefix("developers/events/gateway") }
            // The page's other examples (objects such as Activity) are pinned with every page's.
            .filter { $0.message.contains("'Gateway Event'") }
            .map(LintReport.textLine)
        #expect(findings == Self.pinnedExampleFindings)
    }

    @Test func aFrameExampleIsCheckedAgainstTheTypeItsOpcodeSelects() throws {
        let root = Golden.repositoryRoot.appendingPathComponent("Tests/Fixtures/gateway")
        var inputs = try Fixtures.inputs(under: "Tests/Fixtures/gateway", extensions: ["mdx"])
        let page = "Tests/Fixtures/gateway/developers/events/gateway-events.mdx"
        let text = try String(
            contentsOf: root.appendingPathComponent("developers/events/gateway-events.mdx"), encoding: .utf8)
        let example = """

            ###### Example Hello

            ```json
            {"op": 10, "d": {"heartbeat_interval": "soon"}, "s": null, "t": null}
            ```

            """
        let marked = text.replacingOccurrences(of: "#### Ready\n", with: example + "#### Ready\n")
        #expect(marked != text)
        inputs = inputs.map { $0.path == page ? InputFile(path: page, contents: Array(marked.utf8)) : $0 }
        let findings = Linter(dialect: DiscordDialect()).lint(inputs).map(LintReport.textLine)
        let line = marked.components(separatedBy: "\n").firstIndex { $0.hasPrefix(#"{"op": 10"#) }! + 1
        #expect(
            findings == [
                "\(page):\(line):40: warning: 'd.heartbeat_interval' is a string, but its row says integer "
                    + "[example-wrong-type]"
            ])
    }

    @Test func generatedSwiftOfTheReferencePagesCompilesWithoutWarnings() throws {
        let result = Generator(options: GeneratorOptions(dialect: DiscordDialect()))
            .generate(try DiscordCorpusTests.inputs())
        try #require(!result.hasErrors)
        let swift = result.files.filter { $0.name.hasSuffix(".swift") }
        #expect(swift.contains { $0.contents.contains("public enum GatewayEvent:") })
        let compiled = try SwiftCompiler.compile(swift, moduleName: "DiscordCorpus")
        #expect(compiled.succeeded, "\(compiled.output)")
        #expect(!compiled.output.contains("warning:"), "\(compiled.output)")
    }
}
