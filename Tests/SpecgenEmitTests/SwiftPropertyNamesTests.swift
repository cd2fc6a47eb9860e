import SpecgenIR
import SpecgenSupport
import Testing

@testable import SpecgenEmit

/// The Swift names and types of properties, which the Swift pass gives from the JSON keys, the IR's naming facts
/// and the configuration's choices.
@Suite struct SwiftPropertyNamesTests {
    typealias Key = FieldKey

    static func at(_ line: Int) -> SpecgenSupport.SourceLocation { SourceLocation(path: "a.md", line: line) }

    static func property(
        _ key: String, _ type: TypeRef = .string, line: Int = 1, from: String? = nil, via: String? = nil,
        narrowedFrom: TypeRef? = nil, group: Bool = false
    ) -> Property {
        Property(
            jsonName: key, type: type, isNullable: false, isRequired: true, location: at(line), inheritedFrom: from,
            inheritedVia: via, narrowedFrom: narrowedFrom, isGroup: group)
    }

    /// `name: type` of each property of `type`, as the pass declares them (`-` for the type `Property/type` spells).
    /// The Swift name and type of each property of the type the pass names `type`.
    static func declared(_ swift: SwiftSchema, _ type: String) -> [String] {
        guard let type = swift.schema.types.first(where: { swift.typeName(of: $0) == type }),
            case .object(let object) = type.kind
        else { return [] }
        return object.properties.map {
            let property = swift.property($0, in: type)
            return "\(property.name): \(property.type ?? "-")"
        }
    }

    @Test func keywordsStayAndNamesThatCannotBeMembersAreNumbered() {
        let swift = SwiftSchema(
            Schema(types: [
                Build.object("Type2", [Self.property("self"), Self.property("default"), Self.property("init")])
            ]))
        #expect(Self.declared(swift, "Type2") == ["self2: -", "default: -", "init2: -"])
    }

    @Test func aKeyWithoutLatinLettersIsNumberedAndReported() {
        let swift = SwiftSchema(
            Schema(types: [Build.object("Cafe", [Self.property("größe", line: 2), Self.property("名前", line: 3)])]))
        // `_` cannot be a member name, so the field without Latin letters gets `_2`.
        #expect(Self.declared(swift, "Cafe") == ["grosse: -", "_2: -"])
        let diagnostics = DiagnosticCollector()
        SwiftSchema.reportUnnamedFields(in: swift.schema, names: swift.names, to: diagnostics)
        #expect(diagnostics.sorted.map(\.code) == ["unnamed-field"])
        #expect(diagnostics.sorted.map { $0.range?.start.line } == [3])
        #expect(
            diagnostics.sorted.first?.message
                == "the field '名前' has no Latin letters or digits to make a Swift name from; its property is named "
                + "'_2' (the JSON key stays '名前'); name it under 'fields:' in the configuration")
        // Configuration naming the field leaves nothing to report.
        let names = SwiftNameSettings(fieldNames: [Key(owner: "Cafe", field: "名前"): "name"])
        let quiet = DiagnosticCollector()
        SwiftSchema.reportUnnamedFields(in: swift.schema, names: names, to: quiet)
        #expect(quiet.diagnostics.isEmpty)
        #expect(Self.declared(SwiftSchema(swift.schema, names: names), "Cafe") == ["grosse: -", "name: -"])
    }

    @Test func theNamesAreThoseOfTheSchemaAndSettingsAskedFor() {
        // Passes run in turn each name their own schema and settings: a schema of as many types with other keys
        // and names, or other settings, is named anew.
        let first = Schema(types: [Build.object("First", [Self.property("one")])])
        let second = Schema(types: [Build.object("Second", [Self.property("two")])])
        for _ in 0..<2 {
            #expect(Self.declared(SwiftSchema(first), "First") == ["one: -"])
            #expect(Self.declared(SwiftSchema(second), "Second") == ["two: -"])
        }
        let names = SwiftNameSettings(fieldNames: [Key(owner: "First", field: "one"): "uno"])
        #expect(Self.declared(SwiftSchema(first, names: names), "First") == ["uno: -"])
        #expect(Self.declared(SwiftSchema(first), "First") == ["one: -"])
    }

    @Test func anInheritedPropertyStartsFromItsNameInTheTypeItWasTakenFrom() {
        // `Middle` extends `One` and `Two`, whose keys `x` and `X` both make `x`: `Middle` numbers the second.
        // `Top` extends `Other` (whose `y` configuration names `x2`) and then `Middle`, so `X` starts from
        // `Middle`'s `x2`, not from `Two`'s `x`.
        let types = [
            Build.object("One", [Self.property("x")]), Build.object("Two", [Self.property("X")]),
            Build.object("Other", [Self.property("y")]),
            Build.object(
                "Middle", [Self.property("x", from: "One", via: "One"), Self.property("X", from: "Two", via: "Two")]),
            Build.object(
                "Top",
                [
                    Self.property("y", from: "Other", via: "Other"), Self.property("x", from: "One", via: "Middle"),
                    Self.property("X", from: "Two", via: "Middle"),
                ]),
        ]
        let swift = SwiftSchema(
            Schema(types: types), names: SwiftNameSettings(fieldNames: [Key(owner: "Other", field: "y"): "x2"]))
        #expect(Self.declared(swift, "Middle") == ["x: -", "x2: -"])
        #expect(Self.declared(swift, "Top") == ["x2: -", "x: -", "x22: -"])
    }

    @Test func configurationNamesAndTypesRowsByTheDocsNamesButNotGroups() {
        let settings = SwiftNameSettings(
            fieldNames: [
                Key(owner: "Post", field: "score"): "points", Key(owner: "Post", field: "hype"): "excitement",
                Key(owner: "Base", field: "count"): "total",
            ],
            fieldTypes: [Key(owner: "Post", field: "ids"): SwiftTypeOverride(swiftName: "Swift.UInt32")],
            primitiveTypes: [
                .number: SwiftTypeOverride(swiftName: "Swift.Int64", narrowsTo: .integer),
                .integer: SwiftTypeOverride(swiftName: "Swift.Int32"),
            ])
        let types = [
            Build.object("Base", [Self.property("count", .integer)]),
            Build.object(
                "Post",
                [
                    // Inherited: named and typed by the row of the type that lists it.
                    Self.property("count", .integer, from: "Base", via: "Base"),
                    // Narrowed from `number`: typed by the choice for `number`, not for `integer`.
                    Self.property("score", .integer, narrowedFrom: .number),
                    Self.property("ids", .array(.array(.integer))),
                    // A group of dotted rows: no row of its own to configure.
                    Self.property("hype", .named("PostHype"), group: true),
                ]),
            Build.object("PostHype", []),
        ]
        let swift = SwiftSchema(Schema(types: types), names: settings)
        #expect(
            Self.declared(swift, "Post") == [
                "total: Swift.Int32", "points: Swift.Int64", "ids: [[Swift.UInt32]]", "hype: -",
            ])
    }

    @Test func thePassAppliesTheBuildersSettingsByTheDocsNames() {
        let at = Self.at
        let field = { (name: String) in
            SpecField(name: name, type: .primitive(.number), presence: .required, location: at(1))
        }
        let tagged = SpecDeclaration(
            name: "Post", location: at(1),
            kind: .object(
                SpecObject(
                    fields: [
                        SpecField(name: "kind", type: .primitive(.string), presence: .required, location: at(1)),
                        field("score"), field("hype.current"),
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
        let schema = SchemaBuilder(options: .init(integerNarrowing: settings.integerNarrowing))
            .build([SpecDocument(path: "a.md", declarations: [tagged, events])], diagnostics: diagnostics)
        let swift = SwiftSchema(schema, names: settings)
        #expect(Self.declared(swift, "Entry") == ["kind: -", "points: Swift.Float", "hype: -"])
        #expect(Self.declared(swift, "EntryHype") == ["now: Swift.Float"])
        #expect(Self.declared(swift, "EntryReply") == ["replyPoints: Swift.Int"])
        #expect(Self.declared(swift, "PostedPayload") == ["total: Swift.Float"])
    }
}
