import Foundation
import SpecgenTestSupport
import Testing

/// Names that cannot become Swift identifiers, and how many diagnostics of a kind are printed.
@Suite(.serialized) struct NamesAndCapsCLITests {
    static let unnamed = """
        ## Ünïcode

        Field | Type    | Description
        ----- | ------- | -----------
        id    | integer | |
        名前  | string  | |

        ## 🎉

        Field | Type    | Description
        ----- | ------- | -----------
        id    | integer | |

        """

    @Test func aHeadingWithoutLettersIsALocatedErrorUntilTypeNamesNamesIt() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/x.md", Self.unnamed)
        let failed = try SpecgenProcess.run(["--no-config", "docs", "--out", "out"], in: temp.url)
        #expect(failed.status == 1)
        #expect(
            failed.stderr.contains(
                "docs/x.md:8:1: error: the heading '🎉' has no Latin letters or digits to make "
                    + "a Swift type name from; rename it, or name the type under 'typeNames:' in "
                    + "the configuration"))
        #expect(failed.stderr.contains("docs/x.md:6:1: warning: the field '名前' has no Latin letters or digits"))
        #expect(temp.list("out").isEmpty)
        // Named in the configuration: generated, with the Latin letters of the other heading written in ASCII.
        try temp.write("specgen.yml", "typeNames:\n  \"🎉\": Party\n")
        let named = try SpecgenProcess.run(["--config", "specgen.yml", "docs", "--out", "out"], in: temp.url)
        #expect(named.status == 0, "\(named.stderr)")
        let models = try #require(temp.read("out/X.swift"))
        #expect(models.contains("public struct Unicode:"))
        #expect(models.contains("public struct Party:"))
        #expect(models.contains("case _2 = \"名前\""))
    }

    @Test func generateAndLintPrintAtMostFiftyDiagnosticsOfAKind() throws {
        let temp = try TemporaryFolder()
        var text = "## Big\n\nField | Type | Description\n----- | ---- | -----------\n"
        for row in 0..<60 { text += "f\(row) | [Missing\(row)](#missing\(row)) | |\n" }
        try temp.write("docs/big.md", text)
        let generated = try SpecgenProcess.run(["--no-config", "docs", "--out", "out", "--quiet"], in: temp.url)
        #expect(generated.status == 0, "\(generated.stderr)")
        let lines = generated.stderr.split(separator: "\n")
        #expect(lines.filter { $0.contains("leads to no heading or anchor") }.count == 50)
        let summary = "specgen: note: ... and 10 more 'dangling-anchor' warnings (at most 50 of each kind are printed)"
        #expect(lines.last.map(String.init) == summary, "\(generated.stderr)")
        let lint = try SpecgenProcess.run(["lint", "docs"], in: temp.url)
        #expect(lint.status == 0)
        #expect(lint.stdout.split(separator: "\n").count == 51)
        #expect(lint.stderr.contains("0 errors, 60 warnings"))
        let json = try SpecgenProcess.run(["lint", "--format", "json", "docs"], in: temp.url)
        #expect(json.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((report["findings"] as? [Any])?.count == 60)
    }
}
