import Foundation
import SpecgenCore
import SpecgenTestSupport

/// The osu! docs corpora, read from `Tests/Corpus` (copies of the upstream docs; see its README.md).
enum Corpus {
    /// The revisions: the current docs and those of the seed page's time.
    static let revisions = ["osu-web", "osu-web-seed-era"]

    /// The folder that holds the revisions.
    static let root = Golden.repositoryRoot.appendingPathComponent("Tests/Corpus")

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
    ///
    /// The script runs with the repository's virtual environment when there is one (see ``Python``).
    static func python(_ script: String, _ arguments: [String]) throws -> String {
        let result = try Python.run("Tests/SpecgenCorpusTests/" + script, arguments)
        guard result.status == 0 else {
            throw ScriptFailed(message: Python.failure(result, script: script))
        }
        return result.stdout
    }

    struct CorpusMissing: Error, CustomStringConvertible {
        var path: String
        var description: String {
            "the docs corpus is not at \(path); it is part of the repository (Tests/Corpus)"
        }
    }

    struct ScriptFailed: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
