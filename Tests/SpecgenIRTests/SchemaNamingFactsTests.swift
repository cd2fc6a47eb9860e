import SpecgenIR
import SpecgenSupport
import Testing

/// The naming facts the schema keeps beside its names (what a language's naming pass works from), on declarations
/// written as Swift values.
@Suite struct SchemaNamingFactsTests {
    static func at(_ line: Int) -> SpecgenSupport.SourceLocation { SourceLocation(path: "a.md", line: line) }

    static func field(_ name: String, line: Int = 1) -> SpecField {
        SpecField(name: name, type: .primitive(.string), presence: .required, location: at(line))
    }

    static func extending(_ name: String, line: Int) -> SpecReference {
        SpecReference(anchor: nil, name: name, range: SourceRange(start: at(line)))
    }

    static func build(_ declarations: [SpecDeclaration]) -> Schema {
        SchemaBuilder().build(
            [SpecDocument(path: "a.md", declarations: declarations)], diagnostics: DiagnosticCollector())
    }

    static func object(_ schema: Schema, doc: String) throws -> ObjectType {
        let type = try #require(schema.types.first { $0.docName == doc })
        guard case .object(let object) = type.kind else {
            Issue.record("'\(doc)' is not an object")
            return ObjectType(properties: [])
        }
        return object
    }

    @Test func declaredTypesKeepTheirHeadingsAndParents() throws {
        let schema = Self.build([
            SpecDeclaration(name: "UserCompact", location: Self.at(1), kind: .object(SpecObject())),
            SpecDeclaration(
                name: "ProfileBanner", parents: ["UserCompact"], location: Self.at(5),
                kind: .object(SpecObject(fields: [Self.field("id")]))),
            SpecDeclaration(
                name: "Cover.Art", isFullName: true, location: Self.at(9),
                kind: .enumeration(SpecEnum(values: [SpecEnumValue(value: "x", location: Self.at(10))]))),
        ])
        let facts = schema.types.map { [$0.docName: $0.declaredName] }
        #expect(
            facts == [
                ["UserCompact": SchemaType.DeclaredName(heading: "UserCompact")],
                [
                    "UserCompact.ProfileBanner": SchemaType.DeclaredName(
                        heading: "ProfileBanner", parents: ["UserCompact"])
                ],
                ["Cover.Art": SchemaType.DeclaredName(heading: "Cover.Art", isFullName: true)],
            ])
    }

    @Test func synthesizedTypesHaveNoHeading() throws {
        let schema = Self.build([
            SpecDeclaration(
                name: "Beatmap", location: Self.at(1),
                kind: .object(
                    SpecObject(fields: [
                        SpecField(
                            name: "mode", type: .literals(["osu", "taiko"]), presence: .required, location: Self.at(2))
                    ])))
        ])
        let synthesized = try #require(schema.types.first { $0.origin != .declared })
        #expect(synthesized.origin == .literalUnion(of: "Beatmap", field: "mode"))
        #expect(synthesized.declaredName == nil)
    }

    @Test func enumCasesKeepTheDocsLabels() throws {
        let schema = Self.build([
            SpecDeclaration(
                name: "Level", location: Self.at(1),
                kind: .enumeration(
                    SpecEnum(
                        values: [
                            SpecEnumValue(value: "1", label: "supporter", location: Self.at(2)),
                            SpecEnumValue(value: "2", location: Self.at(3)),
                        ], isInteger: true)))
        ])
        guard case .enumeration(let enumeration)? = schema.types.first?.kind else {
            Issue.record("no enumeration")
            return
        }
        #expect(enumeration.cases.map(\.label) == ["supporter", nil])
        #expect(enumeration.cases.map(\.value) == ["1", "2"])
    }

    /// An inherited property names the type whose table lists it, through any number of `extends`; a field the
    /// type lists again is its own.
    @Test func inheritedPropertiesNameTheTypeThatListsThem() throws {
        let schema = Self.build([
            SpecDeclaration(
                name: "Base", location: Self.at(1),
                kind: .object(SpecObject(fields: [Self.field("id", line: 2), Self.field("name", line: 3)]))),
            SpecDeclaration(
                name: "Middle", location: Self.at(5),
                kind: .object(
                    SpecObject(fields: [Self.field("rank", line: 6)], extends: [Self.extending("Base", line: 5)]))),
            SpecDeclaration(
                name: "Top", location: Self.at(8),
                kind: .object(
                    SpecObject(
                        fields: [Self.field("name", line: 9)], extends: [Self.extending("Middle", line: 8)]))),
        ])
        let top = try Self.object(schema, doc: "Top")
        #expect(top.properties.map(\.jsonName) == ["id", "name", "rank"])
        #expect(top.properties.map(\.inheritedFrom) == ["Base", nil, "Middle"])
        // The type it was taken from is the one `Top` extends, whichever type lists it.
        #expect(top.properties.map(\.inheritedVia) == ["Middle", nil, "Middle"])
        #expect(try Self.object(schema, doc: "Base").properties.map(\.inheritedFrom) == [nil, nil])
    }
}
