import Foundation
import SpecgenCore
import SpecgenDialects
import SpecgenIR
import SpecgenSupport
import SpecgenTestSupport
import SpecgenValidation
import Testing

@testable import SpecgenEmit

/// The Swift pass names types from the IR's naming facts (``TypeClaim``): the IR refers to types by their
/// identities, which are no Swift names, and the pass alone decides the Swift names.
@Suite struct SwiftTypeNamesTests {
    /// The identities of a schema's types, which must be unique.
    static func identities(_ schema: Schema) -> [String] {
        schema.types.compactMap(\.claim?.identity)
    }

    static func osu(_ inputs: [InputFile], settings: SwiftNameSettings = SwiftNameSettings()) -> Schema {
        let diagnostics = DiagnosticCollector()
        let documents = Generator().readDocuments(inputs, diagnostics: diagnostics)
        return SchemaBuilder(options: .init(integerNarrowing: settings.integerNarrowing))
            .build(documents, diagnostics: diagnostics)
    }

    /// The Swift name of every type of `schema`, one `identity -> name` line each in schema order (a tagged
    /// object's variant enumeration after it), for a golden file.
    static func namesListing(_ schema: Schema) -> String {
        let names = SwiftTypeNames(schema, names: SwiftNameSettings())
        var lines: [String] = []
        for type in schema.types {
            guard let claim = type.claim else { continue }
            lines.append("\(claim.identity) -> \(names.name(of: claim.identity) ?? "?")")
            if case .object(let object) = type.kind, let claim = object.variants?.variantEnumClaim {
                lines.append("\(claim.identity) -> \(names.name(of: claim.identity) ?? "?")")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The Swift names of every corpus's types are kept in golden files, so that a change to the IR or to the pass
    /// that renames a type shows there.
    @Test(arguments: [
        "spec", "Tests/Fixtures/constructs", "Tests/Corpus/osu-web", "Tests/Corpus/osu-web-seed-era",
        "Tests/Fixtures/gateway", "Tests/Corpus/discord-api-docs/developers/resources",
        "Tests/Corpus/discord-api-docs/developers/events", "Tests/Corpus/discord-api-docs/developers/topics",
        "Tests/Corpus/discord-api-docs/developers/interactions", "Tests/Corpus/discord-api-docs/developers/components",
    ])
    func everyCorpussTypeNamesAreKept(folder: String) throws {
        let isDiscord = folder.contains("discord") || folder.hasSuffix("gateway")
        let diagnostics = DiagnosticCollector()
        let options = isDiscord ? GeneratorOptions(dialect: DiscordDialect()) : GeneratorOptions()
        let schema = Generator(options: options).buildSchema(
            try Fixtures.inputs(under: folder, extensions: isDiscord ? ["mdx"] : ["md"]), diagnostics: diagnostics)
        #expect(!diagnostics.hasErrors)
        #expect(schema.types.count > 10)
        #expect(Set(Self.identities(schema)).count == schema.types.count)
        let slug = folder.split(separator: "/").last.map(String.init) ?? folder
        let golden = "Tests/SpecgenCoreTests/Goldens/TypeNames/\(slug).txt"
        if let failure = Golden.check(Self.namesListing(schema), against: golden) { Issue.record("\(failure)") }
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
        let names = SwiftTypeNames(schema, names: settings)
        // Numbered names in claim order, a short name, a configured name, a name Swift code refers to.
        #expect(names.name(of: "Forum Post") == "ForumPost")
        #expect(names.name(of: "ForumPost") == "ForumPost2")
        #expect(names.name(of: "Forum Post.Forum Extra") == "ForumExtra")
        #expect(names.name(of: "ForumPostKind") == "ForumPostKind")
        #expect(names.name(of: "Forum Post#values(kind)") == "ForumPostKind2")
        #expect(names.name(of: "Self") == "Self2")
        #expect(names.name(of: "Renamed") == "ForumTopicOrTopic")
        #expect(names.name(of: "#union(ForumTopic | Topic)") == "ForumTopicOrTopic2")
        #expect(Set(Self.identities(schema)).count == schema.types.count)
    }

    /// The pass names from the facts, not from how identities are spelled: renaming every identity in the IR (the
    /// types' names, every reference, the naming facts) changes no Swift name.
    @Test func identitiesAreNotSwiftNames() throws {
        let schema = Self.osu(try Fixtures.inputs(under: "Tests/Fixtures/constructs"))
        let expected = SwiftTypeNames(schema, names: SwiftNameSettings()).names
        let renamed = Self.renamingReferences(schema) { "X" + $0 }
        #expect(expected.values.contains("NodeOrLeaf"))
        #expect(expected["#union(Node | Leaf)"] == "NodeOrLeaf")
        #expect(
            SwiftTypeNames(renamed, names: SwiftNameSettings()).names
                == Dictionary(uniqueKeysWithValues: expected.map { ("X" + $0, $1) }))
    }

    /// Naming schemas in turn gives each its own names: another schema, even one of as many types, is named anew.
    @Test func keptNamesAreThoseOfTheSchemaAskedFor() throws {
        let schema = Self.osu(try Fixtures.inputs(under: "Tests/Fixtures/constructs"))
        let renamed = Self.renamingReferences(schema) { "X" + $0 }
        let expected = SwiftTypeNames(schema, names: SwiftNameSettings()).names
        let expectedRenamed = Dictionary(uniqueKeysWithValues: expected.map { ("X" + $0, $1) })
        for _ in 0..<2 {
            #expect(SwiftTypeNames(schema, names: SwiftNameSettings()).names == expected)
            #expect(SwiftTypeNames(renamed, names: SwiftNameSettings()).names == expectedRenamed)
        }
        #expect(SwiftSchema(renamed).typeName("X#union(Node | Leaf)") == "NodeOrLeaf")
        #expect(SwiftSchema(schema).typeName("#union(Node | Leaf)") == "NodeOrLeaf")
    }

    /// The schema with every reference to a type (its name, the references of properties, union members, variants,
    /// tag types, event payloads, synthesized types' owners, the identities and owners of the naming facts) renamed
    /// by `rename`: another IR for the same docs.
    static func renamingReferences(_ schema: Schema, _ rename: @escaping (String) -> String) -> Schema {
        func ref(_ type: TypeRef) -> TypeRef {
            switch type {
            case .named(let name): return .named(rename(name))
            case .array(let element): return .array(ref(element))
            default: return type
            }
        }
        func property(_ property: Property) -> Property {
            var property = property
            property.type = ref(property.type)
            property.narrowedFrom = property.narrowedFrom.map(ref)
            return property
        }
        func payload(_ payload: EventPayload) -> EventPayload {
            switch payload {
            case .none: return .none
            case .data(let type, let also, let location):
                return .data(ref(type), alsoRequired: also, location: location)
            case .frame(let type, let location): return .frame(ref(type), location: location)
            }
        }
        func claim(_ claim: TypeClaim?) -> TypeClaim? {
            guard var claim else { return nil }
            claim.identity = rename(claim.identity)
            claim.owner = claim.owner.map(rename)
            return claim
        }
        var renamed = schema
        renamed.types = schema.types.map { type in
            var type = type
            type.name = rename(type.name)
            type.claim = claim(type.claim)
            switch type.kind {
            case .object(var object):
                object.properties = object.properties.map(property)
                if var variants = object.variants {
                    variants.tagType = rename(variants.tagType)
                    variants.declaredTagType = ref(variants.declaredTagType)
                    variants.variantEnumClaim = claim(variants.variantEnumClaim)
                    variants.variants = variants.variants.map { variant in
                        var variant = variant
                        variant.typeName = rename(variant.typeName)
                        return variant
                    }
                    object.variants = variants
                }
                type.kind = .object(object)
            case .union(var union):
                union.members = union.members.map { member in
                    var member = member
                    member.type = ref(member.type)
                    return member
                }
                union.writtenMembers = union.writtenMembers.map(ref)
                type.kind = .union(union)
            case .eventSet(var set):
                set.envelope = set.envelope.map(property)
                set.events = set.events.map { event in
                    var event = event
                    event.payload = payload(event.payload)
                    return event
                }
                type.kind = .eventSet(set)
            case .enumeration:
                break
            }
            switch type.origin {
            case .declared, .typeUnion, .eventPayload: break
            case .variant(let owner, let tag): type.origin = .variant(of: rename(owner), tag: tag)
            case .variantTags(let owner): type.origin = .variantTags(of: rename(owner))
            case .variantNested(let owner, let tag, let field):
                type.origin = .variantNested(of: rename(owner), tag: tag, field: field)
            case .dottedFields(let owner, let field): type.origin = .dottedFields(of: rename(owner), field: field)
            case .literalUnion(let owner, let field): type.origin = .literalUnion(of: rename(owner), field: field)
            case .partial(let owner): type.origin = .partial(of: rename(owner))
            }
            return type
        }
        return renamed
    }

    /// Every file every emitter (the TypeScript one included) renders for `schema`, and the IR dump.
    static func outputs(_ schema: Schema, documents: [String]) throws -> [String: String] {
        let context = EmitContext(documents: documents, dialectName: "osu")
        let templates = try TemplateSet()
        var files = ["ir.txt": schema.dump(names: SwiftNameSettings())]
        for emitter in EmitterRegistry.withTestEmitters.emitters {
            for file in try emitter.emit(schema, context: context, templates: templates) {
                files[file.name] = file.contents
            }
        }
        return files
    }

    /// Every Swift name in every output comes from the Swift pass, not from the IR's references: an IR whose
    /// references are all renamed gives the same files, byte for byte.
    @Test(arguments: ["Tests/Fixtures/constructs", "Tests/Fixtures/gateway"])
    func renamingTheIRsReferencesChangesNoOutput(folder: String) throws {
        let isGateway = folder.hasSuffix("gateway")
        let inputs = try Fixtures.inputs(under: folder, extensions: isGateway ? ["mdx"] : ["md"])
        let diagnostics = DiagnosticCollector()
        let options = isGateway ? GeneratorOptions(dialect: DiscordDialect()) : GeneratorOptions()
        let schema = Generator(options: options).buildSchema(inputs, diagnostics: diagnostics)
        #expect(!diagnostics.hasErrors)
        let renamed = Self.renamingReferences(schema) { "#" + $0 }
        #expect(renamed.types.allSatisfy { $0.name.hasPrefix("#") })
        #expect(renamed != schema)
        let expected = try Self.outputs(schema, documents: inputs.map(\.path))
        let got = try Self.outputs(renamed, documents: inputs.map(\.path))
        #expect(expected.count > 3)
        #expect(got.keys.sorted() == expected.keys.sorted())
        for (name, contents) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(got[name] == contents, "\(name) differs")
        }
    }

    /// `specgen validate`'s validator takes its type names from the Swift pass, not from the IR's references: for an
    /// IR whose references are all renamed, it finds the same types by the same names (`--type`) and reports the
    /// same issues, word for word, on payloads that break every type's rules (messages that name an object, an
    /// enumeration's values, a union's members).
    @Test(arguments: ["Tests/Fixtures/constructs", "Tests/Fixtures/gateway"])
    func renamingTheIRsReferencesChangesNoValidatorIssue(folder: String) throws {
        let isGateway = folder.hasSuffix("gateway")
        let inputs = try Fixtures.inputs(under: folder, extensions: isGateway ? ["mdx"] : ["md"])
        let diagnostics = DiagnosticCollector()
        let options = isGateway ? GeneratorOptions(dialect: DiscordDialect()) : GeneratorOptions()
        let schema = Generator(options: options).buildSchema(inputs, diagnostics: diagnostics)
        #expect(!diagnostics.hasErrors)
        let renamed = Self.renamingReferences(schema) { "#" + $0 }
        let expected = SchemaValidator(schema: schema, typeName: swiftTypeNames(of: schema))
        let got = SchemaValidator(schema: renamed, typeName: swiftTypeNames(of: renamed))
        #expect(got.typeNames == expected.typeNames)
        let swift = SwiftSchema(schema)
        #expect(expected.typeNames == schema.types.map { swift.typeName(of: $0) }.sorted())
        #expect(zip(schema.types, renamed.types).allSatisfy { expected.name(of: $0) == got.name(of: $1) })
        // A value of the wrong JSON type for the type and for each of its properties (`[true]` for an array).
        func payloads(_ type: SchemaType) -> [String] {
            var properties: [Property] = []
            switch type.kind {
            case .object(let object): properties = object.properties
            case .eventSet(let set): properties = set.envelope
            case .enumeration, .union: break
            }
            let members = properties.map { property -> String in
                let value: String
                if case .array = property.type { value = "[true]" } else { value = "true" }
                return "\"\(property.jsonName)\": \(value)"
            }
            return ["1", "\"§\"", "{" + members.joined(separator: ", ") + "}"]
        }
        var messages: [String] = []
        for type in schema.types {
            let name = expected.name(of: type)
            #expect(got.hasType(named: name))
            for payload in payloads(type) {
                let issues = got.validate(Data(payload.utf8), as: name)
                #expect(issues == expected.validate(Data(payload.utf8), as: name), "\(name): \(payload)")
                messages += issues.map(\.description)
            }
        }
        #expect(!messages.contains { $0.contains("#") }, "an IR reference in \(messages.filter { $0.contains("#") })")
        #expect(messages.contains { $0.contains("an object (") })
        #expect(messages.contains { $0.contains(" or ") })
    }

    /// A type defined twice is the builder's error; its two declarations share an identity, and the pass names the
    /// second after the first, reported at the second's heading like any taken name.
    @Test func aTypeDefinedTwiceIsNamedByThePassLikeATakenName() throws {
        let markdown = """
            ## Item

            Field | Type | Description
            ----- | ---- | -----------
            kind  | `a` \\| `b` | |

            ## Item

            Field | Type | Description
            ----- | ---- | -----------
            kind  | `c` \\| `d` | |
            """
        let diagnostics = DiagnosticCollector()
        let schema = Generator().buildSchema([Fixtures.input(markdown, path: "a.md")], diagnostics: diagnostics)
        #expect(schema.types.map(\.name) == ["Item", "Item#values(kind)", "Item", "Item#values(kind)"])
        #expect(schema.types.map { $0.claim?.location?.line } == [1, 5, 7, 11])
        #expect(
            diagnostics.sorted.map { "\($0.description) [\($0.code ?? "")]" } == [
                "a.md:7:1: error: type 'Item' is defined twice (first at a.md:1); rename or remove one of them "
                    + "[duplicate-type]",
                "a.md:7:1: warning: 'Item' would be named 'Item' in Swift, which is taken; it is named 'Item2' "
                    + "[name-collision]",
                "a.md:7:1: warning: anchor '#item' is defined more than once; links go to the first one "
                    + "[duplicate-anchor]",
                "a.md:11:1: note: the type specgen makes here would be named 'ItemKind', which is taken; it is named "
                    + "'ItemKind2' [name-collision]",
            ])
        // The identity's name is the first type's.
        #expect(SwiftSchema(schema).typeName("Item") == "Item")
    }

    /// The Swift pass reports the names it cannot give, where the docs ask for them, in every command's pipeline
    /// (``Generator/buildSchema(_:diagnostics:)``): a taken name (a warning for a heading, a note for a type specgen
    /// makes) and a heading without letters (an error), unless configuration names it.
    @Test func takenAndUnmakeableNamesAreReportedByThePass() throws {
        let markdown = """
            ## Forum Post

            Field | Type | Description
            ----- | ---- | -----------
            kind  | `a` \\| `b` | A literal union whose name a heading takes first.

            ## forum_post

            Field | Type | Description
            ----- | ---- | -----------
            id    | integer | |

            ## ForumPostKind

            Field | Type | Description
            ----- | ---- | -----------
            id    | integer | |

            ## 名前

            Field | Type | Description
            ----- | ---- | -----------
            id    | integer | |
            """
        func report() -> [String] {
            let diagnostics = DiagnosticCollector()
            _ = Generator().buildSchema(
                [Fixtures.input(markdown, path: "a.md")], diagnostics: diagnostics)
            return diagnostics.sorted.map { "\($0.description) [\($0.code ?? "")]" }
        }
        #expect(
            report() == [
                "a.md:5:1: note: the type specgen makes here would be named 'ForumPostKind', which is taken; it is "
                    + "named 'ForumPostKind2' [name-collision]",
                "a.md:7:1: warning: 'forum_post' would be named 'ForumPost' in Swift, which is taken; it is named "
                    + "'ForumPost2' [name-collision]",
                "a.md:19:1: error: the heading '名前' has no Latin letters or digits to make a Swift type name from; "
                    + "rename it, or name the type under 'typeNames:' in the configuration [unnamed-type]",
            ])
        let settings = SwiftNameSettings(typeNames: ["名前": "Name", "forum_post": "Post"])
        let named = Self.osu([Fixtures.input(markdown, path: "a.md")], settings: settings)
        let diagnostics = DiagnosticCollector()
        SwiftSchema.reportTypeNames(in: named, names: settings, to: diagnostics)
        #expect(diagnostics.sorted.map(\.code) == ["name-collision"])
    }
}
