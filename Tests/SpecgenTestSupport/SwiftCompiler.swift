import Foundation
import SpecgenEmit

/// Compiles generated Swift with the toolchain's `swiftc` in Swift 6 mode with warnings as errors, against a
/// `SpecgenRuntime` module built from this package's sources.
public enum SwiftCompiler {
    /// The result of one compilation.
    public struct Result: Sendable {
        /// Whether `swiftc` exited with status 0.
        public var succeeded: Bool
        /// What `swiftc` printed.
        public var output: String
    }

    /// Compiles files as one module (`-c -wmo`, so diagnostics of every compiler stage are seen).
    ///
    /// - Parameters:
    ///   - files: The Swift files, by name.
    ///   - moduleName: The module's name.
    /// - Returns: Whether it compiled, and the compiler's output.
    public static func compile(_ files: [RenderedFile], moduleName: String) throws -> Result {
        let runtime = try runtimeModule()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "specgen-compile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for file in files {
            let url = folder.appendingPathComponent(file.name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents.utf8).write(to: url)
            paths.append(url.path)
        }
        return try run(
            [
                "-c", "-wmo", "-parse-as-library", "-swift-version", "6", "-warnings-as-errors",
                "-module-name", moduleName, "-I", runtime.path,
                "-o", folder.appendingPathComponent("\(moduleName).o").path,
            ] + paths)
    }

    /// Builds the `SpecgenRuntime` module once per test process.
    static func runtimeModule() throws -> URL {
        try RuntimeModuleCache.shared.get {
            let sources = Golden.repositoryRoot.appendingPathComponent("Sources/SpecgenRuntime")
            let files = try FileManager.default.contentsOfDirectory(atPath: sources.path)
                .filter { $0.hasSuffix(".swift") }.sorted().map { sources.appendingPathComponent($0).path }
            let folder = FileManager.default.temporaryDirectory
                .appendingPathComponent(
                    "specgen-runtime-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let result = try run(
                [
                    "-emit-module", "-parse-as-library", "-swift-version", "6",
                    "-module-name", "SpecgenRuntime",
                    "-emit-module-path", folder.appendingPathComponent("SpecgenRuntime.swiftmodule").path,
                ]
                    + files)
            guard result.succeeded else {
                throw CompilerError(message: "cannot build SpecgenRuntime:\n\(result.output)")
            }
            return folder
        }
    }

    /// Runs `swiftc` (from `PATH`) with these arguments.
    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swiftc"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(succeeded: process.terminationStatus == 0, output: String(decoding: data, as: UTF8.self))
    }

    /// A failure to run the compiler at all.
    public struct CompilerError: Error, CustomStringConvertible {
        /// What went wrong.
        public var message: String
        /// The message.
        public var description: String { message }
    }
}

/// The runtime module's folder, built at most once per process even when tests run in parallel.
private final class RuntimeModuleCache: @unchecked Sendable {
    /// The one cache of the process.
    static let shared = RuntimeModuleCache()
    private let lock = NSLock()
    private var folder: URL?

    /// The folder, built by `build` on first use.
    func get(_ build: () throws -> URL) throws -> URL {
        lock.lock()
        defer { lock.unlock() }
        if let folder { return folder }
        let built = try build()
        folder = built
        return built
    }
}
