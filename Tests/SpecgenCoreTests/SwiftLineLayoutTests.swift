import SpecgenSupport
import SpecgenTestSupport
import Testing

@testable import SpecgenEmit

/// The layout that breaks long generated lines and punctuates multi-line collection literals.
@Suite struct SwiftLineLayoutTests {
    /// A string literal of `count` characters (quotes included).
    func literal(_ count: Int) -> String { "\"" + String(repeating: "x", count: count - 2) + "\"" }

    @Test func aLineThatFitsStays() {
        let line = "        try reader.checkString(nullable: false, location: \(literal(61)))"
        #expect(line.count == 120)
        #expect(SwiftLineLayout.layoutLine(line) == [line])
    }

    @Test func aLongCallGetsOneArgumentPerLine() {
        let line = "        try Entity.specgenValidate(&reader, nullable: false, location: \(literal(70)))"
        #expect(
            SwiftLineLayout.layoutLine(line) == [
                "        try Entity.specgenValidate(",
                "            &reader,",
                "            nullable: false,",
                "            location: \(literal(70))",
                "        )",
            ])
    }

    @Test func commasBracketsAndColonsInStringsDoNotSplit() {
        let line = "    f(\"a, (b]: c\\\", d\", \(literal(100)))"
        #expect(
            SwiftLineLayout.layoutLine(line) == [
                "    f(", "        \"a, (b]: c\\\", d\",", "        \(literal(100))", "    )",
            ])
    }

    @Test func aCollectionLiteralHugsAndGetsATrailingComma() {
        let line = "    private static let keys = Runtime.JSONKeyTable([\(literal(50)), \(literal(50)), \"c\"])"
        #expect(
            SwiftLineLayout.layoutLine(line) == [
                "    private static let keys = Runtime.JSONKeyTable([",
                "        \(literal(50)),",
                "        \(literal(50)),",
                "        \"c\",",
                "    ])",
            ])
    }

    @Test func aCollectionOfOneHasNoTrailingComma() {
        let line = "    static let keys = Runtime.JSONKeyTable([\(literal(100))])"
        #expect(
            SwiftLineLayout.layoutLine(line) == [
                "    static let keys = Runtime.JSONKeyTable([", "        \(literal(100))", "    ])",
            ])
    }

    @Test func theWidestListBreaksAndItsElementsBreakInTurn() {
        let inner = "Inner(first: \(literal(60)), second: \(literal(60)))"
        let line = "    let value = outer(1)(a: \(inner), b: 2)"
        #expect(
            SwiftLineLayout.layoutLine(line) == [
                "    let value = outer(1)(",
                "        a: Inner(",
                "            first: \(literal(60)),",
                "            second: \(literal(60))",
                "        ),",
                "        b: 2",
                "    )",
            ])
    }

    @Test func aCaseLabelMovesItsStatementDown() {
        let statement = "self = .a(try container.decode(\(literal(40)), forKey: .payloadOfAnExtraLongName))"
        #expect(
            SwiftLineLayout.layoutLine("        case \"a:b\": " + statement) == [
                "        case \"a:b\":",
                "            " + statement,
            ])
    }

    @Test func aGuardMovesElseDownThenItsCondition() {
        func begin(_ name: String) -> String {
            "try reader.beginObject(typeName: \(name), nullable: nullable, location: location)"
        }
        #expect(
            SwiftLineLayout.layoutLine("        guard \(begin(literal(30))) else {") == [
                "        guard \(begin(literal(30)))",
                "        else {",
            ])
        #expect(
            SwiftLineLayout.layoutLine("        guard \(begin(literal(60))) else {") == [
                "        guard",
                "            try reader.beginObject(",
                "                typeName: \(literal(60)),",
                "                nullable: nullable,",
                "                location: location",
                "            )",
                "        else {",
            ])
    }

    @Test func aLongValueMovesBelowItsLabelOrAssignment() {
        #expect(
            SwiftLineLayout.layoutLine("            location: \(literal(110))") == [
                "            location:", "                \(literal(110))",
            ])
        let name = String(repeating: "n", count: 60)
        #expect(
            SwiftLineLayout.layoutLine("        self.\(name) = \(name)") == [
                "        self.\(name) =", "            \(name)",
            ])
        #expect(
            SwiftLineLayout.layoutLine("        case \(name) = \(literal(60))") == [
                "        case \(name) =", "            \(literal(60))",
            ])
        // A value that opens a literal continued on later lines stays.
        let opener = "    static let \(name)\(name) = ["
        #expect(SwiftLineLayout.layoutLine(opener) == [opener])
    }

    @Test func aBlockOnOneLineOpens() {
        let line = "        guard let v0 else { throw reader.missingKey(\(literal(70)), in: object) }"
        #expect(
            SwiftLineLayout.layoutLine(line) == [
                "        guard let v0 else {",
                "            throw reader.missingKey(\(literal(70)), in: object)",
                "        }",
            ])
        let closure = "        values.map { (value: Swift.Int) in value.description + \(literal(90)) }"
        #expect(SwiftLineLayout.layoutLine(closure) == [closure])
    }

    @Test func longCommentsAreFilled() {
        let words = (1...20).map { "word\($0)" }.joined(separator: " ")
        let lines = SwiftLineLayout.layoutLine("    /// - Parameter json: " + words)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.count <= 120 })
        #expect(lines[0].hasPrefix("    /// - Parameter json: word1 "))
        #expect(lines[1].hasPrefix("    ///   word"))
        #expect(lines[0] + " " + lines[1].dropFirst("    ///   ".count) == "    /// - Parameter json: " + words)
        // No line may start a Markdown list, quote or heading that the text did not have.
        let markdown = String(repeating: "a ", count: 55) + "- b - c # d > e 1. f"
        for line in SwiftLineLayout.layoutLine("// " + markdown).dropFirst() {
            for marker in ["// - ", "// # ", "// > ", "// 1. "] { #expect(!line.hasPrefix(marker), "\(line)") }
        }
        // A very long comment (a whole page in one line) is filled in one pass.
        let page = (1...50_000).map { "w\($0)" }.joined(separator: " ")
        let filled = SwiftLineLayout.layoutLine("/// " + page)
        #expect(filled.allSatisfy { $0.count <= 120 && $0.hasPrefix("/// ") })
        #expect(filled.map { $0.dropFirst(4) }.joined(separator: " ") == page)
        // Headings, tables and a code block in a doc comment keep their lines.
        let table = "/// | " + String(repeating: "cell | ", count: 20)
        #expect(SwiftLineLayout.layoutLine(table) == [table])
        let code = "/// ```\n/// " + words + " " + words + "\n/// ```\n"
        #expect(SwiftLineLayout.layout(code) == code)
    }

    /// A comment filled as the layout did when it listed every space that fits before choosing one: the last that
    /// fits and starts no Markdown block on the next line, else the first such one after it.
    func filledByListingTheSpaces(_ line: String) -> [String] {
        let characters = Array(line)
        let indent = characters.prefix { $0 == " " }
        let code = characters[indent.count...]
        let slashes = code.prefix { $0 == "/" }
        func startsBlock(_ text: ArraySlice<Character>) -> Bool {
            let text = String(text)
            if text.isEmpty || text.hasPrefix(" ") { return true }
            let markers = ["- ", "* ", "+ ", "> ", "#", "|", "```", "~~~", "=", "---", "***", "___", "<"]
            if markers.contains(where: { text.hasPrefix($0) }) { return true }
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            let after = text.dropFirst(digits.count)
            return !digits.isEmpty
                && (after.hasPrefix(". ") || after.hasPrefix(") ") || after == "." || after == ")")
        }
        // A heading, a table row or indented text keeps its line.
        let text = String(code.dropFirst(slashes.count))
        guard text.hasPrefix(" "), !text.hasPrefix("  "), !text.hasPrefix(" |"), !text.hasPrefix(" #") else {
            return [line]
        }
        let head = Array(indent) + Array(slashes) + [" "]
        let hanging: [Character] = code.dropFirst(slashes.count + 1).starts(with: "- ") ? [" ", " "] : []
        var prefix = head
        var rest = code[(code.startIndex + slashes.count + 1)...]
        var lines: [String] = []
        while prefix.count + rest.count > 120 {
            let room = 120 - prefix.count
            var fitting: [Int] = []
            var index = rest.startIndex
            while index < rest.endIndex, index - rest.startIndex <= room {
                if index > rest.startIndex, rest[index] == " " { fitting.append(index) }
                index += 1
            }
            var cut = fitting.reversed().first { !startsBlock(rest[($0 + 1)...]) }
            while cut == nil, index < rest.endIndex {
                if rest[index] == " ", !startsBlock(rest[(index + 1)...]) { cut = index }
                index += 1
            }
            guard let cut else { break }
            lines.append(String(prefix + rest[..<cut]))
            rest = rest[(cut + 1)...]
            prefix = head + hanging
        }
        lines.append(String(prefix + rest))
        return lines
    }

    @Test func commentsAreFilledAsByListingTheSpaces() {
        var generator = SplitMix64(seed: 7)
        let words = [
            "a", "word", "longerword", String(repeating: "w", count: 40), String(repeating: "x", count: 130), "-",
            "*", "#", ">", "|", "1.", "2)", "12", "=", "<a>", "---", "é", "✓✓", "😀", "",
        ]
        var comments: [String] = []
        for _ in 0..<400 {
            let indent = String(repeating: " ", count: Int(generator.next() % 3) * 4)
            let slashes = generator.next() % 3 == 0 ? "// " : "/// "
            let first = generator.next() % 4 == 0 ? "- " : ""
            let count = 20 + Int(generator.next() % 80)
            let text = (0..<count).map { _ in words[Int(generator.next() % UInt64(words.count))] }
            comments.append(indent + slashes + first + text.joined(separator: " "))
        }
        for comment in comments where comment.count > 120 {
            let filled = filledByListingTheSpaces(comment)
            #expect(SwiftLineLayout.layoutLine(comment) == filled, "\(comment.debugDescription)")
        }
    }

    @Test func linesThatCannotBreakStay() {
        let comment = "    /// " + String(repeating: "x", count: 130)
        let literalOnly = "        \(literal(130)),"
        let trailingComment = "    f(a, b) // " + String(repeating: "x", count: 120)
        for line in [comment, literalOnly, trailingComment] {
            #expect(SwiftLineLayout.layoutLine(line) == [line])
        }
    }

    @Test func multiLineCollectionsArePunctuated() {
        let text = """
            let many = [
                .a,
                .b
            ]
            let one = [
                "a",
            ]
            let none = f(x, [
            ])
            let nested = [
                [
                    1,
                ],
                [
                    2,
                    3
                ]
            ]
            init(
            ) {
            }

            """
        #expect(
            SwiftLineLayout.layout(text) == """
                let many = [
                    .a,
                    .b,
                ]
                let one = [
                    "a"
                ]
                let none = f(x, [])
                let nested = [
                    [
                        1
                    ],
                    [
                        2,
                        3,
                    ],
                ]
                init() {
                }

                """)
    }

    /// A line that one pass edited is read back edited by the next: a joined `g(` `)` gets the collection's
    /// trailing comma, and an empty literal in the same collection joins its closing line.
    @Test func editedLinesAreEditedAgain() {
        let text = """
            let a = [
                [
                ],
                g(
                )
            ]
            let b = [
                1,
            ]
            let c = h(
            )

            """
        #expect(
            SwiftLineLayout.layout(text) == """
                let a = [
                    [],
                    g(),
                ]
                let b = [
                    1
                ]
                let c = h()

                """)
    }

    /// A ``` line opens or closes a doc comment's code block whatever its length: a long comment line inside the block
    /// stays, the same line after it is filled.
    @Test func codeBlocksAreTrackedOnShortLines() {
        let long = "/// " + (1...30).map { "word\($0)" }.joined(separator: " ")
        let filled = SwiftLineLayout.layoutLine(long).joined(separator: "\n")
        #expect(filled != long)
        let text = "/// ```\n\(long)\n/// ```\n\(long)\nlet a = [\n    1,\n]\n"
        #expect(SwiftLineLayout.layout(text) == "/// ```\n\(long)\n/// ```\n\(filled)\nlet a = [\n    1\n]\n")
    }

    /// Tidying drops each line's trailing spaces, tabs and carriage returns, keeps blank lines inside the text and
    /// ends it with exactly one newline.
    @Test func tidyingDropsTrailingBlanks() {
        #expect(TemplateSet.tidy("a  \n\tb\t\n\n c \r\nd\n\n\n") == "a\n\tb\n\n c\nd\n")
        #expect(TemplateSet.tidy("x\ny") == "x\ny\n")
        #expect(TemplateSet.tidy("   \nz \t") == "\nz\n")
        #expect(TemplateSet.tidy("") == "\n")
        #expect(TemplateSet.tidy("é ✓  \n😀\n") == "é ✓\n😀\n")
    }

    /// Tidying while the layout splits the lines gives the bytes of tidying the text, then laying it out: on the
    /// texts above, on lines to break or to punctuate after blanks, inside and after multi-line strings, and with the
    /// indentation markers.
    @Test func tidyingWhileLayingOutIsTidyingFirst() {
        let long = "    let a = f(\(literal(60)), \(literal(60)))"
        var texts = [
            "a  \n\tb\t\n\n c \r\nd\n\n\n", "x\ny", "   \nz \t", "", "\n", " \n\n \r\n", "é ✓  \n😀\n",
            "\(long)   \n\(long)\t\n\n", "let a = [  \n    1, \n    2\n]  \n", "init(\t\n) {\n}\n",
            "let s = \"\"\"  \n\(long) \n\"\"\"\t\n\(long)\n \n", "let s = \"\"\"\n  \n\n",
            "a\n" + TemplateSet.indentMore + "  \nb \n" + TemplateSet.indentLess + "\nc\n\n",
        ]
        var generator = SplitMix64(seed: 11)
        let pieces = [" ", "\t", "\r", "\n", "x", "\"\"\"", "[", "]", "(", ")", ",", long, "é"]
        for _ in 0..<300 {
            texts.append((0..<Int(generator.next() % 24)).map { _ in pieces[Int(generator.next() % 13)] }.joined())
        }
        for text in texts {
            let tidiedFirst = SwiftLineLayout.layout(utf8: Array(TemplateSet.tidy(text).utf8))
            #expect(TemplateSet.tidyAndLayOut(Array(text.utf8)) == tidiedFirst, "\(text.debugDescription)")
        }
    }

    @Test func multiLineStringLiteralsAreLeftAlone() {
        let long = "    let a = f(\(literal(60)), \(literal(60)))"
        let text = "let s = \"\"\"\n\(long)\n[\n\"\"\"\n\(long)\n"
        let broken = "    let a = f(\n        \(literal(60)),\n        \(literal(60))\n    )"
        #expect(SwiftLineLayout.layout(text) == "let s = \"\"\"\n\(long)\n[\n\"\"\"\n\(broken)\n")
    }

    @Test func layoutIsStable() {
        let text = """
            enum E {
                static func f() throws {
                    try Entity.specgenValidate(&reader, nullable: false, location: \(literal(70)), requiring: Self.x)
                    guard try reader.beginObject(typeName: \(literal(60)), nullable: nullable, location: here) else {
                        return
                    }
                }
                static let keys = Runtime.JSONKeyTable([\(literal(50)), \(literal(50)), \(literal(30))])
            }

            """
        let once = SwiftLineLayout.layout(text)
        #expect(once != text)
        #expect(SwiftLineLayout.layout(once) == once)
        #expect(once.split(separator: "\n").allSatisfy { $0.count <= SwiftLineLayout.lineLength })
    }

    /// Widths are counted in characters, not UTF-8 bytes: a line of other characters than ASCII fits, breaks and is
    /// filled where a line of as many ASCII characters would.
    @Test func widthsCountCharactersNotBytes() {
        // 114 characters (204 bytes) fit; 124 break.
        let fits = "    let label = f(\"" + String(repeating: "é", count: 90) + "\", 1)"
        #expect(fits.count == 114 && fits.utf8.count > SwiftLineLayout.lineLength)
        #expect(SwiftLineLayout.layoutLine(fits) == [fits])
        #expect(SwiftLineLayout.layout(fits + "\n") == fits + "\n")
        let accents = "\"" + String(repeating: "é", count: 100) + "\""
        let long = "    let label = f(\(accents), 1)"
        let broken = ["    let label = f(", "        \(accents),", "        1", "    )"]
        #expect(SwiftLineLayout.layoutLine(long) == broken)
        #expect(SwiftLineLayout.layout(long + "\n") == broken.joined(separator: "\n") + "\n")
        // A comment of 4-character words (5 bytes each) is filled to 118 characters: 23 words, then the other 7.
        let words = Array(repeating: "café", count: 30)
        let filled = [
            "/// " + words[..<23].joined(separator: " "),
            "/// " + words[23...].joined(separator: " "),
        ]
        #expect(filled[0].count == 118)
        #expect(SwiftLineLayout.layoutLine("/// " + words.joined(separator: " ")) == filled)
        #expect(
            SwiftLineLayout.layout("/// " + words.joined(separator: " ") + "\n") == filled.joined(separator: "\n")
                + "\n")
    }

    @Test func integerLiteralsAreGroupedFromSevenDigits() {
        #expect(SwiftSyntax.integerLiteral("999999") == "999999")
        #expect(SwiftSyntax.integerLiteral("1000000") == "1_000_000")
        #expect(SwiftSyntax.integerLiteral("-1048576") == "-1_048_576")
        #expect(SwiftSyntax.integerLiteral("123456789012") == "123_456_789_012")
        #expect(SwiftSyntax.integerLiteral("12345678.5") == "12345678.5")
    }

    /// Text with nothing to escape is its own literal contents (other characters than ASCII included); each escape
    /// is still made, U+2028 and U+2029 among them (their first byte is also that of characters such as `✓`).
    @Test func stringContentsEscapeOnlyWhatTheyMust() {
        for plain in ["", "user_id", "é 😀 /path ~"] {
            #expect(SwiftSyntax.stringContents(plain) == plain)
        }
        #expect(SwiftSyntax.stringContents("✓ — ok") == "✓ — ok")
        #expect(SwiftSyntax.stringContents("a\"b\\c") == "a\\\"b\\\\c")
        #expect(SwiftSyntax.stringContents("1\n2\r3\t4\u{0}5") == "1\\n2\\r3\\t4\\05")
        #expect(SwiftSyntax.stringContents("\u{1}\u{7F}") == "\\u{1}\\u{7f}")
        #expect(SwiftSyntax.stringContents("x\u{2028}y\u{2029}✓") == "x\\u{2028}y\\u{2029}✓")
        #expect(SwiftSyntax.stringLiteral("é\"") == "\"é\\\"\"")
        // Texts longer than a small string, clean or with an escape only at the end.
        let long = String(repeating: "spec/users.md:", count: 8)
        #expect(SwiftSyntax.stringContents(long) == long)
        #expect(SwiftSyntax.stringContents(long + "\\") == long + "\\\\")
    }

    /// A doc comment's lines: the summary's lines, then each detail as a paragraph; a `\r\n` is one character, not
    /// a newline, and stays within its line.
    @Test func docLinesSplitTheSummaryAtItsNewlines() {
        #expect(SwiftSyntax.docLines(summary: "a\nb\n\nc", details: ["From x."]) == ["a", "b", "", "c", "", "From x."])
        #expect(SwiftSyntax.docLines(summary: "é\n✓ 😀", details: ["", "d"]) == ["é", "✓ 😀", "", "d"])
        #expect(SwiftSyntax.docLines(summary: "x\r\ny\nz\n", details: []) == ["x\r\ny", "z", ""])
        #expect(SwiftSyntax.docLines(summary: nil, details: ["d1", "d2"]) == ["d1", "", "d2"])
        #expect(SwiftSyntax.docLines(summary: "", details: []) == [])
        // A summary without a newline byte is one line, a carriage return in it or not.
        #expect(SwiftSyntax.docLines(summary: "one line, é", details: ["From x."]) == ["one line, é", "", "From x."])
        #expect(SwiftSyntax.docLines(summary: "a\rb ", details: []) == ["a\rb "])
    }

    /// A location as generated code names it (`path:line`) and the note a doc comment makes of it.
    @Test func locationsAreNamedByPathAndLine() {
        #expect(SourceLocation(path: "spec/a b.md", line: 1_234, column: 7).fileLine == "spec/a b.md:1234")
        #expect(SourceLocation(path: "", line: 0).fileLine == ":0")
        #expect(SourceLocation(path: "é/x.md", line: -3).fileLine == "é/x.md:-3")
        let long = String(repeating: "docs/ü/", count: 30)
        #expect(String.concatenating(long, "", "✓") == long + "✓")
        #expect(String.concatenating("", "", "") == "")
        #expect(String.concatenating("a", String(Substring("bc").dropFirst())) == "ac")
        var options = EmitOptions()
        options.sourceLocations = .line
        #expect(options.fromNote(SourceLocation(path: "spec/x.md", line: 12)) == "From `spec/x.md:12`.")
        options.sourceLocations = .file
        #expect(options.fromNote(SourceLocation(path: "spec/x.md", line: 12)) == "From `spec/x.md`.")
        options.sourceLocations = .none
        #expect(options.fromNote(SourceLocation(path: "spec/x.md", line: 12)) == "")
    }
}
