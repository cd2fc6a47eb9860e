import SpecgenSupport
import Testing

/// How diagnostics print, sort and are capped: the form compilers print and editors recognise.
@Suite struct DiagnosticTests {
    static func at(_ path: String, _ line: Int, _ column: Int) -> SpecgenSupport.SourceLocation {
        SpecgenSupport.SourceLocation(path: path, line: line, column: column)
    }

    @Test func aLocatedDiagnosticPrintsPathLineColumnSeverityMessage() {
        #expect(
            Diagnostic(.error, "bad thing", at: Self.at("docs/a.md", 12, 7)).description
                == "docs/a.md:12:7: error: bad thing")
        #expect(
            Diagnostic(.warning, "odd", at: SourceRange(path: "a.md", line: 3, column: 2, endLine: 4, endColumn: 9))
                .description == "a.md:3:2: warning: odd")
        #expect(Diagnostic(.note, "see", at: Self.at("b.md", 1, 1)).description == "b.md:1:1: note: see")
    }

    @Test func aDiagnosticWithoutALocationIsSpecgens() {
        #expect(Diagnostic(.error, "no inputs", at: nil as SourceRange?).description == "specgen: error: no inputs")
    }

    @Test func severitiesAreOrdered() {
        #expect(Diagnostic.Severity.note < .warning)
        #expect(Diagnostic.Severity.warning < .error)
        #expect(!(Diagnostic.Severity.error < .error))
        #expect([Diagnostic.Severity.error, .note, .warning].sorted() == [.note, .warning, .error])
    }

    @Test func locationsOrderByPathThenLineThenColumn() {
        #expect(Self.at("a.md", 9, 9) < Self.at("b.md", 1, 1))
        #expect(Self.at("a.md", 2, 9) < Self.at("a.md", 10, 1))
        #expect(Self.at("a.md", 2, 3) < Self.at("a.md", 2, 10))
        #expect(!(Self.at("a.md", 2, 3) < Self.at("a.md", 2, 3)))
        #expect(Self.at("a.md", 2, 3).fileLine == "a.md:2")
        #expect(Self.at("a.md", 2, 3).description == "a.md:2:3")
    }

    /// Unlocated first; then by location; at one location errors before warnings before notes, then by message;
    /// exact duplicates once.
    @Test func diagnosticsSortByLocationThenSeverityThenMessageWithoutDuplicates() {
        let collector = DiagnosticCollector()
        collector.emit(.warning, "w", at: Self.at("b.md", 1, 1))
        collector.emit(.note, "n", at: Self.at("a.md", 2, 1))
        collector.emit(.error, "z", at: Self.at("a.md", 2, 1))
        collector.emit(.error, "a", at: Self.at("a.md", 2, 1))
        collector.emit(.warning, "first line", at: Self.at("a.md", 1, 5))
        collector.emit(.warning, "w", at: Self.at("b.md", 1, 1))
        collector.emit(.error, "global", at: nil as SourceRange?)
        collector.emit(.warning, "same place, other severity", at: Self.at("a.md", 2, 1))
        #expect(collector.hasErrors)
        #expect(collector.diagnostics.count == 8)
        #expect(
            collector.sorted.map(\.description) == [
                "specgen: error: global",
                "a.md:1:5: warning: first line",
                "a.md:2:1: error: a",
                "a.md:2:1: error: z",
                "a.md:2:1: warning: same place, other severity",
                "a.md:2:1: note: n",
                "b.md:1:1: warning: w",
            ])
    }

    @Test func onlyErrorsMakeACollectorFail() {
        let collector = DiagnosticCollector()
        collector.emit(.warning, "w", at: Self.at("a.md", 1, 1))
        collector.emit(.note, "n", at: Self.at("a.md", 1, 1))
        #expect(!collector.hasErrors)
        collector.emit(.error, "e", at: Self.at("a.md", 1, 1))
        #expect(collector.hasErrors)
    }

    @Test func atMostSoManyOfEachKindArePrinted() {
        var diagnostics: [Diagnostic] = []
        for line in 1...5 {
            diagnostics.append(Diagnostic(.warning, "w\(line)", at: Self.at("a.md", line, 1), code: "dangling-anchor"))
        }
        diagnostics.append(Diagnostic(.warning, "other", at: Self.at("a.md", 6, 1), code: "unknown-type"))
        diagnostics.append(Diagnostic(.error, "e1", at: Self.at("a.md", 7, 1)))
        diagnostics.append(Diagnostic(.error, "e2", at: Self.at("a.md", 8, 1)))
        diagnostics.append(Diagnostic(.error, "e3", at: Self.at("a.md", 9, 1)))
        #expect(diagnostics.map(\.kind).prefix(2) == ["warning dangling-anchor", "warning dangling-anchor"])
        #expect(diagnostics.last?.kind == "error")
        #expect(
            Diagnostic.cappedLines(diagnostics, perKind: 2) == [
                "a.md:1:1: warning: w1",
                "a.md:2:1: warning: w2",
                "a.md:6:1: warning: other",
                "a.md:7:1: error: e1",
                "a.md:8:1: error: e2",
                "specgen: note: ... and 3 more 'dangling-anchor' warnings (at most 2 of each kind are printed)",
                "specgen: note: ... and 1 more error (at most 2 of each kind are printed)",
            ])
        #expect(Diagnostic.cappedLines(diagnostics).count == diagnostics.count)
        #expect(Diagnostic.cappedLines(diagnostics, perKind: 9, line: \.message).first == "w1")
    }

    @Test func anErrorOfDiagnosticsPrintsOneALine() {
        let error = DiagnosticsError([
            Diagnostic(.error, "one", at: Self.at("a.md", 1, 2)), Diagnostic(.error, "two", at: nil as SourceRange?),
        ])
        #expect(error.description == "a.md:1:2: error: one\nspecgen: error: two")
    }
}

/// The byte search the readers use instead of Foundation's.
@Suite struct StringSearchTests {
    @Test(arguments: [
        ("hello world", "world", true), ("hello world", "hello", true), ("hello", "hello world", false),
        ("abcabd", "abd", true), ("aaab", "aab", true), ("", "", true), ("abc", "", true), ("", "a", false),
        ("café", "fé", true), ("cafe\u{301}", "é", false), ("Optional", "optional", false), ("x|y", "|", true),
    ])
    func findsExactBytes(haystack: String, needle: String, expected: Bool) {
        #expect(haystack.containsText(needle) == expected)
    }
}

/// `memchr` over a range of bytes: the first match in the range, or the range's end.
@Suite struct ByteScanTests {
    @Test func findsTheFirstByteInTheRangeOrItsEnd() {
        let bytes = Array("a\nbc\n\nd".utf8)
        bytes.withUnsafeBufferPointer { text in
            #expect(ByteScan.index(of: 0x0A, in: text, from: 0, to: text.count) == 1)
            #expect(ByteScan.index(of: 0x0A, in: text, from: 2, to: text.count) == 4)
            #expect(ByteScan.index(of: 0x0A, in: text, from: 5, to: text.count) == 5)
            #expect(ByteScan.index(of: 0x0A, in: text, from: 6, to: text.count) == text.count)
            // A match beyond the range is not seen.
            #expect(ByteScan.index(of: 0x0A, in: text, from: 2, to: 4) == 4)
            #expect(ByteScan.index(of: 0x0A, in: text, from: 3, to: 3) == 3)
        }
        [UInt8]().withUnsafeBufferPointer { #expect(ByteScan.index(of: 0x0A, in: $0, from: 0, to: 0) == 0) }
    }

    @Test func findsTheFirstOccurrenceOfASequenceFromAPosition() {
        func find(_ needle: String, in text: String, from start: Int = 0) -> Int? {
            let needle = Array(needle.utf8)
            let text = Array(text.utf8)
            return needle.withUnsafeBufferPointer { n in
                text.withUnsafeBufferPointer { ByteScan.firstIndex(of: n, in: $0, from: start) }
            }
        }
        #expect(find("href=", in: "<a hre href=\"#x\"> href=") == 7)
        #expect(find("href=", in: "<a hre href=\"#x\"> href=", from: 8) == 18)
        #expect(find("href=", in: "<a hre href=\"#x\"> href=", from: 19) == nil)
        #expect(find("abc", in: "ab") == nil)
        #expect(find("aab", in: "aaab") == 1)
        #expect(find("", in: "xy", from: 1) == 1)
        #expect("größe".containsText("öß") && !"größe".containsText("oß"))
    }
}
