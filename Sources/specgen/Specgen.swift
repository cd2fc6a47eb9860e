import ArgumentParser
import Foundation

/// The `specgen` command.
@main
struct Specgen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specgen",
        abstract: "Generate Swift models from API docs written in Markdown.",
        discussion: """
            specgen reads documentation pages that describe JSON objects with field tables \
            (`Field | Type | Description`) and events, and writes Swift Codable models for them.

            Exit status: 0 when all went well; 1 when the docs or the payloads have errors (or, with lint --strict, \
            warnings; with generate --check, when files would change) or a file cannot be read or written; 64 when \
            the command line is wrong.
            """,
        version: SpecgenVersion.current,
        subcommands: [Generate.self, DumpCommand.self, ValidateCommand.self, LintCommand.self],
        defaultSubcommand: Generate.self
    )

    /// Runs the command line, after catching a mistyped subcommand that the default subcommand would otherwise
    /// take for an input.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let message = SubcommandSpelling.mistake(in: arguments, subcommands: subcommandNames) {
            DiagnosticPrinter.printError("specgen: error: \(message)")
            DiagnosticPrinter.printError("Usage: specgen <subcommand>; see 'specgen --help'.")
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        main(arguments)
    }

    /// The names a first argument can give.
    static var subcommandNames: [String] {
        configuration.subcommands.compactMap { $0.configuration.commandName ?? $0._commandName } + ["help"]
    }
}

/// The version printed by `--version`.
enum SpecgenVersion {
    static let current = "0.1.0"
}

/// Tells a mistyped subcommand from an input of the default subcommand.
enum SubcommandSpelling {
    /// The message for a first argument that is not an existing file or folder and is spelled like a subcommand
    /// (`valdate`, `lnt`, `gen`), or `nil`. An argument that exists on disk, or that looks like a path (it holds `/`
    /// or `.`), is always an input (`specgen spec/ --out X`); one that is far from every name stays an input,
    /// reported as missing later.
    static func mistake(in arguments: [String], subcommands: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), !subcommands.contains(first),
            !first.contains("/"), !first.contains("."), !FileManager.default.fileExists(atPath: first)
        else { return nil }
        let word = first.lowercased()
        let close = subcommands.filter { name in
            let distance = editDistance(word, name)
            return distance <= (name.count >= 6 ? 2 : 1) || (word.count >= 3 && name.hasPrefix(word))
        }
        guard let suggestion = close.min(by: { editDistance(word, $0) < editDistance(word, $1) }) else { return nil }
        return "unknown subcommand '\(first)'; did you mean '\(suggestion)'?"
    }

    /// The number of insertions, deletions, substitutions and swaps of neighbours that turn `a` into `b`.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a)
        let y = Array(b)
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { table[i][0] = i }
        for j in 0...y.count { table[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[x.count][y.count]
    }
}
