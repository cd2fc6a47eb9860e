import Foundation

/// A problem found in the input, with where it is.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Hashable, Sendable, Comparable, Codable {
        case note
        case warning
        case error

        private var rank: Int {
            switch self {
            case .note: return 0
            case .warning: return 1
            case .error: return 2
            }
        }

        /// Orders `note < warning < error`.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// How serious the problem is.
    public var severity: Severity
    /// What was found and, where it helps, what to do.
    public var message: String
    /// Where the problem is; `nil` for problems that belong to no file (such as a bad option).
    public var range: SourceRange?
    /// A stable identifier for the kind of problem (for example `dangling-anchor`), used by lint output.
    public var code: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, at range: SourceRange?, code: String? = nil) {
        self.severity = severity
        self.message = message
        self.range = range
        self.code = code
    }

    /// Creates a diagnostic at a single location.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation, code: String? = nil) {
        self.init(severity, message, at: SourceRange(start: location), code: code)
    }

    /// `path:line:column: severity: message`, the form compilers print and editors recognise.
    public var description: String {
        let prefix = range.map { "\($0.start): " } ?? "specgen: "
        return "\(prefix)\(severity.rawValue): \(message)"
    }
}

/// Collects diagnostics from the stages. Stages report recoverable problems here and carry on; only a stage that
/// cannot go on throws.
///
/// Not thread-safe: each pipeline run owns one collector.
public final class DiagnosticCollector {
    /// Everything reported so far, in the order it was reported.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Creates an empty collector.
    public init() {}

    /// Records a diagnostic.
    public func emit(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Records a diagnostic made from its parts.
    public func emit(_ severity: Diagnostic.Severity, _ message: String, at range: SourceRange?, code: String? = nil) {
        emit(Diagnostic(severity, message, at: range, code: code))
    }

    /// Records a diagnostic at a single location.
    public func emit(
        _ severity: Diagnostic.Severity, _ message: String, at location: SourceLocation, code: String? = nil
    ) {
        emit(Diagnostic(severity, message, at: location, code: code))
    }

    /// Whether any error was reported.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The diagnostics sorted by location (diagnostics without one first), then severity and message, without
    /// duplicates: the order they are printed in.
    public var sorted: [Diagnostic] {
        Diagnostic.sortedAndDeduplicated(diagnostics)
    }
}

extension Diagnostic {
    /// Sorts diagnostics by location (those without one first), then by severity (errors first) and message, and
    /// drops exact duplicates.
    public static func sortedAndDeduplicated(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        let unique = diagnostics.filter { seen.insert($0).inserted }
        return unique.sorted { a, b in
            switch (a.range, b.range) {
            case (nil, .some): return true
            case (.some, nil): return false
            case (let x?, let y?) where x.start != y.start: return x.start < y.start
            default:
                if a.severity != b.severity { return a.severity > b.severity }
                return a.message < b.message
            }
        }
    }
}

/// Thrown by a stage that cannot go on; the diagnostics say why.
public struct DiagnosticsError: Error, CustomStringConvertible, Sendable {
    /// The problems, already reported in order.
    public var diagnostics: [Diagnostic]

    /// Creates the error.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One diagnostic a line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

// MARK: - Printing at most so many of a kind

extension Diagnostic {
    /// How many diagnostics of one kind (``kind``) are printed; the rest are counted in one line.
    public static let printedPerKind = 50

    /// What ``cappedLines(_:perKind:line:)`` counts together: the severity and the code (`warning
    /// dangling-anchor`); diagnostics without a code are of one kind per severity.
    public var kind: String {
        severity.rawValue + (code.map { " " + $0 } ?? "")
    }

    /// The lines to print for diagnostics, in their order: at most `limit` of each ``kind``, then, for each kind
    /// with more, one line that counts the rest (`specgen: note: ... and 12 more 'untyped-field' warnings (at most 50
    /// of each kind are printed)`). The cap only shortens what is printed: callers decide the exit status from all
    /// the diagnostics.
    ///
    /// - Parameters:
    ///   - diagnostics: The diagnostics, in the order they are printed.
    ///   - limit: How many of each kind are printed.
    ///   - line: How one diagnostic is printed.
    public static func cappedLines(
        _ diagnostics: [Diagnostic], perKind limit: Int = printedPerKind,
        line: (Diagnostic) -> String = \.description
    ) -> [String] {
        var printed: [String: Int] = [:]
        var hidden: [(example: Diagnostic, count: Int)] = []
        var hiddenIndex: [String: Int] = [:]
        var lines: [String] = []
        for diagnostic in diagnostics {
            let kind = diagnostic.kind
            let count = printed[kind, default: 0]
            if count < limit {
                printed[kind] = count + 1
                lines.append(line(diagnostic))
            } else if let index = hiddenIndex[kind] {
                hidden[index].count += 1
            } else {
                hiddenIndex[kind] = hidden.count
                hidden.append((diagnostic, 1))
            }
        }
        for (example, count) in hidden {
            let plural = count == 1 ? example.severity.rawValue : example.severity.rawValue + "s"
            let kind = example.code.map { "'\($0)' " } ?? ""
            lines.append(
                "specgen: note: ... and \(count) more \(kind)\(plural) (at most \(limit) of each kind are "
                    + "printed)")
        }
        return lines
    }
}
