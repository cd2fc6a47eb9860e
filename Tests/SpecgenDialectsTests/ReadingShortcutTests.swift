import Foundation
import SpecgenMarkdown
import SpecgenTestSupport
import Testing

@testable import SpecgenDialects

/// The dialects' shortcuts give what the general code gives: the type tokenizer's byte scan of ASCII text against
/// its scan of Unicode scalars, and the words that rule out the phrases of an optional field.
@Suite struct ReadingShortcutTests {
    static let tokenizers = [
        OsuTypeGrammar.tokenizer,
        TypeTokenizer(symbols: ["?", "(", ")", ","], wordPunctuation: ["_"]),
        TypeTokenizer(symbols: ["[", "[]", "?", "|", "->"], wordPunctuation: ["_", "."], dropsTrailingDots: false),
        TypeTokenizer(symbols: ["?", "é"], wordPunctuation: ["-", "ü"]),
    ]

    func tokens(_ tokenizer: TypeTokenizer, ascii text: String) -> [TypeToken] {
        var tokens: [TypeToken] = []
        var text = text
        text.withUTF8 { tokenizer.appendASCIIText($0, to: &tokens) }
        return tokens
    }

    func tokensByScalars(_ tokenizer: TypeTokenizer, _ text: String) -> [TypeToken] {
        var tokens: [TypeToken] = []
        tokenizer.appendTextByScalars(text, to: &tokens)
        return tokens
    }

    @Test func asciiTextTokenizedAsByScalars() {
        let pieces = [
            "string", "integer", "Parent.Child", "a_b", "_", ".", "..", "x.", "[]", "[", "]", "?", "|", "(", ")", ",",
            "-", "->", ">", " ", "  ", "\t", "\n", "\r", "\r\n", "0", "9", "#", "\\", "null", "~", "\u{7F}", "\u{1}",
        ]
        var generator = SplitMix64(seed: 0x70C3_715E)
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 8) + 1 {
                text += pieces[Int(generator.next() % UInt64(pieces.count))]
            }
            for tokenizer in Self.tokenizers {
                #expect(
                    tokens(tokenizer, ascii: text) == tokensByScalars(tokenizer, text),
                    "\(text.debugDescription) with \(tokenizer.symbols)")
            }
        }
    }

    @Test func everyTextTakesTheRightPath() {
        let tokenizer = OsuTypeGrammar.tokenizer
        for text in ["Beatmap[]? \\| null", "größe[]", "a\u{301}b", "x ü y", "Parent.Child."] {
            var viaText: [TypeToken] = []
            tokenizer.appendText(text, to: &viaText)
            #expect(viaText == tokensByScalars(tokenizer, text), "\(text)")
        }
        #expect(
            tokensByScalars(tokenizer, "Parent.Child.[]? | x")
                == [.word("Parent.Child"), .symbol("[]"), .symbol("?"), .symbol("|"), .word("x")])
    }

    @Test func anchorKeysOfASCIIAsByScalars() {
        let pieces = [
            "Chat", "channel", "-", "_", "#", " ", "C0", "9", "Z", "a.b", "(x)", "\t", "~", "\u{7F}", "\u{0}",
        ]
        var generator = SplitMix64(seed: 0xA7C4_0123)
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 6) + 1 { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            #expect(Anchors.alphanumericKey(text) == Anchors.alphanumericKeyByScalars(text), "\(text.debugDescription)")
        }
        // Other text goes by scalars, where letters outside ASCII may lower-case into it.
        for text in ["\u{212A}elvin", "İd", "größe-2", "Ünïcode_Name"] {
            #expect(Anchors.alphanumericKey(text) == Anchors.alphanumericKeyByScalars(text), "\(text)")
        }
        #expect(Anchors.alphanumericKey("#Chat-Channel C0") == "chatchannelc0")
        #expect(Anchors.alphanumericKey("\u{212A}") == "k")
    }

    /// A description's compact Markdown: text without tabs, line feeds or double blanks is kept as it is, and a code
    /// span is fenced with two backticks where Foundation finds a backtick in it.
    @Test func compactMarkdownShortcuts() {
        for text in ["One of the values.", "a \r\nb", " lead and trail ", "x  y", "tab\there", "größe  x"] {
            let collapsed = text.collapsingSpacesCharacterwise().trimmingASCIIWhitespace()
            #expect([Inline.text(text)].markdownText == collapsed, "\(text.debugDescription)")
        }
        for code in ["a`b", "ab", "\u{1FEF}x", "é`", "é", "``"] {
            let fence = code.contains("`") ? "``" : "`"
            let pad = code.hasPrefix("`") || code.hasSuffix("`") ? " " : ""
            #expect([Inline.code(code)].markdownText == fence + pad + code + pad + fence, "\(code)")
        }
    }

    @Test func everyOptionalPhraseHasOneOfTheWords() {
        for phrase in OsuDialect.optionalPhrases {
            #expect(OsuDialect.optionalPhraseWords.contains { phrase.contains($0) }, "\(phrase)")
        }
        #expect(OsuDialect.descriptionMakesOptional("Only present when the user is signed in."))
        #expect(OsuDialect.descriptionMakesOptional("May be absent."))
        #expect(!OsuDialect.descriptionMakesOptional("The user's id; present in every response."))
    }
}
