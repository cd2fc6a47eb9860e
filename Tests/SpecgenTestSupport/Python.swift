import Foundation

/// The Python interpreter that tests run their scripts with.
///
/// It is the repository's virtual environment, `.venv/bin/python3` in the package root, which `Scripts/bootstrap.sh`
/// creates with every package the scripts import; without one, `python3` on `PATH`. A script whose packages are
/// missing exits with ``missingPackagesStatus``, and the calling test fails with ``failure(_:script:)``'s message,
/// which says how to install them: these tests are never skipped.
public enum Python {
    /// The exit status of a test script when a Python package it imports is missing.
    public static let missingPackagesStatus: Int32 = 3

    /// The virtual environment's interpreter.
    public static let virtualEnvironment = Golden.repositoryRoot.appendingPathComponent(".venv/bin/python3")

    /// The executable to run and the arguments that come before the script.
    public static var command: (executable: URL, arguments: [String]) {
        if FileManager.default.isExecutableFile(atPath: virtualEnvironment.path) {
            return (virtualEnvironment, [])
        }
        return (URL(fileURLWithPath: "/usr/bin/env"), ["python3"])
    }

    /// The outcome of a script.
    public struct Result: Sendable {
        /// The exit status.
        public var status: Int32
        /// Everything the script printed to standard output.
        public var stdout: String
        /// Everything the script printed to standard error.
        public var stderr: String

        /// A result.
        public init(status: Int32, stdout: String, stderr: String) {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
        }
    }

    /// Runs a script, given by its path from the package root, with arguments, in the package root.
    public static func run(_ script: String, _ arguments: [String]) throws -> Result {
        let (executable, leading) = command
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONHASHSEED"] = "0"
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        return try runProcess(
            executable, leading + [Golden.repositoryRoot.appendingPathComponent(script).path] + arguments,
            environment: environment)
    }

    /// Runs an executable in the package root and collects its exit status and output; both pipes are read while
    /// it runs, so that a full pipe cannot block it.
    ///
    /// - Parameters:
    ///   - executable: The program.
    ///   - arguments: Its arguments.
    ///   - environment: Its environment; `nil` for the tests' own.
    public static func runProcess(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil)
        throws -> Result
    {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = Golden.repositoryRoot
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var stderr = Data()
        DispatchQueue.global().async(group: group) { stderr = err.fileHandleForReading.readDataToEndOfFile() }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The message for a failed run of a script: for missing packages or a missing interpreter, how to install them.
    public static func failure(_ result: Result, script: String) -> String {
        let interpreter = command.arguments.isEmpty ? virtualEnvironment.path : "python3 (on PATH; no .venv/)"
        switch result.status {
        case missingPackagesStatus:
            return "\(script): Python packages are missing from \(interpreter); run Scripts/bootstrap.sh, which "
                + "installs them into .venv/.\n\(result.stderr)"
        case 127:
            return "\(script): no Python interpreter (\(interpreter)); run Scripts/bootstrap.sh.\n\(result.stderr)"
        default:
            return "\(script) exited with status \(result.status) (\(interpreter))\n\(result.stdout)\(result.stderr)"
        }
    }
}
