import Foundation
import SpecgenTestSupport

/// Runs the differential script (`Tests/Differential/differential.py`) with `python3`.
///
/// The Python packages it needs are listed in `Tests/Differential/requirements.txt` (CI installs them). When one is
/// missing the script exits with status 3 and the calling test fails: these tests are never skipped.
enum DifferentialScript {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "Tests/Differential/differential.py"] + arguments
        process.currentDirectoryURL = Golden.repositoryRoot
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONHASHSEED"] = "0"
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes while the script runs, so that a full pipe cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var stderr = Data()
        DispatchQueue.global().async(group: group) { stderr = err.fileHandleForReading.readDataToEndOfFile() }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A message for a failed run.
    static func failure(_ result: Result) -> String {
        if result.status == 3 {
            return "Python packages are missing; install them with `python3 -m pip install -r "
                + "Tests/Differential/requirements.txt`.\n\(result.stderr)"
        }
        return "differential.py exited with status \(result.status)\n\(result.stdout)\(result.stderr)"
    }
}

/// Runs the `specgen` executable built with the tests, from the repository root.
enum SpecgenCommand {
    static let executable: URL = {
        var candidates: [URL] = []
        let bundle = Bundle.main.bundleURL
        candidates.append(bundle.appendingPathComponent("specgen"))
        candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("specgen"))
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("specgen"))
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    static func run(_ arguments: [String]) throws -> DifferentialScript.Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = Golden.repositoryRoot
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
        return DifferentialScript.Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                                         stderr: String(decoding: stderr, as: UTF8.self))
    }
}
