import SpecgenSupport
import Testing

/// The words of a name and their capitalisation, read in place and cased byte by byte, against the general code
/// they replace (kept here as the reference) on generated names.
@Suite struct NameWordsTests {
    /// The words as they were made: bytes collected into an array, a string per word.
    static func referenceWords(_ name: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        let bytes = Array(NameWords.transliterated(name).utf8)
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        for (index, byte) in bytes.enumerated() {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            let isDigit = byte >= 0x30 && byte <= 0x39
            guard isUpper || isLower || isDigit else {
                flush()
                continue
            }
            if isUpper, let last = current.last {
                let lastIsUpper = last >= 0x41 && last <= 0x5A
                let nextIsLower = index + 1 < bytes.count && bytes[index + 1] >= 0x61 && bytes[index + 1] <= 0x7A
                if !lastIsUpper || nextIsLower { flush() }
            }
            current.append(byte)
        }
        flush()
        return words
    }

    /// Capitalisation as it was: through `lowercased()` and `uppercased()`.
    static func referenceCapitalized(_ word: String) -> String {
        let lower = word.lowercased()
        if let acronym = NameWords.acronyms[lower] { return acronym }
        return lower.prefix(1).uppercased() + lower.dropFirst()
    }

    /// A fixed sequence of pseudo-random numbers (xorshift).
    struct Numbers {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
    }

    @Test func wordsAndCapitalsAsTheGeneralCodeMakesThem() {
        let pieces = [
            "a", "b", "Z", "HTML", "Page", "user", "_", "id", "URL", "s", "0", "42", " ", "-", ".", "@", "é", "É", "ß",
            "名", "\u{301}", "\r\n", "ID", "Ids", "x", "Q",
        ]
        var numbers = Numbers(state: 0x9E37_79B9_7F4A_7C15)
        var wordCount = 0
        for _ in 0..<20_000 {
            var name = ""
            for _ in 0..<numbers.next(8) { name += pieces[numbers.next(pieces.count)] }
            let words = NameWords.words(name)
            #expect(words == Self.referenceWords(name), "\(name.debugDescription)")
            wordCount += words.count
            for word in words + [name] {
                #expect(NameWords.capitalized(word) == Self.referenceCapitalized(word), "\(word.debugDescription)")
            }
        }
        #expect(wordCount > 20_000)
        #expect(NameWords.words("HTMLPage_id2x") == ["HTML", "Page", "id2x"])
        #expect(NameWords.capitalized("url") == "URL")
        #expect(NameWords.capitalized("hTTPS") == "HTTPS")
        #expect(NameWords.capitalized("httpsx") == "Httpsx")
        #expect(NameWords.capitalized("bEATMAP") == "Beatmap")
        #expect(NameWords.capitalized("\r\nab") == "\r\nab")
    }

    /// UpperCamelCase as it was made: the reference words, each capitalised, joined; `_` for none, `_` before a
    /// leading digit.
    static func referenceUpperCamelCase(_ name: String) -> String {
        var result = referenceWords(name).map(referenceCapitalized).joined()
        if result.isEmpty { return "_" }
        if result.first!.isNumber { result = "_" + result }
        return result
    }

    @Test func upperCamelCaseAndWordsInOnePass() {
        let pieces = [
            "a", "b", "Z", "HTML", "Page", "user", "_", "id", "URL", "urls", "Https", "s", "0", "42", " ", "-", ".",
            "@", "é", "É", "ß", "ﬁ", "名", "\u{301}", "\r\n", "ID", "Ids", "x", "Q", "Ip", "json", "C0",
        ]
        var numbers = Numbers(state: 0x2545_F491_4F6C_DD1D)
        var withWords = 0
        for _ in 0..<30_000 {
            var name = ""
            for _ in 0..<numbers.next(8) { name += pieces[numbers.next(pieces.count)] }
            #expect(NameWords.upperCamelCase(name) == Self.referenceUpperCamelCase(name), "\(name.debugDescription)")
            let hasWords = NameWords.hasWords(name)
            #expect(hasWords == !Self.referenceWords(name).isEmpty, "\(name.debugDescription)")
            if hasWords { withWords += 1 }
        }
        #expect(withWords > 20_000)
        #expect(NameWords.upperCamelCase("chat_channel url") == "ChatChannelURL")
        #expect(NameWords.upperCamelCase("2fa ids") == "_2faIDs")
        #expect(NameWords.upperCamelCase("名前") == "_")
        #expect(NameWords.upperCamelCase("Straße HTMLPage") == "StrasseHTMLPage")
        #expect(!NameWords.hasWords("名前 -"))
        #expect(NameWords.hasWords("É"))
    }
}
