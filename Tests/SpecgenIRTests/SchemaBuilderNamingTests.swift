import SpecgenIR
import SpecgenSupport
import Testing

/// The identities the schema builder gives types, on declarations written as Swift values (no Markdown, no
/// dialect): the docs' names, never a language's (the Swift pass names the types, `SwiftTypeNames`).
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

    /// Every reference of a schema to a type: properties, union members, variants, tag types, event payloads and
    /// synthesized types' owners.
    static func references(_ schema: Schema) -> [String] {
        var references: [String] = []
        for type in schema.types {
            switch type.kind {
            case .object(let object):
                references += object.properties.flatMap(\.type.namedTypes)
                if let variants = object.variants {
                    references += [variants.tagType] + variants.variants.map(\.typeName)
                }
            case .union(let union): references += union.members.flatMap(\.type.namedTypes)
            case .eventSet(let set):
                for event in set.events {
                    switch event.payload {
                    case .none: break
                    case .data(let type, _, _), .frame(let type, _): references += type.namedTypes
                    }
                }
            case .enumeration: break
            }
            switch type.origin {
            case .declared, .typeUnion, .eventPayload: break
            case .variant(let owner, _), .variantTags(let owner), .variantNested(let owner, _, _),
                .dottedFields(let owner, _), .literalUnion(let owner, _), .partial(let owner):
                references.append(owner)
            }
        }
        return references
    }

    /// A type keeps the docs' name as its identity, however unlike a Swift name it is, and so do the types made from
    /// it and every reference to them; the naming facts say when each was asked for and whose identity it builds on.
    @Test func theIRCarriesNoSwiftNames() {
        let member = SpecDeclaration(
            name: "guild member", location: Self.location(1),
            kind: .object(
                SpecObject(
                    fields: [
                        Self.field("role", .literals(["admin", "guest"]), line: 2),
                        Self.field("user.id", line: 3),
                        Self.field(
                            "guild",
                            .reference(
                                SpecReference(
                                    anchor: "guild", name: "the guild",
                                    range: .init(
                                        start: Self.location(4), end: Self.location(4)))), line: 4),
                        Self.field("either", .union([.primitive(.string), .array(.primitive(.integer))]), line: 5),
                    ])))
        let guild = SpecDeclaration(
            name: "Guild", anchors: ["guild"], location: Self.location(8),
            kind: .object(
                SpecObject(fields: [
                    Self.field(
                        "owner",
                        .reference(
                            SpecReference(
                                anchor: nil, name: "guild member",
                                range: .init(start: Self.location(9), end: Self.location(9)))))
                ])))
        let (schema, diagnostics) = Self.build([SpecDocument(path: "a.md", declarations: [member, guild])])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(
            schema.types.map(\.name) == [
                "guild member", "guild member#values(role)", "guild member#fields(user)", "#union(string | [integer])",
                "Guild",
            ])
        #expect(schema.types.allSatisfy { $0.claim?.identity == $0.name })
        #expect(schema.types.map { $0.claim?.owner } == [nil, "guild member", "guild member", nil, nil])
        #expect(schema.types.map { $0.claim?.order } == [0, 2, 3, 4, 1])
        #expect(schema.types.map { $0.claim?.location?.line } == [1, 2, 3, 5, 8])
        // The union's docs name is the docs' text of its members.
        #expect(schema.types.map(\.docName)[3] == "string | integer[]")
        #expect(
            Set(Self.references(schema)) == [
                "guild member", "guild member#values(role)", "guild member#fields(user)",
                "#union(string | [integer])", "Guild",
            ])
        #expect(!schema.types.contains { $0.name.contains("GuildMember") })
    }

    /// Two headings of one Swift name keep their identities; the builder records where each was asked for, where
    /// the Swift pass reports a taken name.
    @Test func collidingHeadingsKeepTheirIdentities() {
        let (schema, diagnostics) = Self.build([
            SpecDocument(path: "b.md", declarations: [Self.object("chat_channel", line: 7, path: "b.md")]),
            SpecDocument(path: "a.md", declarations: [Self.object("Chat Channel", line: 3)]),
        ])
        // Documents are taken in path order, so a.md's heading is asked for first.
        #expect(schema.types.map(\.name) == ["Chat Channel", "chat_channel"])
        #expect(schema.types.map(\.docName) == ["Chat Channel", "chat_channel"])
        #expect(schema.types.map(\.claim?.order) == [0, 1])
        #expect(schema.types.map(\.claim?.location) == [Self.location(3), Self.location(7, "b.md")])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    /// A name Swift reserves is a name like any other in the IR.
    @Test func namesSwiftReservesAreIdentitiesLikeOthers() {
        let (schema, _) = Self.build([
            SpecDocument(
                path: "a.md",
                declarations: [
                    Self.object("Type", fields: [Self.field("self"), Self.field("default"), Self.field("init")])
                ])
        ])
        #expect(schema.types.map(\.name) == ["Type"])
    }

    /// A sub-type's identity is its qualified heading; its naming facts keep the heading and its parents apart.
    @Test func subTypesAreIdentifiedByTheirQualifiedHeadings() {
        let (schema, diagnostics) = Self.build([
            SpecDocument(
                path: "a.md",
                declarations: [
                    Self.object("UserCompact"),
                    Self.object("ProfileBanner", parents: ["UserCompact"], line: 2),
                    Self.object("UserBadge", parents: ["UserCompact"], line: 4),
                    Self.object("UserBadge", line: 5),
                ])
        ])
        #expect(
            schema.types.map(\.name) == [
                "UserCompact", "UserCompact.ProfileBanner", "UserCompact.UserBadge", "UserBadge",
            ])
        #expect(schema.types[2].declaredName == SchemaType.DeclaredName(heading: "UserBadge", parents: ["UserCompact"]))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test func nonASCIINamesAreKeptAsTheDocsWriteThem() {
        let (schema, diagnostics) = Self.build([
            SpecDocument(
                path: "a.md",
                declarations: [
                    Self.object("Café", fields: [Self.field("größe", line: 2), Self.field("名前", line: 3)]),
                    Self.object("名前", line: 4),
                ])
        ])
        #expect(schema.types.map(\.name) == ["Café", "名前"])
        // A heading or field without Latin letters is the Swift pass's to report (`SwiftSchema.reportTypeNames`,
        // `SwiftSchema.reportUnnamedFields`), at the place the builder records.
        #expect(schema.types.map { $0.claim?.location?.line } == [1, 4])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test func synthesizedTypesAreIdentifiedByTheirOwnerAndAskedForAfterDeclaredOnes() {
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
        #expect(schema.types.map(\.name) == ["Room", "Room#values(status)", "RoomStatus"])
        guard case .enumeration(let values)? = schema.type(named: "Room#values(status)")?.kind else {
            Issue.record("no literal enum")
            return
        }
        #expect(values.cases.map(\.value) == ["open", "closed"])
        // Declared types are asked for first; the field asked for the literal enum.
        #expect(schema.types.map { $0.claim?.order } == [0, 2, 1])
        #expect(schema.types.map { $0.claim?.location?.line } == [1, 2, 5])
        #expect(schema.types[1].origin == .literalUnion(of: "Room", field: "status"))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }
}

/// The keys by which choices made outside the docs find a field, and the integer narrowing the builder is given
/// apart from the docs.
@Suite struct IntegerNarrowingTests {
    typealias Key = FieldKey

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

    /// A post with a variant, dotted rows and an event payload, every field a `number` (`ids` a list of them), and the
    /// types of its properties (`key: type from docs type`) as the builder makes them with `narrowing`.
    static func build(_ narrowing: IntegerNarrowing) -> (properties: (String) -> [String], diagnostics: [Diagnostic]) {
        let at = { (line: Int) in SchemaBuilderNamingTests.location(line) }
        let field = { (name: String) in SchemaBuilderNamingTests.field(name, .primitive(.number)) }
        let tagged = SpecDeclaration(
            name: "Post", location: at(1),
            kind: .object(
                SpecObject(
                    fields: [
                        SchemaBuilderNamingTests.field("kind"), field("score"), field("hype.current"),
                        SchemaBuilderNamingTests.field("ids", .array(.primitive(.number))),
                        SchemaBuilderNamingTests.field("title", .primitive(.string)),
                    ],
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
        let diagnostics = DiagnosticCollector()
        let schema = SchemaBuilder(options: .init(integerNarrowing: narrowing))
            .build([SpecDocument(path: "a.md", declarations: [tagged, events])], diagnostics: diagnostics)
        func properties(_ type: String) -> [String] {
            guard case .object(let object)? = schema.type(named: type)?.kind else { return [] }
            return object.properties.map {
                "\($0.jsonName): \($0.type.dumped)" + ($0.narrowedFrom.map { " from \($0.dumped)" } ?? "")
                    + ($0.isGroup ? " group" : "")
            }
        }
        return (properties, diagnostics.diagnostics)
    }

    @Test func withoutNarrowingTheDocsTypesStay() {
        let built = Self.build(IntegerNarrowing())
        #expect(
            built.properties("Post") == [
                "kind: Post#tags", "score: number", "hype: Post#fields(hype) group", "ids: [number]", "title: string",
            ])
        #expect(built.properties("Post#variant(reply)") == ["score: number"])
        #expect(built.diagnostics.isEmpty, "\(built.diagnostics)")
    }

    @Test func aNarrowedFieldIsAnIntegerAndKeepsTheDocsType() {
        let built = Self.build(
            IntegerNarrowing(fields: [
                Key(owner: "Post[reply]", field: "score"): true, Key(owner: "Post", field: "hype.current"): true,
                Key.payloadField(event: "posted", isFrame: false, field: "score"): true,
                Key(owner: "Post", field: "ids"): true,
                // Only a `number` is narrowed: a string read by an integer type is the user's to decode.
                Key(owner: "Post", field: "title"): true,
            ]))
        // The variant's own row is set apart from the object's row of the same name.
        #expect(
            built.properties("Post") == [
                "kind: Post#tags", "score: number", "hype: Post#fields(hype) group", "ids: [integer] from [number]",
                "title: string",
            ])
        #expect(built.properties("Post#variant(reply)") == ["score: integer from number"])
        #expect(built.properties("Post#fields(hype)") == ["current: integer from number"])
        #expect(built.properties("Events#payload(posted)") == ["score: integer from number"])
        #expect(built.diagnostics.isEmpty, "\(built.diagnostics)")
    }

    @Test func everyNumberIsNarrowedUnlessItsFieldSaysOtherwise() {
        let built = Self.build(
            IntegerNarrowing(fields: [Key(owner: "Post[reply]", field: "score"): false], numbers: true))
        #expect(
            built.properties("Post") == [
                "kind: Post#tags", "score: integer from number", "hype: Post#fields(hype) group",
                "ids: [integer] from [number]", "title: string",
            ])
        #expect(built.properties("Post#variant(reply)") == ["score: number"])
        #expect(built.properties("Events#payload(posted)") == ["score: integer from number"])
    }
}
