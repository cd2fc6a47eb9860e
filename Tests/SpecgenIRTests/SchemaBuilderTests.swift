import SpecgenIR
import SpecgenSupport
import Testing

/// The resolver fed by declarations built in Swift (no Markdown, no dialect): presence, nullability, links, unions,
/// literal enumerations and the diagnostics for what does not resolve.
@Suite struct SchemaBuilderTests {
    static let path = "doc.md"

    static func at(_ line: Int) -> SpecgenSupport.SourceLocation {
        SpecgenSupport.SourceLocation(path: path, line: line, column: 1)
    }

    static func field(_ name: String, _ type: SpecType?, _ presence: SpecPresence = .required, line: Int = 10)
        -> SpecField
    {
        SpecField(name: name, type: type, presence: presence, location: at(line))
    }

    static func object(_ name: String, anchors: [String] = [], line: Int = 1, _ fields: [SpecField])
        -> SpecDeclaration
    {
        SpecDeclaration(
            name: name, anchors: anchors, location: at(line), kind: .object(SpecObject(fields: fields)))
    }

    static func link(_ anchor: String, _ text: String = "link", line: Int = 10) -> SpecType {
        .reference(SpecReference(anchor: anchor, name: text, range: SourceRange(start: at(line))))
    }

    /// The osu! docs' loose key: lower case, letters and digits only.
    static var options: SchemaBuilder.Options {
        SchemaBuilder.Options(looseAnchorKey: { anchor in
            String(
                anchor.lowercased().unicodeScalars.filter { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") }
                    .map(Character.init))
        })
    }

    static func build(_ declarations: [SpecDeclaration]) -> (Schema, [Diagnostic]) {
        let diagnostics = DiagnosticCollector()
        let schema = SchemaBuilder(options: options).build(
            [SpecDocument(path: path, declarations: declarations)], diagnostics: diagnostics)
        return (schema, diagnostics.sorted)
    }

    static func type(_ schema: Schema, doc name: String) -> SchemaType? {
        schema.types.first { $0.docName == name }
    }

    static func property(_ schema: Schema, _ key: String, of owner: String) -> Property? {
        guard case .object(let object)? = type(schema, doc: owner)?.kind else { return nil }
        return object.properties.first { $0.jsonName == key }
    }

    /// A key is required when the docs list it as always present and its value is never `null` (the server leaves
    /// out keys whose value is `null`).
    @Test func presenceFollowsTheDocsAndNullability() throws {
        let (schema, diagnostics) = Self.build([
            Self.object(
                "Item",
                [
                    Self.field("plain", .primitive(.string)),
                    Self.field("nullable", .nullable(.primitive(.integer))),
                    Self.field("optional", .primitive(.boolean), .optional),
                    Self.field("both", .nullable(.array(.primitive(.number))), .optional),
                ])
        ])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let expected: [(String, TypeRef, Bool, Bool)] = [
            ("plain", .string, false, true), ("nullable", .integer, true, false), ("optional", .boolean, false, false),
            ("both", .array(.number), true, false),
        ]
        for (key, type, nullable, required) in expected {
            let property = try #require(Self.property(schema, key, of: "Item"))
            #expect(property.type == type, "\(key)")
            #expect(property.isNullable == nullable, "\(key)")
            #expect(property.isRequired == required, "\(key)")
        }
    }

    @Test func aFieldWithoutATypeAcceptsAnyValueAndIsReported() throws {
        let (schema, diagnostics) = Self.build([Self.object("Item", [Self.field("blob", nil, line: 7)])])
        #expect(try #require(Self.property(schema, "blob", of: "Item")).type == .any)
        #expect(
            diagnostics.map(\.description) == [
                "doc.md:7:1: warning: field 'blob' has no type; it accepts any JSON value"
            ])
        #expect(diagnostics.map(\.code) == ["untyped-field"])
    }

    @Test func anExactAnchorResolvesSilently() throws {
        let (schema, diagnostics) = Self.build([
            Self.object("Item", [Self.field("owner", Self.link("user-profile"))]),
            Self.object("Alpha", anchors: ["user-profile"], line: 20, [Self.field("id", .primitive(.integer))]),
            Self.object("Beta", anchors: ["userprofile"], line: 30, [Self.field("id", .primitive(.integer))]),
        ])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let owner = try #require(Self.property(schema, "owner", of: "Item"))
        #expect(owner.type == .named(try #require(Self.type(schema, doc: "Alpha")).name))
    }

    @Test func aLooseAnchorMatchingOneHeadingIsFollowedWithAWarning() throws {
        let (schema, diagnostics) = Self.build([
            Self.object("Item", [Self.field("owner", Self.link("User_Profile"))]),
            Self.object("User Profile", anchors: ["user-profile"], line: 20, [Self.field("id", .primitive(.integer))]),
        ])
        #expect(diagnostics.map(\.code) == ["loose-anchor"])
        #expect(diagnostics.first?.severity == .warning)
        let owner = try #require(Self.property(schema, "owner", of: "Item"))
        #expect(owner.type == .named(try #require(Self.type(schema, doc: "User Profile")).name))
    }

    @Test func aLooseAnchorMatchingTwoHeadingsResolvesToNothing() throws {
        let (schema, diagnostics) = Self.build([
            Self.object("Item", [Self.field("owner", Self.link("User_Profile"))]),
            Self.object("Alpha", anchors: ["user-profile"], line: 20, [Self.field("id", .primitive(.integer))]),
            Self.object("Beta", anchors: ["userprofile"], line: 30, [Self.field("id", .primitive(.integer))]),
        ])
        #expect(diagnostics.map(\.code) == ["dangling-anchor"])
        #expect(
            diagnostics.first?.message
                == "link '#User_Profile' matches no anchor exactly and several loosely ('Alpha', 'Beta'); the "
                + "field accepts any JSON value")
        #expect(try #require(Self.property(schema, "owner", of: "Item")).type == .any)
    }

    /// A heading without an anchor is still matched loosely by its name, and counts as a candidate.
    @Test func aHeadingsNameIsALooseCandidateToo() throws {
        let (schema, diagnostics) = Self.build([
            Self.object("Item", [Self.field("owner", Self.link("gamma_ray"))]),
            Self.object("Gamma Ray", line: 30, [Self.field("id", .primitive(.integer))]),
            Self.object("Delta", anchors: ["gamma-ray"], line: 40, [Self.field("id", .primitive(.integer))]),
        ])
        #expect(diagnostics.map(\.code) == ["dangling-anchor"])
        #expect(try #require(Self.property(schema, "owner", of: "Item")).type == .any)
    }

    @Test func aBareNameResolvesWhenItIsUnique() throws {
        let reference = SpecType.reference(
            SpecReference(anchor: nil, name: "Leaf", range: SourceRange(start: Self.at(10))))
        let (schema, diagnostics) = Self.build([
            Self.object(
                "Item",
                [
                    Self.field("leaf", reference),
                    Self.field(
                        "ghost",
                        .reference(SpecReference(anchor: nil, name: "Ghost", range: SourceRange(start: Self.at(11))))),
                ]),
            Self.object("Leaf", line: 20, [Self.field("value", .primitive(.string))]),
        ])
        #expect(
            try #require(Self.property(schema, "leaf", of: "Item")).type
                == .named(try #require(Self.type(schema, doc: "Leaf")).name))
        #expect(try #require(Self.property(schema, "ghost", of: "Item")).type == .any)
        #expect(diagnostics.map(\.code) == ["unknown-type"])
    }

    /// A bare name that two headings share (under different parents) is not guessed.
    @Test func aBareNameThatTwoHeadingsShareResolvesToNothing() throws {
        let reference = SpecType.reference(
            SpecReference(anchor: nil, name: "Leaf", range: SourceRange(start: Self.at(10))))
        let leaf = { (parent: String, line: Int) in
            SpecDeclaration(
                name: "Leaf", parents: [parent], location: Self.at(line),
                kind: .object(SpecObject(fields: [Self.field("value", .primitive(.string), line: line + 1)])))
        }
        let (schema, diagnostics) = Self.build([
            Self.object("Item", [Self.field("leaf", reference)]),
            Self.object("Alpha", line: 20, [Self.field("id", .primitive(.integer), line: 21)]), leaf("Alpha", 22),
            Self.object("Beta", line: 30, [Self.field("id", .primitive(.integer), line: 31)]), leaf("Beta", 32),
        ])
        #expect(try #require(Self.property(schema, "leaf", of: "Item")).type == .any)
        #expect(diagnostics.map(\.code) == ["unknown-type"])
        #expect(
            diagnostics.first?.description
                == "doc.md:10:1: warning: type 'Leaf' is not defined in these docs; the field accepts any JSON value")
    }

    @Test func unionsAreMadeOncePerMemberListAndCollapse() throws {
        let (schema, diagnostics) = Self.build([
            Self.object(
                "Item",
                [
                    Self.field("either", .union([.primitive(.string), .primitive(.integer)])),
                    Self.field("again", .nullable(.union([.primitive(.string), .primitive(.integer)]))),
                    Self.field("same", .union([.primitive(.string), .primitive(.string)])),
                    Self.field("vague", .union([.primitive(.string), .untyped("?")])),
                ])
        ])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let either = try #require(Self.property(schema, "either", of: "Item"))
        let again = try #require(Self.property(schema, "again", of: "Item"))
        guard case .named(let unionName) = either.type else {
            Issue.record("not a named union: \(either.type)")
            return
        }
        #expect(again.type == either.type)
        #expect(again.isNullable && !either.isNullable)
        guard case .union(let union)? = schema.type(named: unionName)?.kind else {
            Issue.record("\(unionName) is not a union")
            return
        }
        #expect(union.members.map(\.type) == [.string, .integer])
        #expect(schema.types.filter { if case .union = $0.kind { true } else { false } }.count == 1)
        #expect(try #require(Self.property(schema, "same", of: "Item")).type == .string)
        #expect(try #require(Self.property(schema, "vague", of: "Item")).type == .any)
    }

    @Test func literalsBecomeAnEnumerationOfTheirValues() throws {
        let (schema, diagnostics) = Self.build([
            Self.object("Item", [Self.field("kind", .nullable(.literals(["a", "unknown", "a"])))])
        ])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let kind = try #require(Self.property(schema, "kind", of: "Item"))
        #expect(kind.isNullable)
        guard case .named(let name) = kind.type, case .enumeration(let values)? = schema.type(named: name)?.kind else {
            Issue.record("not an enumeration: \(kind.type)")
            return
        }
        #expect(values.cases.map(\.value) == ["a", "unknown"])
        #expect(!values.isInteger)
    }

    @Test func aTypeDefinedTwiceIsAnError() throws {
        let (_, diagnostics) = Self.build([
            Self.object("Item", line: 1, [Self.field("a", .primitive(.string))]),
            Self.object("Item", line: 9, [Self.field("b", .primitive(.string))]),
        ])
        #expect(
            diagnostics.map(\.description) == [
                "doc.md:9:1: error: type 'Item' is defined twice (first at doc.md:1); rename or remove one of them"
            ])
    }

    @Test func anEnumerationKeepsItsValuesInOrderOnce() throws {
        let values = ["b", "a", "unknown", "b"].enumerated().map {
            SpecEnumValue(value: $0.element, location: Self.at(5 + $0.offset))
        }
        let (schema, diagnostics) = Self.build([
            SpecDeclaration(name: "Status", location: Self.at(1), kind: .enumeration(SpecEnum(values: values)))
        ])
        #expect(diagnostics.isEmpty)
        guard case .enumeration(let status)? = Self.type(schema, doc: "Status")?.kind else {
            Issue.record("no enumeration")
            return
        }
        #expect(status.cases.map(\.value) == ["b", "a", "unknown"])
        #expect(status.cases.map(\.location.line) == [5, 6, 7])
    }
}
