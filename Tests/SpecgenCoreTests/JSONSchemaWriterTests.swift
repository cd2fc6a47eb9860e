import Foundation
import SpecgenCore
import SpecgenDialects
import SpecgenTestSupport
import Testing

@testable import SpecgenEmit

/// ``JSONSchemaWriter`` writes what `JSONEncoder` writes for a ``JSONSchemaNode`` (pretty-printed, keys sorted,
/// slashes as they are), byte for byte, each compared with `JSONEncoder` in the same test.
@Suite struct JSONSchemaWriterTests {
    /// The node's text through `JSONEncoder`, as `schema.json` was written before ``JSONSchemaWriter``.
    func encoded(_ node: JSONSchemaNode) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(node), as: UTF8.self)
    }

    func written(_ node: JSONSchemaNode) -> String {
        String(decoding: JSONSchemaWriter.text(of: node), as: UTF8.self)
    }

    /// The schema documents of the test docs, the construct fixtures and both osu-web corpora.
    @Test func specgenSchemasAreTheSame() throws {
        for folder in ["spec", "Tests/Fixtures/constructs", "Tests/Corpus/osu-web", "Tests/Corpus/osu-web-seed-era"] {
            let inputs = try Fixtures.inputs(under: folder)
            let schema = Generator().buildSchema(inputs, diagnostics: .init())
            #expect(schema.types.count > 5, "\(folder)")
            let emitter = JSONSchemaEmitter(names: SwiftSchema(schema))
            let root = emitter.document(schema, documents: inputs.map(\.path))
            let expected = try encoded(root)
            #expect(written(root) == expected, "\(folder)")
            #expect(try emitter.emit(schema, documents: inputs.map(\.path)).contents == expected + "\n")
        }
    }

    /// The schema documents of the Discord gateway fixtures and of Discord's event pages.
    @Test(arguments: ["Tests/Fixtures/gateway", "Tests/Corpus/discord-api-docs/developers/events"])
    func discordSchemasAreTheSame(folder: String) throws {
        let inputs = try Fixtures.inputs(under: folder, extensions: ["mdx"])
        let schema = Generator(options: GeneratorOptions(dialect: DiscordDialect())).buildSchema(
            inputs, diagnostics: .init())
        #expect(schema.types.count > 5)
        let root = JSONSchemaEmitter(names: SwiftSchema(schema)).document(schema, documents: inputs.map(\.path))
        #expect(written(root) == (try encoded(root)))
    }

    /// Every keyword, strings that need escaping, empty lists and objects, keys whose order depends on case and
    /// digits, the extremes of 64-bit integers. Each key of `JSONSchemaNode.CodingKeys` must be set here, so a
    /// keyword added to the node and not to ``JSONSchemaWriter`` fails this test.
    @Test func keywordsEscapesAndEdges() throws {
        let root = JSONSchemaNode()
        root.schema = "https://json-schema.org/draft/2020-12/schema"
        root.title = "quotes \" backslash \\ slash / tab \t newline \n return \r"
        root.description = "controls \u{0} \u{1} \u{8} \u{C} \u{1F} \u{7F} and more: é ✓ 😀 \u{2028}"
        root.specLocation = "a/b.md:1"
        let leaf = JSONSchemaNode()
        leaf.ref = "#/$defs/Leaf"
        leaf.type = ["string", "null"]
        leaf.format = "date-time"
        leaf.pattern = "^[0-9]+$"
        leaf.minimum = Int64.min
        leaf.maximum = Int64.max
        leaf.const = .integer(-3)
        leaf.enumValues = [.string("a\"b"), .integer(0), .integer(42)]
        leaf.required = []
        leaf.anyOf = []
        leaf.properties = [:]
        let branch = JSONSchemaNode()
        branch.if = leaf
        branch.then = JSONSchemaNode()
        branch.else = leaf
        branch.const = .string("")
        branch.items = leaf
        root.allOf = [branch, JSONSchemaNode()]
        root.properties = ["b": leaf, "B": branch, "a10": leaf, "a9": leaf, "_": leaf, "é": leaf, "z": leaf]
        root.defs = ["Leaf": leaf, "Empty": JSONSchemaNode()]
        root.required = ["b", "a10"]
        root.type = ["object"]
        let text = try encoded(root)
        for key in JSONSchemaNode.CodingKeys.allCases {
            #expect(text.contains("\"\(key.stringValue)\" :"), "set `\(key.stringValue)` in this test")
        }
        #expect(written(root) == text)
        #expect(written(JSONSchemaNode()) == (try encoded(JSONSchemaNode())))
    }
}
