import Foundation

// What one specgen run inside a plugin reads and writes, worked out without running specgen: a build tool plugin
// must declare its inputs and outputs before anything runs, and plugins cannot link specgen's libraries. This file
// uses Foundation only, so that the test target `SpecgenPluginTests` compiles the same file and checks it against
// the generator.
//
// The output kinds, their file names and the naming of each input's files come from `OutputFiles.swift`, the file
// the generator itself compiles (linked here from `Sources/SpecgenSupport`), so they are defined once. The paths
// named are the display paths, relative to the target's folder (`--path-root`).

/// The inputs, outputs and arguments of one specgen run.
struct SpecgenPlan {
    /// The Markdown files, absolute.
    var inputs: [URL]
    /// The configuration file, if the target has one.
    var configuration: URL?
    /// The folder specgen writes into.
    var outputFolder: URL
    /// Every file specgen writes there (declared to the build system).
    var outputs: [URL]
    /// The command line for `specgen`.
    var arguments: [String]
}

/// Works out a ``SpecgenPlan`` for a target.
enum SpecgenPlanner {
    /// The names specgen looks for beside the docs.
    static let configurationNames = ConfigurationFileNames.all

    /// What a target gets when its configuration has no `outputs`: the Swift sources. `schema` adds `schema.json`,
    /// which SwiftPM then bundles as a resource of the target (`Bundle.module`).
    static let defaultOutputs: [OutputKind] = [.models, .validators]

    /// Plans a run.
    ///
    /// - Parameters:
    ///   - targetName: The target's name, for messages.
    ///   - targetDirectory: The target's folder: where the configuration is looked for, and the root that paths in
    ///     generated comments are relative to.
    ///   - markdownFiles: The target's documentation files (of any extension in ``DialectFileExtensions/all``); those
    ///     of the configured dialect's extensions are read when the configuration names no inputs.
    ///   - outputFolder: Where specgen writes.
    /// - Returns: The plan.
    /// - Throws: ``PluginError`` when the target has several configuration files, no inputs, or `inputs` that
    ///   cannot be read.
    static func plan(targetName: String, targetDirectory: URL, markdownFiles: [URL], outputFolder: URL) throws
        -> SpecgenPlan
    {
        let fm = FileManager.default
        let configurations = configurationNames.map { targetDirectory.appendingPathComponent($0) }
            .filter { fm.fileExists(atPath: $0.path) }
        if configurations.count > 1 {
            throw PluginError.severalConfigurations(target: targetName, files: configurations.map(\.path))
        }
        let configuration = configurations.first
        // The configuration's dialect decides which files are docs (`.mdx` too for Discord's).
        let extensions = Set(
            DialectFileExtensions.extensions(
                dialect: try configuration.flatMap { try ConfigurationInputsReader.string("dialect", of: $0) }))
        var inputs: [URL]
        var namedInputs = false
        var missingInput = false
        if let configuration, let entries = try ConfigurationInputsReader.inputs(of: configuration) {
            namedInputs = true
            let folder = configuration.deletingLastPathComponent()
            inputs = []
            for entry in entries {
                let url = entry.hasPrefix("/") ? URL(fileURLWithPath: entry) : folder.appendingPathComponent(entry)
                // specgen reports an entry that names nothing at its line in the configuration; the run fails then.
                guard let found = Self.markdownFiles(at: url, extensions: extensions) else {
                    missingInput = true
                    continue
                }
                inputs += found
            }
        } else {
            inputs = markdownFiles.filter { extensions.contains($0.pathExtension.lowercased()) }
        }
        var seen = Set<String>()
        inputs = inputs.map(\.standardizedFileURL).filter { seen.insert($0.path).inserted }
        guard !inputs.isEmpty || missingInput else {
            throw PluginError.noInputs(
                target: targetName, folder: targetDirectory.path,
                configuration: configuration?.path)
        }
        let root = targetDirectory.standardizedFileURL.path
        let displayPaths = inputs.map { displayPath($0.path, relativeTo: root) }
        let names = OutputFiles.baseNames(for: displayPaths)
        // Unknown names are left to specgen, which reports them at their line in the configuration.
        let kinds = OutputKind.resolve(
            commandLine: [],
            configured: try configuration.flatMap { try ConfigurationInputsReader.list("outputs", of: $0) },
            defaults: defaultOutputs)
        let outputs = kinds.flatMap { $0.fileNames(baseNames: names).map(outputFolder.appendingPathComponent) }
        var arguments = ["generate"] + inputs.map(\.path).sorted()
        arguments += ["--out", outputFolder.path, "--path-root", root, "--diagnostic-paths", "absolute", "--quiet"]
        // Exactly what is declared: the build compiles the Swift outputs and bundles schema.json as a resource.
        for kind in kinds { arguments += ["--emit", kind.name] }
        if let configuration {
            arguments += ["--config", configuration.path]
            if namedInputs && !inputs.isEmpty { arguments.append("--verify-config-inputs") }
        } else {
            arguments.append("--no-config")
        }
        return SpecgenPlan(
            inputs: inputs, configuration: configuration, outputFolder: outputFolder,
            outputs: outputs, arguments: arguments)
    }

    /// The path relative to `root` when it lies below it, else the path itself (as specgen's `--path-root` does).
    static func displayPath(_ path: String, relativeTo root: String) -> String {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// A Markdown file, or every file with one of the extensions below a folder (hidden folders skipped), sorted;
    /// `nil` when nothing is there.
    static func markdownFiles(at url: URL, extensions: Set<String> = ["md"]) -> [URL]? {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return [url] }
        var found: [URL] = []
        let enumerator = fm.enumerator(
            at: url, includingPropertiesForKeys: [.isDirectoryKey],
            options: [.skipsHiddenFiles])
        while let file = enumerator?.nextObject() as? URL {
            let isFolder = (try? file.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false
            if !isFolder && extensions.contains(file.pathExtension.lowercased()) { found.append(file) }
        }
        return found.sorted { $0.path < $1.path }
    }
}

/// Reads the two keys a plugin needs from a configuration file, `inputs` and `outputs`, without a YAML library: from
/// JSON with Foundation, from YAML when it is a flow list (`inputs: [docs/, more.md]`) or a block list of plain or
/// quoted strings. specgen itself reads the whole file; the plugin passes `--verify-config-inputs`, so a misreading here
/// fails the build with both lists rather than going unnoticed.
enum ConfigurationInputsReader {
    /// The paths under `inputs`, or `nil` when the file has no such key.
    static func inputs(of file: URL) throws -> [String]? {
        try list("inputs", of: file)
    }

    /// The strings of a top-level list key (`inputs`, `outputs`), or `nil` when the file has no such key.
    static func list(_ key: String, of file: URL) throws -> [String]? {
        guard let data = FileManager.default.contents(atPath: file.path),
            let text = String(data: data, encoding: .utf8)
        else {
            throw PluginError.unreadableConfiguration(path: file.path, reason: "it cannot be read as UTF-8 text")
        }
        if file.pathExtension.lowercased() == "json" {
            // Invalid JSON is left to specgen, which reports where the problem is.
            guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let value = object[key]
            else { return nil }
            guard let list = value as? [String] else {
                throw PluginError.unreadableConfiguration(path: file.path, reason: "'\(key)' is not a list of strings")
            }
            return list
        }
        return try yamlList(key, in: text, path: file.path)
    }

    /// The string of a top-level scalar key (`dialect`), or `nil` when the file has no such key or it is not a plain
    /// string (specgen reports a malformed value itself).
    static func string(_ key: String, of file: URL) throws -> String? {
        guard let data = FileManager.default.contents(atPath: file.path),
            let text = String(data: data, encoding: .utf8)
        else {
            throw PluginError.unreadableConfiguration(path: file.path, reason: "it cannot be read as UTF-8 text")
        }
        if file.pathExtension.lowercased() == "json" {
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            return object?[key] as? String
        }
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n").map(String.init)
        guard let line = lines.first(where: { $0.hasPrefix(key + ":") || $0.hasPrefix(key + " :") }) else {
            return nil
        }
        let value = withoutComment(String(line.drop { $0 != ":" }.dropFirst()))
        let unreadable = PluginError.unreadableConfiguration(path: file.path, reason: "'\(key)' is not a string")
        return try? scalar(value, unreadable)
    }

    /// The `inputs` list of a YAML file.
    static func yamlInputs(_ text: String, path: String) throws -> [String]? {
        try yamlList("inputs", in: text, path: path)
    }

    /// A top-level list of a YAML file.
    static func yamlList(_ key: String, in text: String, path: String) throws -> [String]? {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasPrefix(key + ":") || $0.hasPrefix(key + " :") }) else {
            return nil
        }
        let unreadable = PluginError.unreadableConfiguration(
            path: path, reason: "write '\(key)' as a list, such as \(key): [a, b] or one '- item' a line")
        var rest = withoutComment(String(lines[start].drop { $0 != ":" }.dropFirst()))
            .trimmingCharacters(in: .whitespaces)
        if rest.hasPrefix("[") {
            var end = start
            while !rest.contains("]") {
                end += 1
                guard end < lines.count else { throw unreadable }
                rest += " " + withoutComment(lines[end]).trimmingCharacters(in: .whitespaces)
            }
            guard rest.hasSuffix("]") else { throw unreadable }
            let inner = rest.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
            if inner.isEmpty { return [] }
            return try inner.split(separator: ",").map { try scalar(String($0), unreadable) }
        }
        guard rest.isEmpty else { throw unreadable }
        var items: [String] = []
        for line in lines[(start + 1)...] {
            let content = withoutComment(line).trimmingCharacters(in: .whitespaces)
            if content.isEmpty { continue }
            guard content.hasPrefix("- ") || content == "-" else {
                // The next key at the top level ends the list; anything else is not a plain list.
                if !line.hasPrefix(" ") && !line.hasPrefix("-") { break }
                throw unreadable
            }
            items.append(try scalar(String(content.dropFirst()), unreadable))
        }
        return items
    }

    /// A plain, single- or double-quoted scalar (without escapes other than `''`).
    static func scalar(_ text: String, _ failure: PluginError) throws -> String {
        let value = text.trimmingCharacters(in: .whitespaces)
        if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
            let inner = String(value.dropFirst().dropLast())
            if inner.contains("\\") { throw failure }
            return inner
        }
        if value.count >= 2, value.hasPrefix("'"), value.hasSuffix("'") {
            return String(value.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
        }
        if value.isEmpty || value.contains(where: { "[]{}\"',&*!|>%@`".contains($0) }) || value.hasPrefix("#") {
            throw failure
        }
        return value
    }

    /// The line without a trailing `# comment` (a `#` after a space, outside quotes).
    static func withoutComment(_ line: String) -> String {
        var quote: Character?
        var previous: Character = " "
        for (offset, character) in line.enumerated() {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" && (previous == " " || previous == "\t") {
                return String(line.prefix(offset))
            }
            previous = character
        }
        return line
    }
}
