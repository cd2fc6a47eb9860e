import Foundation
import GatewayModels
import SpecgenRuntime
import Testing

/// The compiled gateway golden (`Tests/GatewayModels`, generated with the Discord dialect from
/// `Tests/Fixtures/gateway`) on whole gateway frames `{op, d, s, t}`: decoding with `JSONDecoder` and with the
/// generated `init(json:)`, encoding back, unknown messages kept, and the validators on bad frames.
@Suite struct GatewayFrameTests {
    /// Decodes a frame with both decoders, checks that they agree, and returns the value.
    static func decode(_ json: String) throws -> GatewayEvent {
        let data = Data(json.utf8)
        let value = try JSONDecoder().decode(GatewayEvent.self, from: data)
        #expect(try GatewayEvent(json: data) == value)
        return value
    }

    /// Whether both decoders refuse the frame.
    static func bothThrow(_ json: String) -> Bool {
        let data = Data(json.utf8)
        let foundation = (try? JSONDecoder().decode(GatewayEvent.self, from: data)) == nil
        let fast = (try? GatewayEvent(json: data)) == nil
        #expect(foundation == fast, "the decoders disagree on \(json)")
        return foundation && fast
    }

    /// A JSON document as a Foundation object, for comparisons that ignore key order.
    static func object(_ json: String) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? NSDictionary)
    }

    /// The value encoded and read back as a Foundation object.
    static func encoded(_ event: GatewayEvent) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(event)) as? NSDictionary)
    }

    @Test func helloIsIdentifiedByItsOpcode() throws {
        let json = #"{"op": 10, "d": {"heartbeat_interval": 45000}, "s": null, "t": null}"#
        let event = try Self.decode(json)
        #expect(event == .hello(Hello(heartbeatInterval: 45000)))
        #expect(event.opcode == 10 && event.name == nil && event.sequence == nil)
        #expect(try Self.encoded(event) == Self.object(json))
        // The docs' own example leaves out `s` and `t`.
        #expect(try Self.decode(#"{"op": 10, "d": {"heartbeat_interval": 1}}"#) == .hello(Hello(heartbeatInterval: 1)))
    }

    @Test func readyCarriesItsPayloadAndSequenceNumber() throws {
        let json = """
            {"op": 0, "s": 1, "t": "READY", "d": {"v": 10, "session_id": "abc", \
            "user": {"id": "80351110224678912", "username": "Nelly", "global_name": null}}}
            """
        let event = try Self.decode(json)
        guard case .ready(let ready, let sequence) = event else {
            Issue.record("not .ready: \(event)")
            return
        }
        #expect(sequence == 1 && event.sequence == 1 && event.name == "READY" && event.opcode == 0)
        #expect(ready.v == 10 && ready.sessionID == "abc" && ready.user.username == "Nelly")
        #expect(ready.user.globalName == nil && ready.user.bot == nil)
        #expect(try Self.encoded(event) == Self.object(json))
    }

    @Test func messageCreateHasTheMessageFieldsAndTheExtraFields() throws {
        let json = """
            {"op": 0, "s": 42, "t": "MESSAGE_CREATE", "d": {"id": "1", "channel_id": "2", "content": "hi", \
            "edited_timestamp": null, "author": {"id": "3", "username": "a", "global_name": "A"}, "guild_id": "4"}}
            """
        let event = try Self.decode(json)
        guard case .messageCreate(let message, let sequence) = event else {
            Issue.record("not .messageCreate: \(event)")
            return
        }
        #expect(sequence == 42)
        #expect(message.content == "hi" && message.author.globalName == "A" && message.guildID == 4)
        #expect(try Self.encoded(event) == Self.object(json))
        // MESSAGE_UPDATE carries "the same extra fields as MESSAGE_CREATE".
        let update = try Self.decode(json.replacingOccurrences(of: "MESSAGE_CREATE", with: "MESSAGE_UPDATE"))
        #expect(update == .messageUpdate(message, sequence: 42))
    }

    @Test func messagesWithoutPayloadAndWithScalarPayloads() throws {
        let ack = try Self.decode(#"{"op": 11, "d": null, "s": null, "t": null}"#)
        #expect(ack == .heartbeatAck && ack.opcode == 11)
        #expect(try Self.encoded(ack) == Self.object(#"{"op": 11, "d": null, "s": null, "t": null}"#))
        #expect(try Self.decode(#"{"op": 7, "d": null}"#) == .reconnect)
        // Heartbeat's payload, documented among the send events, is the last sequence number or null.
        let heartbeat = try Self.decode(#"{"op": 1, "d": 251, "s": null, "t": null}"#)
        #expect(heartbeat == .heartbeat(251) && heartbeat.opcode == 1)
        #expect(try Self.encoded(heartbeat) == Self.object(#"{"op": 1, "d": 251, "s": null, "t": null}"#))
        #expect(try Self.decode(#"{"op": 1, "d": null}"#) == .heartbeat(nil))
        #expect(try Self.encoded(.heartbeat(nil)) == Self.object(#"{"op": 1, "d": null, "s": null, "t": null}"#))
        #expect(Self.bothThrow(#"{"op": 1, "d": "251"}"#))
        let invalid = try Self.decode(#"{"op": 9, "d": false, "s": null, "t": null}"#)
        #expect(invalid == .invalidSession(false) && invalid.opcode == 9)
        let resumed = try Self.decode(#"{"op": 0, "d": null, "s": 7, "t": "RESUMED"}"#)
        #expect(resumed == .resumed(sequence: 7) && resumed.sequence == 7)
    }

    @Test func guildCreateIsAnAvailableOrAnUnavailableGuild() throws {
        let available = try Self.decode(
            #"{"op": 0, "s": 2, "t": "GUILD_CREATE", "d": {"id": "1", "name": "G", "member_count": 3}}"#)
        guard case .guildCreate(.guildCreateEvent(let guild), 2) = available else {
            Issue.record("not an available guild: \(available)")
            return
        }
        #expect(guild.name == "G" && guild.memberCount == 3)
        let unavailable = try Self.decode(
            #"{"op": 0, "s": 3, "t": "GUILD_CREATE", "d": {"id": "1", "unavailable": true}}"#)
        guard case .guildCreate(.object(let object), 3) = unavailable else {
            Issue.record("not an unavailable guild: \(unavailable)")
            return
        }
        #expect(object["unavailable"] == .bool(true))
    }

    @Test func unknownMessagesAreKeptAsReceived() throws {
        let dispatch = #"{"op": 0, "s": 9, "t": "SOMETHING_NEW", "d": {"a": [1, "b"]}}"#
        let event = try Self.decode(dispatch)
        #expect(
            event
                == .unknown(
                    opcode: 0, name: "SOMETHING_NEW", sequence: 9,
                    payload: ["a": [1, "b"]]))
        #expect(event.name == "SOMETHING_NEW" && event.sequence == 9 && event.opcode == 0)
        #expect(try Self.encoded(event) == Self.object(dispatch))
        let code = try Self.decode(#"{"op": 99, "d": null, "s": null, "t": null}"#)
        #expect(code == .unknown(opcode: 99, name: nil, sequence: nil, payload: nil))
        #expect(try Self.encoded(code) == Self.object(#"{"op": 99, "d": null, "s": null, "t": null}"#))
    }

    @Test func framesThatBreakTheDocsDoNotDecode() {
        // No opcode; a dispatched READY without its sequence number or payload; a Hello whose payload is not one.
        #expect(Self.bothThrow(#"{"d": null, "s": null, "t": null}"#))
        #expect(Self.bothThrow(#"{"op": 0, "s": null, "t": "READY", "d": {"v": 1}}"#))
        #expect(Self.bothThrow(#"{"op": 0, "s": 1, "t": "READY", "d": null}"#))
        #expect(Self.bothThrow(#"{"op": 10, "d": 5}"#))
        #expect(Self.bothThrow(#"{"op": "10", "d": {"heartbeat_interval": 1}}"#))
    }

    @Test func validatorsReportABadFrameAtItsPointer() {
        let bad = #"{"op": 0, "s": 5, "t": "READY", "d": {"v": "10", "session_id": "x", "user": {"id": "1"}}}"#
        let issues = GatewayEvent.validate(json: Data(bad.utf8))
        #expect(issues.map(\.instancePath) == ["/d/v", "/d/user/username", "/d/user/global_name"])
        #expect(issues.map(\.kind) == [.wrongType, .missingKey, .missingKey])
        let good = #"{"op": 0, "s": 5, "t": "MESSAGE_DELETE", "d": {"id": "1", "channel_id": "2"}}"#
        #expect(GatewayEvent.validate(json: Data(good.utf8)).isEmpty)
        // An event the docs do not describe gets the envelope's rules only, as an undocumented tag does elsewhere.
        let unknown = #"{"op": 0, "s": 5, "t": "SOMETHING_NEW", "d": {"v": "10"}}"#
        #expect(GatewayEvent.validate(json: Data(unknown.utf8)).isEmpty)
        let noSequence = #"{"op": 0, "t": "MESSAGE_DELETE", "d": {"id": "1", "channel_id": 2}}"#
        #expect(
            GatewayEvent.validate(json: Data(noSequence.utf8)).map(\.instancePath) == ["/d/channel_id", "/s"])
    }

    @Test func validatorsCheckThePayloadOfAMessageItsOpcodeIdentifies() {
        let frames = "Tests/Fixtures/gateway/developers/events/gateway-events.mdx"
        let good = #"{"op": 10, "d": {"heartbeat_interval": 41250}, "s": null, "t": null}"#
        #expect(GatewayEvent.validate(json: Data(good.utf8)).isEmpty)
        #expect(GatewayEvent.isValid(json: Data(good.utf8)))
        // Hello's `d` is a Hello object, whatever `t` says: the code is read before the name (and `t` must be null).
        let missing = #"{"op": 10, "d": {}, "s": null, "t": "READY"}"#
        let missingIssues = GatewayEvent.validate(json: Data(missing.utf8))
        #expect(missingIssues.map(\.instancePath) == ["/d/heartbeat_interval", "/t"])
        #expect(missingIssues.map(\.kind) == [.missingKey, .wrongType])
        #expect(missingIssues.map(\.specLocation) == ["\(frames):39", "\(frames):18"])
        #expect(!GatewayEvent.isValid(json: Data(missing.utf8)))
        let wrongType = #"{"t": null, "s": null, "d": {"heartbeat_interval": "41250"}, "op": 10}"#
        let wrongIssues = GatewayEvent.validate(json: Data(wrongType.utf8))
        #expect(wrongIssues.map(\.instancePath) == ["/d/heartbeat_interval"])
        #expect(wrongIssues.map(\.kind) == [.wrongType])
        let notAnObject = #"{"op": 10, "d": 5, "s": null, "t": null}"#
        #expect(GatewayEvent.validate(json: Data(notAnObject.utf8)).map(\.instancePath) == ["/d"])
        // Invalid Session's `d` is a boolean, under the event's own location.
        let invalidSession = #"{"op": 9, "d": "yes", "s": null, "t": null}"#
        let sessionIssues = GatewayEvent.validate(json: Data(invalidSession.utf8))
        #expect(sessionIssues.map(\.instancePath) == ["/d"])
        #expect(sessionIssues.map(\.specLocation) == ["\(frames):62"])
        #expect(GatewayEvent.validate(json: Data(#"{"op": 9, "d": false, "s": null, "t": null}"#.utf8)).isEmpty)
        // A code the docs give no payload rule (Heartbeat ACK), or an unknown one, gets the envelope's rules only.
        #expect(GatewayEvent.validate(json: Data(#"{"op": 11, "d": {"x": 1}, "s": null, "t": null}"#.utf8)).isEmpty)
        #expect(GatewayEvent.validate(json: Data(#"{"op": 10.5, "d": {}, "s": null, "t": null}"#.utf8)).count == 1)
    }

    @Test func theNameSelectsRulesOnlyUnderTheDispatchCode() {
        let frames = "Tests/Fixtures/gateway/developers/events/gateway-events.mdx"
        // `op` 7 is Reconnect: READY's rules do not apply to `d`, and `t` must be null.
        let reconnect = #"{"op": 7, "d": {"v": "x"}, "s": null, "t": "READY"}"#
        let issues = GatewayEvent.validate(json: Data(reconnect.utf8))
        #expect(issues.map(\.instancePath) == ["/t"])
        #expect(issues.map(\.specLocation) == ["\(frames):18"])
        #expect(!GatewayEvent.isValid(json: Data(reconnect.utf8)))
        #expect(
            GatewayEvent.validate(json: Data(#"{"op": 7, "d": {"v": "x"}, "s": null, "t": null}"#.utf8)).isEmpty)
        // A dispatched frame has a sequence number and a name, documented or not; other codes have neither.
        let unnamed = #"{"op": 0, "d": {}, "s": 3, "t": null}"#
        #expect(GatewayEvent.validate(json: Data(unnamed.utf8)).map(\.instancePath) == ["/t"])
        let unsequenced = #"{"op": 0, "d": {}, "s": null, "t": "SOMETHING_NEW"}"#
        #expect(GatewayEvent.validate(json: Data(unsequenced.utf8)).map(\.instancePath) == ["/s"])
        let sequencedHello = #"{"op": 10, "d": {"heartbeat_interval": 1}, "s": 4, "t": null}"#
        #expect(GatewayEvent.validate(json: Data(sequencedHello.utf8)).map(\.instancePath) == ["/s"])
        let unknownCode = #"{"op": 2, "d": null, "s": 1, "t": "X"}"#
        #expect(GatewayEvent.validate(json: Data(unknownCode.utf8)).map(\.instancePath) == ["/s", "/t"])
        // Heartbeat's `d` is an integer or null.
        #expect(GatewayEvent.validate(json: Data(#"{"op": 1, "d": 5, "s": null, "t": null}"#.utf8)).isEmpty)
        #expect(
            GatewayEvent.validate(json: Data(#"{"op": 1, "d": "5", "s": null, "t": null}"#.utf8)).map(\.instancePath)
                == ["/d"])
    }
}
