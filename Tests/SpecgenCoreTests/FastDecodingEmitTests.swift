import SpecgenIR
import SpecgenSupport
import Testing

@testable import SpecgenEmit

/// How an object's `init(jsonReader:)` reads each field: itself for the types the runtime knows, by handing the
/// document to `JSONDecoder` for a configured type it does not.
@Suite struct FastDecodingEmitTests {
    func property(
        _ name: String, _ type: TypeRef, required: Bool = true, nullable: Bool = false,
        swiftType: String? = nil
    ) -> Property {
        Property(
            jsonName: name, swiftName: name, type: type, isNullable: nullable, isRequired: required,
            location: SourceLocation(path: "a.md", line: 1), swiftType: swiftType)
    }

    /// The lines of an object `Node` with these fields, with the storage the Swift pass gives it.
    func lines(_ fields: [Property]) throws -> (locals: [String], cases: [String], assigns: [String]) {
        let emitter = SwiftModelEmitter(templates: try TemplateSet())
        let node = SchemaType(
            name: "Node", docName: "Node", summary: nil, location: SourceLocation(path: "a.md", line: 1),
            documentPath: "a.md", kind: .object(ObjectType(properties: fields)))
        let storage = SwiftSchema(Schema(types: [node])).storage
        return emitter.fastDecodingLines(
            fields, fields.map { emitter.propertyViewModel($0, isBoxed: storage.isBoxed($0.jsonName, in: "Node")) })
    }

    @Test func requiredOptionalAndIndirectFields() throws {
        // `parent` contains the object itself, so the Swift pass stores it out of line.
        let result = try lines([
            property("id", .integer), property("note", .string, required: false),
            property("parent", .named("Node"), nullable: true),
        ])
        #expect(
            result.locals == [
                "var v0: Swift.Int? = nil", "var v1: Swift.String? = nil", "var s1 = false",
                "var v2: Node? = nil", "var s2 = false",
            ])
        #expect(
            result.cases == [
                "case 0: try reader.decodeField(&v0)",
                "case 1: try reader.decodeOptionalField(&v1, seen: &s1)",
                "case 2: try reader.decodeOptionalField(&v2, seen: &s2)",
            ])
        #expect(
            result.assigns == [
                "guard let v0 else { throw reader.missingKey(\"id\", in: object) }", "self.id = v0", "self.note = v1",
                "self._parent = v2.map { SpecgenRuntime.Indirect($0) }",
            ])
    }

    @Test func configuredTypes() throws {
        let result = try lines([
            property("a", .integer, swiftType: "Swift.Int64"),
            property("b", .array(.integer), swiftType: "[Swift.UInt32]"),
            property("c", .number, swiftType: "Swift.Float64"), property("d", .number, swiftType: "Swift.Float"),
            property("e", .integer, required: false, swiftType: "UserID"),
        ])
        #expect(
            result.cases == [
                "case 0: try reader.decodeField(&v0)", "case 1: try reader.decodeField(&v1)",
                "case 2: try reader.decodeField(&v2)", "case 3: try reader.decodeWithFoundation()",
                "case 4: try reader.decodeWithFoundation()",
            ])
        #expect(result.locals.contains("let v3: Swift.Float? = nil"))
        #expect(result.locals.contains("let v4: UserID? = nil"))
    }
}
