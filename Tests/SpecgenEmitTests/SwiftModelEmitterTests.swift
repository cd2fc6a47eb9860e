import Foundation
import SpecgenEmit
import SpecgenIR
import SpecgenSupport
import Testing

/// The Swift model emitter fed by schema values built in Swift.
@Suite struct SwiftModelEmitterTests {
    static func at(_ line: Int) -> SpecgenSupport.SourceLocation {
        SpecgenSupport.SourceLocation(path: "doc.md", line: line, column: 1)
    }

    static func emit(_ types: [SchemaType]) throws -> [String] {
        let emitter = SwiftModelEmitter(templates: try TemplateSet(), options: EmitOptions())
        let file = try emitter.emitFile(
            for: "doc.md", types: types, in: SwiftSchema(Schema(types: types)), baseName: "Doc")
        #expect(file.name == "Doc.swift")
        return file.contents.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The Swift pass names the catch-all case past the documented cases, so a documented value can be called
    /// `unknown`.
    @Test func theCatchAllCaseStepsAsideForADocumentedUnknown() throws {
        let status = SchemaType(
            name: "Status", docName: "Status", summary: nil, location: Self.at(1), documentPath: "doc.md",
            kind: .enumeration(
                EnumType(
                    cases: [
                        EnumCase(value: "active", location: Self.at(3)),
                        EnumCase(value: "unknown", location: Self.at(4)),
                    ], isInteger: false)))
        let lines = try Self.emit([status])
        #expect(lines.contains("case unknown"))
        #expect(lines.contains("case unknown2(Swift.String)"))
        #expect(lines.contains(#"case "unknown": self = .unknown"#))
        #expect(lines.contains("default: self = .unknown2(rawValue)"))
        #expect(lines.contains("case .unknown2(let value): return value"))
        #expect(!lines.contains { $0.hasPrefix("case unknown(") })
    }

    /// Property names, JSON keys and optionality come from the IR as they are.
    @Test func propertiesFollowTheIR() throws {
        let item = SchemaType(
            name: "Item", docName: "Item", summary: "An item.", location: Self.at(1), documentPath: "doc.md",
            kind: .object(
                ObjectType(properties: [
                    Property(
                        jsonName: "a/b", type: .string, isNullable: false, isRequired: true,
                        location: Self.at(3)),
                    Property(
                        jsonName: "n", type: .integer, isNullable: true, isRequired: true,
                        location: Self.at(4)),
                    Property(
                        jsonName: "o", type: .array(.number), isNullable: false, isRequired: false,
                        location: Self.at(5)),
                ])))
        let lines = try Self.emit([item])
        #expect(lines.contains("public struct Item: Swift.Codable, Swift.Hashable, Swift.Sendable {"))
        #expect(lines.contains("public var aB: Swift.String"))
        #expect(lines.contains("public var n: Swift.Int?"))
        #expect(lines.contains("public var o: [Swift.Double]?"))
        #expect(lines.contains(#"case aB = "a/b""#))
    }

    /// An event that carries its fields at the top level makes its payload with the memberwise initializer, each
    /// field decoded from the message's own container: its key is one more coding key of the message (shared by
    /// the events that need it; the payload key's own case where the keys are the same). A payload type without
    /// fields decodes itself.
    @Test func topLevelPayloadsAreDecodedFromTheMessagesContainer() throws {
        func object(_ name: String, _ properties: [Property]) -> SchemaType {
            SchemaType(
                name: name, docName: name, summary: nil, location: Self.at(1), documentPath: "doc.md",
                kind: .object(ObjectType(properties: properties)))
        }
        let marks = object(
            "Marks",
            [
                Property(jsonName: "data", type: .string, isNullable: false, isRequired: true, location: Self.at(2)),
                Property(
                    jsonName: "ids", type: .array(.number), isNullable: false, isRequired: false,
                    location: Self.at(3)),
            ])
        let empty = object("Empty", [])
        func event(_ name: String, _ type: String, _ line: Int) -> Event {
            Event(
                name: name, summary: nil, location: Self.at(line),
                payload: .frame(.named(type), location: Self.at(line)))
        }
        let events = SchemaType(
            name: "Events", docName: "Events", summary: nil, location: Self.at(10), documentPath: "doc.md",
            kind: .eventSet(
                EventSetType(
                    discriminator: "event", payloadKey: "data", envelope: [],
                    events: [event("mark", "Marks", 11), event("again", "Marks", 12), event("ping", "Empty", 13)])))
        let lines = try Self.emit([marks, empty, events])
        #expect(lines.filter { $0.hasPrefix("case frame") } == [#"case frame0 = "ids""#])
        #expect(lines.contains("data: try container.decode(Swift.String.self, forKey: .payload),"))
        #expect(
            lines.filter { $0 == "ids: try container.decodeIfPresent([Swift.Double].self, forKey: .frame0)" }.count == 2
        )
        #expect(lines.contains(#"case "ping": self = .ping(try Empty(from: decoder))"#))
        #expect(!lines.contains { $0.contains("Marks(from: decoder)") })
    }
}
