import Foundation
import SpecgenCore
import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport
import SpecgenTestSupport
import Testing

@testable import SpecgenDialects

/// Every field table of both revisions becomes a type or a sub-type, and every row keeps its JSON name, type,
/// presence and nullability. The expected tables and rows come from `field_tables.py`, which reads the same files
/// as plain text, independently of specgen's Markdown reader and dialect.
@Suite struct FieldTableTests {
    struct Expected: Decodable {
        var files: [String: [ExpectedTable]]
    }

    struct ExpectedTable: Decodable {
        var line: Int
        var kind: String
        var header: [String]
        var rows: [ExpectedRow]
    }

    struct ExpectedRow: Decodable {
        var line: Int
        var name: String
        var type: String?
        var description: String?
        var optional: Bool?
        var nullable: Bool?
        var alternative: Bool?
    }

    static func expected(_ revision: String) throws -> Expected {
        let json = try Corpus.python("field_tables.py", [Corpus.root.appendingPathComponent(revision).path])
        return try JSONDecoder().decode(Expected.self, from: Data(json.utf8))
    }

    @Test(arguments: Corpus.revisions)
    func everyFieldTableIsReadWithAllItsRows(revision: String) throws {
        let expected = try Self.expected(revision)
        let diagnostics = DiagnosticCollector()
        let readings = try Corpus.inputs(revision).map { input in
            OsuDialect().read(
                MarkdownReader().read(input.contents, path: input.path, diagnostics: diagnostics),
                diagnostics: diagnostics)
        }
        var expectedCount = 0
        var readCount = 0
        for reading in readings {
            let document = reading.document
            let relative = String(document.path.dropFirst(revision.count + 1))
            let tables = (expected.files[relative] ?? []).filter { $0.kind == "fields" }
            let read = reading.log.tables.filter { $0.role == .fields && $0.hasTypeColumn }
            expectedCount += tables.count
            readCount += read.count
            #expect(read.map(\.location.line) == tables.map(\.line), "\(document.path): field tables")
            #expect(read.map(\.rowCount) == tables.map(\.rows.count), "\(document.path): rows per field table")
            for table in read {
                #expect(table.owner != nil, "\(document.path):\(table.location.line): a field table with no owner")
            }
        }
        #expect(readCount == expectedCount)
        #expect(expectedCount == (revision == "osu-web" ? 130 : 116))
    }

    @Test(arguments: Corpus.revisions)
    func everyFieldKeepsItsNameTypePresenceAndNullability(revision: String) throws {
        let expected = try Self.expected(revision)
        let diagnostics = DiagnosticCollector()
        let schema = Generator().buildSchema(try Corpus.inputs(revision), diagnostics: diagnostics)
        let warnedLines = Set(
            diagnostics.diagnostics.compactMap { d in d.range.map { "\($0.start.path):\($0.start.line)" } })
        var byLine: [String: [(type: SchemaType, property: Property)]] = [:]
        var byPath: [String: [(type: SchemaType, property: Property)]] = [:]
        for type in schema.types {
            let properties: [Property]
            switch type.kind {
            case .object(let object): properties = object.properties
            case .eventSet(let set): properties = set.envelope
            default: properties = []
            }
            for property in properties {
                byLine[property.location.fileLine, default: []].append((type, property))
                byPath[property.location.path, default: []].append((type, property))
            }
        }
        var checked = 0
        for (relative, tables) in expected.files.sorted(by: { $0.key < $1.key }) {
            let path = revision + "/" + relative
            for table in tables where table.kind == "fields" {
                for row in table.rows {
                    let at = "\(path):\(row.line)"
                    let leaf = row.name.contains(".") ? String(row.name.split(separator: ".").last!) : row.name
                    let here = (byLine[at] ?? []).filter { $0.property.jsonName == leaf }
                    let own = here.filter { $0.type.documentPath == path }
                    guard
                        let (owner, property) = own.first ?? here.first
                            ?? byPath[path]?.first(where: {
                                $0.property.jsonName == leaf && $0.type.documentPath == path
                            })
                    else {
                        Issue.record("\(at): field '\(row.name)' is in no type")
                        continue
                    }
                    checked += 1
                    let context =
                        "\(at) \(row.name) | \(row.type ?? "") → \(owner.name).\(property.jsonName): "
                        + "\(property.type.dumped)\(property.isNullable ? "?" : "")"
                        + (property.isRequired ? " required" : " optional")
                    #expect(property.isNullable == (row.nullable ?? false), "nullability: \(context)")
                    if row.optional == true { #expect(!property.isRequired, "presence: \(context)") }
                    if row.optional == false, row.nullable == false, row.alternative == false,
                        !OsuDialect.descriptionMakesOptional(row.description ?? "")
                    {
                        #expect(property.isRequired, "presence: \(context)")
                    }
                    let problem = Self.typeMismatch(
                        row.type ?? "", property.type, schema: schema,
                        warned: warnedLines.contains(at))
                    #expect(problem == nil, "type: \(problem ?? "") — \(context)")
                }
            }
        }
        #expect(checked == (revision == "osu-web" ? 723 : 638))
    }

    /// Checks a Type cell against the property's type; `nil` when they agree.
    static func typeMismatch(_ cell: String, _ actual: TypeRef, schema: Schema, warned: Bool) -> String? {
        var text = cell.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("`"), text.hasSuffix("`"), text.filter({ $0 == "`" }).count == 2, !text.contains("\\|") {
            text = String(text.dropFirst().dropLast())
        }
        if text.hasSuffix("?") { text.removeLast() }
        var actual = actual
        if text.hasSuffix("[]") {
            text.removeLast(2)
            guard case .array(let element) = actual else { return "expected an array" }
            actual = element
        }
        if text.hasPrefix("("), text.hasSuffix(")") { text = String(text.dropFirst().dropLast()) }
        let untypedOK = actual == .any && warned
        let primitives: [String: TypeRef] = [
            "string": .string, "integer": .integer, "float": .number, "number": .number, "boolean": .boolean,
            "bool": .boolean, "object": .object, "DateTime": .timestamp,
        ]
        if text.isEmpty { return untypedOK ? nil : "an empty Type cell must be untyped, with a warning" }
        if let primitive = primitives[text] {
            if actual == primitive { return nil }
            // A description that names the list of values makes an integer or string an enumeration.
            if case .named(let name) = actual, case .enumeration? = schema.type(named: name)?.kind,
                primitive == .integer || primitive == .string
            {
                return nil
            }
            return "expected \(primitive.dumped)"
        }
        switch actual {
        case .named, .timestamp, .object: return nil
        case .any: return untypedOK ? nil : "untyped without a warning on its row"
        default: return "expected a named type, found \(actual.dumped)"
        }
    }
}
