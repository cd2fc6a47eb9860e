import SpecgenIR
import SpecgenSupport
import Testing

@testable import SpecgenEmit

/// How an object's `init(jsonReader:)` reads each field: itself for the types the runtime knows, by handing the
/// document to `JSONDecoder` for a configured type it does not.
@Suite struct FastDecodingEmitTests {
    /// A field of `Node`, and the Swift type configuration chooses for it, if any.
    struct Field {
        var property: Property
        var swiftType: String?
    }

    func property(
        _ name: String, _ type: TypeRef, required: Bool = true, nullable: Bool = false,
        swiftType: String? = nil
    ) -> Field {
        Field(
            property: Property(
                jsonName: name, type: type, isNullable: nullable, isRequired: required,
                location: SourceLocation(path: "a.md", line: 1)),
            swiftType: swiftType)
    }

    /// The lines of the models file for one object `Node` with these fields, with the storage the Swift pass gives
    /// it, without their indentation.
    func lines(_ fields: [Field]) throws -> [String] {
        let type = SchemaType(
            name: "Node", docName: "Node", summary: nil, location: SourceLocation(path: "a.md", line: 1),
            documentPath: "a.md", kind: .object(ObjectType(properties: fields.map(\.property))))
        var settings = SwiftNameSettings()
        for field in fields {
            guard let swiftType = field.swiftType else { continue }
            settings.fieldTypes[.init(owner: "Node", field: field.property.jsonName)] = SwiftTypeOverride(
                swiftName: swiftType)
        }
        let schema = Schema(types: [type])
        let file = try SwiftModelEmitter(templates: try TemplateSet()).emitFile(
            for: "a.md", types: [type], in: SwiftSchema(schema, names: settings), baseName: "A")
        return file.contents.split(separator: "\n").map { String($0.drop { $0 == " " }) }
    }

    @Test func requiredOptionalAndIndirectFields() throws {
        // `parent` contains the object itself, so the Swift pass stores it out of line.
        let lines = try lines([
            property("id", .integer), property("note", .string, required: false),
            property("parent", .named("Node"), nullable: true),
        ])
        let expected = [
            "private static let _specgenJSONKeys = SpecgenRuntime.JSONKeyTable([\"id\", \"note\", \"parent\"])",
            "var v0: Swift.Int? = nil", "var v1: Swift.String? = nil", "var s1 = false", "var v2: Node? = nil",
            "var s2 = false", "var object = try reader.beginObject()",
            "while let key = try reader.nextKey(&object, Node._specgenJSONKeys) {", "switch key {",
            "case 0: try reader.decodeField(&v0)", "case 1: try reader.decodeOptionalField(&v1, seen: &s1)",
            "case 2: try reader.decodeOptionalField(&v2, seen: &s2)", "default: try reader.skipValue()", "}", "}",
            "guard let v0 else { throw reader.missingKey(\"id\", in: object) }", "self.id = v0", "self.note = v1",
            "self._parent = v2.map { SpecgenRuntime.Indirect($0) }",
        ]
        #expect(lines.contains(expected[0]))
        let start = try #require(lines.firstIndex(of: expected[1]))
        #expect(Array(lines[start...].prefix(expected.count - 1)) == Array(expected.dropFirst()))
    }

    @Test func configuredTypes() throws {
        let lines = try lines([
            property("a", .integer, swiftType: "Swift.Int64"),
            property("b", .array(.integer), swiftType: "Swift.UInt32"),
            property("c", .number, swiftType: "Swift.Float64"), property("d", .number, swiftType: "Swift.Float"),
            property("e", .integer, required: false, swiftType: "UserID"),
        ])
        let cases = lines.filter { $0.hasPrefix("case ") && $0.contains("reader.") }
        #expect(
            cases == [
                "case 0: try reader.decodeField(&v0)", "case 1: try reader.decodeField(&v1)",
                "case 2: try reader.decodeField(&v2)", "case 3: try reader.decodeWithFoundation()",
                "case 4: try reader.decodeWithFoundation()",
            ])
        #expect(lines.contains("let v3: Swift.Float? = nil"))
        #expect(lines.contains("let v4: UserID? = nil"))
        #expect(lines.contains("var v0: Swift.Int64? = nil"))
    }
}
