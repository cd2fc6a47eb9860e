import SpecgenSupport

/// The redirects of a Mintlify site's `docs.json` (`"redirects": [{"source": …, "destination": …}]`), by which a
/// link to a page that moved (`/developers/topics/gateway#sending-heartbeats`) still reaches it
/// (`developers/events/gateway#sending-heartbeats`). A source that ends in `*` covers every path it begins.
public struct DiscordRedirects: Hashable, Sendable {
    /// One redirect, with where `docs.json` states it.
    public struct Redirect: Hashable, Sendable {
        /// The path it applies to, with a leading `/` and without the `*` of a prefix (`/developers/topics/gateway`).
        public var source: String
        /// Whether it applies to every path that begins with ``source`` (`/developers/game-sdk*`).
        public var isPrefix: Bool
        /// Where it leads: a path (`/developers/events/gateway`) or another site's address.
        public var destination: String
        /// The line of the redirect in `docs.json`.
        public var location: SourceLocation

        /// Creates a redirect.
        public init(source: String, isPrefix: Bool = false, destination: String, location: SourceLocation) {
            self.source = source
            self.isPrefix = isPrefix
            self.destination = destination
            self.location = location
        }

        /// Whether it applies to a path (with a leading `/`).
        func applies(to path: String) -> Bool {
            isPrefix ? path.hasPrefix(source) : path == source
        }
    }

    /// Where a path leads once its redirects are followed.
    public enum Resolution: Hashable, Sendable {
        /// A page of the docs (the path itself when no redirect applies), and the redirects followed.
        case page(String, via: [Redirect])
        /// Another site's address, and the redirects followed to it.
        case outside(String, via: [Redirect])
        /// The redirects lead back to a path already visited.
        case loop([Redirect])
    }

    /// The redirects in the order `docs.json` lists them; the first that applies to a path is followed.
    public var redirects: [Redirect]

    /// The name of the site configuration that holds the redirects, found at the root of an input folder.
    public static let fileName = "docs.json"

    /// Creates redirects.
    public init(_ redirects: [Redirect] = []) {
        self.redirects = redirects
    }

    /// Reads the redirects of a `docs.json`; what is not JSON, or a redirect without a string `source` and
    /// `destination`, is reported at its line and left out.
    ///
    /// - Parameters:
    ///   - bytes: The file's bytes.
    ///   - path: The path diagnostics show.
    ///   - diagnostics: Where problems are reported.
    public static func read(_ bytes: [UInt8], path: String, diagnostics: DiagnosticCollector) -> DiscordRedirects {
        let root: JSONText.Located
        do {
            root = try JSONText.parse(String(decoding: bytes, as: UTF8.self))
        } catch let error as JSONText.SyntaxError {
            diagnostics.emit(
                .error, "\(path) is not JSON: \(error.message)",
                at: SourceRange(start: SourceLocation(path: path, line: error.line, column: error.column)),
                code: "redirects")
            return DiscordRedirects()
        } catch {
            return DiscordRedirects()
        }
        guard case .object(let members) = root.value,
            let list = members.first(where: { $0.key == "redirects" })?.value
        else { return DiscordRedirects() }
        guard case .array(let entries) = list.value else {
            diagnostics.emit(
                .error, "'redirects' is \(list.value.typeName), but a list of {source, destination} is expected",
                at: SourceRange(start: SourceLocation(path: path, line: list.line, column: list.column)),
                code: "redirects")
            return DiscordRedirects()
        }
        var redirects: [Redirect] = []
        for entry in entries {
            let location = SourceLocation(path: path, line: entry.line, column: entry.column)
            guard case .object(let fields) = entry.value,
                case .string(var source)? = fields.first(where: { $0.key == "source" })?.value.value,
                case .string(let destination)? = fields.first(where: { $0.key == "destination" })?.value.value
            else {
                diagnostics.emit(
                    .error, "a redirect needs a string 'source' and 'destination'", at: SourceRange(start: location),
                    code: "redirects")
                continue
            }
            // `developers/x` is written without its leading slash once.
            if !source.hasPrefix("/") { source = "/" + source }
            let isPrefix = source.hasSuffix("*")
            if isPrefix { source.removeLast() }
            if source.count > 1, source.hasSuffix("/") { source.removeLast() }
            redirects.append(
                Redirect(source: source, isPrefix: isPrefix, destination: destination, location: location))
        }
        return DiscordRedirects(redirects)
    }

    /// Follows the redirects from a path (with a leading `/`, without an anchor) to where they lead.
    public func resolve(_ path: String) -> Resolution {
        var current = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        var visited: Set<String> = [current]
        var followed: [Redirect] = []
        while let redirect = redirects.first(where: { $0.applies(to: current) }) {
            followed.append(redirect)
            var next = redirect.destination
            guard next.hasPrefix("/") else { return .outside(next, via: followed) }
            if next.count > 1, next.hasSuffix("/") { next.removeLast() }
            guard visited.insert(next).inserted else { return .loop(followed) }
            current = next
        }
        return .page(current, via: followed)
    }
}

/// Turns the link destinations of one Discord page into page-qualified anchors (`page#anchor`), following the
/// site's redirects; a link whose redirects lead outside the docs or loop is reported where it is written.
struct DiscordLinks {
    /// The page the links are written on (`developers/resources/user`).
    let page: String
    let redirects: DiscordRedirects
    /// Where redirect problems are reported; `nil` to resolve without reporting (a link read twice).
    let diagnostics: DiagnosticCollector?

    /// The link as a page-qualified anchor: `#x` is on the page, `/developers/a/b#x` on `developers/a/b` (or on the
    /// page its redirects lead to); `nil` for a link without an anchor or to another site.
    func anchor(_ destination: String, at range: SourceRange) -> String? {
        guard let anchor = DiscordDialect.qualifiedAnchor(destination, on: page) else { return nil }
        guard !redirects.redirects.isEmpty, destination.hasPrefix("/"), let hash = anchor.firstIndex(of: "#")
        else { return anchor }
        let path = "/" + anchor[..<hash]
        let fragment = anchor[hash...]
        switch redirects.resolve(path) {
        case .page(let target, _):
            return String(target.dropFirst()) + fragment
        case .outside(let address, let via):
            diagnostics?.emit(
                .warning,
                "link '\(destination)' leads outside the docs, to '\(address)', by the redirects of "
                    + Self.describe(via),
                at: range, code: "redirects")
            return nil
        case .loop(let via):
            diagnostics?.emit(
                .warning,
                "link '\(destination)' follows redirects that loop: " + Self.describe(via)
                    + "; the link is read as written",
                at: range, code: "redirects")
            return anchor
        }
    }

    /// `docs.json:12 (/a → /b), docs.json:13 (/b → /a)`.
    static func describe(_ redirects: [DiscordRedirects.Redirect]) -> String {
        redirects.map {
            "\($0.location.path):\($0.location.line) (\($0.source)\($0.isPrefix ? "*" : "") → \($0.destination))"
        }
        .joined(separator: ", ")
    }
}
