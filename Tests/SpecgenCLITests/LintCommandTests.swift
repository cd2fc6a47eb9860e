import Foundation
import SpecgenTestSupport
import Testing

@Suite(.serialized) struct LintCommandTests {
    static let docs = """
        ## Alpha

        See [Beta](#beta).

        Field | Type    | Description
        ----- | ------- | -----------
        id    | integer | |
        name  |         | |

        """

    @Test func reportsInCompilerFormatAndFailsOnlyWhenStrict() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", Self.docs)
        let result = try SpecgenProcess.run(["lint", "docs"], in: temp.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                docs/a.md:3:12: warning: link '#beta' (Beta) leads to no heading or anchor in these docs [dangling-anchor]
                docs/a.md:8:17: warning: field 'name' has no type; it accepts any JSON value [untyped-field]

                """)
        #expect(result.stderr.contains("specgen: 0 errors, 2 warnings in 1 files"))
        let strict = try SpecgenProcess.run(["lint", "--strict", "docs"], in: temp.url)
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("docs/a.md:3:12: error: link '#beta'"))
        // Nothing is generated.
        #expect(temp.list("").sorted() == ["docs"])
    }

    @Test func jsonAndSarifFormats() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", Self.docs)
        let json = try SpecgenProcess.run(["lint", "--format", "json", "docs"], in: temp.url)
        #expect(json.status == 0, "\(json.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(
            (report["findings"] as? [[String: Any]])?.compactMap { $0["code"] as? String }
                == ["dangling-anchor", "untyped-field"])
        let sarif = try SpecgenProcess.run(["lint", "--format", "sarif", "docs"], in: temp.url)
        #expect(sarif.status == 0, "\(sarif.stderr)")
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect(sarif.stderr.isEmpty)
    }

    @Test func baselineHidesKnownFindingsAndNotesFixedOnes() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", Self.docs)
        let record = try SpecgenProcess.run(
            ["lint", "--baseline", "base.txt", "--record-baseline", "docs"], in: temp.url)
        #expect(record.status == 0, "\(record.stderr)")
        #expect(temp.read("base.txt")?.contains("[dangling-anchor]") == true)
        // Same findings, moved down a line: still known.
        try temp.write("docs/a.md", "\n" + Self.docs)
        let known = try SpecgenProcess.run(["lint", "--strict", "--baseline", "base.txt", "docs"], in: temp.url)
        #expect(known.status == 0, "\(known.stdout)")
        #expect(known.stdout.isEmpty)
        // A new problem fails; a fixed one is noted.
        try temp.write("docs/a.md", Self.docs.replacingOccurrences(of: "(#beta)", with: "(#gamma)"))
        let changed = try SpecgenProcess.run(["lint", "--strict", "--baseline", "base.txt", "docs"], in: temp.url)
        #expect(changed.status == 1)
        #expect(changed.stdout.contains("link '#gamma'"))
        #expect(
            changed.stderr.contains(
                "baseline entry no longer found (remove it): docs/a.md [dangling-anchor] "
                    + "link '#beta'"))
    }
}
