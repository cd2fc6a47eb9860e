import Foundation
import SpecgenEmit

/// Which folders `--out` may name.
enum OutputFolderRules {
    /// Why generated files must not go into `out`, or `nil` when they may.
    ///
    /// Refused: an empty name, the root of the file system, the home folder, a folder that is or holds one of the
    /// inputs (generated files would mix with the docs), and the root of a repository or Swift package (a folder
    /// holding `.git` or `Package.swift`). Symbolic links are resolved before comparing.
    ///
    /// - Parameters:
    ///   - out: The folder as given.
    ///   - inputs: The input files and folders.
    static func refusal(out: String, inputs: [String]) -> String? {
        let example = "for example --out Generated/"
        if out.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            return "--out is empty; name the folder to write generated files into, \(example)"
        }
        let folder = resolved(out)
        if folder == "/" {
            return "--out '\(out)' is the root of the file system; give the generated files a folder of their own, "
                + example
        }
        if folder == resolved(NSHomeDirectory()) {
            return "--out '\(out)' is the home folder; give the generated files a folder of their own, \(example)"
        }
        for input in inputs {
            let path = resolved(input)
            if path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") {
                let shown = FileSystem.displayPath(input, relativeTo: FileManager.default.currentDirectoryPath)
                return "--out '\(out)' \(path == folder ? "is" : "holds") the input '\(shown)'; give the generated "
                    + "files a folder of their own, apart from the docs"
            }
        }
        for marker in [".git", "Package.swift"]
        where FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(marker)) {
            let what = marker == ".git" ? "a repository" : "a Swift package"
            return "--out '\(out)' is the root of \(what) (it holds \(marker)); give the generated files a folder of "
                + "their own, for example --out \((out as NSString).appendingPathComponent("Generated"))"
        }
        return nil
    }

    /// The absolute path with symbolic links resolved (as far as the path exists).
    private static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: FileSystem.absolute(path)).resolvingSymlinksInPath().path
    }
}

/// What writing a set of generated files into the output folder would change, worked out without writing
/// (`specgen generate --check`).
enum OutputCheck {
    /// One file that would change.
    struct Change: Equatable {
        /// How it would change.
        enum Kind: String {
            /// The file does not exist yet.
            case added
            /// The file exists with other contents.
            case changed
            /// specgen wrote the file before and no longer generates it.
            case removed
        }

        /// How the file would change.
        var kind: Kind
        /// The file's path relative to the output folder.
        var name: String
    }

    /// The files that writing `files` into `folder` would add, change or remove, sorted by name, read under the
    /// folder's lock taken shared (see ``OutputLock/acquireShared(folder:display:)``).
    ///
    /// - Throws: ``CommandError`` when the write would be refused: a file to be written exists and specgen did not
    ///   write it, or a file cannot be read.
    static func changes(writing files: [RenderedFile], into folder: String) throws -> [Change] {
        let fm = FileManager.default
        // Read under the folder's lock, shared: never a generation that a run is writing.
        let lock = try OutputLock.acquireShared(
            folder: FileSystem.trimmingTrailingSlashes(FileSystem.absolute(folder)),
            display: FileSystem.trimmingTrailingSlashes(folder))
        defer { lock?.release() }
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            return files.map { Change(kind: .added, name: $0.name) }.sorted { $0.name < $1.name }
        }
        guard isDirectory.boolValue else {
            throw CommandError("--out '\(folder)' is a file; give a folder to write into")
        }
        let previous = try OutputWriter.previousGeneration(in: folder)
        var changes: [Change] = []
        for file in files {
            let path = (folder as NSString).appendingPathComponent(file.name)
            guard fm.fileExists(atPath: path) else {
                changes.append(Change(kind: .added, name: file.name))
                continue
            }
            if !previous.contains(file.name) {
                throw CommandError(
                    "'\(path)' exists and was not written by specgen; move it away or choose another "
                        + "--out folder")
            }
            guard let old = fm.contents(atPath: path) else { throw CommandError("cannot read '\(path)'") }
            if old != Data(file.bytes) { changes.append(Change(kind: .changed, name: file.name)) }
        }
        let current = Set(files.map(\.name))
        for name in previous.subtracting(current)
        where fm.fileExists(atPath: (folder as NSString).appendingPathComponent(name)) {
            changes.append(Change(kind: .removed, name: name))
        }
        return changes.sorted { $0.name < $1.name }
    }
}
