import Foundation
import SpecgenConfig
import SpecgenCore
import SpecgenSupport
import SpecgenTestSupport
import Testing

// `PluginsShared/` is the plugins' own planning code (a link to `Plugins/PluginsShared`), compiled into this target
// so that it can be checked against the generator it stands in for.

@Suite struct OutputNamesTests {
    /// Path sets that exercise every rule of the naming: case and separators, acronyms, leading digits, folders
    /// prepended on collision (as many as needed), numbering when whole paths still collide, and odd file names.
    static let pathSets: [[String]] = [
        ["spec/websocket_events.md", "spec/structures/chat_channel.md", "spec/structures/user_compact.md"],
        ["a/x.md", "b/x.md", "c/y.md"],
        ["deep/a/x.md", "other/a/x.md", "x.md"],
        ["api_ids.md", "html-urls.md", "JSONValue.md", "userID.md", "2fa.md", "__.md", ".md", "noext"],
        ["x.md", "X.md", "x.markdown.md", "x_.md", "-x-.md"],
        ["docs/chat channel.md", "docs/chat_channel.md", "docs/ChatChannel.md"],
        ["/abs/outside/a.md", "inside/a.md"],
        ["./a.md", "../b/a.md", "a.md"],
        ["caf\u{E9}.md", "\u{1F3B5}.md", "ok.md"],
        ["one/two/three/four.md", "one/two/3/four.md", "five/two/three/four.md"],
    ]

    /// The plugin declares the files the generator's emitters name, for every path set (the files written in a
    /// target folder, as the plugin finds them).
    @Test(arguments: pathSets.filter { $0.allSatisfy { !$0.hasPrefix("/") && !$0.hasPrefix("..") } })
    func declareWhatTheEmittersName(paths: [String]) throws {
        let target = try TargetFolder()
        for path in paths { try target.write(path, "# Notes\n") }
        let plan = try SpecgenPlanner.plan(
            targetName: "Docs", targetDirectory: target.url,
            markdownFiles: paths.map(target.url.appendingPathComponent),
            outputFolder: target.output)
        let displayPaths = plan.inputs.map { SpecgenPlanner.displayPath($0.path, relativeTo: target.url.path) }
        let generator = Generator(options: GeneratorOptions(outputs: [SpecgenSupport.OutputKind.models, .validators]))
        #expect(plan.outputs.map(\.lastPathComponent).sorted() == generator.fileNames(for: displayPaths))
        #expect(Set(plan.outputs.map(\.lastPathComponent)).count == 2 * Set(displayPaths).count)
    }

    /// The naming rules the plugins compile are the generator's own file, linked, not a copy that could drift.
    @Test func thePluginsCompileTheGeneratorsNamingFile() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let link = root.appendingPathComponent("Plugins/PluginsShared/OutputFiles.swift")
        let destination = try FileManager.default.destinationOfSymbolicLink(atPath: link.path)
        #expect(destination == "../../Sources/SpecgenSupport/OutputFiles.swift")
        #expect(
            link.resolvingSymlinksInPath().path
                == root.appendingPathComponent("Sources/SpecgenSupport/OutputFiles.swift").resolvingSymlinksInPath()
                .path)
    }
}

@Suite struct ConfigurationInputsReaderTests {
    /// YAML the plugin reads itself: it must find the same `inputs` as specgen's reader, or give up (specgen's
    /// `--verify-config-inputs` then reports the difference).
    static let readable: [String] = [
        "inputs: [docs/, more.md]\n",
        "inputs: [ 'docs/', \"x y.md\" ]  # two\naccessModifier: public\n",
        "accessModifier: public\ninputs:\n  - docs/\n  - 'it''s.md'\n  # comment\n\n  - \"c.md\" # trailing\noverlays: []\n",
        "inputs:\n- a.md\n- b/\n",
        "inputs: [a.md,\n  b.md]\n",
        "inputs: []\n",
        "overlays:\n  - type: X\n    addFields: [{ name: inputs, type: string }]\n",
        "# inputs: [commented.md]\naccessModifier: public\n",
    ]

    @Test(arguments: readable) func readsWhatSpecgenReads(yaml: String) throws {
        let diagnostics = DiagnosticCollector()
        let configuration = try #require(
            ConfigurationReader().read(yaml, path: "specgen.yml", diagnostics: diagnostics))
        let expected = configuration.inputs.map(\.value)
        let read = try ConfigurationInputsReader.yamlInputs(yaml, path: "specgen.yml")
        #expect((read ?? []) == expected)
        let hasKey = yaml.hasPrefix("inputs:") || yaml.contains("\ninputs:")
        #expect((read != nil) == hasKey)
    }

    static let unreadable: [String] = [
        "inputs: docs/\n",
        "inputs: [\"a\\tb.md\"]\n",
        "inputs: [a.md\n",
        "inputs:\n  docs: true\n",
    ]

    @Test(arguments: unreadable) func givesUpOnOtherForms(yaml: String) {
        #expect(throws: PluginError.self) { try ConfigurationInputsReader.yamlInputs(yaml, path: "specgen.yml") }
    }
}

/// A target folder in a temporary directory.
final class TargetFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-plugin-\(UUID().uuidString)")
            .appendingPathComponent("Sources/Docs")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url.deletingLastPathComponent().deletingLastPathComponent()) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    var markdown: [URL] {
        let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)
        return (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "md" }
    }

    var output: URL { url.deletingLastPathComponent().appendingPathComponent("out") }
}

/// Runs the `specgen` executable built beside the tests.
func runSpecgen(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
    let bundle = Bundle.main.bundleURL
    let candidates = [
        bundle.appendingPathComponent("specgen"),
        bundle.deletingLastPathComponent().appendingPathComponent("specgen"),
    ]
    let executable = try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) })
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let error = Pipe()
    process.standardError = error
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
}

@Suite(.serialized) struct PlanTests {
    let alpha = "## Alpha\n\nField | Type\n--- | ---\nid | integer\n"

    @Test func specgenWritesExactlyTheDeclaredOutputs() throws {
        let target = try TargetFolder()
        try target.write("docs/a/item.md", alpha)
        try target.write("docs/b/item.md", alpha.replacingOccurrences(of: "Alpha", with: "Beta"))
        try target.write("chat_channel.md", alpha.replacingOccurrences(of: "Alpha", with: "Gamma"))
        let plan = try SpecgenPlanner.plan(
            targetName: "Docs", targetDirectory: target.url,
            markdownFiles: target.markdown, outputFolder: target.output)
        // In the order of the inputs' paths (chat_channel.md, docs/a/item.md, docs/b/item.md).
        #expect(
            plan.outputs.map(\.lastPathComponent) == [
                "ChatChannel.swift", "AItem.swift", "BItem.swift",
                "ChatChannel+Validation.swift", "AItem+Validation.swift", "BItem+Validation.swift",
            ])
        #expect(plan.configuration == nil)
        #expect(plan.arguments.contains("--no-config"))
        let run = try runSpecgen(plan.arguments)
        #expect(run.status == 0, "\(run.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: target.output.path).sorted()
        #expect(written == [".specgen-manifest"] + plan.outputs.map(\.lastPathComponent).sorted())
        // Generated comments name the docs relative to the target; nothing machine-specific gets in.
        let text = try String(contentsOf: plan.outputs[1], encoding: .utf8)
        #expect(text.contains("From `docs/a/item.md:1`."))
        #expect(!text.contains(target.url.path))
    }

    @Test func configurationInputsAndDiagnostics() throws {
        let target = try TargetFolder()
        try target.write("specgen.yml", "inputs: [docs/]\noverlays:\n  - { type: Nope, field: x, remove: true }\n")
        try target.write("docs/alpha.md", alpha)
        try target.write("README.md", "# Not docs\n")
        let plan = try SpecgenPlanner.plan(
            targetName: "Docs", targetDirectory: target.url,
            markdownFiles: target.markdown, outputFolder: target.output)
        #expect(plan.inputs.map(\.lastPathComponent) == ["alpha.md"])
        #expect(plan.configuration?.lastPathComponent == "specgen.yml")
        #expect(
            plan.arguments.suffix(3) == [
                "--config", target.url.appendingPathComponent("specgen.yml").path,
                "--verify-config-inputs",
            ])
        let run = try runSpecgen(plan.arguments)
        #expect(run.status == 0)
        // Diagnostics carry absolute paths, which build logs and IDEs resolve.
        #expect(
            run.stderr == target.url.appendingPathComponent("specgen.yml").path
                + ":3:13: warning: this overlay matches nothing: the docs define no type 'Nope'; remove it or fix "
                + "the name\n")
    }

    /// The configuration's dialect decides which of a target's files are docs: `.mdx` too for Discord's, `.md` only
    /// without one; specgen then reads exactly the planned files.
    @Test func theConfiguredDialectChoosesTheDocsExtensions() throws {
        let target = try TargetFolder()
        try target.write(
            "user.mdx",
            "### User Object\n\n| Field | Type | Description |\n|---|---|---|\n| id | snowflake | the id |\n")
        try target.write(
            "notes.md",
            "### Note Object\n\n| Field | Type | Description |\n|---|---|---|\n| text? | ?string | the text |\n")
        try target.write("image.png", "not docs")
        let files =
            (FileManager.default.enumerator(at: target.url, includingPropertiesForKeys: nil)?.allObjects
                as? [URL] ?? [])
        let plain = try SpecgenPlanner.plan(
            targetName: "Docs", targetDirectory: target.url, markdownFiles: files, outputFolder: target.output)
        #expect(plain.inputs.map(\.lastPathComponent) == ["notes.md"])

        try target.write("specgen.yml", "dialect: discord  # Discord's developer docs\n")
        let discord = try SpecgenPlanner.plan(
            targetName: "Docs", targetDirectory: target.url, markdownFiles: files, outputFolder: target.output)
        #expect(discord.inputs.map(\.lastPathComponent).sorted() == ["notes.md", "user.mdx"])
        let run = try runSpecgen(discord.arguments)
        #expect(run.status == 0, "\(run.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: target.output.path).sorted()
        #expect(Set(discord.outputs.map(\.lastPathComponent)).isSubset(of: Set(written)), "\(written)")

        try target.write("specgen.yml", "{\"dialect\": \"discord\"}\n")
        try FileManager.default.moveItem(
            at: target.url.appendingPathComponent("specgen.yml"), to: target.url.appendingPathComponent("specgen.json"))
        let json = try SpecgenPlanner.plan(
            targetName: "Docs", targetDirectory: target.url, markdownFiles: files, outputFolder: target.output)
        #expect(json.inputs.map(\.lastPathComponent).sorted() == ["notes.md", "user.mdx"])
    }

    /// `outputs` in the configuration chooses what the plugin declares and asks for; `schema` adds `schema.json`,
    /// which SwiftPM bundles as a resource of the target.
    @Test func configuredOutputsAreDeclaredExactly() throws {
        let target = try TargetFolder()
        try target.write("specgen.json", #"{"outputs": ["schema", "models"]}"#)
        try target.write("alpha.md", alpha)
        let plan = try SpecgenPlanner.plan(
            targetName: "Docs", targetDirectory: target.url,
            markdownFiles: target.markdown, outputFolder: target.output)
        #expect(plan.outputs.map(\.lastPathComponent) == ["Alpha.swift", "schema.json"])
        #expect(plan.arguments.contains { $0 == "validators" } == false)
        let run = try runSpecgen(plan.arguments)
        #expect(run.status == 0, "\(run.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: target.output.path).sorted()
        #expect(written == [".specgen-manifest", "Alpha.swift", "schema.json"])
    }

    @Test func anUnknownOutputIsReportedAtItsLine() throws {
        let target = try TargetFolder()
        try target.write("specgen.yml", "outputs:\n  - models\n  - typescript\n")
        try target.write("alpha.md", alpha)
        let plan = try SpecgenPlanner.plan(
            targetName: "Docs", targetDirectory: target.url,
            markdownFiles: target.markdown, outputFolder: target.output)
        #expect(plan.outputs.map(\.lastPathComponent) == ["Alpha.swift"])
        let run = try runSpecgen(plan.arguments)
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "specgen.yml:3:5: error: 'typescript' is not an output; use one of: models, "
                    + "schema, validators"))
    }

    @Test func aMisreadConfigurationFailsTheRun() throws {
        let target = try TargetFolder()
        try target.write("specgen.yml", "inputs: [docs/]\n")
        try target.write("docs/alpha.md", alpha)
        try target.write("other.md", alpha.replacingOccurrences(of: "Alpha", with: "Other"))
        // As if the plugin had read the inputs wrong: it passes other.md too.
        var plan = try SpecgenPlanner.plan(
            targetName: "Docs", targetDirectory: target.url,
            markdownFiles: target.markdown, outputFolder: target.output)
        plan.arguments.insert(target.url.appendingPathComponent("other.md").path, at: 1)
        let run = try runSpecgen(plan.arguments)
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "specgen.yml:1:10: error: the inputs given differ from those 'inputs' names; "
                    + "not named: other.md"))
    }

    @Test func aSpecErrorFailsTheRunAtItsLine() throws {
        let target = try TargetFolder()
        let file = try target.write("alpha.md", alpha + "\n## Alpha\n\nField | Type\n--- | ---\nx | integer\n")
        let plan = try SpecgenPlanner.plan(
            targetName: "Docs", targetDirectory: target.url,
            markdownFiles: target.markdown, outputFolder: target.output)
        let run = try runSpecgen(plan.arguments)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix(file.path + ":7:1: error: type 'Alpha' is defined twice"))
        #expect(!FileManager.default.fileExists(atPath: target.output.path))
    }

    /// An `inputs` entry that names nothing is left to specgen, which reports it at its line.
    @Test func aMissingInputIsReportedByTheConfigurationLine() throws {
        let target = try TargetFolder()
        try target.write("specgen.json", "{\n  \"inputs\": [\"missing/\"]\n}\n")
        let plan = try SpecgenPlanner.plan(
            targetName: "Docs", targetDirectory: target.url, markdownFiles: [],
            outputFolder: target.output)
        #expect(plan.inputs.isEmpty && plan.outputs.isEmpty)
        let run = try runSpecgen(plan.arguments)
        #expect(run.status == 1)
        #expect(
            run.stderr == target.url.appendingPathComponent("specgen.json").path + ":2:14: error: input "
                + "'missing/' (relative to the configuration's folder): no such file or folder: "
                + "'\(target.url.path)/missing/'\n")
    }

    @Test func planningProblemsNameTheTarget() throws {
        let target = try TargetFolder()
        #expect {
            try SpecgenPlanner.plan(
                targetName: "Docs", targetDirectory: target.url, markdownFiles: [],
                outputFolder: target.output)
        } throws: { error in
            "\(error)" == "specgen: target 'Docs' has no Markdown docs: expected .md files in '\(target.url.path)'"
        }
        try target.write("specgen.yml", "")
        try target.write("specgen.json", "{}")
        #expect {
            try SpecgenPlanner.plan(
                targetName: "Docs", targetDirectory: target.url, markdownFiles: [],
                outputFolder: target.output)
        } throws: { error in "\(error)".hasPrefix("specgen: target 'Docs' has several configuration files") }
    }
}
