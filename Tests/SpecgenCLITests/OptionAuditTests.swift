import Foundation
import SpecgenTestSupport
import Testing

/// Every option of every command either works in that command or is not accepted by it. The options each command
/// accepts are read from its `--help`, so an option added to a command fails ``everyAcceptedOptionIsAudited`` until
/// it is listed here with a test of its effect in that command.
@Suite(.serialized) struct OptionAuditTests {
    /// The long options each command accepts, and where their effect is tested.
    static let accepted: [String: Set<String>] = [
        // Shared input options: `sharedOptionsWork` below. The rest: `generateOptionsWork` below, CLITests
        // (--templates, --access, --quiet), CommandLineContractTests (--check), NamespaceCLITests.
        "generate": inputOptions.union([
            "--out", "--templates", "--access", "--namespace", "--source-locations", "--emit", "--quiet", "--check",
        ]),
        // --format, --strict, --baseline, --record-baseline: LintCommandTests and CommandLineContractTests;
        // --stdin-path: LintStreamingTests.
        "lint": inputOptions.union(["--format", "--strict", "--baseline", "--record-baseline", "--stdin-path"]),
        // --stage: `sharedOptionsWork` (both stages) and CommandLineContractTests.
        "dump": inputOptions.union(["--stage"]),
        // `validateOptionsWork` below, ValidateCommandTests and ValidateStreamingTests (--lines).
        "validate": [
            "--spec", "--type", "--lines", "--dialect", "--path-root", "--config", "--no-config", "--spec-warnings",
        ],
    ]

    /// The options of every command that reads docs as its inputs.
    static let inputOptions: Set<String> = [
        "--dialect", "--path-root", "--config", "--no-config", "--diagnostic-paths", "--verify-config-inputs",
    ]

    @Test(arguments: ["generate", "lint", "dump", "validate"])
    func everyAcceptedOptionIsAudited(command: String) throws {
        let help = try SpecgenProcess.run([command, "--help"])
        #expect(help.status == 0)
        var options = Set<String>()
        for line in help.stdout.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            // An option's line: `  --name <value>  Help.` or `  -o, --out <folder>`.
            let first =
                trimmed.hasPrefix("-") && !trimmed.hasPrefix("--") ? trimmed.drop { $0 != " " }.dropFirst() : trimmed
            guard line.hasPrefix("  "), first.hasPrefix("--") else { continue }
            options.insert(String(first.prefix { $0 != " " && $0 != "," && $0 != ")" }))
        }
        options.subtract(["--help", "--version"])
        #expect(options == Self.accepted[command])
    }

    static let alpha = "## Alpha\n\nField | Type\n--- | ---\nid | integer\nname | |\n"

    /// The docs with a configuration beside them (an overlay that matches nothing, so that each run shows whether
    /// the configuration was read) and another configuration elsewhere.
    static func project() throws -> TemporaryFolder {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", alpha)
        try temp.write("docs/specgen.yml", "overlays:\n  - type: Beside\n    field: x\n    remove: true\n")
        try temp.write(
            "elsewhere/specgen.yml",
            "inputs: [../docs/]\noverlays:\n  - type: Elsewhere\n    field: x\n    remove: true\n")
        try temp.write("other/b.md", alpha.replacingOccurrences(of: "Alpha", with: "Beta"))
        return temp
    }

    /// The command line of `command` on `inputs` with `options` (generate writes into a fresh folder).
    static func arguments(_ command: String, _ inputs: [String], _ options: [String] = []) -> [String] {
        switch command {
        case "generate": return ["generate"] + inputs + ["--out", "out-\(UUID().uuidString)"] + options
        case "dump-markdown": return ["dump", "--stage", "markdown"] + inputs + options
        default: return [command] + inputs + options
        }
    }

    /// --config, --no-config, --diagnostic-paths, --path-root, --dialect and --verify-config-inputs in each command
    /// that accepts them (and in both stages of dump).
    @Test(arguments: ["generate", "lint", "dump", "dump-markdown"])
    func sharedOptionsWork(command: String) throws {
        let temp = try Self.project()
        func run(_ inputs: [String], _ options: [String] = []) throws -> (status: Int32, output: String) {
            let result = try SpecgenProcess.run(Self.arguments(command, inputs, options), in: temp.url)
            return (result.status, result.stdout + result.stderr)
        }
        // The Markdown stage reads no configuration's overlays, but the configuration is read (and must be valid).
        let appliesOverlays = command != "dump-markdown"
        let untyped = "docs/a.md:6:8: warning: field 'name' has no type"
        let beside = "docs/specgen.yml:2:11: warning: this overlay matches nothing"
        let elsewhere = "elsewhere/specgen.yml:3:11: warning: this overlay matches nothing"

        // The configuration beside the docs is found.
        let found = try run(["docs"])
        #expect(found.status == 0, "\(found.output)")
        #expect(found.output.contains(beside) == appliesOverlays, "\(found.output)")
        // --no-config leaves it out.
        let none = try run(["docs"], ["--no-config"])
        #expect(none.status == 0)
        #expect(!none.output.contains("overlay matches nothing"), "\(none.output)")
        // --config names another one, whose inputs are read when none are given.
        let named = try run([], ["--config", "elsewhere/specgen.yml"])
        #expect(named.status == 0, "\(named.output)")
        #expect(named.output.contains(elsewhere) == appliesOverlays, "\(named.output)")
        #expect(!named.output.contains(beside))
        // --verify-config-inputs: the inputs given must be those the configuration names.
        let verified = try run(["docs"], ["--config", "elsewhere/specgen.yml", "--verify-config-inputs"])
        #expect(verified.status == 0, "\(verified.output)")
        let differ = try run(["other"], ["--config", "elsewhere/specgen.yml", "--verify-config-inputs"])
        #expect(differ.status == 1)
        #expect(differ.output.contains("error: the inputs given differ from those 'inputs' names"), "\(differ.output)")
        // --dialect: a known one is used, an unknown one is a usage error; a configuration's unknown dialect is
        // located in it.
        #expect(try run(["docs"], ["--dialect", "osu"]).status == 0)
        let unknown = try run(["docs"], ["--dialect", "nope"])
        #expect(unknown.status == 64)
        #expect(unknown.output.contains("Unknown dialect 'nope'"), "\(unknown.output)")
        try temp.write("docs/specgen.yml", "dialect: nope\n")
        let configured = try run(["docs"])
        #expect(configured.status == 1)
        #expect(
            configured.output.contains(
                "docs/specgen.yml:1:10: error: unknown dialect 'nope'; choose one of: discord, osu"),
            "\(configured.output)")
        // --dialect wins over the configuration's.
        #expect(try run(["docs"], ["--dialect", "osu"]).status == 0)
        try temp.write("docs/specgen.yml", "overlays:\n  - type: Beside\n    field: x\n    remove: true\n")

        guard command != "dump-markdown" else { return }
        // Diagnostics of the docs, as --diagnostic-paths and --path-root write them.
        #expect(none.output.contains(untyped), "\(none.output)")
        let absolute = try run(["docs"], ["--no-config", "--diagnostic-paths", "absolute"])
        let path = temp.url.appendingPathComponent("docs/a.md").standardizedFileURL.path
        #expect(absolute.output.contains(path + ":6:8: warning: field 'name' has no type"), "\(absolute.output)")
        let rooted = try run(["docs"], ["--no-config", "--path-root", "docs"])
        #expect(rooted.output.contains("\na.md:6:8: warning") || rooted.output.hasPrefix("a.md:6:8: warning"))
        #expect(!rooted.output.contains("docs/a.md"), "\(rooted.output)")
    }

    /// validate reads the docs as the other commands do, through its own options: --spec, --config, --no-config,
    /// --path-root, --dialect and --spec-warnings. It writes no diagnostics of the docs by path in other forms, so it
    /// refuses --diagnostic-paths and --verify-config-inputs.
    @Test func validateOptionsWork() throws {
        let temp = try Self.project()
        try temp.write("payload.json", #"{"id": "one", "name": 1}"#)
        func run(_ options: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
            let result = try SpecgenProcess.run(
                ["validate", "--type", "Alpha"] + options + ["payload.json"], in: temp.url)
            return (result.status, result.stdout, result.stderr)
        }
        let plain = try run(["--spec", "docs"])
        #expect(plain.status == 1)
        #expect(plain.stdout.contains("[docs/a.md:5]"), "\(plain.stdout)")
        // The docs' warnings show with --spec-warnings only; the configuration beside the docs is read.
        #expect(!plain.stderr.contains("warning"))
        let warnings = try run(["--spec", "docs", "--spec-warnings"])
        #expect(warnings.stderr.contains("docs/specgen.yml:2:11: warning: this overlay matches nothing"))
        #expect(warnings.stderr.contains("docs/a.md:6:8: warning: field 'name' has no type"))
        let none = try run(["--spec", "docs", "--spec-warnings", "--no-config"])
        #expect(!none.stderr.contains("overlay matches nothing"), "\(none.stderr)")
        // --config: its overlays apply (here: `id` is a string, so the payload conforms).
        try temp.write(
            "fix/specgen.yml", "inputs: [../docs/]\noverlays:\n  - { type: Alpha, field: id, set: { type: string } }\n")
        let fixed = try run(["--config", "fix/specgen.yml"])
        #expect(fixed.status == 0, "\(fixed.stdout)\(fixed.stderr)")
        // --path-root: spec locations relative to it.
        let rooted = try run(["--spec", "docs", "--path-root", "docs"])
        #expect(rooted.stdout.contains("[a.md:5]"), "\(rooted.stdout)")
        // --dialect.
        #expect(try run(["--spec", "docs", "--dialect", "osu"]).status == 1)
        #expect(try run(["--spec", "docs", "--dialect", "nope"]).status == 64)
        // Not accepted.
        for option in [["--diagnostic-paths", "absolute"], ["--verify-config-inputs"]] {
            let refused = try run(["--spec", "docs"] + option)
            #expect(refused.status == 64, "\(option)")
            #expect(refused.stderr.contains("Unknown option '\(option[0])'"), "\(refused.stderr)")
        }
    }

    /// generate's own options that shape the settings, resolved like the shared ones: the command line over the
    /// configuration over the defaults.
    @Test func generateOptionsWork() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", Self.alpha)
        try temp.write(
            "docs/specgen.yml", "outputs: [schema]\naccessModifier: package\nnamespace: Docs\nsourceLocations: none\n")
        let configured = try SpecgenProcess.run(["docs", "--out", "one"], in: temp.url)
        #expect(configured.status == 0, "\(configured.stderr)")
        #expect(temp.list("one") == [".specgen-manifest", "schema.json"])
        let given = try SpecgenProcess.run(
            [
                "docs", "--out", "two", "--emit", "models", "--access", "internal", "--namespace", "API",
                "--source-locations", "file",
            ], in: temp.url)
        #expect(given.status == 0, "\(given.stderr)")
        #expect(temp.list("two") == [".specgen-manifest", "A.swift"])
        let models = temp.read("two/A.swift") ?? ""
        #expect(models.contains("internal enum API"), "\(models)")
        #expect(models.contains("From `docs/a.md`."), "\(models)")
        let fromFile = try SpecgenProcess.run(["docs", "--out", "three", "--emit", "models"], in: temp.url)
        #expect(fromFile.status == 0)
        let text = temp.read("three/A.swift") ?? ""
        #expect(text.contains("package enum Docs"), "\(text)")
        #expect(!text.contains("From `docs/a.md"), "\(text)")
        let unknown = try SpecgenProcess.run(["docs", "--out", "four", "--emit", "typescript"], in: temp.url)
        #expect(unknown.status == 64)
    }

    /// The configuration's `fastDecoders: false` leaves the one-pass decoders out of the models and nothing else;
    /// without it (or with `true`) every type has them.
    @Test func fastDecodersCanBeLeftOut() throws {
        let temp = try TemporaryFolder()
        let docs =
            Self.alpha + "\n## Beta\n\nField | Type\n--- | ---\nalpha | [Alpha](#alpha)\nkind | [Kind](#kind)\n"
            + "\n## Kind\n\nType | Permission Check for Joining/Messaging\n--- | ---\nONE | |\nTWO | |\n"
        let settings = [("without", "fastDecoders: false\n"), ("with", "fastDecoders: true\n"), ("plain", "")]
        for (folder, setting) in settings {
            try temp.write("\(folder)/a.md", docs)
            try temp.write("\(folder)/specgen.yml", "outputs: [models, validators]\n" + setting)
            let run = try SpecgenProcess.run([folder, "--out", "\(folder)-out"], in: temp.url)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(temp.list("\(folder)-out") == [".specgen-manifest", "A+Validation.swift", "A.swift"])
        }
        // Each file names its docs (`with/a.md`); the rest is compared.
        func read(_ folder: String, _ file: String) -> String {
            (temp.read("\(folder)-out/\(file)") ?? "").replacingOccurrences(of: "\(folder)/a.md", with: "a.md")
        }
        let without = read("without", "A.swift")
        let with = read("with", "A.swift")
        #expect(with == read("plain", "A.swift"))
        for type in ["Alpha", "Beta", "Kind"] {
            #expect(with.contains("extension \(type): SpecgenRuntime.JSONFastDecodable"), "\(with)")
            #expect(without.contains("enum \(type)") || without.contains("struct \(type)"), "\(without)")
        }
        #expect(with.contains("init(json: Foundation.Data)") && with.contains("init(jsonReader reader:"))
        #expect(!without.contains("JSONFastDecodable") && !without.contains("init(json"), "\(without)")
        #expect(!without.contains("jsonReader"), "\(without)")
        #expect(without.contains("init(from decoder: any Swift.Decoder)"), "\(without)")
        // The validators do not depend on the decoders.
        #expect(read("without", "A+Validation.swift") == read("with", "A+Validation.swift"))
    }
}
