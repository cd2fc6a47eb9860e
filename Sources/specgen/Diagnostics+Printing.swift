import Foundation
import SpecgenSupport

/// Writes diagnostics to standard error, one a line, in compiler format.
enum DiagnosticPrinter {
    /// Prints at most ``Diagnostic/printedPerKind`` diagnostics of each kind, then a count of the rest of each.
    static func print(_ diagnostics: [Diagnostic]) {
        let lines = Diagnostic.cappedLines(diagnostics)
        guard !lines.isEmpty else { return }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
