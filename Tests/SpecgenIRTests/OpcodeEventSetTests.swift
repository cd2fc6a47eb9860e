import SpecgenIR
import SpecgenSupport
import Testing

/// An event set with an opcode tag (a gateway frame `{op, d, s, t}`), built from declarations written in Swift: the
/// tag and each event's code pass to the schema, a nullable payload stays nullable, the enum's properties are kept
/// free of case names, and a top-level payload is read under the payload key with a warning.
@Suite struct OpcodeEventSetTests {
    typealias Fixture = SchemaBuilderTests

    static let tag = OpcodeTag(key: "op", dispatch: 0, sequenceKey: "s")

    static func set(_ events: [SpecEvent], opcode: OpcodeTag? = tag) -> SpecDeclaration {
        SpecDeclaration(
            name: "Gateway Event", location: Fixture.at(1),
            kind: .events(
                SpecEventSet(
                    discriminator: "t", payloadKey: "d",
                    envelope: [
                        Fixture.field("op", .primitive(.integer), line: 2),
                        Fixture.field("d", .nullable(.primitive(.any)), line: 3),
                        Fixture.field("s", .nullable(.primitive(.integer)), line: 4),
                        Fixture.field("t", .nullable(.primitive(.string)), line: 5),
                    ],
                    events: events, opcode: opcode)))
    }

    /// A message its code identifies, with a payload table (Hello, op 10).
    static let hello = SpecEvent(
        name: "HELLO", location: Fixture.at(10),
        payload: .fields(
            [Fixture.field("heartbeat_interval", .primitive(.integer), line: 11)], location: Fixture.at(11)),
        opcode: 10)

    /// A message its code identifies, with a nullable payload (Heartbeat, op 1).
    static let heartbeat = SpecEvent(
        name: "HEARTBEAT", location: Fixture.at(30),
        payload: .type(.nullable(.primitive(.integer)), alsoRequired: [], location: Fixture.at(31)), opcode: 1)

    static func events(_ schema: Schema) -> EventSetType? {
        guard case .eventSet(let set)? = Fixture.type(schema, doc: "Gateway Event")?.kind else { return nil }
        return set
    }

    @Test func theTagAndTheCodesPassToTheSchema() throws {
        let (schema, diagnostics) = Fixture.build([
            Self.set([
                Self.hello,
                SpecEvent(name: "READY", location: Fixture.at(20), payload: .none),
                Self.heartbeat,
                SpecEvent(name: "SEQUENCE", location: Fixture.at(40), payload: .none),
            ])
        ])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let set = try #require(Self.events(schema))
        #expect(set.opcode == Self.tag)
        #expect(set.events.map(\.opcode) == [10, nil, 1, nil])
        #expect(set.events.map(\.isPayloadNullable) == [false, false, true, false])
        #expect(set.events.map(\.name) == ["HELLO", "READY", "HEARTBEAT", "SEQUENCE"])
    }

    @Test func theValidationPlanSelectsByCodeBeforeName() throws {
        let (schema, _) = Fixture.build([
            Self.set([
                Self.hello,
                SpecEvent(
                    name: "READY", location: Fixture.at(20),
                    payload: .type(.primitive(.boolean), alsoRequired: [], location: Fixture.at(21))),
                Self.heartbeat,
                SpecEvent(name: "HEARTBEAT_ACK", location: Fixture.at(40), payload: .none, opcode: 11),
            ])
        ])
        let type = try #require(Fixture.type(schema, doc: "Gateway Event"))
        let plan = try #require(ValidationPlan.objectPlan(for: type, in: schema))
        // The named events first, then those their code identifies (a code without payload has no walk), then the
        // dispatch code's walk, for a dispatched event without rules of its own.
        #expect(plan.tagged.map(\.tag) == ["READY", "HELLO", "HEARTBEAT", "t"])
        #expect(plan.tagValues == ["READY"])
        #expect(plan.codes == [10, 1, 0])
        #expect(plan.codeKey == "op")
        #expect(plan.dispatch == 0)
        let payloads = plan.tagged.map { $0.walk.members.first { $0.jsonName == "d" }?.checks.map(\.rule) }
        let hello = TypeClaim.identity(ofPayload: "Gateway Event", event: "HELLO")
        #expect(payloads == [[.boolean], [.named(hello, requiring: [])], [.integer], [.any]])
        #expect(plan.tagged[2].walk.members.first { $0.jsonName == "d" }?.checks.map(\.isNullable) == [true])
        // `s` and `t`: set in a dispatched event (named or not), null in any other message.
        func framing(_ walk: ObjectWalk) -> [String] {
            walk.members.filter { $0.jsonName == "s" || $0.jsonName == "t" }.map { member in
                member.checks.map { "\($0.rule)\($0.isNullable ? "?" : "")" }.joined(separator: "&")
            }
        }
        #expect(framing(plan.tagged[0].walk) == ["integer", "string"])
        #expect(framing(plan.tagged[3].walk) == ["integer", "string"])
        #expect(framing(plan.tagged[1].walk) == ["null?", "null?"])
        #expect(framing(plan.base) == ["null?", "null?"])
    }

    @Test func withoutAnOpcodeTagTheNameSelectsAloneAndNothingIsFramed() throws {
        let (schema, _) = Fixture.build([
            Self.set(
                [
                    SpecEvent(
                        name: "READY", location: Fixture.at(20),
                        payload: .type(.primitive(.boolean), alsoRequired: [], location: Fixture.at(21)))
                ], opcode: nil)
        ])
        let type = try #require(Fixture.type(schema, doc: "Gateway Event"))
        let plan = try #require(ValidationPlan.objectPlan(for: type, in: schema))
        #expect(plan.tagged.map(\.tag) == ["READY"])
        #expect(plan.dispatch == nil && plan.codeKey == nil)
        #expect(plan.base.members.first { $0.jsonName == "s" }?.checks.map(\.rule) == [.integer])
    }

    @Test func withoutATagCodesAreDropped() throws {
        let (schema, _) = Fixture.build([
            Self.set(
                [SpecEvent(name: "sequence", location: Fixture.at(10), payload: .none, opcode: 10)], opcode: nil)
        ])
        let set = try #require(Self.events(schema))
        #expect(set.opcode == nil)
        #expect(set.events.map(\.opcode) == [nil])
    }

    @Test func aTopLevelPayloadIsReadUnderThePayloadKeyWithAWarning() throws {
        let fields = [Fixture.field("nonce", .primitive(.integer), line: 11)]
        let (schema, diagnostics) = Fixture.build([
            Self.set([
                SpecEvent(name: "PING", location: Fixture.at(10), payload: .frame(fields, location: Fixture.at(11)))
            ])
        ])
        #expect(diagnostics.map(\.code) == ["bad-event"])
        #expect(diagnostics.first?.range?.start.line == 11)
        let set = try #require(Self.events(schema))
        guard case .data(.named(let name), _, _) = set.events.first?.payload else {
            Issue.record("not a payload under d: \(String(describing: set.events.first?.payload))")
            return
        }
        guard case .object(let payload)? = schema.type(named: name)?.kind else {
            Issue.record("no payload type \(name)")
            return
        }
        #expect(payload.properties.map(\.jsonName) == ["nonce"])
    }
}
