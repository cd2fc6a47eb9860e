import Foundation
import SpecgenTestSupport
import Testing

/// What every command promises: exit statuses (0 ok, 1 findings or errors, 64 usage), `generate --check`, mistyped
/// subcommands, refused output folders, options that work wherever they are accepted, and readable errors.
@Suite(.serialized) struct CommandLineContractTests {
    static let alpha = "## Alpha\n\nField | Type\n--- | ---\nid | integer\n"
    static let beta = "## Beta\n\nField | Type\n--- | ---\nid | integer\n"

    // MARK: - generate --check

    @Test func checkListsTheFilesThatWouldChangeAndWritesNothing() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", Self.alpha)
        try temp.write("docs/b.md", Self.beta)
        // A folder that does not exist: everything would be added, and the folder is not created.
        let fresh = try SpecgenProcess.run(["docs", "--out", "out", "--check"], in: temp.url)
        #expect(fresh.status == 1, "\(fresh.stderr)")
        #expect(
            fresh.stdout == """
                added: A+Validation.swift
                added: A.swift
                added: B+Validation.swift
                added: B.swift
                added: schema.json

                """)
        #expect(fresh.stderr.contains("specgen: 5 of the files in out would change; run without --check"))
        #expect(!temp.list("").contains("out"))

        #expect(try SpecgenProcess.run(["docs", "--out", "out", "-q"], in: temp.url).status == 0)
        let upToDate = try SpecgenProcess.run(["docs", "--out", "out", "--check"], in: temp.url)
        #expect(upToDate.status == 0, "\(upToDate.stdout)\(upToDate.stderr)")
        #expect(upToDate.stdout.isEmpty)
        #expect(upToDate.stderr.contains("specgen: out is up to date (5 files)"))

        // One file changes, one goes away, one is new.
        try temp.write("docs/a.md", Self.alpha + "name | string\n")
        try FileManager.default.removeItem(at: temp.url.appendingPathComponent("docs/b.md"))
        try temp.write("docs/c.md", Self.beta.replacingOccurrences(of: "Beta", with: "Gamma"))
        let before = temp.list("out").map { temp.read("out/" + $0) }
        let drift = try SpecgenProcess.run(["docs", "--out", "out", "--check", "-q"], in: temp.url)
        #expect(drift.status == 1)
        #expect(
            drift.stdout == """
                changed: A+Validation.swift
                changed: A.swift
                removed: B+Validation.swift
                removed: B.swift
                added: C+Validation.swift
                added: C.swift
                changed: schema.json

                """)
        #expect(drift.stderr.isEmpty)
        #expect(temp.list("out").map { temp.read("out/" + $0) } == before)

        // A file specgen did not write where it would write: the check fails as the write would.
        try temp.write("out/C.swift", "// mine\n")
        let foreign = try SpecgenProcess.run(["docs", "--out", "out", "--check"], in: temp.url)
        #expect(foreign.status == 1)
        #expect(foreign.stderr.contains("'out/C.swift' exists and was not written by specgen"))
        // Docs with errors: diagnostics and exit 1, as without --check.
        try temp.write("docs/c.md", Self.alpha)
        let broken = try SpecgenProcess.run(["docs", "--out", "out", "--check"], in: temp.url)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("error: type 'Alpha' is defined twice"))
        #expect(broken.stdout.isEmpty)
    }

    // MARK: - Mistyped subcommands

    @Test func aMistypedSubcommandIsNamed() throws {
        let temp = try TemporaryFolder()
        for (typed, meant) in [
            ("valdate", "validate"), ("lnit", "lint"), ("genrate", "generate"), ("dupm", "dump"),
            ("gen", "generate"),
        ] {
            let result = try SpecgenProcess.run([typed, "x.json"], in: temp.url)
            #expect(result.status == 64, "\(typed): \(result.stderr)")
            #expect(
                result.stderr.hasPrefix(
                    "specgen: error: unknown subcommand '\(typed)'; did you mean '\(meant)'?\n"), "\(result.stderr)")
            #expect(!result.stderr.contains("--out"))
        }
        // A folder that exists is an input of the default command, whatever its name.
        try temp.write("lnt/a.md", Self.alpha)
        let folder = try SpecgenProcess.run(["lnt", "--out", "out", "-q"], in: temp.url)
        #expect(folder.status == 0, "\(folder.stderr)")
        #expect(temp.list("out").contains("A.swift"))
        // A name far from every subcommand stays an input, reported as missing.
        let missing = try SpecgenProcess.run(["frames", "--out", "out"], in: temp.url)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("specgen: error: no such file or folder: 'frames'"))
        // The real names still work.
        let lint = try SpecgenProcess.run(["lint", "lnt"], in: temp.url)
        #expect(lint.status == 0, "\(lint.stderr)")
    }

    // MARK: - Output folders

    @Test func outputFoldersThatWouldMixWithOtherFilesAreRefused() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", Self.alpha)
        try temp.write("package/Package.swift", "// swift-tools-version:6.0\n")
        try temp.write("repository/.git/HEAD", "ref: refs/heads/main\n")
        try temp.write("project/specgen.yml", "inputs: [../docs/]\n")
        let cases: [(arguments: [String], message: String)] = [
            (["docs", "--out", "/"], "--out '/' is the root of the file system"),
            (["docs", "--out", ""], "--out is empty"),
            (["docs", "--out", "docs"], "--out 'docs' is the input 'docs'"),
            (["docs", "--out", "."], "--out '.' holds the input 'docs'"),
            (["docs/a.md", "--out", "docs"], "--out 'docs' holds the input 'docs/a.md'"),
            (["docs", "--out", "package"], "--out 'package' is the root of a Swift package (it holds Package.swift)"),
            (["docs", "--out", "repository"], "--out 'repository' is the root of a repository (it holds .git)"),
            (["--config", "project/specgen.yml", "--out", "docs"], "--out 'docs' is the input 'docs'"),
        ]
        for (arguments, message) in cases {
            let result = try SpecgenProcess.run(arguments, in: temp.url)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(temp.list("docs") == ["a.md"])
        #expect(temp.list("package") == ["Package.swift"])
        #expect(temp.list("repository") == [".git"])
        // A folder inside the docs' folder is fine: the docs are only .md files.
        let inside = try SpecgenProcess.run(["docs", "--out", "docs/Generated", "-q"], in: temp.url)
        #expect(inside.status == 0, "\(inside.stderr)")
        #expect(temp.list("docs/Generated").contains("A.swift"))
    }

    // MARK: - Exit statuses

    @Test func everyCommandUsesTheDocumentedExitStatuses() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", Self.alpha)
        try temp.write("bad/a.md", Self.alpha + "\n" + Self.alpha)
        try temp.write("good.json", #"{"id": 1}"#)
        try temp.write("wrong.json", #"{"id": "one"}"#)
        let cases: [(arguments: [String], status: Int32)] = [
            // 0: all went well.
            (["docs", "--out", "out", "-q"], 0),
            (["generate", "docs", "--out", "out", "-q"], 0),
            (["dump", "docs"], 0),
            (["lint", "docs"], 0),
            (["validate", "--spec", "docs", "--type", "Alpha", "good.json"], 0),
            (["--version"], 0),
            (["lint", "--help"], 0),
            // 1: findings or errors.
            (["bad", "--out", "out2"], 1),
            (["dump", "bad"], 1),
            (["lint", "bad"], 1),
            (["validate", "--spec", "docs", "--type", "Alpha", "wrong.json"], 1),
            (["validate", "--spec", "docs", "--type", "Nope", "good.json"], 1),
            (["validate", "--spec", "docs", "--type", "Alpha", "missing.json"], 1),
            (["missing", "--out", "out"], 1),
            (["dump", "missing"], 1),
            (["lint", "missing"], 1),
            (["lint", "--baseline", "missing.txt", "docs"], 1),
            // 64: the command line is wrong.
            (["docs"], 64),
            (["--out", "out"], 64),
            (["docs", "--out", "out", "--emit", "everything"], 64),
            (["docs", "--out", "out", "--no-such-option"], 64),
            (["docs", "--out", "out", "--config", "x.yml", "--no-config"], 64),
            (["docs", "--out", "out", "--dialect", "swagger"], 64),
            (["dump", "--stage", "html", "docs"], 64),
            (["dump"], 64),
            (["lint", "--record-baseline", "docs"], 64),
            (["lint", "--format", "xml", "docs"], 64),
            (["lint"], 64),
            (["validate", "good.json"], 64),
            (["validate", "--spec", "docs"], 64),
            (["validate", "--spec", "docs", "--type", "Alpha", "-", "-"], 64),
            (["valdate", "--spec", "docs", "good.json"], 64),
        ]
        for (arguments, status) in cases {
            let result = try SpecgenProcess.run(arguments, in: temp.url)
            #expect(result.status == status, "specgen \(arguments.joined(separator: " ")): \(result.stderr)")
            if status == 1 {
                #expect(
                    result.stderr.contains("error") || !result.stdout.isEmpty,
                    "specgen \(arguments.joined(separator: " ")) says why it failed")
            }
        }
    }

    // MARK: - Options work in every command that accepts them

    @Test func lintReadsTheConfigurationAsGenerateDoes() throws {
        let temp = try TemporaryFolder()
        try temp.write("project/docs/a.md", Self.alpha + "name | |\n\nSee [Beta](#beta).\n")
        try temp.write("project/specgen.yml", "inputs: [docs/]\n")
        // The configuration's inputs are linted.
        let configured = try SpecgenProcess.run(["lint", "--config", "project/specgen.yml"], in: temp.url)
        #expect(configured.status == 0, "\(configured.stderr)")
        #expect(
            configured.stdout == """
                project/docs/a.md:6:8: warning: field 'name' has no type; it accepts any JSON value [untyped-field]
                project/docs/a.md:8:12: warning: link '#beta' (Beta) leads to no heading or anchor in these docs [dangling-anchor]

                """)
        #expect(configured.stderr.contains("specgen: 0 errors, 2 warnings in 1 files"))
        let direct = try SpecgenProcess.run(["lint", "project/docs"], in: temp.url)
        #expect(direct.status == 0)
        #expect(direct.stdout == configured.stdout)
        // --diagnostic-paths absolute.
        let absolute = try SpecgenProcess.run(
            [
                "lint", "--config", "project/specgen.yml", "--diagnostic-paths",
                "absolute",
            ], in: temp.url)
        #expect(absolute.status == 0)
        let path = temp.url.appendingPathComponent("project/docs/a.md").standardizedFileURL.path
        #expect(absolute.stdout.hasPrefix(path + ":6:8: warning: field 'name' has no type"), "\(absolute.stdout)")
        // --verify-config-inputs.
        try temp.write("other/b.md", Self.beta)
        let verify = try SpecgenProcess.run(
            [
                "lint", "--config", "project/specgen.yml", "--verify-config-inputs",
                "other",
            ], in: temp.url)
        #expect(verify.status == 1)
        #expect(verify.stderr.contains("error: the inputs given differ from those 'inputs' names"))
        // The configuration's own problems are reported; --no-config leaves it out.
        try temp.write("docs/a.md", Self.alpha)
        try temp.write("docs/specgen.yml", "overlays:\n  - type: Alpha\n    field: nope\n    remove: true\n")
        let overlay = try SpecgenProcess.run(["lint", "docs"], in: temp.url)
        #expect(overlay.status == 0)
        #expect(overlay.stdout.contains("docs/specgen.yml:3:12: warning: this overlay matches nothing"))
        let noConfig = try SpecgenProcess.run(["lint", "--no-config", "docs"], in: temp.url)
        #expect(noConfig.status == 0)
        #expect(noConfig.stdout.isEmpty)
        // A broken configuration stops lint as it stops generate.
        try temp.write("docs/specgen.yml", "overlays:\n  - type: Alpha\n    feild: id\n")
        let broken = try SpecgenProcess.run(["lint", "docs"], in: temp.url)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("docs/specgen.yml:3:5: error: unknown key 'feild'"))
    }

    @Test func dumpHonoursDiagnosticPaths() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", Self.alpha + "bad | [Nowhere](#nowhere)\n")
        let result = try SpecgenProcess.run(["dump", "docs", "--diagnostic-paths", "absolute"], in: temp.url)
        #expect(result.status == 0)
        let path = temp.url.appendingPathComponent("docs/a.md").standardizedFileURL.path
        #expect(result.stderr.hasPrefix(path + ":6:7: warning: link '#nowhere'"), "\(result.stderr)")
    }

    // MARK: - Inputs that are not API docs

    @Test func aMarkdownFileThatIsNotAPIDocsIsAWarning() throws {
        let temp = try TemporaryFolder()
        try temp.write(
            "docs/a.md", Self.alpha + "when | [Timestamp](#timestamp)\ncursor | [CursorString](#cursorstring)\n")
        // Legitimate pages without a field table: a timestamp, a type described in words that others link to, a
        // guide page that links into the docs, a title-only index page.
        try temp.write(
            "docs/timestamp.md",
            "## Timestamp\n\n```json\n\"2024-03-01T08:15:00+00:00\"\n```\n\n"
                + "A date and time written as an ISO 8601 string.\n")
        try temp.write("docs/cursor_string.md", "## CursorString\n\nA string to pass back for the next page.\n")
        try temp.write("docs/guide.md", "# Using Alpha\n\nSend an [Alpha](#alpha) to start.\n\n## Limits\n\nBe nice.\n")
        try temp.write("docs/index.md", "# Object Structures\n")
        // Not API docs: a README that only links to itself.
        try temp.write("docs/README.md", "# My docs\n\nSee [Install](#install).\n\n## Install\n\nRun `make`.\n")
        let message =
            "docs/README.md:1:1: warning: no type, enumeration or event was read from this file, and it "
            + "neither links to the other docs nor is linked from them; it is probably not API docs (leave it out of "
            + "the inputs)"
        let generate = try SpecgenProcess.run(["docs", "--out", "out", "-q"], in: temp.url)
        #expect(generate.status == 0)
        let reported = { (text: String) in text.split(separator: "\n").filter { $0.contains("probably not API docs") } }
        #expect(reported(generate.stderr) == [Substring(message)])
        // (The prose-only type is still reported where it is used, as before.)
        #expect(generate.stderr.contains("docs/a.md:7:10: warning: 'CursorString' is described only in prose"))
        let lint = try SpecgenProcess.run(["lint", "docs"], in: temp.url)
        #expect(lint.status == 0)
        #expect(reported(lint.stdout) == [Substring(message + " [not-api-docs]")])
        // Alone, a README is reported too; a timestamp page is not.
        let alone = try SpecgenProcess.run(["docs/README.md", "--out", "readme", "--check"], in: temp.url)
        // A warning, and files that would change: `--check` fails.
        #expect(alone.status == 1)
        #expect(alone.stderr.hasPrefix(message))
        let timestamp = try SpecgenProcess.run(["dump", "docs/timestamp.md"], in: temp.url)
        #expect(timestamp.status == 0)
        #expect(timestamp.stderr.isEmpty)
    }

    // MARK: - Errors a user can act on

    @Test func writeErrorsSayWhatFailedAndWhere() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", Self.alpha)
        // A name too long for the file system: the output cannot be written.
        let long = String(repeating: "a", count: 245)
        try temp.write("long/\(long).md", Self.alpha)
        let tooLong = try SpecgenProcess.run(["long", "--out", "out"], in: temp.url)
        #expect(tooLong.status == 1)
        #expect(tooLong.stderr.hasPrefix("specgen: error: file name too long while writing 'out/"), "\(tooLong.stderr)")
        #expect(tooLong.stderr.contains("+Validation.swift'; 'out' was not created"), "\(tooLong.stderr)")
        #expect(!temp.list("").contains("out"))
        // A file where a folder must be created.
        try temp.write("file.txt", "x")
        let blocked = try SpecgenProcess.run(["docs", "--out", "file.txt/sub"], in: temp.url)
        #expect(blocked.status == 1)
        #expect(
            blocked.stderr.hasPrefix("specgen: error: a part of the path is not a folder while creating 'file.txt'"),
            "\(blocked.stderr)")
        #expect(blocked.stderr.contains("'file.txt/sub' was not created"), "\(blocked.stderr)")
        // A full disk.
        if FileManager.default.fileExists(atPath: "/dev/full") {
            let full = try SpecgenProcess.run(
                ["lint", "docs", "--baseline", "/dev/full", "--record-baseline"],
                in: temp.url)
            #expect(full.status == 1)
            #expect(full.stderr.hasPrefix("specgen: error: cannot write the baseline '/dev/full': "), "\(full.stderr)")
        }
        for result in [tooLong, blocked] {
            #expect(!result.stderr.contains("CommandError"))
            #expect(!result.stderr.contains("could not be completed"))
        }
    }
}
