import Foundation
import SpecgenCore
import SpecgenTestSupport

/// The osu! docs corpora, read from `../shared/corpus` beside the repository.
enum Corpus {
    /// The revisions: the current docs and those of the seed page's time.
    static let revisions = ["osu-web", "osu-web-seed-era"]

    /// The folder that holds the revisions.
    static let root = Golden.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    /// Every `.md` file of a revision, with paths such as `osu-web/_structures/user.md`.
    static func inputs(_ revision: String) throws -> [InputFile] {
        let base = root.appendingPathComponent(revision)
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else {
            throw CorpusMissing(path: base.path)
        }
        var files: [InputFile] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix(".md") else { continue }
            let data = try Data(contentsOf: base.appendingPathComponent(relative))
            files.append(InputFile(path: revision + "/" + relative, contents: Array(data)))
        }
        if files.isEmpty { throw CorpusMissing(path: base.path) }
        return files.sorted { $0.path < $1.path }
    }

    /// Where golden files of the corpus tests live.
    static func golden(_ name: String) -> String { "Tests/SpecgenCorpusTests/Goldens/" + name }

    /// Runs a Python script of this folder with arguments and returns its standard output.
    static func python(_ script: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Golden.repositoryRoot.appendingPathComponent("Tests/SpecgenCorpusTests/" + script).path]
            + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ScriptFailed(script: script, output: String(decoding: errors, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self)
    }

    struct CorpusMissing: Error, CustomStringConvertible {
        var path: String
        var description: String {
            "the docs corpus is not at \(path); the repository is expected beside shared/ (../shared/corpus)"
        }
    }

    struct ScriptFailed: Error, CustomStringConvertible {
        var script: String
        var output: String
        var description: String { "\(script) failed:\n\(output)" }
    }
}
