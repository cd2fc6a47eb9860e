import SpecgenDialects
import SpecgenIR
import SpecgenSupport
import Testing

@Suite struct OsuTypeGrammarTests {
    let range = SourceRange(path: "t.md", line: 1, column: 1)

    func parse(_ text: String) -> (SpecType?, [Diagnostic]) {
        let diagnostics = DiagnosticCollector()
        let type = OsuDialect().parseType(text, at: range, diagnostics: diagnostics)
        return (type, diagnostics.sorted)
    }

    func ref(_ anchor: String?, _ name: String) -> SpecType {
        .reference(SpecReference(anchor: anchor, name: name, range: range))
    }

    @Test func primitives() {
        #expect(parse("string").0 == .primitive(.string))
        #expect(parse("integer").0 == .primitive(.integer))
        #expect(parse("float").0 == .primitive(.number))
        #expect(parse("number").0 == .primitive(.number))
        #expect(parse("boolean").0 == .primitive(.boolean))
        #expect(parse("bool").0 == .primitive(.boolean))
        #expect(parse("object?").0 == .nullable(.primitive(.object)))
        #expect(parse("DateTime").0 == .primitive(.timestamp))
    }

    @Test func suffixes() {
        #expect(parse("integer[]").0 == .array(.primitive(.integer)))
        #expect(parse("string[]?").0 == .nullable(.array(.primitive(.string))))
        #expect(parse("integer?").0 == .nullable(.primitive(.integer)))
    }

    @Test func links() {
        #expect(parse("[Timestamp](#timestamp)?").0 == .nullable(ref("timestamp", "Timestamp")))
        #expect(parse("[Event.User](#event-user)").0 == ref("event-user", "Event.User"))
        #expect(parse("[User](#user)[]").0 == .array(ref("user", "User")))
    }

    @Test func unions() {
        #expect(
            parse("[Beatmapset](#beatmapset)\\|[BeatmapsetExtended](#beatmapsetextended)\\|null").0
                == .nullable(
                    .union([ref("beatmapset", "Beatmapset"), ref("beatmapsetextended", "BeatmapsetExtended")])))
        #expect(
            parse("([Beatmap](#beatmap)\\|[BeatmapExtended](#beatmapextended))[]").0
                == .array(.union([ref("beatmap", "Beatmap"), ref("beatmapextended", "BeatmapExtended")])))
        #expect(parse("string\\|null").0 == .nullable(.primitive(.string)))
    }

    @Test func literalUnions() {
        #expect(parse("`normal` \\| `sticky` \\| `announcement`").0 == .literals(["normal", "sticky", "announcement"]))
    }

    /// Found by the random-spec property test: a `?` after a literal union, and a `null?` member.
    @Test func nullableLiteralUnionsAndNullWithASuffix() {
        #expect(parse("`normal` \\| `sticky`?") == (.nullable(.literals(["normal", "sticky"])), []))
        #expect(parse("[A](#a)\\|null?") == (.nullable(ref("a", "A")), []))
    }

    @Test func wholeTypeInACodeSpan() {
        #expect(parse("`number`").0 == .primitive(.number))
        #expect(parse("`Mod[]`").0 == .array(ref(nil, "Mod")))
        #expect(parse("`bool`").0 == .primitive(.boolean))
    }

    @Test func bareNames() {
        #expect(parse("Achievement").0 == ref(nil, "Achievement"))
        #expect(parse("Giver?").0 == .nullable(ref(nil, "Giver")))
        #expect(parse("ChatMessage[]?").0 == .nullable(.array(ref(nil, "ChatMessage"))))
    }

    @Test func emptyIsNoType() {
        let (type, diagnostics) = parse("")
        #expect(type == nil)
        #expect(diagnostics.isEmpty)
    }

    @Test func proseIsUntypedWithAWarning() {
        let (type, diagnostics) = parse("array of strings, or a number")
        #expect(type == .untyped("array of strings, or a number"))
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].severity == .warning)
        #expect(diagnostics[0].description.hasPrefix("t.md:1:1: warning: type 'array of strings, or a number'"))
        #expect(parse("(string").0 == .untyped("(string"))
        #expect(parse("string |").0 == .untyped("string |"))
    }
}

@Suite struct OsuAnchorTests {
    @Test(arguments: [
        ("ChatChannel", "chatchannel"), ("Forum Topic", "forum-topic"), ("chat.channel.join", "chatchanneljoin"),
        ("read event", "read-event"), ("  Spaced   Out  ", "spaced-out"), ("A -- B", "a-b"), ("Café_1", "caf_1"),
        ("Websocket Events", "websocket-events"),
    ])
    func slugs(heading: String, expected: String) {
        #expect(OsuDialect.slug(heading) == expected)
    }

    @Test func looseKeysIgnorePunctuation() {
        let dialect = OsuDialect()
        #expect(dialect.looseAnchorKey("chat-channel") == dialect.looseAnchorKey("chatchannel"))
        #expect(dialect.looseAnchorKey("MessageType") == "messagetype")
    }
}
