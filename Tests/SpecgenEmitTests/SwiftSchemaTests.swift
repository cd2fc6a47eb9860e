import SpecgenIR
import SpecgenSupport
import Testing

@testable import SpecgenEmit

/// Schemas written as Swift values, for the Swift pass.
enum Build {
    static let at = SourceLocation(path: "a.md", line: 1)

    static func property(_ key: String, _ type: TypeRef, swiftName: String? = nil, required: Bool = true)
        -> Property
    {
        Property(
            jsonName: key, swiftName: swiftName ?? SwiftNaming.memberName(key), type: type, isNullable: false,
            isRequired: required, location: at)
    }

    static func object(_ name: String, _ properties: [Property], variants: VariantSet? = nil) -> SchemaType {
        SchemaType(
            name: name, docName: name, summary: nil, location: at, documentPath: "a.md",
            kind: .object(ObjectType(properties: properties, variants: variants)))
    }

    static func union(_ name: String, _ members: [(String, TypeRef)]) -> SchemaType {
        SchemaType(
            name: name, docName: name, summary: nil, location: at, documentPath: "a.md",
            kind: .union(UnionType(members: members.map { UnionMember(type: $1, caseName: $0) })))
    }

    static func enumeration(_ name: String, _ cases: [(value: String, swiftName: String)]) -> SchemaType {
        SchemaType(
            name: name, docName: name, summary: nil, location: at, documentPath: "a.md",
            kind: .enumeration(
                EnumType(
                    cases: cases.map { EnumCase(value: $0.value, swiftName: $0.swiftName, location: at) },
                    isInteger: false)))
    }

    static func events(_ name: String, _ events: [(wire: String, caseName: String, payload: TypeRef?)]) -> SchemaType {
        SchemaType(
            name: name, docName: name, summary: nil, location: at, documentPath: "a.md",
            kind: .eventSet(
                EventSetType(
                    discriminator: "event", payloadKey: "data", envelope: [],
                    events: events.map {
                        Event(
                            name: $0.wire, caseName: $0.caseName, summary: nil, location: at,
                            payload: $0.payload.map { .data($0, alsoRequired: [], location: at) } ?? .none)
                    })))
    }

    /// A tagged object `name` selected by `kind`, with one variant per tag (`<name><Tag>` types, given separately).
    static func tagged(_ name: String, properties: [Property], tags: [(tag: String, caseName: String)]) -> [SchemaType]
    {
        let tagType = name + "Kind"
        let variants = VariantSet(
            discriminator: "kind", tagType: tagType, variantEnumName: name + "Variant",
            variants: tags.map {
                Variant(tag: $0.tag, caseName: $0.caseName, typeName: name + SwiftNaming.typeName($0.tag), location: at)
            })
        return [
            object(name, [property("kind", .named(tagType))] + properties, variants: variants),
            enumeration(tagType, tags.map { ($0.tag, $0.caseName) }),
        ]
    }
}

@Suite struct SwiftStorageTests {
    @Test func aStructThatContainsItselfIsBoxed() {
        let schema = Schema(types: [
            Build.object("Node", [Build.property("id", .integer), Build.property("parent", .named("Node"))])
        ])
        let storage = SwiftStorage(schema)
        #expect(storage.isBoxed("parent", in: "Node"))
        #expect(!storage.isBoxed("id", in: "Node"))
        #expect(storage.indirectEnums.isEmpty)
    }

    @Test func everyStructPropertyOfACycleIsBoxedButNotThoseLeavingIt() {
        let schema = Schema(types: [
            Build.object("A", [Build.property("b", .named("B")), Build.property("c", .named("C"))]),
            Build.object("B", [Build.property("a", .named("A"))]),
            Build.object("C", [Build.property("id", .string)]),
        ])
        let storage = SwiftStorage(schema)
        #expect(storage.boxedProperties == ["A": ["b"], "B": ["a"]])
    }

    @Test func arraysAreAlreadyOutOfLine() {
        let schema = Schema(types: [Build.object("Node", [Build.property("children", .array(.named("Node")))])])
        let storage = SwiftStorage(schema)
        #expect(storage.boxedProperties.isEmpty)
        #expect(storage.indirectEnums.isEmpty)
    }

    @Test func aUnionInACycleIsIndirectAndBreaksIt() {
        // A → U → A: the union becomes `indirect`, so A's property stays inline.
        let schema = Schema(types: [
            Build.object("A", [Build.property("u", .named("U"))]),
            Build.union("U", [("a", .named("A")), ("string", .string)]),
        ])
        let storage = SwiftStorage(schema)
        #expect(storage.isIndirect("U"))
        #expect(!storage.isIndirect("A"))
        #expect(storage.boxedProperties.isEmpty)
    }

    @Test func anEventsEnumWhosePayloadContainsItIsIndirect() {
        let schema = Schema(types: [
            Build.events("Message", [("reply", "reply", .named("Reply")), ("ping", "ping", nil)]),
            Build.object("Reply", [Build.property("to", .named("Message"))]),
        ])
        let storage = SwiftStorage(schema)
        #expect(storage.indirectEnums == ["Message"])
        #expect(storage.boxedProperties.isEmpty)
    }

    @Test func aVariantThatContainsItsOwnerMakesTheVariantEnumIndirect() {
        let schema = Schema(
            types: Build.tagged("Post", properties: [], tags: [("reply", "reply")]) + [
                Build.object("PostReply", [Build.property("post", .named("Post"))])
            ])
        let storage = SwiftStorage(schema)
        #expect(storage.indirectEnums == ["Post"])
        // The owner is still a struct; nothing else is boxed, since the cycle goes through the variant enum.
        #expect(storage.boxedProperties.isEmpty)
    }

    @Test func enumerationsAndAcyclicReferencesNeedNothing() {
        let schema = Schema(types: [
            Build.object("A", [Build.property("status", .named("Status")), Build.property("b", .named("B"))]),
            Build.object("B", [Build.property("status", .named("Status"))]),
            Build.enumeration("Status", [("open", "open")]),
        ])
        #expect(SwiftStorage(schema) == SwiftStorage(Schema(types: [])))
    }

    @Test func aDeepChainDoesNotExhaustTheStack() {
        // 20 000 objects in one ring: the components are found without recursion.
        let count = 20_000
        let types = (0..<count).map { Build.object("T\($0)", [Build.property("next", .named("T\(($0 + 1) % count)"))]) }
        let storage = SwiftStorage(Schema(types: types))
        #expect(storage.boxedProperties.count == count)
    }
}

@Suite struct SwiftMemberSeparationTests {
    func object(_ swift: SwiftSchema, _ name: String) -> ObjectType? {
        guard case .object(let object)? = swift.schema.type(named: name)?.kind else { return nil }
        return object
    }

    @Test func aPropertyNamedLikeATypeGetsAValueSuffix() {
        // `2fa` makes both the type `_2fa` and the property `_2fa`; inside the struct, `_2fa` would find the
        // property.
        let swift = SwiftSchema(
            Schema(types: [
                Build.object("Owner", [Build.property("2fa", .named("_2fa")), Build.property("2faValue", .string)]),
                Build.object("_2fa", [Build.property("on", .boolean)]),
            ]))
        let names = object(swift, "Owner")?.properties.map(\.swiftName)
        // `_2faValue` is taken by the other property, so the next free name is used.
        #expect(names == ["_2faValue2", "_2faValue"])
        #expect(object(swift, "_2fa")?.properties.map(\.swiftName) == ["on"])
    }

    @Test func aPropertyNamedLikeABoxedPropertysStorageIsRenamed() {
        let swift = SwiftSchema(
            Schema(types: [
                Build.object(
                    "Node",
                    [
                        Build.property("parent", .named("Node")),
                        Build.property("_parent", .string, swiftName: "_parent"),
                    ])
            ]))
        #expect(swift.storage.isBoxed("parent", in: "Node"))
        #expect(object(swift, "Node")?.properties.map(\.swiftName) == ["parent", "_parentValue"])
    }

    @Test func unionAndEventCasesNamedLikeTypesAreRenamed() {
        let swift = SwiftSchema(
            Schema(types: [
                Build.union("Either", [("_2Fast", .named("_2Fast")), ("string", .string)]),
                Build.object("_2Fast", []),
                Build.events("Message", [("_2Fast", "_2Fast", .named("_2Fast")), ("ping", "ping", nil)]),
            ]))
        guard case .union(let union)? = swift.schema.type(named: "Either")?.kind,
            case .eventSet(let set)? = swift.schema.type(named: "Message")?.kind
        else {
            Issue.record("types missing")
            return
        }
        #expect(union.members.map(\.caseName) == ["_2FastValue", "string"])
        #expect(set.events.map(\.caseName) == ["_2FastValue", "ping"])
    }

    @Test func aVariantCaseNamedLikeATypeIsRenamedInTheTagEnumToo() {
        let types =
            Build.tagged("Post", properties: [], tags: [("Reply", "Reply"), ("quote", "quote")]) + [
                Build.object("PostReply", []), Build.object("PostQuote", []), Build.object("Reply", []),
            ]
        let swift = SwiftSchema(Schema(types: types))
        #expect(object(swift, "Post")?.variants?.variants.map(\.caseName) == ["ReplyValue", "quote"])
        guard case .enumeration(let tags)? = swift.schema.type(named: "PostKind")?.kind else {
            Issue.record("tag enum missing")
            return
        }
        #expect(tags.cases.map(\.swiftName) == ["ReplyValue", "quote"])
    }

    /// The members the docs do not name take `variant` and `other` unless the object's own names have them, and
    /// the variant property steps aside for a type of that name like any other member.
    @Test func variantMembersAreNamedPastTheObjectsOwnNames() {
        let plain = SwiftSchema(Schema(types: Build.tagged("Post", properties: [], tags: [("quote", "quote")])))
        #expect(plain.variantMembers == ["Post": SwiftVariantMembers(propertyName: "variant", otherCaseName: "other")])
        let taken = SwiftSchema(
            Schema(
                types: Build.tagged(
                    "Post", properties: [Build.property("variant", .string)],
                    tags: [("other", "other"), ("other2", "other2")])))
        #expect(taken.variantMembers["Post"] == SwiftVariantMembers(propertyName: "variant2", otherCaseName: "other3"))
        let shadowed = SwiftSchema(
            Schema(
                types: Build.tagged("Post", properties: [], tags: [("quote", "quote")]) + [
                    Build.object("variant", [])
                ]))
        #expect(shadowed.variantMembers["Post"]?.propertyName == "variantValue")
    }

    /// The catch-all case is `unknown` unless a documented case or event (or a name Swift reserves there) has it.
    @Test func unknownCasesAreNamedPastTheDocumentedOnes() {
        let swift = SwiftSchema(
            Schema(types: [
                Build.enumeration("Plain", [("a", "a")]),
                Build.enumeration("Status", [("unknown", "unknown"), ("unknown2", "unknown2")]),
                Build.events("Message", [("unknown", "unknown", nil)]),
                Build.events("Ping", [("ping", "ping", nil)]),
            ]))
        #expect(
            swift.unknownCaseNames == [
                "Plain": "unknown", "Status": "unknown3", "Message": "unknown2", "Ping": "unknown",
            ]
        )
    }

    @Test func namesThatClashWithNothingAreKept() {
        let schema = Schema(types: [
            Build.object("User", [Build.property("id", .integer), Build.property("user_name", .string)]),
            Build.union("UserOrString", [("user", .named("User")), ("string", .string)]),
        ])
        #expect(SwiftSchema(schema).schema == schema)
    }

    @Test func thePassIsIdempotent() {
        let schema = Schema(types: [
            Build.object(
                "Node",
                [Build.property("parent", .named("Node")), Build.property("_parent", .string, swiftName: "_parent")]),
            Build.object("Owner", [Build.property("2fa", .named("_2fa"))]), Build.object("_2fa", []),
        ])
        let once = SwiftSchema(schema)
        let twice = SwiftSchema(once.schema)
        #expect(twice == once)
    }
}

@Suite struct SwiftStorageEmissionTests {
    @Test func theModelsFollowTheStorageDecisions() throws {
        let swift = SwiftSchema(
            Schema(types: [
                Build.object("A", [Build.property("u", .named("U")), Build.property("self_ref", .named("A"))]),
                Build.union("U", [("a", .named("A")), ("string", .string)]),
            ]))
        let emitter = SwiftModelEmitter(templates: try TemplateSet())
        let file = try emitter.emitFile(for: "a.md", types: swift.schema.types, in: swift, baseName: "A").contents
        #expect(file.contains("indirect enum U"))
        #expect(file.contains("Indirect<A>"))
        #expect(!file.contains("indirect enum A"))
    }
}
