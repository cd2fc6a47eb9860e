import Foundation
import Testing

/// `--config`, configuration discovery, precedence and diagnostic paths.
@Suite(.serialized) struct ConfigurationCLITests {
    let alpha = "## Alpha\n\nField | Type\n--- | ---\nid | number\nname | string\n"

    @Test func aConfigurationBesideTheDocsIsUsed() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", alpha)
        try temp.write("docs/specgen.yml", "accessModifier: internal\ntypes: { number: Int64 }\n")
        let result = try SpecgenProcess.run(["docs", "--out", "out", "-q"], in: temp.url)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try #require(temp.read("out/A.swift"))
        #expect(text.contains("internal var id: Swift.Int64"))
        // --no-config ignores it.
        #expect(try SpecgenProcess.run(["docs", "--out", "plain", "-q", "--no-config"], in: temp.url).status == 0)
        #expect(temp.read("plain/A.swift")?.contains("public var id: Swift.Double") == true)
    }

    @Test func commandLineOptionsWinOverTheConfiguration() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", alpha)
        try temp.write("docs/specgen.json", "{\"accessModifier\": \"internal\", \"dialect\": \"osu\"}")
        #expect(
            try SpecgenProcess.run(["docs", "--out", "out", "-q", "--access", "package"], in: temp.url).status == 0)
        #expect(temp.read("out/A.swift")?.contains("package struct Alpha") == true)
    }

    @Test func inputsComeFromTheConfigurationRelativeToIt() throws {
        let temp = try TemporaryFolder()
        try temp.write("project/docs/a.md", alpha)
        try temp.write("project/docs/notes/b.md", alpha.replacingOccurrences(of: "Alpha", with: "Beta"))
        try temp.write("project/specgen.yml", "inputs: [docs/]\n")
        let result = try SpecgenProcess.run(["--config", "project/specgen.yml", "--out", "out", "-q"], in: temp.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            temp.list("out") == [
                ".specgen-manifest", "A+Validation.swift", "A.swift", "B+Validation.swift",
                "B.swift", "schema.json",
            ])
        #expect(temp.read("out/A.swift")?.contains("From `project/docs/a.md:1`.") == true)
        // An input that does not exist is an error at its entry.
        try temp.write("project/specgen.yml", "inputs:\n  - docs/\n  - missing/\n")
        let missing = try SpecgenProcess.run(["--config", "project/specgen.yml", "--out", "out"], in: temp.url)
        #expect(missing.status == 1)
        #expect(
            missing.stderr.contains(
                "project/specgen.yml:3:5: error: input 'missing/' (relative to the "
                    + "configuration's folder): no such file or folder"))
        // Without inputs anywhere, the message says where to give them.
        try temp.write("project/specgen.yml", "accessModifier: public\n")
        let none = try SpecgenProcess.run(["--config", "project/specgen.yml", "--out", "out"], in: temp.url)
        #expect(none.status == 1)
        #expect(none.stderr.contains("give Markdown files or folders on the command line, or list them under 'inputs'"))
    }

    @Test func configurationErrorsStopTheRunAndAreLocated() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", alpha)
        try temp.write("docs/specgen.yml", "overlays:\n  - type: Alpha\n    feild: id\n    remove: true\n")
        let result = try SpecgenProcess.run(["docs", "--out", "out"], in: temp.url)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "docs/specgen.yml:3:5: error: unknown key 'feild' in an overlay; did you mean "
                    + "'field'?"))
        #expect(temp.list("").contains("out") == false)
        // An overlay that matches nothing is only a warning.
        try temp.write("docs/specgen.yml", "overlays:\n  - type: Alpha\n    field: nope\n    remove: true\n")
        let warning = try SpecgenProcess.run(["docs", "--out", "out", "-q"], in: temp.url)
        #expect(warning.status == 0)
        #expect(
            warning.stderr == "docs/specgen.yml:3:12: warning: this overlay matches nothing: 'Alpha' has no "
                + "field 'nope'\n")
        // A dialect the configuration names must exist.
        try temp.write("docs/specgen.yml", "dialect: swagger\n")
        let dialect = try SpecgenProcess.run(["docs", "--out", "out"], in: temp.url)
        #expect(dialect.status == 1)
        #expect(
            dialect.stderr.contains(
                "docs/specgen.yml:1:10: error: unknown dialect 'swagger'; choose one of: discord, osu"))
    }

    @Test func severalConfigurationsMustBeChosenBetween() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", alpha)
        try temp.write("docs/specgen.yml", "accessModifier: internal\n")
        try temp.write("docs/specgen.json", "{}")
        let result = try SpecgenProcess.run(["docs", "--out", "out"], in: temp.url)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "found several configuration files (docs/specgen.json, docs/specgen.yml); "
                    + "choose one with --config"))
        #expect(
            try SpecgenProcess.run(
                ["docs", "--out", "out", "-q", "--config", "docs/specgen.yml"],
                in: temp.url
            ).status == 0)
        #expect(temp.read("out/A.swift")?.contains("internal struct Alpha") == true)
        let both = try SpecgenProcess.run(
            ["docs", "--out", "out", "--config", "docs/specgen.yml", "--no-config"],
            in: temp.url)
        #expect(both.status != 0)
        #expect(both.stderr.contains("--config and --no-config contradict each other"))
    }

    @Test func diagnosticPathsCanBeAbsolute() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", alpha + "bad | [Nowhere](#nowhere)\n")
        let relative = try SpecgenProcess.run(["docs", "--out", "out", "-q", "--path-root", "docs"], in: temp.url)
        #expect(relative.status == 0)
        #expect(relative.stderr.hasPrefix("a.md:7:7: warning: link '#nowhere'"))
        let absolute = try SpecgenProcess.run(
            [
                "docs", "--out", "out", "-q", "--path-root", "docs",
                "--diagnostic-paths", "absolute",
            ], in: temp.url)
        #expect(absolute.status == 0)
        let path = temp.url.appendingPathComponent("docs/a.md").standardizedFileURL.path
        #expect(absolute.stderr.hasPrefix(path + ":7:7: warning: link '#nowhere'"))
        // Generated comments stay relative to --path-root either way.
        #expect(temp.read("out/A.swift")?.contains("From `a.md:1`.") == true)
    }

    @Test func dumpShowsTheCorrectedSchema() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", alpha)
        try temp.write("docs/specgen.yml", "overlays:\n  - { type: Alpha, field: id, set: { type: \"integer?\" } }\n")
        let result = try SpecgenProcess.run(["dump", "docs"], in: temp.url)
        #expect(result.status == 0)
        #expect(result.stdout.contains("  id id: integer optional nullable @5"))
    }
}
