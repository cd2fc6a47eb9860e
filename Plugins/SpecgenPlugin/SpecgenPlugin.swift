import Foundation
import PackagePlugin

/// The build tool plugin: generates Swift sources from the Markdown docs in a target's folder (or the files a
/// `specgen.json` / `specgen.yml` there names) each time they change.
///
/// It declares every input (the docs, the configuration and the `specgen` executable) and every output, so the build
/// system runs specgen only when one of them changes; specgen rewrites only outputs whose bytes change. Diagnostics
/// print with absolute paths at the `.md` line, which build logs and IDEs link to; an error fails the build.
@main
struct SpecgenPlugin: BuildToolPlugin {
    /// Plans the one specgen command for a target.
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SwiftSourceModuleTarget else {
            throw PluginError.notASourceTarget(target: target.name)
        }
        let markdown = target.sourceFiles.map(\.url).filter {
            DialectFileExtensions.all.contains($0.pathExtension.lowercased())
        }
        let tool = try context.tool(named: "specgen")
        let plan = try SpecgenPlanner.plan(
            targetName: target.name, targetDirectory: target.directoryURL, markdownFiles: markdown,
            outputFolder: context.pluginWorkDirectoryURL.appendingPathComponent("GeneratedSources"))
        let documents = plan.inputs.count == 1 ? "1 Markdown file" : "\(plan.inputs.count) Markdown files"
        return [
            .buildCommand(
                displayName: "Generating Swift sources for \(target.name) from \(documents) with specgen",
                executable: tool.url,
                arguments: plan.arguments,
                environment: [:],
                inputFiles: plan.inputs + (plan.configuration.map { [$0] } ?? []) + [tool.url],
                outputFiles: plan.outputs)
        ]
    }
}
