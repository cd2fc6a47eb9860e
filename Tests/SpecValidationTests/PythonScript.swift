import Foundation
import SpecgenTestSupport

/// Runs the differential script (`Tests/Differential/differential.py`) with the tests' Python (see ``Python``: the
/// repository's `.venv/`, made by `Scripts/bootstrap.sh`, or else `python3` on `PATH`).
///
/// The Python packages it needs are listed in `Tests/Differential/requirements.txt`. When one is missing the script
/// exits with status 3 and the calling test fails, saying to run the bootstrap script: these tests are never skipped.
enum DifferentialScript {
    typealias Result = Python.Result

    static func run(_ arguments: [String]) throws -> Result {
        try Python.run("Tests/Differential/differential.py", arguments)
    }

    /// A message for a failed run.
    static func failure(_ result: Result) -> String {
        Python.failure(result, script: "differential.py")
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
        try Python.runProcess(executable, arguments)
    }
}
