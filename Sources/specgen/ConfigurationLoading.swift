import ArgumentParser
import Foundation
import SpecgenConfig
import SpecgenCore
import SpecgenDialects
import SpecgenSupport

/// How diagnostics write file paths.
enum DiagnosticPaths: String, ExpressibleByArgument, CaseIterable {
    /// Relative to `--path-root` (or the current folder), as generated comments write them.
    case relative
    /// Absolute, so that IDEs and build logs find the file wherever the command ran.
    case absolute
}

/// The inputs of a run once the configuration is settled.
struct LoadedInputs {
    /// The Markdown files (none when they were not to be read).
    var files: [InputFile]
    /// The Markdown files' paths, as found: the files of ``files``, in the same order.
    var paths: [String]
    /// The files and folders the inputs came from: those of the command line, else those the configuration names.
    var inputPaths: [String]
    /// The site files (such as `docs.json`) the dialect reads from the root of the folders given as inputs.
    var siteFiles: [InputFile] = []
    /// The configuration, if one is used.
    var configuration: Configuration?
    /// What reading the configuration reported (warnings only; errors end the run).
    var diagnostics: [Diagnostic]
}

extension InputOptions {
    /// The absolute folder that display paths are relative to.
    var root: String { pathRoot.map { FileSystem.absolute($0) } ?? FileManager.default.currentDirectoryPath }

    /// Prints diagnostics in compiler format, with paths written as `--diagnostic-paths` says.
    func print(_ diagnostics: [Diagnostic]) {
        DiagnosticPrinter.print(displayed(diagnostics))
    }

    /// The diagnostics with their paths written as `--diagnostic-paths` says.
    func displayed(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard diagnosticPaths == .absolute else { return diagnostics }
        return diagnostics.map { diagnostic in
            guard var range = diagnostic.range else { return diagnostic }
            range.start.path = displayed(path: range.start.path)
            range.end.path = displayed(path: range.end.path)
            var copy = diagnostic
            copy.range = range
            return copy
        }
    }

    /// A display path (relative to `--path-root`) written as `--diagnostic-paths` says.
    func displayed(path: String) -> String {
        guard diagnosticPaths == .absolute, !path.hasPrefix("/") else { return path }
        let root = self.root
        return root.hasSuffix("/") ? root + path : root + "/" + path
    }

    /// Finds and reads the configuration, settles the dialect, and reads the input files: those on the command
    /// line, else those the configuration's `inputs` name.
    ///
    /// - Parameters:
    ///   - readingFiles: Whether to read the files; without it, only their paths are found (a command that reads
    ///     one file at a time reads them itself).
    ///   - allowingStandardInput: Whether `-` among the inputs stands for standard input, which the command reads
    ///     itself; otherwise it is a file name like any other.
    /// - Throws: `ExitCode.failure` after printing the configuration's errors; ``CommandError`` when a file cannot
    ///   be read.
    func load(readingFiles: Bool = true, allowingStandardInput: Bool = false) throws -> LoadedInputs {
        let diagnostics = DiagnosticCollector()
        func fail() throws -> Never {
            print(diagnostics.sorted)
            throw ExitCode.failure
        }
        var configuration: Configuration?
        var configFolder = ""
        if let configPath = try configurationPath() {
            let data: [UInt8]
            do {
                data = try PosixInputFileSystem().contents(of: configPath)
            } catch let error as FileSystemError {
                throw CommandError(
                    "cannot read the configuration '\(configPath)': \(FileSystemError.reason(error.code))")
            }
            let display = FileSystem.displayPath(configPath, relativeTo: root)
            guard let text = String(data: Data(data), encoding: .utf8) else {
                diagnostics.emit(
                    .error, "the configuration is not valid UTF-8",
                    at: SourceRange(path: display, line: 1, column: 1), code: "config")
                try fail()
            }
            configuration = ConfigurationReader().read(text, path: display, diagnostics: diagnostics)
            if diagnostics.hasErrors || configuration == nil { try fail() }
            configFolder = (FileSystem.absolute(configPath) as NSString).deletingLastPathComponent
        }

        // Folders yield the files of the dialect the settings will choose (an unknown name is reported with the
        // other settings, by ``settings(_:commandLine:)``; its files are looked for as the default dialect's
        // meanwhile).
        let chosen = GeneratorOptions.resolveDialect(
            commandLine: CommandLineSettings(dialect: dialect), configuration: configuration,
            diagnostics: DiagnosticCollector())
        let fileExtensions = (chosen ?? Dialects.default).fileExtensions
        var configInputs: [String] = []
        var configInputPaths: [String] = []
        for input in configuration?.inputs ?? [] {
            let path = input.value.hasPrefix("/") ? input.value : configFolder + "/" + input.value
            configInputPaths.append(path)
            do {
                configInputs += try collectMarkdownFiles(in: [path], extensions: fileExtensions)
            } catch let error as CommandError {
                diagnostics.emit(
                    .error,
                    "input '\(input.value)' (relative to the configuration's folder): "
                        + error.message, at: input.range, code: "config")
            }
        }
        if diagnostics.hasErrors { try fail() }

        var paths: [String]
        if inputs.isEmpty {
            guard configuration != nil, !configInputs.isEmpty else {
                throw CommandError(
                    "give Markdown files or folders on the command line, or list them under 'inputs' "
                        + "in '\(configuration?.path ?? "the configuration")'")
            }
            paths = configInputs
        } else {
            paths = try collectMarkdownFiles(
                in: allowingStandardInput ? inputs.filter { $0 != "-" } : inputs, extensions: fileExtensions)
            if verifyConfigInputs, let configuration, !configuration.inputs.isEmpty {
                let given = Set(paths.map { FileSystem.absolute($0) })
                let named = Set(configInputs.map { FileSystem.absolute($0) })
                if given != named {
                    let missing = named.subtracting(given).sorted().map { FileSystem.displayPath($0, relativeTo: root) }
                    let extra = given.subtracting(named).sorted().map { FileSystem.displayPath($0, relativeTo: root) }
                    diagnostics.emit(
                        .error,
                        "the inputs given differ from those 'inputs' names"
                            + (missing.isEmpty ? "" : "; not given: " + missing.joined(separator: ", "))
                            + (extra.isEmpty ? "" : "; not named: " + extra.joined(separator: ", ")),
                        at: configuration.inputs[0].range, code: "config")
                    try fail()
                }
            }
        }
        let files = readingFiles ? try readMarkdown(paths) : []
        let inputPaths = inputs.isEmpty ? configInputPaths : inputs
        return LoadedInputs(
            files: files, paths: paths, inputPaths: inputPaths,
            siteFiles: try readSiteFiles(in: inputPaths, names: (chosen ?? Dialects.default).siteFileNames),
            configuration: configuration, diagnostics: diagnostics.sorted)
    }

    /// The run's settings, resolved once: the command line's (with this `--dialect`) over the configuration's over
    /// the defaults.
    ///
    /// - Throws: `ExitCode.failure` after printing the problem (a dialect or output that does not exist).
    func settings(_ loaded: LoadedInputs, commandLine: CommandLineSettings = CommandLineSettings()) throws
        -> GeneratorOptions
    {
        var commandLine = commandLine
        commandLine.dialect = dialect
        let diagnostics = DiagnosticCollector()
        guard
            var options = GeneratorOptions.resolve(
                commandLine: commandLine, configuration: loaded.configuration, diagnostics: diagnostics)
        else {
            print(Diagnostic.sortedAndDeduplicated(loaded.diagnostics + diagnostics.diagnostics))
            throw ExitCode.failure
        }
        if !loaded.siteFiles.isEmpty {
            options.dialect = options.dialect.configured(
                siteFiles: loaded.siteFiles.map { ($0.path, $0.contents) }, diagnostics: diagnostics)
            if diagnostics.hasErrors {
                print(Diagnostic.sortedAndDeduplicated(loaded.diagnostics + diagnostics.diagnostics))
                throw ExitCode.failure
            }
        }
        return options
    }

    /// The site files of the dialect (`docs.json`) at the root of the folders among `inputs`, with their paths as
    /// diagnostics write them.
    ///
    /// - Throws: `ExitCode.failure` after printing a located error for a site file that cannot be read.
    func readSiteFiles(in inputs: [String], names: [String]) throws -> [InputFile] {
        var paths: [String] = []
        for input in inputs where !names.isEmpty {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue
            else { continue }
            for name in names {
                let path = (input as NSString).appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    paths.append(path)
                }
            }
        }
        return paths.isEmpty ? [] : try readMarkdown(paths)
    }

    /// The Markdown files below `inputs` (see ``InputCollector``).
    ///
    /// - Throws: `ExitCode.failure` after printing a located error for each file or folder that cannot be read;
    ///   ``CommandError`` for a missing input or a folder without Markdown files.
    func collectMarkdownFiles(in inputs: [String], extensions: [String]) throws -> [String] {
        do {
            return try InputCollector.markdownFiles(in: inputs, extensions: extensions)
        } catch var error as InputCollector.Unreadable {
            // Also name the files found that cannot be read, so that one run reports every problem.
            do {
                _ = try InputCollector().contents(of: error.found)
            } catch let files as InputCollector.Unreadable {
                error.problems += files.problems
            }
            try report(error)
        }
    }

    /// Reads the Markdown files, with their paths as diagnostics write them.
    ///
    /// - Throws: `ExitCode.failure` after printing a located error for each file that cannot be read.
    func readMarkdown(_ paths: [String]) throws -> [InputFile] {
        do {
            let root = self.root
            return try InputCollector().contents(of: paths).map {
                InputFile(path: FileSystem.displayPath($0.path, relativeTo: root), contents: $0.bytes)
            }
        } catch let error as InputCollector.Unreadable {
            try report(error)
        }
    }

    /// Prints `path: error: cannot read this folder: permission denied` for each problem, the path written as
    /// `--diagnostic-paths` says, and fails.
    func report(_ unreadable: InputCollector.Unreadable) throws -> Never {
        let root = self.root
        for problem in unreadable.problems {
            let path =
                diagnosticPaths == .absolute
                ? FileSystem.absolute(problem.path) : FileSystem.displayPath(problem.path, relativeTo: root)
            DiagnosticPrinter.printError("\(path): error: \(problem.message)")
        }
        throw ExitCode.failure
    }

    /// `--config`, else the one configuration file in the folders given as inputs, else none.
    func configurationPath() throws -> String? {
        if let config {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: config, isDirectory: &isDirectory), !isDirectory.boolValue
            else {
                throw CommandError("no configuration file at '\(config)'")
            }
            return config
        }
        if noConfig { return nil }
        var found: [String] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue
            else { continue }
            for name in ConfigurationFileNames.all {
                let path = (input as NSString).appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: path) { found.append(path) }
            }
        }
        var seen = Set<String>()
        found = found.filter { seen.insert(FileSystem.absolute($0)).inserted }
        if found.count > 1 {
            throw CommandError(
                "found several configuration files (\(found.joined(separator: ", "))); choose one with "
                    + "--config, or --no-config for none")
        }
        return found.first
    }
}
