import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport

/// What is specific to one family of API docs: which files it is written in and how its renderer reads them; how its
/// Markdown says "this is a type", "this field may be absent", "this is an event"; how it writes types; how its
/// anchors are formed and its links resolve.
///
/// A dialect reads each file into a ``SpecDocument``. Everything after that (resolving references, naming, the IR,
/// the emitters) is shared by all dialects. The reusable pieces a dialect is made of (a field-table reader, enum
/// tables, a type-expression parser, anchors, a line-preserving pre-pass) are in this module; to support another
/// docs family, add a type conforming to this protocol with its vocabulary and register it in ``Dialects``
/// (Documentation/Dialects.md walks through it).
public protocol Dialect: Sendable {
    /// The name used to select the dialect (`--dialect osu`).
    var name: String { get }

    /// The extensions of the files the docs are written in, lower-case and without the dot (`md`, `mdx`); a folder
    /// given as input is searched for these.
    var fileExtensions: [String] { get }

    /// How the docs' renderer reads pipe tables.
    var tableRules: TableRules { get }

    /// Whether a field that may be null may also be absent (osu!'s docs write `T?` for both; other docs mark the
    /// two separately).
    var nullableMayBeAbsent: Bool { get }

    /// Rewrites a file's bytes before it is read as Markdown, keeping every line where it is and every column of
    /// what is kept (so that diagnostics point into the file as written): front matter, imports and components of
    /// a richer format become blank lines. Most dialects return the bytes unchanged.
    func prepare(_ bytes: [UInt8]) -> [UInt8]

    /// Reads one file's declarations.
    ///
    /// - Parameters:
    ///   - document: The file, read by ``readMarkdown(_:path:diagnostics:)``.
    ///   - diagnostics: Where problems are reported.
    /// - Returns: The file's declarations, and a log of how the file was read.
    func read(_ document: MarkdownDocument, diagnostics: DiagnosticCollector) -> SpecReading

    /// Adjusts what was read from each file once every file is read, for what only the whole set shows (a name that
    /// two pages both define). Applying it again changes nothing.
    ///
    /// - Parameter documents: What ``read(_:diagnostics:)`` read from each file, in path order.
    /// - Returns: The documents to resolve.
    func relating(_ documents: [SpecDocument]) -> [SpecDocument]

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

    /// Which member of a heading that only groups other declarations a link to that heading means.
    ///
    /// - Parameters:
    ///   - group: The grouping declaration the link leads to.
    ///   - members: Its members, in document order.
    ///   - referrer: The declaration whose field holds the link, if any.
    /// - Returns: The member meant, or why none is.
    func resolveGroupLink(
        to group: SpecDeclaration, members: [SpecDeclaration], from referrer: SpecDeclaration?
    ) -> GroupLinkResolution

    /// The names of the site files the dialect reads from the root of a folder given as input (a Mintlify site's
    /// `docs.json`, for its redirects); they are not docs pages. None by default.
    var siteFileNames: [String] { get }

    /// The dialect with what the site files found say (Discord's redirects); the dialect itself by default.
    ///
    /// - Parameters:
    ///   - siteFiles: Each file found, by its display path, with its bytes.
    ///   - diagnostics: Where problems in them are reported.
    func configured(siteFiles: [(path: String, bytes: [UInt8])], diagnostics: DiagnosticCollector) -> any Dialect
}

extension Dialect {
    /// None.
    public var siteFileNames: [String] { [] }

    /// The dialect itself.
    public func configured(siteFiles: [(path: String, bytes: [UInt8])], diagnostics: DiagnosticCollector)
        -> any Dialect
    {
        self
    }

    /// Reads a file as this dialect's docs are rendered: ``prepare(_:)``, then Markdown with the dialect's
    /// ``tableRules``.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - path: The display path used in every source range.
    ///   - diagnostics: Where problems are reported.
    /// - Returns: The Markdown document.
    public func readMarkdown(_ bytes: [UInt8], path: String, diagnostics: DiagnosticCollector) -> MarkdownDocument {
        MarkdownReader(tableRules: tableRules).read(prepare(bytes), path: path, diagnostics: diagnostics)
    }

    /// The options of the ``SchemaBuilder`` that this dialect's rules supply.
    public var schemaBuilderOptions: SchemaBuilder.Options {
        SchemaBuilder.Options(
            looseAnchorKey: looseAnchorKey, nullableMayBeAbsent: nullableMayBeAbsent,
            resolveGroupLink: resolveGroupLink)
    }

    /// Whether a path names a file of this dialect (by its extension, in any case).
    public func isDocumentationFile(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return fileExtensions.contains(path[path.index(after: dot)...].lowercased())
    }
}

/// The dialects specgen knows.
public enum Dialects {
    /// Every dialect, by name.
    public static let all: [String: any Dialect] = ["osu": OsuDialect(), "discord": DiscordDialect()]

    /// The dialect used when none is chosen.
    public static let `default`: any Dialect = OsuDialect()

    /// The dialect with this name.
    public static func named(_ name: String) -> (any Dialect)? { all[name] }
}
