import Foundation

/// Golden files: checked-in expected output that tests compare against.
///
/// Set `SPECGEN_RECORD=1` to rewrite the golden files from the actual output instead; a recording run still fails,
/// so that it cannot pass by accident. CI never sets it.
public enum Golden {
    /// Whether this run records golden files.
    public static var isRecording: Bool {
        ProcessInfo.processInfo.environment["SPECGEN_RECORD"] == "1"
    }

    /// The package root, found from this file's location.
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// Compares text with a golden file.
    ///
    /// - Returns: `nil` when they match; otherwise a message with a unified diff (or, when recording, a note that
    ///   the file was rewritten).
    public static func check(_ actual: String, against path: String) -> String? {
        let url = repositoryRoot.appendingPathComponent(path)
        let expected = (try? String(contentsOf: url, encoding: .utf8))
        if expected == actual { return nil }
        if isRecording {
            try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(),
                withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return "recorded \(path); run again without SPECGEN_RECORD to check it"
        }
        guard let expected else {
            return "golden file \(path) is missing; run with SPECGEN_RECORD=1 to create it"
        }
        return "\(path) differs from the actual output (- expected, + actual; SPECGEN_RECORD=1 rewrites it):\n"
            + Diff.unified(expected: expected, actual: actual)
    }

    /// Compares a set of files with a golden folder: same names, same contents. Files named in `ignoring` and
    /// hidden files are not compared.
    ///
    /// - Returns: One message per difference.
    public static func checkFolder(
        _ files: [String: String], against folder: String,
        ignoring: Set<String> = []
    ) -> [String] {
        let url = repositoryRoot.appendingPathComponent(folder)
        let existing = Set(
            ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
                .filter { !$0.hasPrefix(".") && !ignoring.contains($0) })
        var failures: [String] = []
        for name in files.keys.sorted() {
            if let failure = check(files[name]!, against: folder + "/" + name) { failures.append(failure) }
        }
        for name in existing.subtracting(files.keys).sorted() {
            if isRecording {
                try? FileManager.default.removeItem(at: url.appendingPathComponent(name))
                failures.append("removed \(folder)/\(name), which is no longer generated")
            } else {
                failures.append("\(folder)/\(name) is in the golden folder but no longer generated")
            }
        }
        return failures
    }
}

/// A line diff for test failure messages.
public enum Diff {
    /// A unified diff of two texts (3 lines of context), computed with a longest-common-subsequence table.
    public static func unified(expected: String, actual: String, context: Int = 3) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Trim the common prefix and suffix to keep the table small.
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        let x = Array(a[prefix..<(a.count - suffix)])
        let y = Array(b[prefix..<(b.count - suffix)])
        var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in stride(from: x.count - 1, through: 0, by: -1) {
            for j in stride(from: y.count - 1, through: 0, by: -1) {
                table[i][j] = x[i] == y[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        enum Line {
            case same(String)
            case removed(String)
            case added(String)
        }
        var lines: [Line] = a[0..<prefix].map { .same($0) }
        var i = 0
        var j = 0
        while i < x.count || j < y.count {
            if i < x.count, j < y.count, x[i] == y[j] {
                lines.append(.same(x[i]))
                i += 1
                j += 1
            } else if j < y.count, i == x.count || table[i][j + 1] >= table[i + 1][j] {
                lines.append(.added(y[j]))
                j += 1
            } else {
                lines.append(.removed(x[i]))
                i += 1
            }
        }
        lines += a[(a.count - suffix)...].map { .same($0) }
        // Print changed lines with context.
        var keep = [Bool](repeating: false, count: lines.count)
        for (index, line) in lines.enumerated() {
            if case .same = line { continue }
            for k in max(0, index - context)...min(lines.count - 1, index + context) { keep[k] = true }
        }
        var out = ""
        var skipped = false
        var oldLine = 1
        var newLine = 1
        for (index, line) in lines.enumerated() {
            if keep[index] {
                if skipped || index == 0 { out += "@@ -\(oldLine) +\(newLine) @@\n" }
                skipped = false
                switch line {
                case .same(let s): out += "  \(s)\n"
                case .removed(let s): out += "- \(s)\n"
                case .added(let s): out += "+ \(s)\n"
                }
            } else {
                skipped = true
            }
            switch line {
            case .same:
                oldLine += 1
                newLine += 1
            case .removed: oldLine += 1
            case .added: newLine += 1
            }
        }
        return out
    }
}
