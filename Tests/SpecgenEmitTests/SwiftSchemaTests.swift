import SpecgenIR
import SpecgenSupport
import Testing

@testable import SpecgenEmit

/// Schemas written as Swift values, for the Swift pass.
enum Build {
    static let at = SourceLocation(path: "a.md", line: 1)

    static func property(_ key: String, _ type: TypeRef, required: Bool = true) -> Property {
        Property(jsonName: key, type: type, isNullable: false, isRequired: required, location: at)
    }

    /// Settings that name the field `key` of the type with docs name `owner` `name` in Swift.
    static func naming(_ owner: String, _ key: String, _ name: String) -> SwiftNameSettings {
        SwiftNameSettings(fieldNames: [FieldKey(owner: owner, field: key): name])
    }

    static func object(_ name: String, _ properties: [Property], variants: VariantSet? = nil) -> SchemaType {
        SchemaType(
            name: name, docName: name, summary: nil, location: at, documentPath: "a.md",
            kind: .object(ObjectType(properties: properties, variants: variants)))
    }

    static func union(_ name: String, _ members: [TypeRef]) -> SchemaType {
        SchemaType(
            name: name, docName: name, summary: nil, location: at, documentPath: "a.md",
            kind: .union(UnionType(members: members.map { UnionMember(type: $0) })))
    }

    static func enumeration(_ name: String, _ values: [String], labels: [String?] = [], integer: Bool = false)
        -> SchemaType
    {
        SchemaType(
            name: name, docName: name, summary: nil, location: at, documentPath: "a.md",
            kind: .enumeration(
                EnumType(
                    cases: values.enumerated().map { index, value in
                        EnumCase(value: value, location: at, label: index < labels.count ? labels[index] : nil)
                    },
                    isInteger: integer)))
    }

    static func events(
        _ name: String, _ events: [(wire: String, payload: TypeRef?)], opcode: OpcodeTag? = nil
    ) -> SchemaType {
        SchemaType(
            name: name, docName: name, summary: nil, location: at, documentPath: "a.md",
            kind: .eventSet(
                EventSetType(
                    discriminator: "event", payloadKey: "data", envelope: [],
                    events: events.map {
                        Event(
                            name: $0.wire, summary: nil, location: at,
                            payload: $0.payload.map { .data($0, alsoRequired: [], location: at) } ?? .none)
                    }, opcode: opcode)))
    }

    /// A tagged object `name` selected by `kind`, with one variant per tag (`<name><Tag>` types, given separately).
    static func tagged(_ name: String, properties: [Property], tags: [String]) -> [SchemaType] {
        let tagType = name + "Kind"
        let variants = VariantSet(
            discriminator: "kind", tagType: tagType,
            variants: tags.map { Variant(tag: $0, typeName: name + SwiftNaming.typeName($0), location: at) })
        return [
            object(name, [property("kind", .named(tagType))] + properties, variants: variants),
            enumeration(tagType, tags),
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
            Build.union("U", [.named("A"), .string]),
        ])
        let storage = SwiftStorage(schema)
        #expect(storage.isIndirect("U"))
        #expect(!storage.isIndirect("A"))
        #expect(storage.boxedProperties.isEmpty)
    }

    @Test func anEventsEnumWhosePayloadContainsItIsIndirect() {
        let schema = Schema(types: [
            Build.events("Message", [("reply", .named("Reply")), ("ping", nil)]),
            Build.object("Reply", [Build.property("to", .named("Message"))]),
        ])
        let storage = SwiftStorage(schema)
        #expect(storage.indirectEnums == ["Message"])
        #expect(storage.boxedProperties.isEmpty)
    }

    @Test func aVariantThatContainsItsOwnerMakesTheVariantEnumIndirect() {
        let schema = Schema(
            types: Build.tagged("Post", properties: [], tags: ["reply"]) + [
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
            Build.enumeration("Status", ["open"]),
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

    /// The Swift names of a type's properties, in order.
    func propertyNames(_ swift: SwiftSchema, _ name: String) -> [String]? {
        guard let type = swift.schema.type(named: name), let object = object(swift, name) else { return nil }
        return object.properties.map { swift.property($0, in: type).name }
    }

    @Test func aPropertyNamedLikeATypeGetsAValueSuffix() {
        // `2fa` makes both the type `_2fa` and the property `_2fa`; inside the struct, `_2fa` would find the
        // property.
        let swift = SwiftSchema(
            Schema(types: [
                Build.object("Owner", [Build.property("2fa", .named("_2fa")), Build.property("2faValue", .string)]),
                Build.object("_2fa", [Build.property("on", .boolean)]),
            ]))
        let names = propertyNames(swift, "Owner")
        // `_2faValue` is taken by the other property, so the next free name is used.
        #expect(names == ["_2faValue2", "_2faValue"])
        #expect(propertyNames(swift, "_2fa") == ["on"])
    }

    @Test func aPropertyNamedLikeABoxedPropertysStorageIsRenamed() {
        let swift = SwiftSchema(
            Schema(
                types: [
                    Build.object(
                        "Node",
                        [
                            Build.property("parent", .named("Node")),
                            Build.property("_parent", .string),
                        ])
                ]), names: Build.naming("Node", "_parent", "_parent"))
        #expect(swift.storage.isBoxed("parent", in: "Node"))
        #expect(propertyNames(swift, "Node") == ["parent", "_parentValue"])
    }

    @Test func unionAndEventCasesNamedLikeTypesAreRenamed() {
        let swift = SwiftSchema(
            Schema(types: [
                Build.union("Either", [.named("_2Fast"), .string]),
                Build.object("_2Fast", []),
                Build.events("Message", [("_2Fast", .named("_2Fast")), ("ping", nil)]),
            ]))
        #expect(swift.caseNames["Either"] == ["_2FastValue", "string"])
        #expect(swift.caseNames["Message"] == ["_2FastValue", "ping"])
    }

    @Test func aVariantCaseNamedLikeATypeIsRenamedInTheTagEnumToo() {
        // The tag `2fa` makes the case `_2fa`, which is also a type's name.
        let types =
            Build.tagged("Post", properties: [], tags: ["2fa", "quote"]) + [
                Build.object("Post_2fa", []), Build.object("PostQuote", []), Build.object("_2fa", []),
            ]
        let swift = SwiftSchema(Schema(types: types))
        #expect(swift.caseNames["Post"] == ["_2faValue", "quote"])
        #expect(swift.caseNames["PostKind"] == ["_2faValue", "quote"])
        #expect(swift.caseName(ofTag: "2fa", in: swift.schema.types[0]) == "_2faValue")
    }

    /// The members the docs do not name take `variant` and `other` unless the object's own names have them, and
    /// the variant property steps aside for a type of that name like any other member.
    @Test func variantMembersAreNamedPastTheObjectsOwnNames() {
        let plain = SwiftSchema(Schema(types: Build.tagged("Post", properties: [], tags: ["quote"])))
        #expect(plain.variantMembers == ["Post": SwiftVariantMembers(propertyName: "variant", otherCaseName: "other")])
        let taken = SwiftSchema(
            Schema(
                types: Build.tagged(
                    "Post", properties: [Build.property("variant", .string)],
                    tags: ["other", "other2"])))
        #expect(taken.variantMembers["Post"] == SwiftVariantMembers(propertyName: "variant2", otherCaseName: "other3"))
        let shadowed = SwiftSchema(
            Schema(
                types: Build.tagged("Post", properties: [], tags: ["quote"]) + [
                    Build.object("variant", [])
                ]))
        #expect(shadowed.variantMembers["Post"]?.propertyName == "variantValue")
    }

    /// The catch-all case is `unknown` unless a documented case or event (or a name Swift reserves there) has it.
    @Test func unknownCasesAreNamedPastTheDocumentedOnes() {
        let swift = SwiftSchema(
            Schema(types: [
                Build.enumeration("Plain", ["a"]),
                Build.enumeration("Status", ["unknown", "unknown2"]),
                Build.events("Message", [("unknown", nil)]),
                Build.events("Ping", [("ping", nil)]),
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
            Build.union("UserOrString", [.named("User"), .string]),
        ])
        #expect(SwiftSchema(schema).schema == schema)
    }

    @Test func thePassIsIdempotent() {
        let schema = Schema(
            types: [
                Build.object("Node", [Build.property("parent", .named("Node")), Build.property("_parent", .string)]),
                Build.object("Owner", [Build.property("2fa", .named("_2fa"))]), Build.object("_2fa", []),
            ])
        let once = SwiftSchema(schema, names: Build.naming("Node", "_parent", "_parent"))
        let twice = SwiftSchema(once.schema, names: once.names)
        #expect(twice == once)
    }
}

@Suite struct SwiftStorageEmissionTests {
    @Test func theModelsFollowTheStorageDecisions() throws {
        let swift = SwiftSchema(
            Schema(types: [
                Build.object("A", [Build.property("u", .named("U")), Build.property("self_ref", .named("A"))]),
                Build.union("U", [.named("A"), .string]),
            ]))
        let emitter = SwiftModelEmitter(templates: try TemplateSet())
        let file = try emitter.emitFile(for: "a.md", types: swift.schema.types, in: swift, baseName: "A").contents
        #expect(file.contains("indirect enum U"))
        #expect(file.contains("Indirect<A>"))
        #expect(!file.contains("indirect enum A"))
    }
}
