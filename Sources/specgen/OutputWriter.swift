import Foundation
import SpecgenEmit

/// Writes generated files into the output folder without losing anything:
/// - a new folder is built aside and renamed into place in one step;
/// - in an existing folder each changed file is written aside and renamed over the old one; unchanged files are not
///   touched (their bytes and timestamps stay);
/// - specgen records what it wrote in `.specgen-manifest`; it removes only files listed there that it no longer
///   generates, and refuses to replace a file it did not write.
struct OutputWriter {
    static let manifestName = ".specgen-manifest"

    let folder: String

    struct Report {
        var written: [String] = []
        var unchanged: [String] = []
        var removed: [String] = []
    }

    func write(_ files: [RenderedFile]) throws -> Report {
        let fm = FileManager.default
        var report = Report()
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: folder, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            throw CommandError("--out '\(folder)' is a file; give a folder to write into")
        }
        let manifest = Self.manifest(for: files)
        if !exists {
            // Build the whole folder aside, then move it into place.
            let target = URL(fileURLWithPath: FileSystem.absolute(folder))
            let parent = target.deletingLastPathComponent()
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            let staging = parent.appendingPathComponent(".\(target.lastPathComponent).specgen-\(UUID().uuidString)")
            do {
                try fm.createDirectory(at: staging, withIntermediateDirectories: true)
                for file in files {
                    let url = staging.appendingPathComponent(file.name)
                    try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Self.writeFile(url.path, Data(file.contents.utf8))
                    report.written.append(file.name)
                }
                try Self.writeFile(staging.appendingPathComponent(Self.manifestName).path, Data(manifest.utf8))
                try fm.moveItem(at: staging, to: target)
            } catch {
                try? fm.removeItem(at: staging)
                throw CommandError("cannot write '\(folder)': \(error.localizedDescription)")
            }
            return report
        }
        let previous = Set(Self.readManifest(in: folder))
        // Check everything before changing anything.
        for file in files where !previous.contains(file.name) {
            if fm.fileExists(atPath: folder + "/" + file.name) {
                throw CommandError(
                    "'\(folder)/\(file.name)' exists and was not written by specgen; move it away or choose another "
                        + "--out folder (nothing was written)")
            }
        }
        for file in files {
            let path = folder + "/" + file.name
            let data = Data(file.contents.utf8)
            if let old = fm.contents(atPath: path), old == data {
                report.unchanged.append(file.name)
                continue
            }
            try Self.replace(path, with: data)
            report.written.append(file.name)
        }
        let current = Set(files.map(\.name))
        for name in previous.subtracting(current).sorted() {
            let path = folder + "/" + name
            if fm.fileExists(atPath: path) {
                try fm.removeItem(atPath: path)
                report.removed.append(name)
            }
        }
        let manifestPath = folder + "/" + Self.manifestName
        if fm.contents(atPath: manifestPath) != Data(manifest.utf8) {
            try Self.replace(manifestPath, with: Data(manifest.utf8))
        }
        return report
    }

    /// Writes `data` next to `path` and renames it over `path`, so readers see the old or the new file, never half.
    static func replace(_ path: String, with data: Data) throws {
        let url = URL(fileURLWithPath: path)
        let fm = FileManager.default
        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).specgen-\(UUID().uuidString)")
        do {
            try writeFile(temporary.path, data)
            if rename(temporary.path, url.path) != 0 {
                throw CommandError("cannot replace '\(path)': \(String(cString: strerror(errno)))")
            }
        } catch {
            try? fm.removeItem(at: temporary)
            throw error
        }
    }

    /// Writes a new file with plain POSIX calls. The file only becomes visible under its final name through a
    /// rename, which is what makes the output atomic; forcing it to disk first (as `Data.write` does) only costs time.
    static func writeFile(_ path: String, _ data: Data) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw CommandError("cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw CommandError("cannot write '\(path)': \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
    }

    static func manifest(for files: [RenderedFile]) -> String {
        "# Files written by specgen; it replaces or removes only these.\n"
            + files.map(\.name).sorted().joined(separator: "\n") + "\n"
    }

    static func readManifest(in folder: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: folder + "/" + manifestName),
              let text = String(data: data, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init).filter {
            !$0.hasPrefix("#") && !$0.isEmpty && !$0.contains("..") && !$0.hasPrefix("/")
        }
    }
}
