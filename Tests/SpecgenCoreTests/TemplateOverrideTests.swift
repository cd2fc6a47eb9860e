import Foundation
import SpecgenIR
import SpecgenSupport
import SpecgenTemplates
import Testing

@testable import SpecgenEmit

/// Every statement comes from a template, so replacing a template (`--templates`) changes the decoders and the
/// validators too, down to a single statement in a nested check.
@Suite struct TemplateOverrideTests {
    /// One object with a string, a list of lists of integers and an optional integer.
    static let schema: Schema = {
        let location = SourceLocation(path: "a.md", line: 3)
        let properties = [
            Property(
                jsonName: "name", type: .string, isNullable: false, isRequired: true,
                location: location),
            Property(
                jsonName: "grid", type: .array(.array(.integer)), isNullable: false,
                isRequired: true, location: location),
            Property(
                jsonName: "count", type: .integer, isNullable: true, isRequired: false,
                location: location),
        ]
        return Schema(types: [
            SchemaType(
                name: "Thing", docName: "Thing", summary: "A thing.", location: location, documentPath: "a.md",
                kind: .object(ObjectType(properties: properties)))
        ])
    }()

    /// The one document.
    static let context = EmitContext(documents: ["a.md"], dialectName: "osu")

    /// A default template's text with one replacement, which must apply.
    func replacing(_ template: String, _ old: String, with new: String) throws -> [String: String] {
        let text = try #require(TemplateCatalog.templates[template])
        #expect(text.contains(old), "\(template) has no \(old)")
        return [template: text.replacingOccurrences(of: old, with: new)]
    }

    func validators(_ templates: TemplateSet) throws -> String {
        try SwiftValidatorsOutput().emit(Self.schema, context: Self.context, templates: templates)[0].contents
    }

    func models(_ templates: TemplateSet) throws -> String {
        try SwiftModelsOutput().emit(Self.schema, context: Self.context, templates: templates)[0].contents
    }

    @Test func aValidatorStatementComesFromItsPartial() throws {
        let standard = try validators(TemplateSet())
        let overrides = try replacing("validator-check", "try reader.checkInteger(", with: "try reader.checkWhole(")
        let changed = try validators(TemplateSet(overrides: overrides))
        // The integers nested two lists deep are checked with the replaced statement, and only they change.
        #expect(standard.contains("try reader.checkInteger(nullable: false, location: \"a.md:3\")"))
        #expect(changed.contains("            try reader.checkWhole(nullable: false, location: \"a.md:3\")"))
        #expect(changed.contains("try reader.checkWhole(nullable: true, location: \"a.md:3\")"))
        #expect(!changed.contains("checkInteger"))
        #expect(changed.replacingOccurrences(of: "checkWhole", with: "checkInteger") == standard)
    }

    @Test func aDecoderStatementComesFromItsPartial() throws {
        let standard = try models(TemplateSet())
        let overrides = try replacing(
            "object-json-case", "try reader.decodeField(&v{{index}})", with: "try reader.decodeRequired(&v{{index}})")
        let changed = try models(TemplateSet(overrides: overrides))
        #expect(standard.contains("case 0: try reader.decodeField(&v0)"))
        #expect(changed.contains("case 0: try reader.decodeRequired(&v0)"))
        #expect(changed.contains("case 1: try reader.decodeRequired(&v1)"))
        #expect(changed.contains("case 2: try reader.decodeOptionalField(&v2, seen: &s2)"))
        #expect(changed.replacingOccurrences(of: "decodeRequired", with: "decodeField") == standard)
    }

    @Test func aFieldStoreComesFromItsPartial() throws {
        let overrides = try replacing(
            "object-json-store", "throw reader.missingKey(", with: "throw reader.missingField(")
        let changed = try models(TemplateSet(overrides: overrides))
        #expect(changed.contains("guard let v0 else { throw reader.missingField(\"name\", in: object) }"))
        #expect(!changed.contains("missingKey"))
    }
}
