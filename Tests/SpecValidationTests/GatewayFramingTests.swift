import Foundation
import SpecgenCore
import SpecgenDialects
import SpecgenSupport
import SpecgenTestSupport
import SpecgenValidation
import Testing

/// A gateway frame's `t` names the event only under the dispatch code, and `s` and `t` are set in dispatched events
/// and `null` in every other message ("`s` and `t` are `null` when `op` is not `0`"): the validator `specgen
/// validate` runs (on `Tests/Fixtures/gateway`) and python-jsonschema on the emitted `Tests/GatewayModels/schema.json`
/// agree, frame by frame.
@Suite struct GatewayFramingTests {
    struct Frame: CustomTestStringConvertible, Sendable {
        var name: String
        var json: String
        /// The instance paths of the issues, in document order.
        var issues: [String]
        var testDescription: String { name }
    }

    static let frames: [Frame] = [
        Frame(
            name: "op 7 with t READY is a Reconnect, not READY",
            json: #"{"op": 7, "d": null, "s": null, "t": "READY"}"#,
            issues: ["/t"]),
        Frame(
            name: "op 9 with t MESSAGE_DELETE is an Invalid Session",
            json: #"{"op": 9, "d": true, "s": null, "t": "MESSAGE_DELETE"}"#, issues: ["/t"]),
        Frame(
            name: "a Reconnect's d has no rules", json: #"{"op": 7, "d": {"v": "x"}, "s": null, "t": null}"#,
            issues: []),
        Frame(
            name: "a dispatched event needs its sequence number",
            json: #"{"op": 0, "d": {"id": "1", "channel_id": "2"}, "s": null, "t": "MESSAGE_DELETE"}"#,
            issues: ["/s"]),
        Frame(name: "a dispatched frame needs a name", json: #"{"op": 0, "d": {}, "s": 3, "t": null}"#, issues: ["/t"]),
        Frame(
            name: "an unknown dispatched event has the framing rules only",
            json: #"{"op": 0, "d": {"v": "10"}, "s": 3, "t": "SOMETHING_NEW"}"#, issues: []),
        Frame(
            name: "an unknown dispatched event without a sequence number",
            json: #"{"op": 0, "d": null, "s": null, "t": "SOMETHING_NEW"}"#, issues: ["/s"]),
        Frame(
            name: "a Hello has no sequence number",
            json: #"{"op": 10, "d": {"heartbeat_interval": 1}, "s": 4, "t": null}"#,
            issues: ["/s"]),
        Frame(
            name: "a code without rules has no sequence number", json: #"{"op": 2, "d": null, "s": 1, "t": null}"#,
            issues: ["/s"]),
        Frame(
            name: "a Heartbeat carries the last sequence number", json: #"{"op": 1, "d": 251, "s": null, "t": null}"#,
            issues: []),
        Frame(name: "or null", json: #"{"op": 1, "d": null, "s": null, "t": null}"#, issues: []),
        Frame(
            name: "a Heartbeat's d is no string", json: #"{"op": 1, "d": "251", "s": null, "t": null}"#, issues: ["/d"]),
    ]

    static let validator: SchemaValidator = {
        let inputs = (try? Fixtures.inputs(under: "Tests/Fixtures/gateway", extensions: ["mdx"])) ?? []
        let schema = Generator(options: GeneratorOptions(dialect: DiscordDialect())).buildSchema(
            inputs, diagnostics: DiagnosticCollector())
        return SchemaValidator(schema: schema, typeName: swiftTypeNames(of: schema))
    }()

    @Test(arguments: frames) func theValidatorFollowsTheOpcode(_ frame: Frame) {
        let issues = Self.validator.validate(Data(frame.json.utf8), as: "GatewayEvent")
        #expect(issues.map(\.instancePath) == frame.issues, "\(issues)")
    }

    @Test func pythonJSONSchemaGivesTheSameVerdicts() throws {
        let result = try DifferentialScript.run(
            ["verdicts", "Tests/GatewayModels/schema.json", "GatewayEvent"] + Self.frames.map(\.json))
        #expect(result.status == 0, Comment(rawValue: DifferentialScript.failure(result)))
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines == Self.frames.map { $0.issues.first.map { "invalid " + $0 } ?? "valid" })
    }
}
