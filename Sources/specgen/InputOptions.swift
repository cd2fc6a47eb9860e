import ArgumentParser
import Foundation
import SpecgenCore
import SpecgenDialects

/// Options every command that reads docs shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Markdown files, or folders to search for .md files.", completion: .file())
    var inputs: [String] = []

    @Option(
        help: """
            The docs family the input is written in (\(Dialects.all.keys.sorted().joined(separator: ", "))); overrides \
            the configuration's.
            """)
    var dialect: String?

    @Option(
        help: ArgumentHelp(
            "Write paths in diagnostics and generated comments relative to this folder.",
            valueName: "folder"))
    var pathRoot: String?

    @Option(
        help: ArgumentHelp(
            "A configuration file (specgen.json or specgen.yml); without it, one in an input folder is used.",
            valueName: "file"))
    var config: String?

    @Flag(help: "Use no configuration file, even one found in an input folder.")
    var noConfig = false

    @Option(help: "How diagnostics write file paths: relative (to --path-root) or absolute (for IDEs and build logs).")
    var diagnosticPaths: DiagnosticPaths = .relative

    @Flag(
        help: """
            Fail unless the inputs given are exactly those the configuration's 'inputs' name (the build plugin checks \
            its reading of the configuration this way).
            """)
    var verifyConfigInputs = false

    func validate() throws {
        if inputs.isEmpty && config == nil {
            throw ValidationError(
                "Give at least one Markdown file or folder, for example: specgen spec/ --out Generated/")
        }
        if let dialect, Dialects.named(dialect) == nil {
            throw ValidationError(
                "Unknown dialect '\(dialect)'; choose one of: \(Dialects.all.keys.sorted().joined(separator: ", ")).")
        }
        if config != nil && noConfig {
            throw ValidationError("--config and --no-config contradict each other; give one.")
        }
        if verifyConfigInputs && (config == nil || inputs.isEmpty) {
            throw ValidationError("--verify-config-inputs compares the inputs given with those of --config; give both.")
        }
    }
}

/// A failure that ends a command with a message and exit status 1.
///
/// It is a `LocalizedError`, so that code which reports any error through `localizedDescription` prints the message
/// itself rather than the error's type name.
struct CommandError: Error, CustomStringConvertible, LocalizedError {
    /// What went wrong, in words a user can act on.
    var message: String
    /// Creates an error with its message.
    init(_ message: String) { self.message = message }
    /// The message.
    var description: String { message }
    /// The message.
    var errorDescription: String? { message }
}

/// Runs the body of a command and turns its failures into the documented exit statuses: a ``CommandError`` or any
/// other error (a file that cannot be written, say) is printed as `specgen: error: <message>` and exits with 1;
/// an `ExitCode` (after diagnostics were printed) and a usage error (`ValidationError`, exit 64) pass through to
/// ArgumentParser.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as ValidationError {
        throw error
    } catch let error as CommandError {
        DiagnosticPrinter.printError("specgen: error: \(error.message)")
        throw ExitCode.failure
    } catch {
        DiagnosticPrinter.printError("specgen: error: \(describe(error))")
        throw ExitCode.failure
    }
}

/// A file system error as a user reads it: the file it concerns, then the reason.
func describe(_ error: any Error) -> String {
    let nsError = error as NSError
    let path = nsError.userInfo[NSFilePathErrorKey] as? String ?? (nsError.userInfo[NSURLErrorKey] as? URL)?.path
    return path.map { "'\($0)': \(reason(of: error))" } ?? reason(of: error)
}

/// Why an operation failed, without Foundation's "The operation could not be completed."
func reason(of error: any Error) -> String {
    var reason = (error as NSError).localizedDescription
    for prefix in ["The operation could not be completed. ", "The operation couldn’t be completed. "]
    where reason.hasPrefix(prefix) {
        reason = String(reason.dropFirst(prefix.count))
    }
    return reason
}
