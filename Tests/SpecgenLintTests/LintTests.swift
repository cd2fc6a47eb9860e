import Foundation
import SpecgenCore
import SpecgenLint
import SpecgenSupport
import SpecgenTestSupport
import Testing

/// Lints in-memory files and returns the findings as text lines.
func lint(_ files: [String: String]) -> [String] {
    let inputs = files.map { InputFile(path: $0.key, contents: Array($0.value.utf8)) }
    return Linter().lint(inputs).map(LintReport.textLine)
}

@Suite struct LintRuleTests {
    @Test func rowsWithMissingCellsAndTablesWithoutADelimiterRow() {
        let findings = lint([
            "a.md": """
            ## Pack

            Field | Type    | Description
            ----- | ------- | -----------
            id    | integer
            name  | string  | |

            ## Other

            Field | Type
            a | string
            b | integer

            """
        ])
        #expect(
            findings == [
                "a.md:5:16: warning: row has 2 cells but the table has 3 columns; the missing cells are read as empty "
                    + "(end the row with `|` cells) [table-missing-cell]",
                "a.md:10:1: warning: table has no delimiter row (such as `--- | --- | ---`) under its header; Markdown "
                    + "renderers show it as text [table-no-delimiter]",
            ])
    }

    @Test func optionalSectionsWordedUnlikeMostAreReported() {
        let body = "\n\nField | Type\n--- | ---\na | string\n\n"
        let findings = lint([
            "a.md": "## A\n\n### Optional Attributes" + body,
            "b.md": "## B\n\n### Optional Attributes" + body,
            "c.md": "## C\n\nOptional attributes:" + body,
        ])
        #expect(
            findings == [
                "c.md:5:1: warning: optional fields are marked with the sentence 'Optional attributes:' here, but with "
                    + "'### Optional Attributes' in 2 of the 3 places these docs mark them; use one wording "
                    + "[optional-wording]"
            ])
    }

    @Test func linksInProseAndDescriptionsThatLeadNowhere() {
        let findings = lint([
            "a.md": """
            # Guide

            See [Get Updates](#get-updates) and [the channel](#chat-channel).

            - a list item with [a link](#nowhere)

            <aside>Replaced with <a href="#cursor-string">CursorString</a>.</aside>

            ## ChatChannel

            Field | Type    | Description
            ----- | ------- | -----------
            id    | integer | The [id](#chatchannel) of the [thing](#missing).

            ## CursorString

            Prose.

            """
        ])
        #expect(
            findings == [
                "a.md:3:19: warning: link '#get-updates' (Get Updates) leads to no heading or anchor in these docs "
                    + "[dangling-anchor]",
                "a.md:3:51: warning: link '#chat-channel' matches no anchor exactly, only '#chatchannel' when punctuation "
                    + "is ignored; fix the link [loose-anchor]",
                "a.md:5:29: warning: link '#nowhere' (a link) leads to no heading or anchor in these docs [dangling-anchor]",
                "a.md:7:31: warning: link '#cursor-string' matches no anchor exactly, only '#cursorstring' when "
                    + "punctuation is ignored; fix the link [loose-anchor]",
                "a.md:13:57: warning: link '#missing' (thing) leads to no heading or anchor in these docs [dangling-anchor]",
            ])
    }

    /// Files are linted one at a time: a link is judged against the anchors of every file, whether the file that
    /// defines its anchor comes before or after it, and is located in its own file's text (CRLF line endings too).
    /// The order the files come in does not change the findings.
    @Test func linksAcrossFilesAreJudgedAgainstEveryFile() {
        let twin = "## Twin\n\nField | Type\n--- | ---\nid | integer\n"
        let files = [
            "a.md": "## Alpha\r\n\r\nSee [Beta](#beta), [Gamma](#gamma), [loose](#gam-ma) and [none](#delta).\r\n",
            "b.md": "## Beta\n\nSee [Alpha](#alpha), [Gamma](#gamma) and [none](#epsilon).\n",
            "c.md": "## Gamma\n\nSee [Alpha](#alpha) and [Beta](#beta).\n",
            "d1.md": twin,
            "d2.md": twin,
        ]
        let findings = lint(files)
        #expect(
            findings.filter { !$0.hasPrefix("d") } == [
                "a.md:3:45: warning: link '#gam-ma' matches no anchor exactly, only '#gamma' when punctuation is "
                    + "ignored; fix the link [loose-anchor]",
                "a.md:3:65: warning: link '#delta' (none) leads to no heading or anchor in these docs [dangling-anchor]",
                "b.md:3:49: warning: link '#epsilon' (none) leads to no heading or anchor in these docs "
                    + "[dangling-anchor]",
            ])
        // The second of two types with one name, by path, is the duplicate.
        #expect(findings.contains { $0.hasPrefix("d2.md:") && $0.hasSuffix("[duplicate-type]") })
        #expect(!findings.contains { $0.hasPrefix("d1.md:") && $0.hasSuffix("[duplicate-type]") })
        var session = Linter().session()
        for path in files.keys.sorted(by: >) {
            session.add(InputFile(path: path, contents: Array(files[path]!.utf8)))
        }
        #expect(session.fileCount == 5)
        let streamed = session.finish().map(LintReport.textLine)
        #expect(streamed == findings)
    }

    @Test func invalidJSONExamplesArePointedAtInTheMarkdownFile() {
        let findings = lint([
            "a.md": """
            ## Thing
            ```json
            {
              "id": 1,
            }
            ```

            Field | Type
            ----- | -------
            id    | integer

            """
        ])
        #expect(
            findings == [
                "a.md:4:10: warning: JSON example is not valid JSON: trailing comma before '}' (JSON allows none) "
                    + "[example-invalid-json]"
            ])
    }

    @Test func examplesThatDisagreeWithTheirTable() {
        let findings = lint([
            "a.md": """
            ## Thing
            ```json
            {
              "kind": "square",
              "count": "3",
              "ratio": 1,
              "tags": ["a", 2],
              "owner": {"name": null},
              "extra": true
            }
            ```

            Field | Type             | Description
            ----- | ---------------- | -----------
            id    | integer          | |
            kind  | [Kind](#thing-kind) | |
            count | integer          | |
            ratio | float            | |
            tags  | string[]         | |
            owner | [Owner](#owner)? | |

            Optional attributes:

            Field | Type   | Description
            ----- | ------ | -----------
            note  | string | |

            <div id="thing-kind"></div>

            ### Kind

            Name   | Description
            ------ | -----------
            circle | |

            ## Owner

            Field | Type   | Description
            ----- | ------ | -----------
            name  | string | |

            """
        ])
        #expect(
            findings == [
                "a.md:3:1: warning: JSON example has no 'id', which 'Thing' lists as always present (a.md:15) "
                    + "[example-missing-field]",
                "a.md:4:11: warning: 'kind' is 'square', which 'Thing.Kind' does not list (it lists 'circle') "
                    + "[example-unknown-value]",
                "a.md:5:12: warning: 'count' is a string, but its row says integer [example-wrong-type]",
                "a.md:7:17: warning: 'tags[1]' is an integer, but its row says string [example-wrong-type]",
                "a.md:8:21: warning: 'owner.name' is null, but its row does not allow null (no `?`) [example-wrong-type]",
            ])
    }

    @Test func generatorDiagnosticsAreFindingsToo() {
        let findings = lint([
            "a.md": """
            ## Thing

            Field | Type
            ----- | ----
            a     |
            b     | Achievement
            a     | string

            """
        ])
        #expect(
            findings == [
                "a.md:5:8: warning: field 'a' has no type; it accepts any JSON value [untyped-field]",
                "a.md:5:8: warning: row has 1 cell but the table has 2 columns; the missing cells are read as empty "
                    + "(end the row with `|` cells) [table-missing-cell]",
                "a.md:6:9: warning: type 'Achievement' is not defined in these docs; the field accepts any JSON value "
                    + "[unknown-type]",
                "a.md:7:1: warning: field 'a' is listed twice in 'Thing' (first at a.md:5); the first one is used "
                    + "[duplicate-field]",
            ])
    }
}

@Suite struct LintReportTests {
    static let findings = [
        Diagnostic(
            .warning, "link '#x' leads nowhere", at: SourceLocation(path: "docs/ä.md", line: 2, column: 7),
            code: "dangling-anchor"),
        Diagnostic(
            .error, "type 'A' is defined twice", at: SourceLocation(path: "docs/a.md", line: 9, column: 1),
            code: "duplicate-type"),
    ]

    @Test func strictTurnsWarningsIntoErrors() {
        #expect(LintReport(findings: [Self.findings[0]]).hasErrors == false)
        #expect(LintReport(findings: [Self.findings[0]], strict: true).hasErrors)
        #expect(
            LintReport(findings: [Self.findings[0]], strict: true).formatted(.text)
                == "docs/ä.md:2:7: error: link '#x' leads nowhere [dangling-anchor]\n")
    }

    /// `count` warnings of one kind, and one error.
    static func many(_ count: Int) -> [Diagnostic] {
        (1...count).map {
            Diagnostic(
                .warning, "field 'f\($0)' has no type", at: SourceLocation(path: "a.md", line: $0, column: 1),
                code: "untyped-field")
        } + [Diagnostic(.error, "broken", at: SourceLocation(path: "b.md", line: 1, column: 1), code: "bad")]
    }

    @Test func printedDiagnosticsAreCappedPerKindWithACountOfTheRest() {
        let diagnostics = Self.many(Diagnostic.printedPerKind + 7)
        let lines = Diagnostic.cappedLines(diagnostics)
        #expect(lines.count == Diagnostic.printedPerKind + 2)
        #expect(
            lines.filter { $0.contains("untyped") || $0.contains("has no type") }.count == Diagnostic.printedPerKind + 1
        )
        #expect(lines.contains("b.md:1:1: error: broken"))
        #expect(
            lines.last == "specgen: note: ... and 7 more 'untyped-field' warnings (at most "
                + "\(Diagnostic.printedPerKind) of each kind are printed)")
        // Kinds are counted apart, diagnostics without a code by severity, and the order is kept.
        let uncoded = (1...3).map { Diagnostic(.note, "n\($0)", at: nil) }
        #expect(
            Diagnostic.cappedLines(uncoded + Self.many(2), perKind: 1) == [
                "specgen: note: n1", "a.md:1:1: warning: field 'f1' has no type", "b.md:1:1: error: broken",
                "specgen: note: ... and 2 more notes (at most 1 of each kind are printed)",
                "specgen: note: ... and 1 more 'untyped-field' warning (at most 1 of each kind are printed)",
            ])
        #expect(Diagnostic.cappedLines(Self.many(3)) == Self.many(3).map(\.description))
    }

    @Test func textIsCappedButMachineFormatsAndBaselinesKeepEveryFinding() throws {
        let findings = Self.many(Diagnostic.printedPerKind + 7)
        let report = LintReport(findings: findings, strict: true)
        let text = report.formatted(.text)
        #expect(text.split(separator: "\n").count == Diagnostic.printedPerKind + 2)
        #expect(
            text.hasSuffix(
                "... and 7 more 'untyped-field' errors (at most \(Diagnostic.printedPerKind) of each kind "
                    + "are printed)\n"))
        #expect(report.hasErrors)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(report.formatted(.json).utf8))
                as? [String: Any])
        #expect((json["findings"] as? [Any])?.count == findings.count)
        let sarif = report.formatted(.sarif)
        #expect(sarif.components(separatedBy: "\"ruleId\"").count - 1 == findings.count)
        let baseline = LintReport(findings: findings).baselineText
        #expect(baseline.split(separator: "\n").count == findings.count + 1)
        #expect(LintReport(findings: findings).compared(with: LintReport.Baseline(text: baseline)).new.isEmpty)
    }

    @Test func jsonFormat() throws {
        let text = LintReport(findings: Self.findings).formatted(.json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.count == 2)
        #expect(findings[0]["code"] as? String == "dangling-anchor")
        #expect(findings[0]["line"] as? Int == 2)
        #expect((object["summary"] as? [String: Int]) == ["errors": 1, "warnings": 1, "notes": 0])
    }

    @Test func sarifFormatWithUTF16Columns() throws {
        let source = Array("x\n|éé| [l](#x)\n".utf8)
        let text = LintReport(findings: Self.findings).formatted(.sarif, sources: ["docs/ä.md": source])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.contains("sarif-2.1.0") == true)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let rules = try #require(
            ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["dangling-anchor", "duplicate-type"])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["level"] as? String } == ["warning", "error"])
        let location = try #require(
            (results[0]["locations"] as? [[String: Any]])?.first?["physicalLocation"]
                as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "docs/ä.md")
        // Byte column 7 is after `|éé| ` (two 2-byte letters): UTF-16 column 5.
        #expect((location["region"] as? [String: Any])?["startColumn"] as? Int == 5)
    }

    @Test func baselinesMatchByPathCodeAndMessage() {
        let report = LintReport(findings: Self.findings)
        let baseline = LintReport.Baseline(text: report.baselineText.replacingOccurrences(of: ":2:7:", with: ":40:1:"))
        let (new, fixed) = report.compared(with: baseline)
        #expect(new.isEmpty)
        #expect(fixed.isEmpty)
        let partial = LintReport.Baseline(
            text: LintReport.textLine(Self.findings[1])
                + "\ndocs/gone.md:1:1: warning: fixed since [dangling-anchor]\n")
        let (new2, fixed2) = report.compared(with: partial)
        #expect(new2 == [Self.findings[0]])
        #expect(fixed2 == ["docs/gone.md [dangling-anchor] fixed since"])
    }
}
