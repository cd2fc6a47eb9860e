import Foundation
import SpecgenSupport
import Yams

/// One value of a configuration file with where it is written: the tree the reader checks, built from the YAML (or
/// JSON) document. Positions are 1-based lines and UTF-8 byte columns, as everywhere in specgen.
indirect enum ConfigNode {
    /// A scalar, with whether it was quoted (a quoted `"null"` is text, a plain `null` is not).
    case scalar(String, quoted: Bool, range: SourceRange)
    /// A mapping, keys in file order.
    case mapping([ConfigEntry], range: SourceRange)
    /// A sequence.
    case sequence([ConfigNode], range: SourceRange)

    /// Where the value starts.
    var range: SourceRange {
        switch self {
        case .scalar(_, _, let range), .mapping(_, let range), .sequence(_, let range): return range
        }
    }

    /// Whether the value is YAML's null (`null`, `~` or nothing at all).
    var isNull: Bool {
        guard case .scalar(let text, false, _) = self else { return false }
        return ["", "null", "Null", "NULL", "~"].contains(text)
    }

    /// What kind of value this is, for messages ("a list", "a mapping", "a string").
    var kindDescription: String {
        switch self {
        case .scalar: return isNull ? "null" : "a scalar"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }
}

/// One key of a mapping and its value.
struct ConfigEntry {
    /// The key's text.
    var key: String
    /// Where the key is.
    var keyRange: SourceRange
    /// The value.
    var value: ConfigNode
}

/// Turns the text of a configuration file into a ``ConfigNode`` tree.
enum ConfigNodeReader {
    /// Parses YAML (which includes JSON).
    ///
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - path: The display path, for positions.
    ///   - diagnostics: Where a syntax error is reported.
    /// - Returns: The root node, or `nil` after a syntax error; an empty file is an empty mapping.
    static func read(_ text: String, path: String, diagnostics: DiagnosticCollector) -> ConfigNode? {
        // JSON allows tabs between tokens; YAML does not accept them everywhere. A tab outside a JSON string is
        // whitespace and a tab inside one must be escaped, so every raw tab can become a space (one column each).
        let yaml = text.replacingOccurrences(of: "\t", with: " ")
        let lines = LineTable(yaml)
        do {
            guard let root = try Yams.compose(yaml: yaml) else {
                return .mapping([], range: SourceRange(path: path, line: 1, column: 1))
            }
            return convert(root, lines: lines, path: path, diagnostics: diagnostics)
        } catch let error as YamlError {
            var (message, mark) = describe(error)
            let range = mark.map { lines.range(path: path, mark: $0) } ?? SourceRange(path: path, line: 1, column: 1)
            // The usual cause: a type written as a link without quotes, which YAML reads as a list.
            if let mark, lines.line(mark.line)?.contains("](#") == true {
                message += "; quote types written as links (type: \"[Timestamp](#timestamp)\")"
            }
            diagnostics.emit(.error, "cannot read the configuration: \(message)", at: range, code: "config-syntax")
            return nil
        } catch {
            diagnostics.emit(
                .error, "cannot read the configuration: \(error)",
                at: SourceRange(path: path, line: 1, column: 1), code: "config-syntax")
            return nil
        }
    }

    private static func convert(
        _ node: Node, lines: LineTable, path: String,
        diagnostics: DiagnosticCollector
    ) -> ConfigNode? {
        let range = node.mark.map { lines.range(path: path, mark: $0) } ?? SourceRange(path: path, line: 1, column: 1)
        switch node {
        case .scalar(let scalar):
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            return .scalar(scalar.string, quoted: quoted, range: range)
        case .mapping(let mapping):
            var entries: [ConfigEntry] = []
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    diagnostics.emit(
                        .error, "a key must be a plain name, not a list or mapping",
                        at: key.mark.map { lines.range(path: path, mark: $0) } ?? range,
                        code: "config-syntax")
                    continue
                }
                guard let converted = convert(value, lines: lines, path: path, diagnostics: diagnostics) else {
                    continue
                }
                let keyRange = key.mark.map { lines.range(path: path, mark: $0) } ?? range
                entries.append(ConfigEntry(key: keyScalar.string, keyRange: keyRange, value: converted))
            }
            return .mapping(entries, range: range)
        case .sequence(let sequence):
            return .sequence(
                sequence.compactMap { convert($0, lines: lines, path: path, diagnostics: diagnostics) },
                range: range)
        case .alias:
            diagnostics.emit(
                .error, "YAML aliases are not supported in a specgen configuration; write the value out",
                at: range, code: "config-syntax")
            return nil
        }
    }

    private static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return (context.map { "\(problem) (\($0.text))" } ?? problem, mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ("the key '\(duplicates.first ?? "")' appears twice in one mapping", context.mark)
        case .reader(let problem, _, _, _):
            return (problem, nil)
        default:
            return ("\(error)", nil)
        }
    }
}

/// Converts libyaml's marks (columns in Unicode scalars) into positions with UTF-8 byte columns.
struct LineTable {
    private let lines: [Substring]

    /// Indexes the lines of a text.
    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The text of a 1-based line, if there is one.
    func line(_ number: Int) -> Substring? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }

    /// The position a mark stands for, with the column counted in UTF-8 bytes.
    func range(path: String, mark: Mark) -> SourceRange {
        var column = mark.column
        if mark.line >= 1, mark.line <= lines.count {
            let scalars = lines[mark.line - 1].unicodeScalars
            let prefix = scalars.prefix(max(0, mark.column - 1))
            column = prefix.reduce(0) { $0 + UTF8.width($1) } + 1
        }
        return SourceRange(path: path, line: mark.line, column: column)
    }
}
