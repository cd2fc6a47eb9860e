import Foundation
import SpecgenSupport

/// Lint findings and how they are printed.
public struct LintReport {
    /// The output formats.
    public enum Format: String, CaseIterable, Sendable {
        /// One finding a line: `path:line:column: severity: message [code]`; at most
        /// ``SpecgenSupport/Diagnostic/printedPerKind`` of each kind, then a line that counts the rest.
        case text
        /// A JSON object with all the findings and a summary.
        case json
        /// SARIF 2.1.0 with all the findings, for code-scanning annotations in CI.
        case sarif
    }

    /// The findings, sorted.
    public var findings: [Diagnostic]

    /// Creates a report; with `strict`, warnings count as errors.
    public init(findings: [Diagnostic], strict: Bool = false) {
        self.findings = findings.map { finding in
            var finding = finding
            if strict, finding.severity == .warning { finding.severity = .error }
            return finding
        }
    }

    /// Whether the report has an error (which fails the command).
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// The report in a format.
    ///
    /// - Parameters:
    ///   - format: The format.
    ///   - sources: The files' bytes by path, used to give SARIF columns in UTF-16 code units.
    ///   - version: The tool version written into SARIF.
    public func formatted(_ format: Format, sources: [String: [UInt8]] = [:], version: String = "0.1.0") -> String {
        formatted(format, source: { sources[$0] }, version: version)
    }

    /// The report in a format, reading the files' bytes only when needed.
    ///
    /// - Parameters:
    ///   - format: The format.
    ///   - source: The bytes of the file at a path, or `nil`; SARIF asks for each file with findings once (the
    ///     findings are sorted by path), to give columns in UTF-16 code units, and keeps one file at a time.
    ///   - version: The tool version written into SARIF.
    public func formatted(
        _ format: Format, source: (String) -> [UInt8]?, version: String = "0.1.0"
    ) -> String {
        switch format {
        case .text:
            return Diagnostic.cappedLines(findings, line: Self.textLine).map { $0 + "\n" }.joined()
        case .json:
            return Self.encode(JSONReport(findings: findings))
        case .sarif:
            return Self.encode(SARIFLog(findings: findings, source: source, version: version))
        }
    }

    /// `path:line:column: severity: message [code]`.
    public static func textLine(_ finding: Diagnostic) -> String {
        finding.description + (finding.code.map { " [\($0)]" } ?? "")
    }

    /// Pretty, key-sorted JSON with a final newline.
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    // MARK: - Baselines

    /// A baseline: findings that are known and accepted. A finding matches an entry with the same path, code and
    /// message (not line, so that edits elsewhere in a file do not invalidate it); each entry matches once.
    public struct Baseline: Sendable {
        /// The entries as `path: [code] message` keys, with how often each is accepted.
        var entries: [String: Int]

        /// Reads a baseline written by ``LintReport/baselineText``: the text format, one finding a line; lines
        /// starting with `#` are comments.
        public init(text: String) {
            var entries: [String: Int] = [:]
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                if let key = Self.key(ofLine: String(line)) { entries[key, default: 0] += 1 }
            }
            self.entries = entries
        }

        static func key(_ finding: Diagnostic) -> String {
            "\(finding.range?.start.path ?? "") [\(finding.code ?? "")] \(finding.message)"
        }

        /// Parses `path:line:column: severity: message [code]` back into a key.
        static func key(ofLine line: String) -> String? {
            let parts = line.split(separator: ":", maxSplits: 4, omittingEmptySubsequences: false)
            guard parts.count == 5, Int(parts[1]) != nil, Int(parts[2]) != nil else { return nil }
            var rest = parts[4].drop { $0 == " " }
            guard rest.hasSuffix("]"), let open = rest.lastIndex(of: "[") else { return nil }
            let code = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
            rest = rest[..<open]
            let message = rest.hasSuffix(" ") ? rest.dropLast() : rest
            return "\(parts[0]) [\(code)] \(message)"
        }
    }

    /// The findings a baseline does not account for, and the baseline entries no finding matched.
    public func compared(with baseline: Baseline) -> (new: [Diagnostic], fixed: [String]) {
        var remaining = baseline.entries
        var new: [Diagnostic] = []
        for finding in findings {
            let key = Baseline.key(finding)
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
            } else {
                new.append(finding)
            }
        }
        let fixed = remaining.filter { $0.value > 0 }.flatMap { Array(repeating: $0.key, count: $0.value) }.sorted()
        return (new, fixed)
    }

    /// The report as a baseline file.
    public var baselineText: String {
        // Every finding, however many of a kind.
        "# specgen lint baseline: known findings, one a line (matched by path, code and message).\n"
            + findings.map { Self.textLine($0) + "\n" }.joined()
    }
}

// MARK: - JSON

private struct JSONReport: Encodable {
    struct Finding: Encodable {
        var path: String?
        var line: Int?
        var column: Int?
        var endLine: Int?
        var endColumn: Int?
        var severity: String
        var code: String
        var message: String
    }

    struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        var notes: Int
    }

    var version = 1
    var findings: [Finding]
    var summary: Summary

    init(findings: [Diagnostic]) {
        self.findings = findings.map { finding in
            Finding(
                path: finding.range?.start.path, line: finding.range?.start.line,
                column: finding.range?.start.column, endLine: finding.range?.end.line,
                endColumn: finding.range?.end.column, severity: finding.severity.rawValue,
                code: finding.code ?? "specgen", message: finding.message)
        }
        summary = Summary(
            errors: findings.filter { $0.severity == .error }.count,
            warnings: findings.filter { $0.severity == .warning }.count,
            notes: findings.filter { $0.severity == .note }.count)
    }
}

// MARK: - SARIF 2.1.0

private struct SARIFLog: Encodable {
    struct Run: Encodable {
        var tool: Tool
        var columnKind = "utf16CodeUnits"
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name = "specgen"
        var version: String
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var shortDescription: Text
    }

    struct Text: Encodable {
        var text: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }

    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version
        case runs
    }

    init(findings: [Diagnostic], source: (String) -> [UInt8]?, version: String) {
        let codes = Array(Set(findings.map { $0.code ?? "specgen" })).sorted()
        let ruleIndex = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        let rules = codes.map { Rule(id: $0, shortDescription: Text(text: DiagnosticCodes.summaries[$0] ?? $0)) }
        // The lines of the file of the last finding (one file at a time).
        var cached: (path: String, lines: [ArraySlice<UInt8>]?)?
        let results = findings.map { finding -> Result in
            let code = finding.code ?? "specgen"
            var locations: [Location] = []
            if let start = finding.range?.start {
                var column = start.column
                if cached?.path != start.path {
                    cached = (
                        start.path,
                        source(start.path).map {
                            $0.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                        }
                    )
                }
                if let lines = cached?.lines {
                    if start.line >= 1, start.line <= lines.count {
                        let prefix = lines[start.line - 1].prefix(max(start.column - 1, 0))
                        column = String(decoding: prefix, as: UTF8.self).utf16.count + 1
                    }
                }
                locations.append(
                    Location(
                        physicalLocation: PhysicalLocation(
                            artifactLocation: ArtifactLocation(uri: start.path),
                            region: Region(startLine: start.line, startColumn: column))))
            }
            let level: String
            switch finding.severity {
            case .error: level = "error"
            case .warning: level = "warning"
            case .note: level = "note"
            }
            return Result(
                ruleId: code, ruleIndex: ruleIndex[code]!, level: level, message: Text(text: finding.message),
                locations: locations)
        }
        runs = [Run(tool: Tool(driver: Driver(version: version, rules: rules)), results: results)]
    }
}
