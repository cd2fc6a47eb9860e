import Foundation
import SpecgenCore
import SpecgenDialects
import SpecgenLint
import SpecgenSupport
import SpecgenTestSupport
import Testing

/// `specgen lint --dialect discord` checks the JSON examples of every page against the type they illustrate: the
/// object whose section holds the "Example …" (or "… Example") heading, each finding at the example's line.
@Suite struct DiscordExampleLintTests {
    func lint(_ page: String, path: String = "developers/resources/channel.mdx") -> [String] {
        Linter(dialect: DiscordDialect()).lint([InputFile(path: path, contents: Array(page.utf8))])
            .filter { ($0.code ?? "").hasPrefix("example-") }.map(LintReport.textLine)
    }

    static let channel = """
        ### Channel Object

        ###### Channel Structure

        | Field     | Type      | Description          |
        |-----------|-----------|----------------------|
        | id        | snowflake | the channel's id     |
        | position? | integer   | sorting position     |
        | name?     | ?string   | the channel's name   |

        ###### Channel Types

        | Type       | ID | Description |
        |------------|----|-------------|
        | GUILD_TEXT | 0  | a channel   |

        ###### Example Guild Text Channel

        ```json
        {
          "id": "41771983423143937",
          "position": "6",
          "name": null
        }
        ```

        ###### Channel Example

        ```json
        {"position": 1}
        ```

        ```jsonc
        {"position": "ignored" /* not JSON */}
        ```

        ### Gateway Frames

        ###### Example Frame

        ```json
        {"op": 2, "d": {"position": "x"}}
        ```

        """

    @Test func examplesUnderAnObjectAreCheckedAgainstIt() {
        let path = "developers/resources/channel.mdx"
        #expect(
            lint(Self.channel) == [
                "\(path):22:15: warning: 'position' is a string, but its row says integer [example-wrong-type]",
                "\(path):30:1: warning: JSON example has no 'id', which 'Channel' lists as always present "
                    + "(\(path):7) [example-missing-field]",
            ])
    }

    @Test func anExampleThatIsNotJSONIsReportedAtItsPosition() {
        let page = Self.channel.replacingOccurrences(of: #"{"position": 1}"#, with: #"{"id": "1",}"#)
        let findings = lint(page)
        #expect(findings.count == 2)
        #expect(findings.last?.hasPrefix("developers/resources/channel.mdx:30:") == true)
        #expect(findings.last?.hasSuffix("[example-invalid-json]") == true)
    }

    @Test func aRightExampleHasNoFinding() {
        let page = Self.channel.replacingOccurrences(of: #""position": "6""#, with: #""position": 6"#)
            .replacingOccurrences(of: #"{"position": 1}"#, with: #"{"id": "1", "position": 1}"#)
        #expect(lint(page) == [])
    }

    @Test func aSetOfFlagsIsAnIntegerOrAStringOfDigits() {
        let page = """
            ### Application Object

            ###### Application Structure

            | Field      | Type    | Description                                                                   |
            |------------|---------|-------------------------------------------------------------------------------|
            | flags      | integer | [flags](/developers/resources/application#application-object-application-flags) |
            | flags_new? | string  | [flags](/developers/resources/application#application-object-application-flags) |

            <ManualAnchor id="application-object-application-flags" />
            ###### Application Flags

            | Flag       | Value    | Description |
            |------------|----------|-------------|
            | EMBEDDED   | `1 << 1` | embedded    |

            ###### Example Application

            ```json
            {"flags": 8192, "flags_new": "8192"}
            ```

            ###### Another Application Example

            ```json
            {"flags": true}
            ```

            """
        let path = "developers/resources/application.mdx"
        #expect(
            lint(page, path: path) == [
                "\(path):26:11: warning: 'flags' is a boolean, but its row says ApplicationFlags [example-wrong-type]"
            ])
    }

    /// The docs' own departures on the 36 reference pages, pinned in `Goldens/discord-api-docs.lint.txt` (also a
    /// baseline for `specgen lint --dialect discord --baseline`); every finding is inside a ```` ```json ```` block
    /// of its page.
    @Test func theReferencePagesExamplesArePinned() throws {
        let inputs = try DiscordCorpusTests.inputs()
        let findings = Linter(dialect: DiscordDialect()).lint(inputs).filter { ($0.code ?? "").hasPrefix("example-") }
        let text = LintReport(findings: findings).baselineText
        if let failure = Golden.check(text, against: Corpus.golden("discord-api-docs.lint.txt")) {
            Issue.record(Comment(rawValue: failure))
        }
        #expect(findings.count > 6)
        var jsonLines: [String: Set<Int>] = [:]
        for input in inputs {
            var inside = false
            var lines = Set<Int>()
            for (index, line) in String(decoding: input.contents, as: UTF8.self).split(
                separator: "\n", omittingEmptySubsequences: false
            ).enumerated() {
                if line.hasPrefix("```") {
                    inside = !inside && line.dropFirst(3).trimmingCharacters(in: .whitespaces) == "json"
                } else if inside {
                    lines.insert(index + 1)
                }
            }
            jsonLines[input.path] = lines
        }
        for finding in findings {
            let start = try #require(finding.range?.start)
            #expect(jsonLines[start.path]?.contains(start.line) == true, "\(finding)")
        }
    }
}
