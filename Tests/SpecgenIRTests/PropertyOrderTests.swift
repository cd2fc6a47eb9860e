import SpecgenIR
import SpecgenSupport
import Testing

/// An object's properties made from its fields: without inherited properties or dotted names the builder takes a
/// shorter way (each field in order, the first of a repeated name kept), which must give what the general way gives
/// for the same fields next to a dotted name or an inherited property.
@Suite struct PropertyOrderTests {
    static func field(_ name: String, _ type: SpecType?, line: Int) -> SpecField {
        SpecField(
            name: name, type: type, presence: line % 3 == 0 ? .optional : .required,
            summary: "row \(line)", location: SchemaBuilderTests.at(line))
    }

    /// Fields with repeated names, untyped fields and literal lists, in a fixed order.
    static let fields: [SpecField] = [
        field("id", .primitive(.integer), line: 10),
        field("name", .primitive(.string), line: 11),
        field("id", .primitive(.string), line: 12),
        field("state", .literals(["open", "closed"]), line: 13),
        field("notes", nil, line: 14),
        field("score", .nullable(.primitive(.number)), line: 15),
        field("name", nil, line: 16),
        field("tags", .array(.primitive(.string)), line: 17),
        field("id", .primitive(.boolean), line: 18),
    ]

    static func properties(_ schema: Schema, of name: String) -> [Property] {
        guard case .object(let object)? = SchemaBuilderTests.type(schema, doc: name)?.kind else { return [] }
        return object.properties
    }

    @Test func fieldsAloneGiveWhatTheGeneralWayGives() {
        // The shorter way: the fields alone.
        let (plain, plainDiagnostics) = SchemaBuilderTests.build([
            SchemaBuilderTests.object("Thing", anchors: ["thing"], Self.fields)
        ])
        // The general way: the same fields after a dotted name.
        let dotted = [Self.field("extra.value", .primitive(.string), line: 9)] + Self.fields
        let (general, generalDiagnostics) = SchemaBuilderTests.build([
            SchemaBuilderTests.object("Thing", anchors: ["thing"], dotted)
        ])
        let plainProperties = Self.properties(plain, of: "Thing")
        let generalProperties = Self.properties(general, of: "Thing").filter { $0.jsonName != "extra" }
        #expect(plainProperties.map(\.jsonName) == ["id", "name", "state", "notes", "score", "tags"])
        #expect(plainProperties == generalProperties)
        #expect(plainDiagnostics.map(\.message) == generalDiagnostics.map(\.message))
        #expect(plainDiagnostics.filter { $0.code == "duplicate-field" }.count == 3)
        // Each repetition points at the first row with the name, also the third `id`.
        let repeatedIDs = plainDiagnostics.filter { $0.message.contains("'id' is listed twice") }
        #expect(repeatedIDs.count == 2)
        #expect(repeatedIDs.allSatisfy { $0.message.contains("first at doc.md:10)") })
        // The repeated names keep their first row.
        #expect(plainProperties.first?.type == .integer)
        #expect(plainProperties.first?.location.line == 10)
    }
}
