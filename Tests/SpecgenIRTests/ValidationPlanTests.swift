import SpecgenIR
import SpecgenSupport
import Testing

/// The validation plans worked out from schema values built in Swift: which checks each key gets, which keys are
/// required, and how a variant's or an event's rules combine with the base rules.
@Suite struct ValidationPlanTests {
    static func at(_ line: Int) -> SpecgenSupport.SourceLocation {
        SpecgenSupport.SourceLocation(path: "doc.md", line: line, column: 1)
    }

    /// A property; the one place that spells out the IR's initializer.
    static func property(
        _ key: String, _ type: TypeRef, nullable: Bool = false, required: Bool = true, constant: String? = nil,
        line: Int = 10
    ) -> Property {
        Property(
            jsonName: key, type: type, isNullable: nullable, isRequired: required, constant: constant,
            location: at(line))
    }

    static func object(_ name: String, _ properties: [Property], variants: VariantSet? = nil, line: Int = 1)
        -> SchemaType
    {
        SchemaType(
            name: name, docName: name, summary: nil, location: at(line), documentPath: "doc.md",
            kind: .object(ObjectType(properties: properties, variants: variants)))
    }

    static func check(_ rule: ValueRule, nullable: Bool = false, line: Int) -> ValueCheck {
        ValueCheck(rule: rule, isNullable: nullable, location: at(line))
    }

    @Test func rulesFollowTypeReferences() {
        #expect(ValidationPlan.rule(for: .string) == .string)
        #expect(ValidationPlan.rule(for: .object) == .anyObject)
        #expect(ValidationPlan.rule(for: .any) == .any)
        #expect(ValidationPlan.rule(for: .array(.array(.timestamp))) == .array(.array(.timestamp)))
        #expect(ValidationPlan.rule(for: .array(.named("Item"))) == .array(.named("Item", requiring: [])))
    }

    @Test func aMembersCheckKeepsNullabilityPresenceAndConstant() {
        let required = ValidationPlan.member(for: Self.property("a", .integer, nullable: true, line: 4))
        #expect(
            required
                == MemberPlan(
                    jsonName: "a", checks: [Self.check(.integer, nullable: true, line: 4)], requiredAt: Self.at(4)))
        let optional = ValidationPlan.member(for: Self.property("b", .string, required: false, line: 5))
        #expect(optional.requiredAt == nil)
        #expect(optional.checks == [Self.check(.string, line: 5)])
        let constant = ValidationPlan.member(for: Self.property("event", .string, constant: "ping", line: 6))
        #expect(constant.checks == [Self.check(.constant("ping"), line: 6)])
    }

    /// A variant's rule for a key the base also has: both must hold, so only the narrower one is kept where one
    /// implies the other, both where neither does; the key is required when either requires it.
    @Test func aVariantsRulesCombineWithTheBaseRules() throws {
        let variants = VariantSet(
            discriminator: "kind", tagType: "ShapeKind", declaredTagType: .string,
            variants: [Variant(tag: "circle", typeName: "ShapeCircle", location: Self.at(20))])
        let shape = Self.object(
            "Shape",
            [
                Self.property("kind", .string, line: 2),
                Self.property("size", .number, required: false, line: 3),
                Self.property("label", .string, nullable: true, line: 4),
                Self.property("odd", .string, line: 5),
                Self.property("meta", .object, required: false, line: 6),
                Self.property("note", .string, line: 7),
            ], variants: variants)
        let circle = Self.object(
            "ShapeCircle",
            [
                Self.property("size", .integer, line: 21),
                Self.property("label", .string, line: 22),
                Self.property("odd", .integer, line: 23),
                Self.property("meta", .named("Shape"), required: false, line: 24),
                Self.property("radius", .number, line: 25),
                Self.property("note", .string, nullable: true, line: 26),
            ], line: 20)
        let schema = Schema(types: [shape, circle])
        let plan = try #require(ValidationPlan.objectPlan(for: shape, in: schema))
        #expect(plan.discriminator == "kind")
        #expect(plan.base.members.map(\.jsonName) == ["kind", "size", "label", "odd", "meta", "note"])
        let walk = try #require(plan.tagged.first { $0.tag == "circle" }).walk
        let members = Dictionary(uniqueKeysWithValues: walk.members.map { ($0.jsonName, $0) })
        #expect(walk.members.map(\.jsonName) == ["kind", "size", "label", "odd", "meta", "note", "radius"])
        // An integer is a number: the variant's narrower rule alone, required because the variant requires it.
        #expect(members["size"]?.checks == [Self.check(.integer, line: 21)])
        #expect(members["size"]?.requiredAt == Self.at(21))
        // A non-null string is a nullable string.
        #expect(members["label"]?.checks == [Self.check(.string, line: 22)])
        // Neither implies the other: both stay (no value passes both).
        #expect(members["odd"]?.checks == [Self.check(.string, line: 5), Self.check(.integer, line: 23)])
        // An object type is an object.
        #expect(members["meta"]?.checks == [Self.check(.named("Shape", requiring: []), line: 24)])
        #expect(members["meta"]?.requiredAt == nil)
        #expect(members["radius"]?.requiredAt == Self.at(25))
        // A nullable string does not imply a non-null one: the base's rule is the narrower.
        #expect(members["note"]?.checks == [Self.check(.string, line: 7)])
    }

    @Test func anEventSetsPlanHasAWalkPerEventWithAPayload() throws {
        let payload = Self.object("Payload", [Self.property("user", .string, required: false, line: 31)], line: 30)
        let events = SchemaType(
            name: "Event", docName: "Events", summary: nil, location: Self.at(1), documentPath: "doc.md",
            kind: .eventSet(
                EventSetType(
                    discriminator: "event", payloadKey: "data",
                    envelope: [
                        Self.property("event", .string, line: 2),
                        Self.property("data", .object, nullable: true, required: false, line: 3),
                    ],
                    events: [
                        Event(name: "quiet", summary: nil, location: Self.at(10), payload: .none),
                        Event(
                            name: "joined", summary: nil, location: Self.at(12),
                            payload: .data(
                                .named("Payload"),
                                alsoRequired: [RequiredAttribute(jsonName: "user", location: Self.at(13))],
                                location: Self.at(14))),
                        Event(
                            name: "ping", summary: nil, location: Self.at(16),
                            payload: .frame(.named("Payload"), location: Self.at(17))),
                    ])))
        let schema = Schema(types: [events, payload])
        let plan = try #require(ValidationPlan.objectPlan(for: events, in: schema))
        #expect(plan.tagged.map(\.tag) == ["joined", "ping"])
        let joined = plan.tagged[0].walk
        let data = try #require(joined.members.first { $0.jsonName == "data" })
        #expect(data.requiredAt == Self.at(14))
        #expect(
            data.checks == [
                Self.check(
                    .named("Payload", requiring: [RequiredAttribute(jsonName: "user", location: Self.at(13))]), line: 14
                )
            ])
        let ping = plan.tagged[1].walk
        #expect(ping.wholeChecks == [Self.check(.named("Payload", requiring: []), line: 17)])
        #expect(ping.members.map(\.jsonName) == ["event", "data"])
        // The payload type's own plan knows the key some event requires, so that it can be checked there.
        #expect(schema.keysRequiredByPayloads(of: "Payload") == ["user"])
        let payloadPlan = try #require(ValidationPlan.objectPlan(for: payload, in: schema))
        #expect(payloadPlan.base.members.map(\.jsonName) == ["user"])
        #expect(payloadPlan.base.members[0].requiredAt == nil)
    }

    @Test func enumerationsAndUnionsHaveNoObjectPlan() {
        let enumeration = SchemaType(
            name: "Status", docName: "Status", summary: nil, location: Self.at(1), documentPath: "doc.md",
            kind: .enumeration(
                EnumType(
                    cases: [EnumCase(value: "unknown", location: Self.at(2))], isInteger: false)))
        let union = SchemaType(
            name: "StringOrInteger", docName: "string | integer", summary: nil, location: Self.at(3),
            documentPath: "doc.md",
            kind: .union(
                UnionType(members: [
                    UnionMember(type: .string), UnionMember(type: .integer),
                ])))
        let schema = Schema(types: [enumeration, union])
        #expect(ValidationPlan.objectPlan(for: enumeration, in: schema) == nil)
        #expect(ValidationPlan.objectPlan(for: union, in: schema) == nil)
        guard case .union(let members) = union.kind else {
            Issue.record("not a union")
            return
        }
        #expect(ValidationPlan.expectation(for: members, typeName: { "Swift" + $0 }) == "a string or an integer")
        // A type is named by the name given for the IR's reference, never by the reference itself.
        let named = UnionType(members: [UnionMember(type: .named("#node")), UnionMember(type: .array(.named("#leaf")))])
        #expect(
            ValidationPlan.expectation(for: named, typeName: { "Swift" + $0.dropFirst() })
                == "Swiftnode or an array of Swiftleaf")
    }
}
