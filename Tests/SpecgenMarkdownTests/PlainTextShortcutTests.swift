import SpecgenTestSupport
import Testing

@testable import SpecgenMarkdown

/// The plain text of one text or one code span (`plainText`'s shortcut) is what joining the inlines' texts and
/// trimming gives (`joinedPlainText`).
@Suite struct PlainTextShortcutTests {
    /// Texts of blanks (spaces, tabs, line breaks, `\r`, vertical tab, form feed), letters, a space with a combining
    /// mark and characters other than ASCII, at either end too.
    static func generatedTexts(count: Int) -> [String] {
        let pieces = [
            " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "a", "Z", "0", "_", "é", "\u{20}\u{301}", "日", "`",
        ]
        var generator = SplitMix64(seed: 0x9A1E_7E47)
        return (0..<count).map { _ in
            let length = Int(generator.next() % 9)
            return (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
        }
    }

    @Test func oneTextOrCodeSpanIsAsJoined() {
        let texts =
            ["", " ", "name", "  name \t\n", "\u{0B}x\u{0C}", "a b", "\u{20}\u{301}a"]
            + Self.generatedTexts(count: 5_000)
        for text in texts {
            for inlines in [[Inline.text(text)], [Inline.code(text)]] {
                #expect(inlines.plainText == inlines.joinedPlainText, "\(inlines)")
            }
        }
        // The shortcut trims as the general way does.
        #expect([Inline.text("  a b \n")].plainText == "a b")
        #expect([Inline.code(" x ")].plainText == "x")
    }

    @Test func otherInlinesAreJoined() {
        #expect([Inline.strong([.text(" a ")])].plainText == "a")
        #expect([Inline.html("<br/>")].plainText == "")
        #expect([Inline.text(" a"), .softBreak, .code("b ")].plainText == "a b")
    }
}
