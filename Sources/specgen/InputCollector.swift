import Foundation

/// Finds and reads the Markdown files named by the command line.
///
/// A file or folder that cannot be read is an error, never skipped: skipping it would generate (and remove the
/// files generated from it), lint or validate against only part of the docs.
struct InputCollector {
    /// One input that could not be read.
    struct Problem: Equatable {
        /// The path, as found (the input as given, joined with the names below it).
        var path: String
        /// Whether the path is a folder (it could not be listed or searched) rather than a file.
        var isFolder: Bool
        /// Why.
        var reason: String

        /// "cannot read this folder: permission denied".
        var message: String { "cannot read this \(isFolder ? "folder" : "file"): \(reason)" }
    }

    /// The inputs that could not be read; nothing was read when this is thrown.
    struct Unreadable: Error {
        var problems: [Problem]
        /// The Markdown files found despite the problems (for reporting those that cannot be read either).
        var found: [String] = []
    }

    /// The file system to read.
    var fileSystem: any InputFileSystem = PosixInputFileSystem()
    /// The extensions of the files searched for in folders, lower-case, without the dot (the dialect's).
    var extensions: [String] = ["md"]

    /// Every file with one of the `extensions` named or found below a named folder, once each, sorted per input;
    /// hidden entries are skipped, and symbolic links are followed to files but not into folders.
    ///
    /// - Throws: ``CommandError`` for an input that does not exist or a folder without Markdown files;
    ///   ``Unreadable`` listing every file or folder that could not be examined.
    static func markdownFiles(in inputs: [String], extensions: [String] = ["md"]) throws -> [String] {
        try InputCollector(extensions: extensions).markdownFiles(in: inputs)
    }

    /// The extensions as an error message names them: `.md`, `.md or .mdx`.
    var extensionList: String {
        let dotted = extensions.map { "." + $0 }
        guard dotted.count > 1 else { return dotted.first ?? ".md" }
        return dotted.dropLast().joined(separator: ", ") + " or " + dotted.last!
    }

    /// See ``markdownFiles(in:)-swift.type.method``.
    func markdownFiles(in inputs: [String]) throws -> [String] {
        var result: [String] = []
        var problems: [Problem] = []
        for input in inputs {
            let kind: FileKind
            do {
                kind = try fileSystem.kind(of: input)
            } catch let error as FileSystemError {
                problems.append(Problem(path: input, isFolder: false, reason: FileSystemError.reason(error.code)))
                continue
            }
            switch kind {
            case .missing:
                throw CommandError("no such file or folder: '\(input)'")
            case .folder:
                var found: [String] = []
                let before = problems.count
                walk(input, found: &found, problems: &problems)
                if found.isEmpty && problems.count == before {
                    throw CommandError("no \(extensionList) files in '\(input)'")
                }
                result += found.sorted()
            case .file, .symbolicLink, .other:
                result.append(input)
            }
        }
        var seen = Set<String>()
        result = result.filter { seen.insert(FileSystem.absolute($0)).inserted }
        if !problems.isEmpty { throw Unreadable(problems: problems, found: result) }
        return result
    }

    /// Reads the files, reporting every one that cannot be read.
    ///
    /// - Throws: ``Unreadable``.
    func contents(of paths: [String]) throws -> [(path: String, bytes: [UInt8])] {
        var files: [(path: String, bytes: [UInt8])] = []
        var problems: [Problem] = []
        for path in paths {
            do {
                files.append((path, try fileSystem.contents(of: path)))
            } catch let error as FileSystemError {
                problems.append(
                    Problem(
                        path: path, isFolder: error.code == EISDIR,
                        reason: FileSystemError.reason(error.code)))
            }
        }
        if !problems.isEmpty { throw Unreadable(problems: problems) }
        return files
    }

    private func walk(_ folder: String, found: inout [String], problems: inout [Problem]) {
        let names: [String]
        do {
            names = try fileSystem.entries(of: folder)
        } catch let error as FileSystemError {
            problems.append(Problem(path: folder, isFolder: true, reason: FileSystemError.reason(error.code)))
            return
        } catch {
            problems.append(Problem(path: folder, isFolder: true, reason: "\(error)"))
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = FileSystem.join(folder, name)
            let lowercased = name.lowercased()
            let markdown = extensions.contains { lowercased.hasSuffix("." + $0) }
            var kind: FileKind
            do {
                kind = try fileSystem.linkKind(of: path)
            } catch let error as FileSystemError {
                // The folder can be listed but not searched: nothing in it can be read.
                problems.append(Problem(path: folder, isFolder: true, reason: FileSystemError.reason(error.code)))
                return
            } catch {
                problems.append(Problem(path: folder, isFolder: true, reason: "\(error)"))
                return
            }
            if kind == .symbolicLink {
                do {
                    kind = try fileSystem.kind(of: path)
                } catch let error as FileSystemError {
                    if markdown {
                        problems.append(
                            Problem(
                                path: path, isFolder: false,
                                reason: FileSystemError.reason(error.code)))
                    }
                    continue
                } catch {
                    continue
                }
                // Links are followed to files only, so that a link cannot make the walk go round in circles.
                if kind == .folder { continue }
                if kind == .missing {
                    if markdown {
                        problems.append(
                            Problem(
                                path: path, isFolder: false,
                                reason: "a symbolic link to a file that does not exist"))
                    }
                    continue
                }
            }
            switch kind {
            case .folder:
                walk(path, found: &found, problems: &problems)
            case .file, .other:
                if markdown { found.append(path) }
            case .missing, .symbolicLink:
                // Gone since the folder was listed, or a link to a link that vanished: nothing to read.
                continue
            }
        }
    }
}
