import SpecgenMarkdown
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
}
