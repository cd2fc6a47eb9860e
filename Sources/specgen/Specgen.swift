import ArgumentParser

/// The `specgen` command.
@main
struct Specgen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specgen",
        abstract: "Generate Swift models from API docs written in Markdown.",
        discussion: """
            specgen reads documentation pages that describe JSON objects with field tables \
            (`Field | Type | Description`) and events, and writes Swift Codable models for them.
            """,
        version: SpecgenVersion.current,
        subcommands: [Generate.self, DumpCommand.self, ValidateCommand.self, LintCommand.self],
        defaultSubcommand: Generate.self
    )
}

/// The version printed by `--version`.
enum SpecgenVersion {
    static let current = "0.1.0"
}
