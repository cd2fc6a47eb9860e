import Foundation
import SpecgenCore

/// Reading fixture files for tests.
public enum Fixtures {
    /// Every `.md` file below a folder of the repository, as generator inputs with repository-relative paths.
    public static func inputs(under folder: String, extensions: Set<String> = ["md"]) throws -> [InputFile] {
        let root = Golden.repositoryRoot
        let base = root.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [] }
        var files: [InputFile] = []
        while let relative = enumerator.nextObject() as? String {
            guard extensions.contains(where: { relative.hasSuffix("." + $0) }) else { continue }
            let data = try Data(contentsOf: base.appendingPathComponent(relative))
            files.append(InputFile(path: folder + "/" + relative, contents: Array(data)))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// A single in-memory input.
    public static func input(_ markdown: String, path: String = "test.md") -> InputFile {
        InputFile(path: path, contents: Array(markdown.utf8))
    }
}
