import SpecgenMarkdown
import SpecgenSupport
import Testing

@Suite struct MarkdownReaderTests {
    func read(_ bytes: [UInt8]) -> (MarkdownDocument, [Diagnostic]) {
        let diagnostics = DiagnosticCollector()
        let document = MarkdownReader().read(bytes, path: "doc.md", diagnostics: diagnostics)
        return (document, diagnostics.sorted)
    }

    @Test func invalidUTF8IsAnErrorAtItsPosition() {
        let bytes = Array("## Title\n\nok | \u{E9}\n".utf8) + [0x66, 0xFF, 0x67, 0x0A]
        let (document, diagnostics) = read(bytes)
        #expect(diagnostics.count == 1)
        let diagnostic = diagnostics[0]
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.range?.start.line == 4)
        #expect(diagnostic.range?.start.column == 2)
        #expect(diagnostic.description.hasPrefix("doc.md:4:2: error: file is not valid UTF-8"))
        // The rest is still read, with U+FFFD for the bad byte.
        #expect(document.blocks.count == 2)
        if case .paragraph(let paragraph)? = document.blocks.last {
            #expect(paragraph.plainText.contains("f\u{FFFD}g"))
        } else {
            Issue.record("expected a paragraph")
        }
    }

    @Test func overlongAndSurrogateEncodingsAreInvalid() {
        #expect(UTF8Validation.firstInvalidOffset([0xC0, 0xAF]) == 0)
        #expect(UTF8Validation.firstInvalidOffset([0x41, 0xED, 0xA0, 0x80]) == 1)
        #expect(UTF8Validation.firstInvalidOffset([0xF4, 0x90, 0x80, 0x80]) == 0)
        #expect(UTF8Validation.firstInvalidOffset(Array("h\u{E9}llo \u{1F3B5}".utf8)) == nil)
        #expect(UTF8Validation.firstInvalidOffset([0xE2, 0x82]) == 0)
    }

    @Test func emptyAndBlankFiles() {
        #expect(read([]).0.blocks.isEmpty)
        #expect(read(Array("\n\n   \n".utf8)).0.blocks.isEmpty)
    }

    @Test func deepNestingIsCutOffWithOneWarning() {
        let text = String(repeating: "> ", count: 5_000) + "deep\n"
        let (document, diagnostics) = read(Array(text.utf8))
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0].severity == .warning)
        #expect(diagnostics[0].message.contains("nested more than"))
        #expect(!document.blocks.isEmpty)
    }

    @Test func deeplyNestedInlinesAreFlattened() {
        let text =
            "a | b\n--- | ---\n" + String(repeating: "*", count: 3_000) + "x"
            + String(repeating: "*", count: 3_000) + " | " + String(repeating: "[", count: 3_000) + "\n"
        let (document, _) = read(Array(text.utf8))
        guard case .table(let table)? = document.blocks.first else {
            Issue.record("expected a table")
            return
        }
        #expect(table.rows.count == 1)
        #expect(table.rows[0].cells[0].plainText.contains("x"))
    }

    @Test func headingsKeepTheirTextWithoutMarkup() {
        let (document, _) = read(Array("## `channel_message` [Link](#x) **bold**\n".utf8))
        guard case .heading(let heading)? = document.blocks.first else {
            Issue.record("expected a heading")
            return
        }
        #expect(heading.level == 2)
        #expect(heading.plainText == "channel_message Link bold")
        #expect(heading.range.start == SourceLocation(path: "doc.md", line: 1, column: 1))
    }

    @Test func codeBlocksKnowWhereTheirContentStarts() {
        let (document, _) = read(Array("## A\n```json\n{\"a\": 1}\n```\n".utf8))
        guard case .code(let code)? = document.blocks.last else {
            Issue.record("expected a code block")
            return
        }
        #expect(code.info == "json")
        #expect(code.contentLine == 3)
        #expect(code.literal == "{\"a\": 1}\n")
    }

    @Test func nulBytesDoNotEndTheText() {
        let bytes = Array("a | b\n--- | ---\nx".utf8) + [0] + Array("y | z\n".utf8)
        let (document, _) = read(bytes)
        guard case .table(let table)? = document.blocks.first else {
            Issue.record("expected a table")
            return
        }
        #expect(table.rows.count == 1)
        #expect(table.rows[0].cells[1].plainText == "z")
    }

    @Test func cellInlinesNeverBecomeBlocks() {
        #expect(MarkdownReader.parseInlines("# x") == [.text("# x")])
        #expect(MarkdownReader.parseInlines("1. x *y*") == [.text("1. x "), .emphasis([.text("y")])])
        #expect(MarkdownReader.parseInlines("") == [])
        #expect(MarkdownReader.parseInlines("plain words") == [.text("plain words")])
    }
}

@Suite struct StringSearchTests {
    @Test func findsTextByBytes() {
        #expect("may be additionally included".containsText("additionally"))
        #expect("abc".containsText(""))
        #expect(!"ab".containsText("abc"))
        #expect("aaab".containsText("aab"))
        #expect("caf\u{E9} \u{A0}x".containsText("\u{A0}"))
        #expect(!"Optional".containsText("optional"))
        #expect("x \\| y".containsText("\\|"))
    }
}
