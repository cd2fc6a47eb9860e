import SpecgenIR
import SpecgenSupport
import Testing

/// The names the schema builder gives, on declarations written as Swift values (no Markdown, no dialect).
@Suite struct SchemaBuilderNamingTests {
    static func location(_ line: Int, _ path: String = "a.md") -> SpecgenSupport.SourceLocation {
        SourceLocation(path: path, line: line)
    }

    static func field(_ name: String, _ type: SpecType = .primitive(.string), line: Int = 1) -> SpecField {
        SpecField(name: name, type: type, presence: .required, location: location(line))
    }

    static func object(
        _ name: String, parents: [String] = [], fields: [SpecField] = [], line: Int = 1, path: String = "a.md"
    ) -> SpecDeclaration {
        SpecDeclaration(
            name: name, parents: parents, location: location(line, path), kind: .object(SpecObject(fields: fields)))
    }

    static func build(_ documents: [SpecDocument]) -> (Schema, [Diagnostic]) {
        let diagnostics = DiagnosticCollector()
        let schema = SchemaBuilder().build(documents, diagnostics: diagnostics)
        return (schema, diagnostics.sorted)
    }

    /// The builder records where each name was asked for; the Swift pass reports a taken name there.
    @Test func collidingHeadingsAreNumberedInDocumentOrder() {
        let (schema, diagnostics) = Self.build([
            SpecDocument(path: "b.md", declarations: [Self.object("chat_channel", line: 7, path: "b.md")]),
            SpecDocument(path: "a.md", declarations: [Self.object("Chat Channel", line: 3)]),
        ])
        // Documents are taken in path order, so a.md's heading keeps the name.
        #expect(schema.types.map(\.name) == ["ChatChannel", "ChatChannel2"])
        #expect(schema.types.map(\.docName) == ["Chat Channel", "chat_channel"])
        #expect(schema.types.map(\.claim?.location) == [Self.location(3), Self.location(7, "b.md")])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test func reservedTypeNamesAndMemberNamesAreNotHandedOut() {
        let (schema, _) = Self.build([
            SpecDocument(
                path: "a.md",
                declarations: [
                    Self.object("Type", fields: [Self.field("self"), Self.field("default"), Self.field("init")])
                ])
        ])
        #expect(schema.types.map(\.name) == ["Type2"])
    }

    @Test func subTypesTakeTheirParentsNameUnlessTheirOwnRepeatsIt() {
        let (schema, diagnostics) = Self.build([
            SpecDocument(
                path: "a.md",
                declarations: [
                    Self.object("UserCompact"),
                    Self.object("ProfileBanner", parents: ["UserCompact"], line: 2),
                    Self.object("UserAccountHistory", parents: ["UserCompact"], line: 3),
                    Self.object("UserBadge", parents: ["UserCompact"], line: 4),
                    // Another declaration wants the short name: the sub-type keeps the long one.
                    Self.object("UserBadge", line: 5),
                ])
        ])
        #expect(
            schema.types.map(\.name) == [
                "UserCompact", "UserCompactProfileBanner", "UserAccountHistory", "UserCompactUserBadge", "UserBadge",
            ])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test func nonASCIINamesAreWrittenInASCIIOrReported() {
        let (schema, diagnostics) = Self.build([
            SpecDocument(
                path: "a.md",
                declarations: [
                    Self.object("Café", fields: [Self.field("größe", line: 2), Self.field("名前", line: 3)]),
                    Self.object("名前", line: 4),
                ])
        ])
        #expect(schema.types.map(\.name) == ["Cafe", "_"])
        // A heading or field without Latin letters is the Swift pass's to report (`SwiftSchema.reportTypeNames`,
        // `SwiftSchema.reportUnnamedFields`), at the place the builder records.
        #expect(schema.types.map { $0.claim?.location?.line } == [1, 4])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test func synthesizedTypesAreNamedAfterTheirOwnerAndYieldToDeclaredOnes() {
        let (schema, diagnostics) = Self.build([
            SpecDocument(
                path: "a.md",
                declarations: [
                    Self.object("Room", fields: [Self.field("status", .literals(["open", "closed"]), line: 2)]),
                    SpecDeclaration(
                        name: "RoomStatus", location: Self.location(5),
                        kind: .enumeration(SpecEnum(values: [SpecEnumValue(value: "x", location: Self.location(6))]))),
                ])
        ])
        // Declared types are named first, so the enum made from the literals takes the next name.
        #expect(schema.types.map(\.name) == ["Room", "RoomStatus2", "RoomStatus"])
        guard case .enumeration(let values)? = schema.type(named: "RoomStatus2")?.kind else {
            Issue.record("no literal enum")
            return
        }
        #expect(values.cases.map(\.value) == ["open", "closed"])
        // The field asked for the literal enum's name.
        #expect(schema.types.map { $0.claim?.location?.line } == [1, 2, 5])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }
}

/// Names and Swift types that configuration chooses, given to the builder apart from the docs.
@Suite struct SwiftNameSettingsTests {
    typealias Key = SwiftNameSettings.FieldKey

    @Test func dottedFieldsBelongToTheObjectTheyMake() {
        #expect(Key(owner: "Beatmapset", field: "hype.current") == Key(owner: "Beatmapset.hype", field: "current"))
        #expect(Key(owner: "A", field: "b.c.d") == Key(owner: "A.b.c", field: "d"))
        // A dot at either end is part of the key.
        #expect(Key(owner: "A", field: ".b").jsonKey == ".b")
        #expect(Key(owner: "A", field: "b.").jsonKey == "b.")
        #expect(
            Key.payloadField(event: "chat.message.new", isFrame: false, field: "id").owner == "chat.message.new payload"
        )
        #expect(Key.payloadField(event: "connected", isFrame: true, field: "id").owner == "connected message")
        #expect(Key.payloadField(event: "e", isFrame: false, field: "user.id") == Key(owner: "e.user", field: "id"))
    }

    @Test func theBuilderAppliesTheSettingsByTheDocsNames() {
        let at = { (line: Int) in SchemaBuilderNamingTests.location(line) }
        let field = { (name: String) in SchemaBuilderNamingTests.field(name, .primitive(.number)) }
        let tagged = SpecDeclaration(
            name: "Post", location: at(1),
            kind: .object(
                SpecObject(
                    fields: [SchemaBuilderNamingTests.field("kind"), field("score"), field("hype.current")],
                    variants: SpecVariants(
                        discriminator: "kind",
                        variants: [SpecVariant(tag: "reply", location: at(2), fields: [field("score")])],
                        location: at(2)))))
        let events = SpecDeclaration(
            name: "Events", location: at(3),
            kind: .events(
                SpecEventSet(
                    discriminator: "event", payloadKey: "data", envelope: [],
                    events: [
                        SpecEvent(name: "posted", location: at(4), payload: .fields([field("score")], location: at(4)))
                    ])))
        let settings = SwiftNameSettings(
            typeNames: ["Post": "Entry"],
            fieldNames: [
                Key(owner: "Post", field: "score"): "points", Key(owner: "Post[reply]", field: "score"): "replyPoints",
                Key(owner: "Post", field: "hype.current"): "now",
                Key.payloadField(event: "posted", isFrame: false, field: "score"): "total",
            ],
            fieldTypes: [
                Key(owner: "Post[reply]", field: "score"): SwiftTypeOverride(
                    swiftName: "Swift.Int", narrowsTo: .integer)
            ],
            primitiveTypes: [.number: SwiftTypeOverride(swiftName: "Swift.Float")])
        let diagnostics = DiagnosticCollector()
        let schema = SchemaBuilder(options: .init(swiftNames: settings))
            .build([SpecDocument(path: "a.md", declarations: [tagged, events])], diagnostics: diagnostics)
        func properties(_ type: String) -> [String] {
            guard case .object(let object)? = schema.type(named: type)?.kind else { return [] }
            return object.properties.map {
                "\($0.jsonName): \($0.type.dumped)" + ($0.narrowedFrom.map { " from \($0.dumped)" } ?? "")
                    + ($0.isGroup ? " group" : "")
            }
        }
        // The type names are the configuration's; the property names and Swift types are the Swift pass's
        // (`SwiftPropertyNamesTests`), so the IR keeps only what they are made from.
        #expect(properties("Entry") == ["kind: EntryKind", "score: number", "hype: EntryHype group"])
        #expect(properties("EntryHype") == ["current: number"])
        // The variant's own row is set apart from the object's row of the same name; its type narrows to integer.
        #expect(properties("EntryReply") == ["score: integer from number"])
        #expect(properties("PostedPayload") == ["score: number"])
        // The tag enumeration is the docs' values only: its Swift documentation is the Swift pass's to write.
        #expect(schema.type(named: "EntryKind")?.origin == .variantTags(of: "Entry"))
        #expect(schema.type(named: "EntryKind")?.summary == nil)
    }
}
