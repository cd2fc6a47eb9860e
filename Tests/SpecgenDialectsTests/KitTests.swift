import SpecgenDialects
import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport
import Testing

/// The kit's readers with another vocabulary than osu!'s (Discord's docs, as copied in Tests/Corpus).
@Suite struct TableVocabularyTests {
    /// A vocabulary such as Discord's: `Field | Type | Description` with extra columns, values under `Value`,
    /// names under `Name`, footnote marks written `\*` and `\[1\]`.
    let discordLike = TableVocabulary(
        fieldNameTitles: ["field", "name", "param"], valueTitles: ["value"], labelTitles: ["name", "flag"],
        footnoteMarks: .trailingSymbols)

    func table(_ markdown: String) throws -> Table {
        let document = MarkdownReader(tableRules: .gfm).read(
            Array(markdown.utf8), path: "t.mdx", diagnostics: DiagnosticCollector())
        let table = document.blocks.lazy.compactMap { block -> Table? in
            if case .table(let table) = block { return table }
            return nil
        }.first
        return try #require(table)
    }

    @Test func aFieldTableWithExtraColumnsAndFootnoteMarks() throws {
        let fields = try table(
            """
            | Field                 | Type      | Description       | Default |
            |-----------------------|-----------|-------------------|---------|
            | id                    | snowflake | the id            |         |
            | max_age? \\*           | integer   | seconds           | 86400   |
            | temporary? \\[1\\]      | boolean   | limited           | false   |
            | \\*\\*                  | string    | not a name        |         |

            """)
        guard case .fields(let columns) = discordLike.classify(fields) else {
            Issue.record("not a field table")
            return
        }
        #expect(columns == FieldColumns(name: 0, type: 1, description: 2, extra: [3]))
        let diagnostics = DiagnosticCollector()
        let rows = discordLike.fieldRows(fields, columns: columns, diagnostics: diagnostics)
        #expect(rows.map(\.name) == ["id", "max_age?", "temporary?"])
        #expect(rows.map(\.marks) == [[], ["*"], ["[1]"]])
        #expect(rows.map { $0.typeCell?.plainText } == ["snowflake", "integer", "boolean"])
        #expect(rows.map(\.description.plainText) == ["the id", "seconds", "limited"])
        #expect(rows[1].extra.map(\.title) == ["Default"])
        #expect(rows[1].extra.map(\.cell.plainText) == ["86400"])
        #expect(
            diagnostics.sorted.map(\.description) == [
                "t.mdx:6:3: warning: row has no field name and is ignored"
            ])
    }

    @Test func anEnumTableWithTheValueInTheMiddle() throws {
        let values = try table(
            """
            | Name      | Value | Description              |
            |-----------|-------|--------------------------|
            | GUILD_TEXT | 0    | a text channel           |
            | DM        | 1     | a direct message         |

            """)
        guard case .values(let columns) = discordLike.classify(values) else {
            Issue.record("not a table of values")
            return
        }
        #expect(columns == ValueColumns(value: 1, label: 0, description: 2, isInteger: false))
        let read = discordLike.values(values, columns: columns)
        #expect(read.map(\.value) == ["0", "1"])
        #expect(read.map(\.label) == ["GUILD_TEXT", "DM"])
        #expect(read.map(\.summary) == ["a text channel", "a direct message"])
        #expect(read.map(\.location.line) == [3, 4])
    }

    @Test func osuVocabulary() throws {
        let osu = OsuDialect.tables
        #expect(osu.footnoteMarks == .superscript)
        let integers = try table("Integer | String | Description\n--- | --- | ---\n-2 | graveyard | |\n")
        #expect(osu.classify(integers) == .values(ValueColumns(value: 0, label: 1, description: 2, isInteger: true)))
        // A label column is read only beside integers.
        let strings = try table("Name | String\n--- | ---\na | b\n")
        #expect(osu.classify(strings) == .values(ValueColumns(value: 0, label: nil, description: 1, isInteger: false)))
        #expect(osu.classify(try table("| Field |\n| --- |\n| a |\n")) == .fieldNames)
        #expect(
            osu.classify(try table("Name | Type\n--- | ---\na | string\n"))
                == .fields(FieldColumns(name: 0, type: 1, description: nil)))
        #expect(
            osu.classify(try table("Field | Notes | Type\n--- | --- | ---\na | n | string\n"))
                == .fields(FieldColumns(name: 0, type: 2, description: 1)))
        let sup = try table("Field | Type\n--- | ---\npp<sup>1</sup> | float\n")
        guard case .fields(let columns) = osu.classify(sup) else { return }
        let rows = osu.fieldRows(sup, columns: columns, diagnostics: DiagnosticCollector())
        #expect(rows.map(\.name) == ["pp"])
        #expect(rows.map(\.marks) == [["1"]])
    }
}

@Suite struct TypeTokenizerTests {
    func inlines(_ text: String) -> [Inline] { MarkdownReader.parseInlines(text) }

    @Test func symbolsLongestFirstWordsLinksAndCode() {
        let tokenizer = TypeTokenizer(symbols: ["[", "[]", "?", "|"], wordPunctuation: ["_", "."])
        #expect(
            tokenizer.tokens(inlines("[User](#user)[]? | `a` | Parent.Child. | x[y"))
                == [
                    .link(destination: "#user", text: "User"), .symbol("[]"), .symbol("?"), .symbol("|"),
                    .code("a"), .symbol("|"), .word("Parent.Child"), .symbol("|"), .word("x"), .symbol("["),
                    .word("y"),
                ])
    }

    @Test func wordsForAWordyGrammar() {
        let tokenizer = TypeTokenizer(symbols: ["?"])
        var cursor = TypeTokenCursor(
            tokenizer.tokens(inlines("?array of [user](/developers/resources/user#user-object) objects")))
        let nullable = cursor.accept(symbol: "?")
        let wrongWords = cursor.accept(words: "array", "in")
        let array = cursor.accept(words: "Array", "of")
        let link = cursor.next()
        let objects = cursor.accept(words: "objects")
        let end = cursor.isAtEnd
        let past = cursor.next()
        #expect(nullable && !wrongWords && array && objects && end)
        #expect(link == .link(destination: "/developers/resources/user#user-object", text: "user"))
        #expect(past == nil)
    }

    @Test func anUntypedCellIsReportedOnceAtItsSite() {
        let diagnostics = DiagnosticCollector()
        let site = TypeExpressionSite(range: SourceRange(path: "a.md", line: 3, column: 7), diagnostics: diagnostics)
        #expect(site.untyped("see below", expected: "a phrase such as `array of string`") == .untyped("see below"))
        #expect(
            diagnostics.sorted.map(\.description) == [
                "a.md:3:7: warning: type 'see below' is not a type expression (expected a phrase such as "
                    + "`array of string`); the field accepts any JSON value"
            ])
    }
}

/// The events reader with another vocabulary than osu!'s.
@Suite struct EventsPageReaderTests {
    @Test func anotherDiscriminatorPayloadKeyAndLinkForm() {
        let page = """
            # Gateway Events

            Messages sent over the gateway.

            | Field | Type    | Description |
            |-------|---------|-------------|
            | op    | integer | opcode      |
            | d     | mixed   | event data  |

            ## Hello

            Sent on connection.

            ### Payload

            The inner payload is a [hello](/developers/events/gateway#hello-structure) object.

            ## Heartbeat ACK

            """
        let diagnostics = DiagnosticCollector()
        let vocabulary = EventsVocabulary(
            discriminator: "op", tables: DiscordDialect.tables, slug: Anchors.hyphenatedSlug, eventName: { $0 },
            anchor: { destination in destination.split(separator: "#").last.map(String.init) })
        let document = EventsPageReader(
            document: MarkdownReader(tableRules: .gfm).read(Array(page.utf8), path: "g.mdx", diagnostics: diagnostics),
            diagnostics: diagnostics, vocabulary: vocabulary,
            readFields: { table, columns in
                DiscordDialect.tables.fieldRows(table, columns: columns, diagnostics: diagnostics).map {
                    SpecField(name: $0.name, type: nil, presence: .required, location: $0.row.range.start)
                }
            }
        ).read()
        #expect(diagnostics.diagnostics.isEmpty)
        #expect(
            document.dump() == """
                document g.mdx title "Gateway Events"
                  events "Gateway Events" 1:1 #gateway-events
                    summary "Messages sent over the gateway."
                    by op, payload d
                    envelope op: (none) required 7:1
                    envelope d: (none) required 8:1
                    event "Hello" 10:1 #hello
                      summary "Sent on connection."
                      payload [hello](#hello-structure) 16:1
                    event "Heartbeat ACK" 18:1 #heartbeat-ack
                  table 5:1 fields rows 2 typed for "Gateway Events"

                """)
    }
}
