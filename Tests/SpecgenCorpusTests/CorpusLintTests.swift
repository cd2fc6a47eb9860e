import SpecgenLint
import SpecgenTestSupport
import Testing

/// `specgen lint` on both revisions, pinned. The golden files are also the baselines that CI lints against
/// (`specgen lint --strict --baseline …`), so a new documentation problem, or a fixed one, is a deliberate change.
@Suite struct CorpusLintTests {
    @Test(arguments: Corpus.revisions)
    func lintFindingsArePinned(revision: String) throws {
        let findings = Linter().lint(try Corpus.inputs(revision))
        #expect(!findings.contains { $0.severity == .error })
        let text = LintReport(findings: findings).baselineText
        if let failure = Golden.check(text, against: Corpus.golden("\(revision).lint.txt")) {
            Issue.record(Comment(rawValue: failure))
        }
        // Every rule the issue names fires somewhere in the current docs.
        if revision == "osu-web" {
            let codes = Set(findings.compactMap(\.code))
            for code in [
                "dangling-anchor", "loose-anchor", "untyped-field", "unknown-type", "table-missing-cell",
                "optional-wording", "example-invalid-json", "example-missing-field", "example-wrong-type",
                "example-unknown-value",
            ] {
                #expect(codes.contains(code), "no \(code) finding")
            }
        }
    }
}
