import Foundation
import SpecgenTestSupport
import Testing

/// `namespace` and `sourceLocations`, from the configuration and from the command line.
@Suite struct NamespaceCLITests {
    let notification = "## Notification\n\nField | Type\n--- | ---\nid | integer\n"

    @Test func theConfigurationsNamespaceNestsTheTypesAndSilencesTheWarning() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/notification.md", notification)
        let plain = try SpecgenProcess.run(["docs", "--out", "plain", "-q"], in: temp.url)
        #expect(plain.status == 0)
        #expect(
            plain.stderr.contains(
                "docs/notification.md:1:1: warning: the type 'Notification' shadows "
                    + "Foundation's 'Notification'"))
        try temp.write("docs/specgen.yml", "namespace: Osu\nsourceLocations: none\n")
        let nested = try SpecgenProcess.run(["docs", "--out", "out", "-q"], in: temp.url)
        #expect(nested.status == 0)
        #expect(nested.stderr.isEmpty)
        let text = try #require(temp.read("out/Notification.swift"))
        #expect(text.contains("public enum Osu {}"))
        #expect(text.contains("extension Osu.Notification: SpecgenRuntime.JSONFastDecodable"))
        #expect(!text.contains("From `"))
    }

    @Test func theCommandLineWins() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/notification.md", notification)
        try temp.write("docs/specgen.yml", "namespace: Osu\n")
        let run = try SpecgenProcess.run(
            [
                "docs", "--out", "out", "--namespace", "API", "--source-locations", "file",
                "-q",
            ], in: temp.url)
        #expect(run.status == 0)
        let text = try #require(temp.read("out/Notification.swift"))
        #expect(text.contains("public enum API {}"))
        #expect(text.contains("/// From `docs/notification.md`."))
    }

    @Test func aBadNamespaceIsAUsageError() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/notification.md", notification)
        let run = try SpecgenProcess.run(["docs", "--out", "out", "--namespace", "2fast"], in: temp.url)
        #expect(run.status == 64)
        #expect(run.stderr.contains("--namespace '2fast' is not a Swift identifier"))
        #expect(temp.read("out/Notification.swift") == nil)
    }
}
