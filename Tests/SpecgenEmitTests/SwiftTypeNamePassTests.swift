import SpecgenIR
import SpecgenSupport
import Testing

@testable import SpecgenEmit

/// The Swift pass names types from the IR's naming facts (``TypeClaim``), and every Swift output spells a type by
/// the pass's name, whatever the IR calls it.
@Suite struct SwiftTypeNamePassTests {
    /// A declared object whose heading is `heading`, referred to in the IR by its identity `reference`, claimed
    /// `order`th.
    static func declared(
        _ reference: String, heading: String, order: Int, _ properties: [Property] = [Build.property("id", .integer)]
    ) -> SchemaType {
        var type = Build.object(reference, properties)
        type.docName = heading
        type.declaredName = SchemaType.DeclaredName(heading: heading)
        type.claim = TypeClaim(identity: reference, order: order)
        return type
    }

    /// Two types whose headings make one Swift name: the one claimed first keeps it, the other is numbered, and
    /// every reference to either (a property, a union member, the dump, the models, the JSON Schema) follows.
    @Test func twoTypesClaimingOneNameAreNumberedInClaimOrder() throws {
        let late = Self.declared("r#late", heading: "forum post", order: 1)
        let early = Self.declared("r#early", heading: "Forum Post", order: 0)
        let holder = Self.declared(
            "r#holder", heading: "Holder", order: 2,
            [Build.property("late", .named("r#late")), Build.property("early", .array(.named("r#early")))])
        var union = Build.union("r#union", [.named("r#late"), .named("r#early")])
        union.origin = .typeUnion
        union.docName = "a union"
        union.claim = TypeClaim(identity: "r#union", order: 3)
        let swift = SwiftSchema(Schema(types: [late, early, holder, union]))
        #expect(swift.typeName(of: late) == "ForumPost2")
        #expect(swift.typeName(of: early) == "ForumPost")
        #expect(swift.typeName("r#holder") == "Holder")
        #expect(swift.typeName("r#union") == "ForumPost2OrForumPost")
        #expect(swift.caseNames(of: union) == ["forumPost2", "forumPost"])
        #expect(swift.swiftNamed(.array(.named("r#late"))) == .array(.named("ForumPost2")))
        let dump = swift.dump(locations: false)
        #expect(dump.contains("object ForumPost2 'forum post'\n"))
        #expect(dump.contains("object ForumPost 'Forum Post'\n"))
        #expect(dump.contains("  late late: ForumPost2 required\n  early early: [ForumPost] required\n"))
        #expect(dump.contains("union ForumPost2OrForumPost (union)\n  .forumPost2(ForumPost2)\n"))
        #expect(!dump.contains("r#"))
        let models = try SwiftModelEmitter(templates: TemplateSet()).emitFile(
            for: "a.md", types: swift.schema.types, in: swift, baseName: "A"
        ).contents
        #expect(models.contains("struct ForumPost2: "))
        #expect(models.contains("var late: ForumPost2\n"))
        #expect(models.contains("var early: [ForumPost]\n"))
        #expect(models.contains("enum ForumPost2OrForumPost: "))
        let json = try JSONSchemaEmitter(names: swift).emit(swift.schema, documents: ["a.md"]).contents
        #expect(json.contains("\"#/$defs/ForumPost2\""))
        #expect(json.contains("\"ForumPost2OrForumPost\""))
        #expect(!json.contains("r#"))
    }

    /// The pass's names follow the naming facts: giving a type another identity in the IR changes no Swift name,
    /// and a type without naming facts (not made by the builder) keeps the name the IR gives it.
    @Test func namesFollowTheFactsNotTheReferences() {
        let first = SwiftSchema(
            Schema(types: [Self.declared("a", heading: "User", order: 0), Build.object("Loose", [])]))
        let second = SwiftSchema(
            Schema(types: [Self.declared("zz", heading: "User", order: 0), Build.object("Loose", [])]))
        #expect(first.typeName("a") == "User")
        #expect(second.typeName("zz") == "User")
        #expect(first.typeName("Loose") == "Loose")
        #expect(first.typeName("unknown") == "unknown")
    }

    /// A member whose name is a type's Swift name (not its IR reference) is renamed, so that it does not hide the
    /// type.
    @Test func membersAreSeparatedFromSwiftTypeNames() {
        let factor = Self.declared("ref1", heading: "2fa", order: 0)
        let holder = Self.declared("ref2", heading: "Holder", order: 1, [Build.property("2fa", .named("ref1"))])
        let swift = SwiftSchema(Schema(types: [factor, holder]))
        #expect(swift.typeName(of: factor) == "_2fa")
        #expect(swift.property(Build.property("2fa", .named("ref1")), in: holder).name == "_2faValue")
    }
}
