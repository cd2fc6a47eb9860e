import SpecgenIR
import SpecgenSupport
import Testing

@testable import SpecgenEmit

/// The Swift pass names the types of schemas the builder makes from declarations written as Swift values: the IR
/// refers to them by the docs' names (their identities), the pass gives each a Swift name.
@Suite struct SwiftTypeNamesOfBuiltSchemasTests {
    static func at(_ line: Int, _ path: String = "a.md") -> SpecgenSupport.SourceLocation {
        SpecgenSupport.SourceLocation(path: path, line: line)
    }

    static func field(_ name: String, _ type: SpecType = .primitive(.string), line: Int = 1) -> SpecField {
        SpecField(name: name, type: type, presence: .required, location: at(line))
    }

    static func object(
        _ name: String, parents: [String] = [], fields: [SpecField] = [], line: Int = 1, path: String = "a.md"
    ) -> SpecDeclaration {
        SpecDeclaration(
            name: name, parents: parents, location: at(line, path), kind: .object(SpecObject(fields: fields)))
    }

    /// The Swift name of each type, in schema order, and what the pass reports.
    static func names(
        _ documents: [SpecDocument], settings: SwiftNameSettings = SwiftNameSettings()
    ) -> (names: [String], problems: [String]) {
        let diagnostics = DiagnosticCollector()
        let schema = SchemaBuilder(options: .init(integerNarrowing: settings.integerNarrowing))
            .build(documents, diagnostics: diagnostics)
        #expect(diagnostics.diagnostics.isEmpty, "\(diagnostics.diagnostics)")
        SwiftSchema.reportTypeNames(in: schema, names: settings, to: diagnostics)
        let swift = SwiftSchema(schema, names: settings)
        return (schema.types.map { swift.typeName(of: $0) }, diagnostics.sorted.map(\.description))
    }

    /// A type the docs call "guild member" is `guild member` in the IR and `GuildMember` in Swift, and so are the
    /// types made from it and the references to them.
    @Test func theDocsNameBecomesASwiftNameInThePassOnly() {
        let member = Self.object(
            "guild member",
            fields: [
                Self.field("role", .literals(["admin", "guest"]), line: 2), Self.field("user.id", line: 3),
                Self.field("either", .union([.primitive(.string), .array(.primitive(.integer))]), line: 5),
            ])
        let diagnostics = DiagnosticCollector()
        let schema = SchemaBuilder().build(
            [SpecDocument(path: "a.md", declarations: [member])], diagnostics: diagnostics)
        #expect(
            schema.types.map(\.name) == [
                "guild member", "guild member#values(role)", "guild member#fields(user)", "#union(string | [integer])",
            ])
        let swift = SwiftSchema(schema)
        #expect(
            schema.types.map { swift.typeName(of: $0) } == [
                "GuildMember", "GuildMemberRole", "GuildMemberUser", "StringOrIntegerList",
            ])
        #expect(swift.typeName("guild member") == "GuildMember")
        let dump = swift.dump(locations: false)
        #expect(dump.hasPrefix("object GuildMember 'guild member'\n  role role: GuildMemberRole required\n"))
        #expect(!dump.contains("#"))
    }

    /// Headings of one Swift name are numbered in the order the builder asked for them, and the pass reports it.
    @Test func collidingHeadingsAreNumberedInDocumentOrder() {
        let (names, problems) = Self.names([
            SpecDocument(path: "b.md", declarations: [Self.object("chat_channel", line: 7, path: "b.md")]),
            SpecDocument(path: "a.md", declarations: [Self.object("Chat Channel", line: 3)]),
        ])
        // Documents are taken in path order, so a.md's heading keeps the name.
        #expect(names == ["ChatChannel", "ChatChannel2"])
        #expect(
            problems == [
                "b.md:7:1: warning: 'chat_channel' would be named 'ChatChannel' in Swift, which is taken; it is named "
                    + "'ChatChannel2'"
            ])
    }

    @Test func reservedTypeNamesAreNotHandedOut() {
        let (names, _) = Self.names([
            SpecDocument(
                path: "a.md",
                declarations: [
                    Self.object("Type", fields: [Self.field("self"), Self.field("default"), Self.field("init")])
                ])
        ])
        #expect(names == ["Type2"])
    }

    @Test func subTypesTakeTheirParentsNameUnlessTheirOwnRepeatsIt() {
        let (names, problems) = Self.names([
            SpecDocument(
                path: "a.md",
                declarations: [
                    Self.object("UserCompact"),
                    Self.object("ProfileBanner", parents: ["UserCompact"], line: 2),
                    Self.object("UserAccountHistory", parents: ["UserCompact"], line: 3),
                    Self.object("UserBadge", parents: ["UserCompact"], line: 4),
                    // Another declaration wants the short name: the sub-type keeps the long one.
                    Self.object("UserBadge", line: 5),
                ])
        ])
        #expect(
            names == [
                "UserCompact", "UserCompactProfileBanner", "UserAccountHistory", "UserCompactUserBadge", "UserBadge",
            ])
        #expect(problems.isEmpty)
    }

    @Test func nonASCIINamesAreWrittenInASCIIOrReported() {
        let (names, problems) = Self.names([
            SpecDocument(
                path: "a.md",
                declarations: [
                    Self.object("Café", fields: [Self.field("größe", line: 2)]), Self.object("名前", line: 4),
                ])
        ])
        #expect(names == ["Cafe", "_"])
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("a.md:4:1: error: the heading '名前' has no Latin letters") == true)
    }

    @Test func synthesizedTypesAreNamedAfterTheirOwnerAndYieldToDeclaredOnes() {
        let (names, problems) = Self.names([
            SpecDocument(
                path: "a.md",
                declarations: [
                    Self.object("Room", fields: [Self.field("status", .literals(["open", "closed"]), line: 2)]),
                    SpecDeclaration(
                        name: "RoomStatus", location: Self.at(5),
                        kind: .enumeration(SpecEnum(values: [SpecEnumValue(value: "x", location: Self.at(6))]))),
                ])
        ])
        // Declared types are named first, so the enum made from the literals takes the next name.
        #expect(names == ["Room", "RoomStatus2", "RoomStatus"])
        #expect(
            problems == [
                "a.md:2:1: note: the type specgen makes here would be named 'RoomStatus', which is taken; it is named "
                    + "'RoomStatus2'"
            ])
    }

    /// The configuration's type names are the pass's to apply, by the docs' names; the types the builder makes from
    /// a renamed type follow its Swift name.
    @Test func configuredNamesAreAppliedByThePass() {
        let tagged = SpecDeclaration(
            name: "Post", location: Self.at(1),
            kind: .object(
                SpecObject(
                    fields: [Self.field("kind"), Self.field("hype.current", .primitive(.number))],
                    variants: SpecVariants(
                        discriminator: "kind", variants: [SpecVariant(tag: "reply", location: Self.at(2), fields: [])],
                        location: Self.at(2)))))
        let (names, problems) = Self.names(
            [SpecDocument(path: "a.md", declarations: [tagged])],
            settings: SwiftNameSettings(typeNames: ["Post": "Entry"]))
        #expect(names == ["Entry", "EntryHype", "EntryKind", "EntryReply"])
        #expect(problems.isEmpty)
    }
}
