import SpecgenMarkdown
import SpecgenTestSupport
import Testing

@testable import SpecgenDialects

/// The compact Markdown of a description (`markdownText`): each run of spaces, line breaks and tabs is one space,
/// compared as characters, alike in ASCII text (done byte by byte) and in other text.
@Suite struct MarkdownTextTests {
    @Test func runsOfBlanksAreOneSpace() {
        #expect([Inline.text("  a \t\n b\n\nc  ")].markdownText == "a b c")
        #expect([Inline.text("größe  \t\n b")].markdownText == "größe b")
        #expect([Inline.text("a "), .code("x  y"), .text("\n\tb")].markdownText == "a `x y` b")
    }

    @Test func charactersThatOnlyStartWithABlankStay() {
        // `\r\n` is one character, not a line break; a space with a combining mark is no space.
        #expect([Inline.text("a\r\nb")].markdownText == "a\r\nb")
        #expect([Inline.text("a  \r\n  b")].markdownText == "a \r\n b")
        #expect([Inline.text("é  a\u{20}\u{301}b")].markdownText == "é a\u{20}\u{301}b")
    }

    /// One text (`markdownText`'s shortcut) reads as joining the inlines' Markdown does (`joinedMarkdownText`).
    @Test func oneTextIsAsJoined() {
        let pieces = [" ", "  ", "\t", "\n", "\r", "\r\n", "a", "Z", "*", "`", "[x](y)", "é", "\u{20}\u{301}", "日"]
        var generator = SplitMix64(seed: 0x3D7E_C0DE)
        for _ in 0..<5_000 {
            let length = Int(generator.next() % 10)
            let text = (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            #expect(
                [Inline.text(text)].markdownText == [Inline.text(text)].joinedMarkdownText, "\(text.debugDescription)")
        }
        #expect([Inline.text(" a  b\n")].markdownText == "a b")
    }
}
