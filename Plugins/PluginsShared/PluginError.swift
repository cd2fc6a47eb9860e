import Foundation

/// Why a specgen plugin cannot plan or run; each message names the target and the files involved.
enum PluginError: Error, CustomStringConvertible {
    /// The target is not a Swift source target.
    case notASourceTarget(target: String)
    /// The target has more than one configuration file.
    case severalConfigurations(target: String, files: [String])
    /// Neither the target's folder nor the configuration's `inputs` hold a Markdown file.
    case noInputs(target: String, folder: String, configuration: String?)
    /// The configuration's `inputs` cannot be read without specgen's full reader.
    case unreadableConfiguration(path: String, reason: String)
    /// No target matches a `--target` name.
    case unknownTarget(name: String, known: [String])
    /// Nothing to do: no target has a specgen configuration.
    case noConfiguredTargets(targets: [String])
    /// A command plugin option is wrong.
    case badArguments(String)
    /// specgen reported errors (printed above).
    case generatorFailed(target: String, status: Int32)

    /// The message SwiftPM prints.
    var description: String {
        switch self {
        case .notASourceTarget(let target):
            return "specgen: target '\(target)' is not a Swift source target; apply SpecgenPlugin to a target with "
                + "Markdown docs in its folder"
        case .severalConfigurations(let target, let files):
            return "specgen: target '\(target)' has several configuration files (\(files.joined(separator: ", "))); "
                + "keep one"
        case .noInputs(let target, let folder, let configuration):
            return "specgen: target '\(target)' has no Markdown docs: expected .md files in '\(folder)'"
                + (configuration.map { " or under 'inputs' in '\($0)'" } ?? "")
        case .unreadableConfiguration(let path, let reason):
            return "specgen: cannot read 'inputs' in '\(path)': \(reason)"
        case .unknownTarget(let name, let known):
            return "specgen: no target named '\(name)'; the package has: \(known.joined(separator: ", "))"
        case .noConfiguredTargets(let targets):
            return "specgen: no target has a specgen configuration (specgen.json or specgen.yml beside its docs); "
                + "name targets with --target (the package has: \(targets.joined(separator: ", ")))"
        case .badArguments(let message):
            return "specgen: \(message)"
        case .generatorFailed(let target, let status):
            return "specgen: generating sources for target '\(target)' failed (exit status \(status)); see the "
                + "diagnostics above"
        }
    }
}
