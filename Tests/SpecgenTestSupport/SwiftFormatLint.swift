import Foundation
import SpecgenEmit

/// Runs the toolchain's `swift format lint --strict` with the repository's `.swift-format` on generated Swift.
public enum SwiftFormatLint {
    /// The result of one run.
    public struct Result: Sendable {
        /// Whether `swift format` exited with status 0 (with `--strict`, that means no findings).
        public var succeeded: Bool
        /// What it printed: one finding per line, `path:line:column: error: [Rule] message`.
        public var output: String
    }

    /// The configuration checked in at the repository's root.
    public static var configuration: URL { Golden.repositoryRoot.appendingPathComponent(".swift-format") }

    /// Lints the `.swift` files of a folder of the repository (not its subfolders).
    ///
    /// - Parameter folder: The folder, relative to the repository's root (`Tests/SpecModels`).
    /// - Returns: Whether it is clean, and the findings with repository-relative paths.
    public static func lint(folder: String) throws -> Result {
        let url = Golden.repositoryRoot.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".swift") }
        guard !names.isEmpty else { throw LintError(message: "no Swift files in \(folder)") }
        let result = try run(names.sorted().map { url.appendingPathComponent($0).path })
        return Result(
            succeeded: result.succeeded,
            output: result.output.replacingOccurrences(of: url.path + "/", with: folder + "/"))
    }

    /// Writes files to a temporary folder, lints their `.swift` files and removes the folder.
    ///
    /// - Parameter files: Generated files, by name.
    /// - Returns: Whether they are clean, and the findings with the files' names as paths.
    public static func lint(_ files: [RenderedFile]) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("specgen-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for file in files where file.name.hasSuffix(".swift") {
            let url = folder.appendingPathComponent(file.name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
            paths.append(url.path)
        }
        guard !paths.isEmpty else { throw LintError(message: "no Swift files to lint") }
        let result = try run(paths)
        return Result(
            succeeded: result.succeeded,
            output: result.output.replacingOccurrences(of: folder.path + "/", with: ""))
    }

    /// Runs `swift format lint --strict --configuration <root>/.swift-format` (`swift` from `PATH`) on files.
    static func run(_ paths: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "format", "lint", "--strict", "--configuration", configuration.path] + paths
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        // A run that could not lint at all (no `swift format`, an unreadable configuration) prints no findings.
        if process.terminationStatus != 0 && !output.contains(": error: [") && !output.contains(": warning: [") {
            throw LintError(message: "swift format lint failed (status \(process.terminationStatus)):\n\(output)")
        }
        return Result(succeeded: process.terminationStatus == 0 && output.isEmpty, output: output)
    }

    /// A failure to run `swift format` at all.
    public struct LintError: Error, CustomStringConvertible {
        /// What went wrong.
        public var message: String
        /// The message.
        public var description: String { message }
    }
}
