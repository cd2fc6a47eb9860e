import Foundation
import SpecgenEmit
import SpecgenIR
import SpecgenSupport
import Testing

/// The JSON Schema emitter fed by schema values built in Swift: each IR rule and the keyword it becomes.
@Suite struct JSONSchemaEmitterTests {
    static func at(_ line: Int) -> SpecgenSupport.SourceLocation {
        SpecgenSupport.SourceLocation(path: "doc.md", line: line, column: 1)
    }

    /// A property; the one place that spells out the IR's initializer.
    static func property(
        _ key: String, _ type: TypeRef, nullable: Bool = false, required: Bool = true, constant: String? = nil,
        summary: String? = nil, line: Int = 10
    ) -> Property {
        Property(
            jsonName: key, type: type, isNullable: nullable, isRequired: required, summary: summary,
            constant: constant, location: at(line))
    }

    static func type(_ name: String, _ kind: SchemaType.Kind, summary: String? = nil, line: Int = 1) -> SchemaType {
        SchemaType(name: name, docName: name, summary: summary, location: at(line), documentPath: "doc.md", kind: kind)
    }

    static func enumeration(_ name: String, _ values: [String], integer: Bool = false) -> SchemaType {
        type(
            name,
            .enumeration(
                EnumType(
                    cases: values.map { EnumCase(value: $0, location: at(2)) }, isInteger: integer)
            ))
    }

    /// The emitted document, decoded.
    static func emit(_ types: [SchemaType]) throws -> (text: String, definitions: [String: Any]) {
        let file = try JSONSchemaEmitter(names: SwiftSchema(Schema(types: types))).emit(
            Schema(types: types), documents: ["doc.md"])
        #expect(file.name == "schema.json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(file.contents.utf8)) as? [String: Any])
        #expect(root["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        return (file.contents, try #require(root["$defs"] as? [String: Any]))
    }

    /// A JSON value as compact text with sorted keys.
    static func canonical(_ value: Any?) -> String {
        guard let value,
            let data = try? JSONSerialization.data(
                withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes])
        else { return "nil" }
        return String(decoding: data, as: UTF8.self)
    }

    static func properties(_ definitions: [String: Any], _ name: String) -> [String: Any] {
        ((definitions[name] as? [String: Any])?["properties"] as? [String: Any]) ?? [:]
    }

    @Test func nullabilityAddsNullToTheTypeOrAnAlternative() throws {
        let item = Self.type(
            "Item",
            .object(
                ObjectType(properties: [
                    Self.property("s", .string, nullable: true, line: 3),
                    Self.property("i", .integer, nullable: true, line: 4),
                    Self.property("r", .named("Status"), nullable: true, line: 5),
                    Self.property("c", .string, nullable: true, constant: "on", line: 6),
                    Self.property("a", .any, nullable: true, line: 7),
                    Self.property("l", .array(.timestamp), nullable: true, line: 8),
                    Self.property("plain", .boolean, summary: "A flag.", line: 9),
                ])))
        let (_, definitions) = try Self.emit([item, Self.enumeration("Status", ["on", "off"])])
        let properties = Self.properties(definitions, "Item")
        func node(_ key: String) -> String {
            var node = properties[key] as? [String: Any]
            node?["x-spec-location"] = nil
            return Self.canonical(node)
        }
        #expect(node("s") == #"{"type":["string","null"]}"#)
        #expect(
            node("i")
                == #"{"maximum":9223372036854775807,"minimum":-9223372036854775808,"type":["integer","null"]}"#)
        #expect(node("r") == ##"{"anyOf":[{"$ref":"#/$defs/Status"},{"type":"null"}]}"##)
        #expect(node("c") == #"{"anyOf":[{"const":"on"},{"type":"null"}]}"#)
        #expect(node("a") == "{}")
        #expect(node("l") == #"{"items":{"format":"date-time","type":"string"},"type":["array","null"]}"#)
        #expect(node("plain") == #"{"description":"A flag.","type":"boolean"}"#)
        #expect((properties["s"] as? [String: Any])?["x-spec-location"] as? String == "doc.md:3")
    }

    @Test func onlyRequiredKeysAreRequiredInDocumentOrder() throws {
        let item = Self.type(
            "Item",
            .object(
                ObjectType(properties: [
                    Self.property("z", .string), Self.property("opt", .string, required: false),
                    Self.property("a", .string, nullable: true),
                ])))
        let empty = Self.type("Empty", .object(ObjectType(properties: [])))
        let (_, definitions) = try Self.emit([item, empty])
        #expect((definitions["Item"] as? [String: Any])?["required"] as? [String] == ["z", "a"])
        #expect(Self.canonical(definitions["Empty"]).contains(#""type":"object""#))
        #expect((definitions["Empty"] as? [String: Any])?["required"] == nil)
        #expect((definitions["Empty"] as? [String: Any])?["properties"] == nil)
    }

    /// Every documented value is listed, `unknown` too (the catch-all for undocumented values is a Swift matter).
    @Test func enumerationsListTheirValues() throws {
        let (_, definitions) = try Self.emit([
            Self.enumeration("Status", ["active", "unknown"]),
            Self.enumeration("Rank", ["-2", "0", "4"], integer: true),
        ])
        #expect(Self.canonical((definitions["Status"] as? [String: Any])?["enum"]) == #"["active","unknown"]"#)
        #expect((definitions["Status"] as? [String: Any])?["type"] as? String == "string")
        #expect(Self.canonical((definitions["Rank"] as? [String: Any])?["enum"]) == "[-2,0,4]")
        #expect((definitions["Rank"] as? [String: Any])?["type"] as? String == "integer")
    }

    @Test func aUnionIsAnyOfItsMembers() throws {
        let union = Self.type(
            "Either",
            .union(
                UnionType(members: [
                    UnionMember(type: .named("Status")),
                    UnionMember(type: .array(.integer)),
                ])))
        let (_, definitions) = try Self.emit([union, Self.enumeration("Status", ["a"])])
        let anyOf = Self.canonical((definitions["Either"] as? [String: Any])?["anyOf"])
        #expect(
            anyOf
                == ##"[{"$ref":"#/$defs/Status"},{"items":{"maximum":9223372036854775807,"minimum":-9223372036854775808,"type":"integer"},"type":"array"}]"##
        )
    }

    /// Each event with a payload adds `if` its name `then` its payload; an event without one adds nothing.
    @Test func eventsBecomeConditionalBranches() throws {
        let events = Self.type(
            "Event",
            .eventSet(
                EventSetType(
                    discriminator: "event", payloadKey: "data",
                    envelope: [Self.property("event", .string, line: 2)],
                    events: [
                        Event(name: "quiet", summary: nil, location: Self.at(5), payload: .none),
                        Event(
                            name: "joined", summary: nil, location: Self.at(7),
                            payload: .data(
                                .named("Payload"),
                                alsoRequired: [RequiredAttribute(jsonName: "user", location: Self.at(8))],
                                location: Self.at(9))),
                    ])))
        let payload = Self.type(
            "Payload", .object(ObjectType(properties: [Self.property("user", .string, required: false)])))
        let (_, definitions) = try Self.emit([events, payload])
        let allOf = try #require((definitions["Event"] as? [String: Any])?["allOf"] as? [[String: Any]])
        #expect(allOf.count == 1)
        #expect(Self.canonical(allOf[0]["if"]) == #"{"properties":{"event":{"const":"joined"}},"required":["event"]}"#)
        #expect(
            Self.canonical(allOf[0]["then"])
                == ##"{"properties":{"data":{"$ref":"#/$defs/Payload","required":["user"],"x-spec-location":"doc.md:9"}},"required":["data"]}"##
        )
        #expect(allOf[0]["x-spec-location"] as? String == "doc.md:7")
    }

    @Test func theDocumentIsPrettyPrintedSortedAndEndsInOneNewline() throws {
        let types = [Self.enumeration("B", ["x"]), Self.enumeration("A", ["y"])]
        let (text, _) = try Self.emit(types)
        #expect(text.hasSuffix("}\n") && !text.hasSuffix("\n\n"))
        let a = try #require(text.range(of: "\"A\" : {"))
        let b = try #require(text.range(of: "\"B\" : {"))
        #expect(a.lowerBound < b.lowerBound)
        let reversed = Schema(types: types.reversed())
        #expect(
            try JSONSchemaEmitter(names: SwiftSchema(reversed)).emit(reversed, documents: ["doc.md"]).contents == text)
    }
}
