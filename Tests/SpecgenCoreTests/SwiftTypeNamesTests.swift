import Foundation
import SpecgenCore
import SpecgenDialects
import SpecgenIR
import SpecgenSupport
import SpecgenTestSupport
import Testing

@testable import SpecgenEmit

/// The Swift pass names types from the IR's naming facts (``TypeClaim``) by the schema builder's rules: on every
/// corpus and fixture, each type, tag enumeration and variant enumeration gets the name the builder gave it.
@Suite struct SwiftTypeNamesTests {
    /// Every mismatch between the builder's names and the pass's, as `identity: builder ≠ pass`.
    static func mismatches(_ schema: Schema) -> [String] {
        let names = SwiftTypeNames(schema)
        var problems: [String] = []
        func compare(_ identity: String, _ expected: String) {
            let got = names.name(of: identity)
            if got != expected { problems.append("\(identity): \(expected) ≠ \(got ?? "nothing")") }
        }
        for type in schema.types {
            guard let claim = type.claim else {
                problems.append("\(type.name): no naming facts")
                continue
            }
            compare(claim.identity, type.name)
            if case .object(let object) = type.kind, let variants = object.variants {
                if let claim = variants.variantEnumClaim {
                    compare(claim.identity, variants.variantEnumName)
                } else {
                    problems.append("\(type.name): no naming facts for its variant enumeration")
                }
            }
        }
        return problems
    }

    /// The identities of a schema's types, which must be unique.
    static func identities(_ schema: Schema) -> [String] {
        schema.types.compactMap(\.claim?.identity)
    }

    static func osu(_ inputs: [InputFile], settings: SwiftNameSettings = SwiftNameSettings()) -> Schema {
        let diagnostics = DiagnosticCollector()
        let documents = Generator().readDocuments(inputs, diagnostics: diagnostics)
        return SchemaBuilder(options: .init(swiftNames: settings)).build(documents, diagnostics: diagnostics)
    }

    @Test(arguments: ["spec", "Tests/Fixtures/constructs", "Tests/Corpus/osu-web", "Tests/Corpus/osu-web-seed-era"])
    func osuDocsAreNamedAsTheBuilderNamesThem(folder: String) throws {
        let schema = Self.osu(try Fixtures.inputs(under: folder))
        #expect(schema.types.count > 10)
        #expect(Self.mismatches(schema) == [])
        #expect(Set(Self.identities(schema)).count == schema.types.count)
    }

    /// The gateway fixtures, and the reference pages of the Discord docs (which, read all at once, define some types
    /// twice: an error, after which nothing is generated).
    @Test(arguments: [
        "Tests/Fixtures/gateway", "Tests/Corpus/discord-api-docs/developers/resources",
        "Tests/Corpus/discord-api-docs/developers/events", "Tests/Corpus/discord-api-docs/developers/topics",
        "Tests/Corpus/discord-api-docs/developers/interactions", "Tests/Corpus/discord-api-docs/developers/components",
    ])
    func discordDocsAreNamedAsTheBuilderNamesThem(folder: String) throws {
        let diagnostics = DiagnosticCollector()
        let schema = Generator(options: GeneratorOptions(dialect: DiscordDialect())).buildSchema(
            try Fixtures.inputs(under: folder, extensions: ["mdx"]), diagnostics: diagnostics)
        #expect(!diagnostics.hasErrors)
        #expect(schema.types.count > 10)
        #expect(Self.mismatches(schema) == [])
        #expect(Set(Self.identities(schema)).count == schema.types.count)
    }

    /// Collisions are numbered in claim order, a shorter name is taken only when nobody else asks for it, the
    /// configuration's names win, and a name Swift code refers to is never handed out.
    @Test func collisionsShortNamesAndConfiguredNames() throws {
        let markdown = """
            ## Forum Post

            Field | Type | Description
            ----- | ---- | -----------
            kind  | `a` \\| `b` | A literal union whose name a heading takes first.
            topic | [ForumTopic](#forumtopic) \\| [Topic](#topic) | A union.

            ### Forum Extra

            Field | Type | Description
            ----- | ---- | -----------
            note  | string | |

            ## ForumPost

            Field | Type | Description
            ----- | ---- | -----------
            id    | integer | |

            ## ForumPostKind

            Field | Type | Description
            ----- | ---- | -----------
            id    | integer | |

            ## ForumTopic

            Field | Type | Description
            ----- | ---- | -----------
            id    | integer | |

            ## Topic

            Field | Type | Description
            ----- | ---- | -----------
            id    | integer | |

            ## Self

            Field | Type | Description
            ----- | ---- | -----------
            id    | integer | |

            ## Renamed

            Field | Type | Description
            ----- | ---- | -----------
            id    | integer | |
            """
        let settings = SwiftNameSettings(typeNames: ["Renamed": "ForumTopicOrTopic"])
        let schema = Self.osu([Fixtures.input(markdown, path: "a.md")], settings: settings)
        let names = Set(schema.types.map(\.name))
        // The facts the test needs are there: numbered names, a short name, a configured name.
        #expect(names.isSuperset(of: ["ForumPost", "ForumPost2", "ForumExtra", "ForumPostKind2", "Self2"]))
        #expect(names.contains("ForumTopicOrTopic2"))
        #expect(Self.mismatches(schema) == [])
        #expect(Set(Self.identities(schema)).count == schema.types.count)
    }

    /// The pass names from the facts, not from the builder's names: renaming every type in the IR (and the union
    /// members that refer to them) changes nothing.
    @Test func theBuildersNamesAreNotRead() throws {
        let schema = Self.osu(try Fixtures.inputs(under: "Tests/Fixtures/constructs"))
        let expected = SwiftTypeNames(schema).names
        func renamed(_ ref: TypeRef) -> TypeRef {
            switch ref {
            case .named(let name): return .named("X" + name)
            case .array(let element): return .array(renamed(element))
            default: return ref
            }
        }
        var other = schema
        other.types = schema.types.map { type in
            var type = type
            type.name = "X" + type.name
            if case .union(var union) = type.kind {
                union.writtenMembers = union.writtenMembers.map(renamed)
                type.kind = .union(union)
            }
            return type
        }
        #expect(expected.values.contains("NodeOrLeaf"))
        #expect(SwiftTypeNames(other).names == expected)
    }
}
