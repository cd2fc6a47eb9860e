import Foundation
import SpecgenEmit
import SpecgenIR
import SpecgenSupport
import Testing

/// An integer-tagged union (``UnionType/tag``) built in Swift, through the Swift model emitter, the validator emitter
/// and the JSON Schema emitter.
@Suite struct TaggedUnionEmitTests {
    typealias Schemas = JSONSchemaEmitterTests

    static func at(_ line: Int) -> SpecgenSupport.SourceLocation { Schemas.at(line) }

    /// `Component` of `Button` (2) and `Unknown` (3), a member whose own name is `unknown`.
    static let types: [SchemaType] = [
        Schemas.type(
            "Component",
            .union(
                UnionType(
                    members: [
                        UnionMember(type: .named("Button"), code: 2, location: at(5)),
                        UnionMember(type: .named("Unknown"), code: 3, location: at(6)),
                    ], tag: UnionTag(key: "type", location: at(3))))),
        Schemas.type("Button", .object(ObjectType(properties: [Schemas.property("type", .integer, line: 11)]))),
        Schemas.type("Unknown", .object(ObjectType(properties: [Schemas.property("type", .integer, line: 21)]))),
    ]

    @Test func theModelIsAnEnumSelectedByTheCode() throws {
        let swift = SwiftSchema(Schema(types: Self.types))
        let file = try SwiftModelEmitter(templates: try TemplateSet(), options: EmitOptions())
            .emitFile(for: "doc.md", types: Self.types, in: swift, baseName: "Doc")
        let lines = file.contents.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for line in [
            "public enum Component: Swift.Codable, Swift.Hashable, Swift.Sendable {",
            "case button(Button)",
            "case unknown(Unknown)",
            // The catch-all steps aside for the member named `unknown`.
            "case unknown2(type: Swift.Int, SpecgenRuntime.JSONValue)",
            #"case tag = "type""#,
            "case 2: self = .button(try Button(from: decoder))",
            "case 3: self = .unknown(try Unknown(from: decoder))",
            "default: self = .unknown2(type: code, try SpecgenRuntime.JSONValue(from: decoder))",
            "case .unknown2(_, let value): try value.encode(to: encoder)",
        ] {
            #expect(lines.contains(line), "\(line)\n\(file.contents)")
        }
    }

    @Test func theValidatorsPickTheMembersRulesByTheCode() throws {
        let swift = SwiftSchema(Schema(types: Self.types))
        let file = try SwiftValidatorEmitter(templates: try TemplateSet(), options: EmitOptions())
            .emitFile(for: "doc.md", types: Self.types, in: swift, baseName: "Doc")
        let lines = file.contents.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        for line in [
            "switch reader.peekObjectTag(Self.specgenTags) {",
            "case 0?: try Button.specgenValidate(&reader, nullable: nullable, location: location)",
            "case 1?: try Unknown.specgenValidate(&reader, nullable: nullable, location: location)",
            #".init("type", required: true, location: "doc.md:3")"#,
            #"case 0: try reader.checkEnum(Self.specgenCodes, nullable: false, location: "doc.md:3")"#,
        ] {
            #expect(lines.contains(line), "\(line)\n\(file.contents)")
        }
    }

    @Test func theSchemaStatesTheCodesAndTheMembersRules() throws {
        let (_, definitions) = try Schemas.emit(Self.types)
        var component = try #require(definitions["Component"] as? [String: Any])
        #expect(component["x-spec-location"] as? String == "doc.md:1")
        component["x-spec-location"] = nil
        component["title"] = nil
        #expect(
            Schemas.canonical(component)
                == #"{"allOf":[{"if":{"properties":{"type":{"const":2}},"required":["type"]},"#
                + ##""then":{"$ref":"#/$defs/Button"},"x-spec-location":"doc.md:5"},"##
                + #"{"if":{"properties":{"type":{"const":3}},"required":["type"]},"#
                + ##""then":{"$ref":"#/$defs/Unknown"},"x-spec-location":"doc.md:6"}],"##
                + #""properties":{"type":{"enum":[2,3],"type":"integer","x-spec-location":"doc.md:3"}},"#
                + #""required":["type"],"type":"object"}"#)
    }
}
