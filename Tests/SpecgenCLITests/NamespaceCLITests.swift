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

    /// The configuration's namespace is checked by the Swift emitters' rule when the settings are settled, and
    /// reported at its line as the compiler would; a namespace on the command line takes its place.
    @Test func aConfiguredNamespaceGeneratedCodeCannotUseIsAnErrorAtItsLine() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/notification.md", notification)
        try temp.write("docs/specgen.yml", "sourceLocations: none\nnamespace: class\n")
        let run = try SpecgenProcess.run(["docs", "--out", "out"], in: temp.url)
        #expect(run.status == 1)
        #expect(
            run.stderr.contains("docs/specgen.yml:2:12: error: 'namespace' 'class' is a Swift keyword"),
            "\(run.stderr)")
        #expect(temp.read("out/Notification.swift") == nil)
        for command in [["lint", "docs"], ["dump", "docs"]] {
            let other = try SpecgenProcess.run(command, in: temp.url)
            #expect(other.status == 1, "\(command)")
            #expect(other.stderr.contains("docs/specgen.yml:2:12: error: 'namespace' 'class' is a Swift keyword"))
        }
        let overridden = try SpecgenProcess.run(["docs", "--out", "out", "--namespace", "API", "-q"], in: temp.url)
        #expect(overridden.status == 0, "\(overridden.stderr)")
        #expect(try #require(temp.read("out/Notification.swift")).contains("public enum API {}"))
    }
}
