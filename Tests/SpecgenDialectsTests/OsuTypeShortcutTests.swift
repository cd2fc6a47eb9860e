import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport
import SpecgenTestSupport
import Testing

@testable import SpecgenDialects

/// The shortcut for a primitive's name with `[]` and `?` after it (`OsuTypeGrammar.primitiveWithSuffixes`) gives
/// the type, and the diagnostics, that reading the cell token by token gives.
@Suite struct OsuTypeShortcutTests {
    static let range = SourceRange(path: "t.md", line: 3, column: 5)

    static func read(_ text: String, shortcut: Bool) -> (SpecType?, [String]) {
        let diagnostics = DiagnosticCollector()
        let grammar = OsuTypeGrammar(range: range, diagnostics: diagnostics)
        let inlines: [Inline] = [.text(text)]
        let type = shortcut ? grammar.parse(inlines) : grammar.parseTokens(inlines)
        return (type, diagnostics.sorted.map(\.description))
    }

    @Test func generatedTypeCellsReadAsTokensReadThem() {
        let pieces = [
            "integer", "string", "boolean", "bool", "float", "number", "object", "DateTime", "Integer", "null", "User",
            "[]", "[]", "?", "?", "[", "]", "|", " ", ".", "_", "2", "(", ")", "é",
        ]
        var generator = SplitMix64(seed: 0x7E9E_0001)
        var shortcuts = 0
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int(generator.next() % 5) + 1 { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
            if OsuTypeGrammar.primitiveWithSuffixes(text) != nil { shortcuts += 1 }
            let viaShortcut = Self.read(text, shortcut: true)
            let viaTokens = Self.read(text, shortcut: false)
            #expect(viaShortcut.0 == viaTokens.0, "\(text.debugDescription)")
            #expect(viaShortcut.1 == viaTokens.1, "\(text.debugDescription)")
        }
        #expect(shortcuts > 1_000)
        #expect(OsuTypeGrammar.primitiveWithSuffixes("integer[]?") == .nullable(.array(.primitive(.integer))))
        for text in ["integer ?", "integer2", "integer.", "null?", "User[]", "[]", "", "integer[", "Integer"] {
            #expect(OsuTypeGrammar.primitiveWithSuffixes(text) == nil, "\(text.debugDescription)")
        }
    }
}
