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
    public func emit(_ severity: Diagnostic.Severity, _ message: String, at location: SourceLocation, code: String? = nil) {
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
            case let (x?, y?) where x.start != y.start: return x.start < y.start
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
