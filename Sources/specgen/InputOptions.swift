import ArgumentParser
import Foundation
import SpecgenCore
import SpecgenDialects

/// Options every command that reads docs shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Markdown files, or folders to search for .md files.", completion: .file())
    var inputs: [String] = []

    @Option(help: "The docs family the input is written in (\(Dialects.all.keys.sorted().joined(separator: ", "))).")
    var dialect: String = "osu"

    @Option(help: ArgumentHelp("Write paths in diagnostics and generated comments relative to this folder.",
                               valueName: "folder"))
    var pathRoot: String?

    func validate() throws {
        if inputs.isEmpty {
            throw ValidationError("Give at least one Markdown file or folder, for example: specgen spec/ --out Generated/")
        }
        if Dialects.named(dialect) == nil {
            throw ValidationError("Unknown dialect '\(dialect)'; choose one of: \(Dialects.all.keys.sorted().joined(separator: ", ")).")
        }
    }

    var selectedDialect: any Dialect { Dialects.named(dialect) ?? Dialects.default }

    /// Reads every input file.
    func readInputs() throws -> [InputFile] {
        let paths = try InputCollector.markdownFiles(in: inputs)
        let root = pathRoot.map { FileSystem.absolute($0) } ?? FileManager.default.currentDirectoryPath
        return try paths.map { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CommandError("cannot read '\(path)'")
            }
            return InputFile(path: FileSystem.displayPath(path, relativeTo: root), contents: Array(data))
        }
    }
}

/// A failure that ends a command with a message and exit status 1.
struct CommandError: Error, CustomStringConvertible {
    var message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

/// Finds the Markdown files named by the command line.
enum InputCollector {
    /// Every `.md` file named or found below a named folder, once each, sorted; hidden folders are skipped.
    static func markdownFiles(in inputs: [String]) throws -> [String] {
        var result: [String] = []
        let fm = FileManager.default
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw CommandError("no such file or folder: '\(input)'")
            }
            if !isDirectory.boolValue {
                result.append(input)
                continue
            }
            var found: [String] = []
            guard let enumerator = fm.enumerator(atPath: input) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    if (enumerator.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory {
                        enumerator.skipDescendants()
                    }
                    continue
                }
                if relative.lowercased().hasSuffix(".md") {
                    let joined = input.hasSuffix("/") ? input + relative : input + "/" + relative
                    var isDir: ObjCBool = false
                    if fm.fileExists(atPath: joined, isDirectory: &isDir), !isDir.boolValue { found.append(joined) }
                }
            }
            if found.isEmpty {
                throw CommandError("no .md files in '\(input)'")
            }
            result += found.sorted()
        }
        var seen = Set<String>()
        return result.filter { seen.insert(FileSystem.absolute($0)).inserted }
    }
}
