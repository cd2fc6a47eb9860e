import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport

/// What is specific to one family of API docs: how its Markdown says "this is a type", "this field may be absent",
/// "this is an event"; how it writes types; how its anchors are formed.
///
/// A dialect reads each Markdown file into a ``SpecDocument``. Everything after that (resolving references, naming,
/// the IR, the emitters) is shared by all dialects. To support another docs family, add a type conforming to this
/// protocol and register it in ``Dialects``.
public protocol Dialect: Sendable {
    /// The name used to select the dialect (`--dialect osu`).
    var name: String { get }

    /// Reads one file's declarations.
    ///
    /// - Parameters:
    ///   - document: The file, read by ``MarkdownReader``.
    ///   - diagnostics: Where problems are reported.
    /// - Returns: The file's declarations, and a log of how the file was read.
    func read(_ document: MarkdownDocument, diagnostics: DiagnosticCollector) -> SpecReading

    /// Parses a type expression written in this dialect's syntax, as in a Type cell (used by config overlays).
    ///
    /// - Parameters:
    ///   - text: The expression's Markdown text.
    ///   - range: Where it is written, for diagnostics and references.
    ///   - diagnostics: Where problems are reported.
    /// - Returns: The expression, or `nil` when it is empty.
    func parseType(_ text: String, at range: SourceRange, diagnostics: DiagnosticCollector) -> SpecType?

    /// The key under which an anchor matches a heading when it does not match exactly (so `#chat-channel` finds
    /// `ChatChannel`); such a match is reported as a warning.
    func looseAnchorKey(_ anchor: String) -> String
}

/// The dialects specgen knows.
public enum Dialects {
    /// Every dialect, by name.
    public static let all: [String: any Dialect] = ["osu": OsuDialect()]

    /// The dialect used when none is chosen.
    public static let `default`: any Dialect = OsuDialect()

    /// The dialect with this name.
    public static func named(_ name: String) -> (any Dialect)? { all[name] }
}
