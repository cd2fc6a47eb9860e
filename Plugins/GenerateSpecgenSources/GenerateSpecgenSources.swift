import Foundation
import PackagePlugin

/// The command plugin `swift package generate-specgen-sources`: writes the generated sources into the package, for
/// projects that check generated code in. It reads the same configuration and inputs as the build tool plugin and
/// writes the same files, by default into `Generated/` in the target's folder. specgen never replaces or removes a
/// file there that it did not write (it keeps a `.specgen-manifest`).
///
/// Options: `--target <name>` (repeatable; default: every target with a specgen configuration), `--output <folder>`
/// (relative to the package; only with one target).
@main
struct GenerateSpecgenSources: CommandPlugin {
    /// Runs specgen for each selected target.
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let names = extractor.extractOption(named: "target")
        let outputs = extractor.extractOption(named: "output")
        guard extractor.remainingArguments.isEmpty else {
            throw PluginError.badArguments(
                "unknown arguments \(extractor.remainingArguments.joined(separator: " ")); "
                    + "use --target <name> and --output <folder>")
        }
        guard outputs.count <= 1 else { throw PluginError.badArguments("give --output once") }

        let sourceTargets = context.package.targets.compactMap { $0 as? SwiftSourceModuleTarget }
        var targets: [SwiftSourceModuleTarget] = []
        if names.isEmpty {
            targets = sourceTargets.filter { target in
                SpecgenPlanner.configurationNames.contains {
                    FileManager.default.fileExists(atPath: target.directoryURL.appendingPathComponent($0).path)
                }
            }
            if targets.isEmpty { throw PluginError.noConfiguredTargets(targets: sourceTargets.map(\.name)) }
        } else {
            for name in names {
                guard let target = sourceTargets.first(where: { $0.name == name }) else {
                    throw PluginError.unknownTarget(name: name, known: sourceTargets.map(\.name))
                }
                targets.append(target)
            }
        }
        if !outputs.isEmpty && targets.count != 1 {
            throw PluginError.badArguments("--output names one folder, so it goes with exactly one --target")
        }

        let tool = try context.tool(named: "specgen")
        for target in targets {
            let folder =
                outputs.first.map { context.package.directoryURL.appendingPathComponent($0) }
                ?? target.directoryURL.appendingPathComponent("Generated")
            let markdown = target.sourceFiles.map(\.url).filter {
                DialectFileExtensions.all.contains($0.pathExtension.lowercased())
            }
            let plan = try SpecgenPlanner.plan(
                targetName: target.name, targetDirectory: target.directoryURL,
                markdownFiles: markdown, outputFolder: folder)
            let process = Process()
            process.executableURL = tool.url
            // The summary line is wanted here, so drop --quiet.
            process.arguments = plan.arguments.filter { $0 != "--quiet" }
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw PluginError.generatorFailed(target: target.name, status: process.terminationStatus)
            }
        }
    }
}
