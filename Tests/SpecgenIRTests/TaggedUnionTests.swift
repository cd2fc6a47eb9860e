import SpecgenIR
import SpecgenSupport
import Testing

/// A tagged union built from declarations written in Swift: members resolve to object types with their codes (the
/// union's, else the one the member's `type` row names); a row that names another code, a member without a code and
/// a link to something that is not an object are reported where the docs state them.
@Suite struct TaggedUnionTests {
    typealias Fixture = SchemaBuilderTests

    static func typeRow(_ description: String?, line: Int) -> SpecField {
        SpecField(
            name: "type", type: .primitive(.integer), presence: .required, summary: description,
            location: Fixture.at(line))
    }

    static func member(_ code: Int?, _ anchor: String, line: Int) -> SpecTaggedMember {
        SpecTaggedMember(
            code: code,
            reference: SpecReference(anchor: anchor, name: anchor, range: SourceRange(start: Fixture.at(line))),
            location: Fixture.at(line))
    }

    static func union(_ members: [SpecTaggedMember]) -> SpecDeclaration {
        SpecDeclaration(
            name: "Component", anchors: ["component-object"], location: Fixture.at(1),
            kind: .taggedUnion(SpecTaggedUnion(key: "type", members: members, location: Fixture.at(3))))
    }

    static let members = [
        Fixture.object("Action Row", anchors: ["action-row"], line: 20, [Self.typeRow("`1` for action row", line: 22)]),
        Fixture.object("Button", anchors: ["button"], line: 30, [Self.typeRow("`2` for a button", line: 32)]),
        Fixture.object("Untagged", anchors: ["untagged"], line: 40, [Fixture.field("label", .primitive(.string))]),
        SpecDeclaration(
            name: "Styles", anchors: ["styles"], location: Fixture.at(50),
            kind: .enumeration(SpecEnum(values: [SpecEnumValue(value: "1", location: Fixture.at(52))], isInteger: true))
        ),
    ]

    @Test func membersTakeTheirCodes() throws {
        let (schema, diagnostics) = Fixture.build(
            [Self.union([Self.member(1, "action-row", line: 5), Self.member(nil, "button", line: 6)])] + Self.members)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let type = try #require(Fixture.type(schema, doc: "Component"))
        guard case .union(let union) = type.kind else {
            Issue.record("Component is no union: \(type.kind)")
            return
        }
        #expect(union.tag == UnionTag(key: "type", location: Fixture.at(3)))
        // The IR refers to each member by its identity, the docs' heading.
        #expect(union.members.map(\.type) == [.named("Action Row"), .named("Button")])
        #expect(union.members.map(\.code) == [1, 2])
        #expect(union.members.map(\.location) == [Fixture.at(5), Fixture.at(6)])
        // A field that links to the union takes it.
        let (withField, _) = Fixture.build(
            [Self.union([Self.member(1, "action-row", line: 5)])] + Self.members + [
                Fixture.object(
                    "Message", line: 60, [Fixture.field("components", .array(Fixture.link("component-object")))])
            ])
        #expect(Fixture.property(withField, "components", of: "Message")?.type == .array(.named("Component")))
    }

    @Test func departuresAreReportedWhereTheDocsStateThem() throws {
        let (schema, diagnostics) = Fixture.build(
            [
                Self.union([
                    Self.member(7, "action-row", line: 5), Self.member(nil, "untagged", line: 6),
                    Self.member(3, "styles", line: 7), Self.member(7, "button", line: 8),
                ])
            ] + Self.members)
        #expect(
            diagnostics.map(\.description) == [
                "\(Fixture.path):6:1: warning: 'Untagged' has no 'type' row that names its code (such as \"`2` for …\"), "
                    + "which selects it in 'Component'; values of it are kept as unknown ones",
                "\(Fixture.path):7:1: warning: 'styles' (a member of 'Component') does not lead to an object type; "
                    + "values with its 'type' are kept as unknown ones",
                "\(Fixture.path):8:1: warning: code 7 of 'Component' is listed twice; the first member is kept",
                "\(Fixture.path):22:1: warning: the 'type' row of 'Action Row' names code 1, but 'Component' lists it "
                    + "under 7 (at \(Fixture.path):5); 7 is used",
                "\(Fixture.path):32:1: warning: the 'type' row of 'Button' names code 2, but 'Component' lists it "
                    + "under 7 (at \(Fixture.path):8); 7 is used",
            ])
        guard case .union(let union)? = Fixture.type(schema, doc: "Component")?.kind else {
            Issue.record("Component is no union")
            return
        }
        #expect(union.members.map(\.code) == [7])
    }

    @Test func theCodeIsTheFirstCodeSpanOfTheRow() {
        #expect(SpecTaggedUnion.namedCode(in: Self.typeRow("`12` for media gallery component", line: 1)) == 12)
        #expect(SpecTaggedUnion.namedCode(in: Self.typeRow("The `type` of the component", line: 1)) == nil)
        #expect(SpecTaggedUnion.namedCode(in: Self.typeRow(nil, line: 1)) == nil)
        var constant = Self.typeRow("the type", line: 1)
        constant.constant = "5"
        #expect(SpecTaggedUnion.namedCode(in: constant) == 5)
    }
}
