import Foundation
import SpecgenTestSupport
import Testing

/// Runs the `specgen` executable the way a user does.
struct SpecgenProcess {
    static let executable: URL = {
        var candidates: [URL] = []
        let bundle = Bundle.main.bundleURL
        candidates.append(bundle.appendingPathComponent("specgen"))
        candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("specgen"))
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("specgen"))
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs specgen with `arguments` in `directory`; `input`, if given, is its standard input (keep it small: it is
    /// written before the output is read).
    static func run(_ arguments: [String], in directory: URL = Golden.repositoryRoot, input: Data? = nil) throws
        -> Result
    {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        if input != nil { process.standardInput = stdin }
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(input)
            try stdin.fileHandleForWriting.close()
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}

/// A fresh temporary folder, removed when the test ends.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ name: String, _ text: String) throws {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    func read(_ name: String) -> String? {
        try? String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
    }

    func list(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent(folder).path)) ?? []).sorted()
    }
}

@Suite(.serialized) struct CLITests {
    @Test func generatesSpecIntoAFreshFolder() throws {
        let temp = try TemporaryFolder()
        let out = temp.url.appendingPathComponent("Generated").path
        let result = try SpecgenProcess.run(["spec/", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("specgen: 21 files in"))
        // The one known problem of the verbatim seed page, in compiler format.
        #expect(result.stderr.contains("spec/websocket_events.md:51:1: warning: link '#chat-channel'"))
        let files = temp.list("Generated")
        #expect(files.contains("WebsocketEvents.swift"))
        #expect(files.contains("WebsocketEvents+Validation.swift"))
        #expect(files.contains("schema.json"))
        #expect(files.contains(".specgen-manifest"))
        let golden = try String(
            contentsOf: Golden.repositoryRoot.appendingPathComponent("Tests/SpecModels/ChatChannel.swift"),
            encoding: .utf8)
        #expect(temp.read("Generated/ChatChannel.swift") == golden)
    }

    @Test func secondRunLeavesUnchangedFilesAlone() throws {
        let temp = try TemporaryFolder()
        let out = temp.url.appendingPathComponent("Generated").path
        #expect(try SpecgenProcess.run(["spec", "--out", out, "-q"]).status == 0)
        let file = out + "/Notification.swift"
        let before = try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 1.1)
        let second = try SpecgenProcess.run(["spec", "--out", out])
        #expect(second.status == 0)
        #expect(second.stdout.contains("(0 written, 21 unchanged, 0 removed)"))
        let after = try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date
        #expect(before == after)
    }

    @Test func neverTouchesFilesItDidNotWrite() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", "## Alpha\n\nField | Type\n--- | ---\nid | integer\n")
        try temp.write("docs/b.md", "## Beta\n\nField | Type\n--- | ---\nid | integer\n")
        try temp.write("out/Mine.swift", "// mine\n")
        try temp.write("out/notes.txt", "keep\n")
        #expect(try SpecgenProcess.run(["docs", "--out", "out", "-q"], in: temp.url).status == 0)
        #expect(
            temp.list("out") == [
                ".specgen-manifest", "A+Validation.swift", "A.swift", "B+Validation.swift", "B.swift",
                "Mine.swift", "notes.txt", "schema.json",
            ])
        // b.md goes away: its output goes too, the user's files stay.
        try FileManager.default.removeItem(at: temp.url.appendingPathComponent("docs/b.md"))
        let second = try SpecgenProcess.run(["docs", "--out", "out"], in: temp.url)
        #expect(second.status == 0)
        #expect(second.stdout.contains("2 removed"))
        #expect(
            temp.list("out") == [
                ".specgen-manifest", "A+Validation.swift", "A.swift", "Mine.swift", "notes.txt",
                "schema.json",
            ])
        #expect(temp.read("out/Mine.swift") == "// mine\n")
        // A user's file where specgen would write: refused, and nothing changes.
        try temp.write("docs/mine.md", "## Mine\n\nField | Type\n--- | ---\nid | integer\n")
        try temp.write("docs/a.md", "## Alpha\n\nField | Type\n--- | ---\nid | string\n")
        let third = try SpecgenProcess.run(["docs", "--out", "out"], in: temp.url)
        #expect(third.status == 1)
        #expect(third.stderr.contains("'out/Mine.swift' exists and was not written by specgen"))
        #expect(temp.read("out/Mine.swift") == "// mine\n")
        #expect(temp.read("out/A.swift")?.contains("Swift.Int") == true)
    }

    @Test func errorsAreLocatedAndLeaveTheOutputUnchanged() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", "## Alpha\n\nField | Type\n--- | ---\nid | integer\n")
        #expect(try SpecgenProcess.run(["docs", "--out", "out", "-q"], in: temp.url).status == 0)
        let before = temp.read("out/A.swift")
        try temp.write(
            "docs/a.md",
            "## Alpha\n\nField | Type\n--- | ---\nid | string\n\n## Alpha\n\nField | Type\n--- | ---\nx | y\n")
        let result = try SpecgenProcess.run(["docs", "--out", "out"], in: temp.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("docs/a.md:7:1: error: type 'Alpha' is defined twice (first at docs/a.md:1)"))
        #expect(temp.read("out/A.swift") == before)
        // A folder that did not exist is not created.
        let fresh = try SpecgenProcess.run(["docs", "--out", "new"], in: temp.url)
        #expect(fresh.status == 1)
        #expect(temp.list("").contains("new") == false)
    }

    @Test func nonUTF8InputIsAnError() throws {
        let temp = try TemporaryFolder()
        let bytes = Array("## Alpha\n\nField | Type\n--- | ---\nid | int".utf8) + [0xC3, 0x28] + [0x0A]
        try Data(bytes).write(to: temp.url.appendingPathComponent("bad.md"))
        let result = try SpecgenProcess.run(["bad.md", "--out", "out"], in: temp.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.md:5:9: error: file is not valid UTF-8"))
    }

    @Test func outMustNotBeAFile() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", "## Alpha\n\nField | Type\n--- | ---\nid | integer\n")
        try temp.write("file.txt", "x")
        let result = try SpecgenProcess.run(["docs", "--out", "file.txt"], in: temp.url)
        #expect(result.status != 0)
        #expect(result.stderr.contains("--out 'file.txt' is a file"))
        #expect(temp.read("file.txt") == "x")
    }

    @Test func missingInputsAreReported() throws {
        let temp = try TemporaryFolder()
        let result = try SpecgenProcess.run(["nowhere", "--out", "out"], in: temp.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("specgen: error: no such file or folder: 'nowhere'"))
        let none = try SpecgenProcess.run(["--out", "out"], in: temp.url)
        #expect(none.status != 0)
        #expect(none.stderr.contains("Give at least one Markdown file or folder"))
    }

    @Test func templatesCanBeReplaced() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", "## Alpha\n\nField | Type\n--- | ---\nid | integer\n")
        try temp.write("templates/models.swift.mustache", "{{% CONTENT_TYPE: TEXT }}\n// custom for {{sourcePath}}\n")
        let result = try SpecgenProcess.run(["docs", "--out", "out", "--templates", "templates", "-q"], in: temp.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(temp.read("out/A.swift") == "// custom for docs/a.md\n")
        try temp.write("templates/nonsense.mustache", "x")
        let unknown = try SpecgenProcess.run(["docs", "--out", "out2", "--templates", "templates"], in: temp.url)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("specgen has no template named 'nonsense'"))
    }

    @Test func accessLevelIsConfigurable() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", "## Alpha\n\nField | Type\n--- | ---\nid | integer\n")
        #expect(
            try SpecgenProcess.run(["docs", "--out", "out", "--access", "internal", "-q"], in: temp.url).status == 0)
        let text = try #require(temp.read("out/A.swift"))
        #expect(text.contains("internal struct Alpha"))
        #expect(!text.contains("public "))
    }

    @Test func helpAndVersion() throws {
        let help = try SpecgenProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: specgen <subcommand>"))
        #expect(help.stdout.contains("generate (default)"))
        let generateHelp = try SpecgenProcess.run(["generate", "--help"])
        #expect(generateHelp.status == 0)
        #expect(generateHelp.stdout.contains("--out <folder>"))
        let version = try SpecgenProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }
}
