import ArgumentParser
import Foundation
import SpecgenEmit

/// Writes generated files into the output folder as one transaction: whatever happens (an error, a full disk,
/// Ctrl-C, `kill -9`, a power cut), the next run finds the folder holding either the previous generation or the new
/// one, never a mix.
///
/// - A lock beside the folder (``OutputLock``) makes runs into one folder take turns.
/// - A new folder is built aside, forced to disk, and renamed into place in one step.
/// - In an existing folder every changed file is first written to a temporary file inside it and forced to disk;
///   then a journal naming every rename and removal is written and forced to disk (the commit point); then the
///   changes are applied, the folder is forced to disk, and the journal is removed. A run that finds a journal
///   completes it; temporary files without a journal are removed.
/// - Unchanged files are not touched (their bytes and timestamps stay). specgen records what it wrote in
///   `.specgen-manifest`; it removes only files listed there that it no longer generates, refuses to replace a file
///   it did not write, and checks every entry (a plain relative path to a regular file inside the folder).
struct OutputWriter {
    /// The manifest's name in the output folder.
    static let manifestName = OutputNames.manifest

    /// The output folder, as the user gave it.
    let folder: String
    /// The environment the test hooks are read from (see ``WriteSteps``).
    var environment = ProcessInfo.processInfo.environment

    /// What a write did.
    struct Report {
        var written: [String] = []
        var unchanged: [String] = []
        var removed: [String] = []
    }

    /// Writes `files`, replacing the previous generation.
    ///
    /// - Throws: ``CommandError`` with what failed and where (the folder then holds the previous generation, or a
    ///   journal the next run completes, as the message says); `ExitCode` 128 + the signal after SIGINT, SIGTERM or
    ///   SIGHUP.
    func write(_ files: [RenderedFile]) throws -> Report {
        let display = FileSystem.trimmingTrailingSlashes(folder)
        for file in files {
            if let problem = OutputNames.problem(with: file.name) {
                throw CommandError("cannot write a generated file: \(problem)")
            }
            if OutputNames.isReserved(file.name) {
                throw CommandError("cannot write a generated file named '\(file.name)': the name is specgen's own")
            }
        }
        let existed = FileManager.default.fileExists(atPath: folder)
        let unchanged = existed ? "'\(display)' is unchanged" : "'\(display)' was not created"
        let steps = WriteSteps(environment: environment)
        steps.installSignalHandlers()
        defer { steps.restoreSignalHandlers() }
        let transaction = OutputTransaction(
            folder: FileSystem.trimmingTrailingSlashes(FileSystem.absolute(folder)), display: display, steps: steps)
        do {
            let report = try transaction.run(files)
            if let signal = steps.signalReceived {
                DiagnosticPrinter.printError(
                    "specgen: interrupted by \(Self.name(of: signal)) after the new files "
                        + "were committed; '\(display)' holds the new generation")
                throw ExitCode(128 + signal)
            }
            return report
        } catch let interrupted as WriteSteps.Interrupted {
            DiagnosticPrinter.printError(
                "specgen: interrupted by \(Self.name(of: interrupted.signal)); \(unchanged)")
            throw ExitCode(128 + interrupted.signal)
        } catch let error as FileSystemError {
            let outcome =
                transaction.committed
                ? "the change is recorded in '\(display)/\(OutputNames.journal)' and the next run completes it"
                : unchanged
            throw CommandError("\(error); \(outcome)")
        } catch let error as OutputTransaction.ManifestError {
            for problem in error.problems {
                DiagnosticPrinter.printError("\(error.path):\(problem.line):1: error: \(problem.message)")
            }
            throw CommandError(
                "'\(error.path)' lists entries specgen cannot trust; fix or remove those lines "
                    + "('\(display)' is unchanged)")
        }
    }

    /// Completes or rolls back what an interrupted run left in the folder, under the lock, as every write does
    /// first; changes nothing else.
    func recover() throws {
        let transaction = OutputTransaction(
            folder: FileSystem.trimmingTrailingSlashes(FileSystem.absolute(folder)),
            display: FileSystem.trimmingTrailingSlashes(folder), steps: WriteSteps(environment: environment))
        try transaction.recoverOnly()
    }

    private static func name(of signal: Int32) -> String {
        switch signal {
        case SIGINT: return "SIGINT"
        case SIGTERM: return "SIGTERM"
        case SIGHUP: return "SIGHUP"
        default: return "signal \(signal)"
        }
    }

    /// The files the previous generation in `folder` lists in its manifest, every entry checked as a write checks
    /// it; the folder is not changed.
    ///
    /// - Throws: ``CommandError`` (after printing a located error for each entry that cannot be trusted) when the
    ///   manifest cannot be read or lists entries that are not plain relative paths to regular files in the folder.
    static func previousGeneration(in folder: String) throws -> Set<String> {
        let display = FileSystem.trimmingTrailingSlashes(folder)
        let transaction = OutputTransaction(
            folder: FileSystem.trimmingTrailingSlashes(FileSystem.absolute(folder)), display: display,
            steps: WriteSteps(environment: [:]))
        do {
            return try transaction.readManifest()
        } catch let error as FileSystemError {
            throw CommandError("\(error)")
        } catch let error as OutputTransaction.ManifestError {
            for problem in error.problems {
                DiagnosticPrinter.printError("\(error.path):\(problem.line):1: error: \(problem.message)")
            }
            throw CommandError("'\(error.path)' lists entries specgen cannot trust; fix or remove those lines")
        }
    }

    /// The manifest for `files`.
    static func manifest(for files: [RenderedFile]) -> String {
        "# Files written by specgen; it replaces or removes only these.\n"
            + files.map(\.name).sorted().joined(separator: "\n") + "\n"
    }
}

/// One write of the output folder (see ``OutputWriter``).
final class OutputTransaction {
    /// Manifest entries that cannot be trusted, with their lines.
    struct ManifestError: Error {
        /// The manifest, as messages show it.
        var path: String
        /// The lines and what is wrong with them.
        var problems: [(line: Int, message: String)]
    }

    /// The output folder: absolute, without a trailing slash.
    let folder: String
    /// The output folder as messages show it.
    let display: String
    /// The steps.
    let steps: WriteSteps
    /// Whether the new generation is committed: from here on the write completes, now or in the next run.
    private(set) var committed = false
    /// Files and folders created and not yet committed, removed if the write stops early.
    private var created: [String] = []
    /// Files written and still open, whose sync and close steps are to come (``syncPending()``).
    private var unsynced: [(descriptor: Int32, shown: String)] = []

    /// The folder that holds the output folder.
    private let parent: String
    /// The prefix of the folders a fresh write builds beside the output folder (`.NAME.specgen-tmp-`), made once:
    /// recovery compares every entry of ``parent`` with it.
    private let stagingPrefix: String

    init(folder: String, display: String, steps: WriteSteps) {
        self.folder = folder
        self.display = display
        self.steps = steps
        parent = (folder as NSString).deletingLastPathComponent
        stagingPrefix = ".\((folder as NSString).lastPathComponent).specgen-tmp-"
    }

    private func path(_ name: String) -> String { folder + "/" + name }
    private func shown(_ name: String) -> String { display + "/" + name }

    /// Takes the lock, completes or rolls back what an earlier run left, and writes `files`.
    func run(_ files: [RenderedFile]) throws -> OutputWriter.Report {
        try makeFolders(parent, shown: (display as NSString).deletingLastPathComponent)
        let lock = try OutputLock.acquire(folder: folder, display: display, steps: steps)
        defer { lock.release() }
        do {
            try recover()
            switch try PosixInputFileSystem.kind(of: folder, follow: false) {
            case .missing:
                return try writeFresh(files)
            case .folder:
                return try update(files)
            case .symbolicLink where try PosixInputFileSystem.kind(of: folder, follow: true) == .folder:
                return try update(files)
            default:
                throw CommandError("--out '\(display)' is not a folder; give a folder to write into")
            }
        } catch {
            if !committed { rollBack() }
            throw error
        }
    }

    // MARK: - Recovery

    /// Takes the lock and recovers, without writing.
    func recoverOnly() throws {
        let lock = try OutputLock.acquire(folder: folder, display: display, steps: steps)
        defer { lock.release() }
        try recover()
    }

    /// Completes the write an earlier run committed (its journal is complete), or removes what a run that stopped
    /// before its commit point prepared.
    private func recover() throws {
        let leftovers = try PosixInputFileSystem().entries(of: parent).filter { $0.hasPrefix(stagingPrefix) }
        for name in leftovers.sorted() {
            try removeTree(parent + "/" + name, shown: display)
        }
        guard try PosixInputFileSystem.kind(of: folder, follow: true) == .folder else { return }
        let journalPath = path(OutputNames.journal)
        let journalKind = try PosixInputFileSystem.kind(of: journalPath, follow: false)
        if journalKind != .missing {
            if journalKind == .file {
                let bytes = try PosixInputFileSystem.read(
                    journalPath, display: shown(OutputNames.journal),
                    noFollow: true)
                if let journal = OutputJournal(bytes: bytes) {
                    try apply(journal)
                    DiagnosticPrinter.printError(
                        "specgen: note: completed the write of an interrupted run in '\(display)' (its journal)")
                }
            }
            try removeTree(journalPath, shown: shown(OutputNames.journal))
            try syncFolder(folder, shown: display)
        }
        let temporaries = try PosixInputFileSystem().entries(of: folder).filter {
            $0.hasPrefix(OutputNames.temporaryPrefix)
        }
        for name in temporaries.sorted() {
            try removeTree(path(name), shown: shown(name))
        }
        if !temporaries.isEmpty {
            try syncFolder(folder, shown: display)
            let count = temporaries.count == 1 ? "1 temporary file" : "\(temporaries.count) temporary files"
            DiagnosticPrinter.printError(
                "specgen: note: removed \(count) that an interrupted run left in '\(display)'")
        }
    }

    /// Applies the journal's changes; a rename whose temporary file is gone was applied before.
    private func apply(_ journal: OutputJournal) throws {
        var touched: Set<String> = [folder]
        for change in journal.changes {
            switch change {
            case .rename(let temporary, let name):
                let source = path(temporary)
                if try PosixInputFileSystem.kind(of: source, follow: false) == .missing { continue }
                try makeFolders(for: name, in: folder)
                try steps.perform(.replacing, shown(name)) { rename(source, path(name)) }
                touched.insert((path(name) as NSString).deletingLastPathComponent)
            case .remove(let name):
                try steps.perform(.removing, shown(name)) {
                    let result = unlink(path(name))
                    return result < 0 && errno == ENOENT ? 0 : result
                }
                touched.insert((path(name) as NSString).deletingLastPathComponent)
            }
        }
        for folder in touched.sorted() {
            try syncFolder(folder, shown: display)
        }
    }

    // MARK: - Writing

    /// Builds the folder aside and renames it into place.
    private func writeFresh(_ files: [RenderedFile]) throws -> OutputWriter.Report {
        var report = OutputWriter.Report()
        let staging = parent + "/" + stagingPrefix + String(getpid())
        try steps.perform(.creating, display) { mkdir(staging, 0o777) }
        created.append(staging)
        var folders: Set<String> = [staging]
        for file in files {
            try makeFolders(for: file.name, in: staging)
            folders.insert(((staging + "/" + file.name) as NSString).deletingLastPathComponent)
            try writeFile(
                staging + "/" + file.name, file.bytes, shown: shown(file.name), syncLater: true)
            report.written.append(file.name)
        }
        try writeFile(
            staging + "/" + OutputNames.manifest, Array(OutputWriter.manifest(for: files).utf8),
            shown: shown(OutputNames.manifest), syncLater: true)
        try syncPending()
        for folder in folders.sorted(by: >) {
            try syncFolder(folder, shown: display)
        }
        try steps.perform(.creating, display) { rename(staging, folder) }
        commit()
        try syncFolder(parent, shown: display)
        return report
    }

    /// Replaces what changed in an existing folder, through the journal.
    private func update(_ files: [RenderedFile]) throws -> OutputWriter.Report {
        var report = OutputWriter.Report()
        let previous = try readManifest()
        // Check everything before changing anything.
        for file in files where !previous.contains(file.name) {
            if let problem = try entryProblem(file.name) {
                throw CommandError("cannot write '\(shown(file.name))': \(problem) (nothing was written)")
            }
            if try PosixInputFileSystem.kind(of: path(file.name), follow: false) != .missing {
                throw CommandError(
                    "'\(shown(file.name))' exists and was not written by specgen; move it away or choose another "
                        + "--out folder (nothing was written)")
            }
        }
        var changes: [OutputJournal.Change] = []
        var next = 0
        func prepare(_ bytes: [UInt8], for name: String) throws -> String {
            let temporary = OutputNames.temporaryPrefix + String(next)
            next += 1
            try writeFile(path(temporary), bytes, shown: shown(name), syncLater: true)
            return temporary
        }
        for file in files {
            let bytes = file.bytes
            if try PosixInputFileSystem.kind(of: path(file.name), follow: false) == .file,
                let old = try? PosixInputFileSystem.read(path(file.name), display: shown(file.name), noFollow: true),
                old == bytes
            {
                report.unchanged.append(file.name)
                continue
            }
            try makeFolders(for: file.name, in: folder)
            changes.append(.rename(temporary: try prepare(bytes, for: file.name), name: file.name))
            report.written.append(file.name)
        }
        let current = Set(files.map(\.name))
        for name in previous.subtracting(current).sorted() {
            if try PosixInputFileSystem.kind(of: path(name), follow: false) == .missing { continue }
            changes.append(.remove(name: name))
            report.removed.append(name)
        }
        let manifest = Array(OutputWriter.manifest(for: files).utf8)
        let manifestPath = path(OutputNames.manifest)
        if (try? PosixInputFileSystem.read(manifestPath, display: manifestPath, noFollow: true)) != manifest {
            changes.append(
                .rename(
                    temporary: try prepare(manifest, for: OutputNames.manifest),
                    name: OutputNames.manifest))
        }
        if changes.isEmpty { return report }

        let journal = OutputJournal(changes: changes)
        let journalTemporary = try prepare(Array(journal.text.utf8), for: OutputNames.journal)
        try syncPending()
        try syncFolder(folder, shown: display)
        try steps.perform(.writing, shown(OutputNames.journal)) {
            rename(path(journalTemporary), path(OutputNames.journal))
        }
        commit()
        try syncFolder(folder, shown: display)
        try apply(journal)
        try steps.perform(.removing, shown(OutputNames.journal)) { unlink(path(OutputNames.journal)) }
        try syncFolder(folder, shown: display)
        return report
    }

    /// From here on the write is completed rather than abandoned.
    private func commit() {
        committed = true
        created = []
        steps.interruptible = false
    }

    /// Removes what the write created before its commit point (best effort: the next run removes what is left).
    private func rollBack() {
        steps.interruptible = false
        for file in unsynced { close(file.descriptor) }
        unsynced = []
        for path in created.reversed() {
            try? removeTree(path, shown: display, counted: false)
        }
        created = []
        _ = try? syncFolder(folder, shown: display)
    }

    // MARK: - The manifest

    /// The previous generation's files, every entry checked.
    ///
    /// - Throws: ``ManifestError`` listing every entry that is not a plain relative path to a regular file inside
    ///   the folder.
    func readManifest() throws -> Set<String> {
        let manifestPath = path(OutputNames.manifest)
        let shownPath = shown(OutputNames.manifest)
        switch try PosixInputFileSystem.kind(of: manifestPath, follow: false) {
        case .missing:
            return []
        case .file:
            break
        default:
            throw ManifestError(path: shownPath, problems: [(1, "the manifest is not a regular file")])
        }
        let bytes = try PosixInputFileSystem.read(manifestPath, display: shownPath, noFollow: true)
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw ManifestError(path: shownPath, problems: [(1, "the manifest is not valid UTF-8")])
        }
        var entries: Set<String> = []
        var problems: [(line: Int, message: String)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var entry = String(line)
            if entry.hasSuffix("\r") { entry.removeLast() }
            if entry.isEmpty || entry.hasPrefix("#") { continue }
            if let problem = OutputNames.problem(with: entry) {
                problems.append((index + 1, problem))
            } else if OutputNames.isReserved(entry) {
                problems.append((index + 1, "'\(entry)' is specgen's own bookkeeping file, not a generated file"))
            } else if let problem = try entryProblem(entry) {
                problems.append((index + 1, problem))
            } else {
                entries.insert(entry)
            }
        }
        if !problems.isEmpty { throw ManifestError(path: shownPath, problems: problems) }
        return entries
    }

    /// Why the plain relative path `name` cannot be a file specgen writes in the folder: it is a folder, a symbolic
    /// link or not a regular file, or it lies below a symbolic link. `nil` when it is a regular file or absent.
    private func entryProblem(_ name: String) throws -> String? {
        let components = name.split(separator: "/")
        var current = folder
        for (index, component) in components.enumerated() {
            current += "/" + component
            let prefix = components[...index].joined(separator: "/")
            let last = index == components.count - 1
            let kind: FileKind
            do {
                kind = try PosixInputFileSystem.kind(of: current, follow: false)
            } catch let error as FileSystemError {
                return "cannot examine '\(prefix)': \(FileSystemError.reason(error.code))"
            }
            switch kind {
            case .missing:
                return nil
            case .file:
                return nil
            case .folder:
                if last { return "'\(name)' is a folder; specgen writes only files" }
            case .symbolicLink:
                return last
                    ? "'\(name)' is a symbolic link; specgen writes only regular files"
                    : "'\(name)' lies below the symbolic link '\(prefix)'"
            case .other:
                return last ? "'\(name)' is not a regular file" : nil
            }
        }
        return nil
    }

    // MARK: - Steps

    /// Creates `path` and every missing folder above it.
    private func makeFolders(_ path: String, shown: String) throws {
        if path.isEmpty || path == "/" { return }
        switch try PosixInputFileSystem.kind(of: path, follow: true) {
        case .folder:
            return
        case .missing:
            try makeFolders(
                (path as NSString).deletingLastPathComponent,
                shown: (shown as NSString).deletingLastPathComponent)
            try steps.perform(.creating, shown.isEmpty ? "." : shown) {
                let result = mkdir(path, 0o777)
                return result < 0 && errno == EEXIST ? 0 : result
            }
        default:
            throw FileSystemError(action: .creating, path: shown, code: ENOTDIR)
        }
    }

    /// Creates the folders above `name` inside `root`.
    private func makeFolders(for name: String, in root: String) throws {
        var components = name.split(separator: "/")
        components.removeLast()
        var current = root
        for component in components {
            current += "/" + component
            try steps.perform(.creating, display) {
                let result = mkdir(current, 0o777)
                return result < 0 && errno == EEXIST ? 0 : result
            }
        }
    }

    /// Writes a new file and forces it to disk, or, with `syncLater`, leaves it open for ``syncPending()`` to force
    /// to disk with the others.
    private func writeFile(_ path: String, _ bytes: [UInt8], shown: String, syncLater: Bool = false) throws {
        let descriptor = try steps.perform(.writing, shown) {
            open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        }
        created.append(path)
        var closed = false
        defer { if !closed { close(descriptor) } }
        var offset = 0
        while offset < bytes.count {
            let written = try steps.perform(.writing, shown) {
                var result: Int
                repeat {
                    result = bytes.withUnsafeBytes {
                        Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset)
                    }
                } while result < 0 && errno == EINTR
                return result < 0 ? -1 : Int32(clamping: result)
            }
            offset += Int(written)
        }
        if syncLater {
            closed = true
            unsynced.append((descriptor, shown))
            return
        }
        try steps.perform(.writing, shown) { Self.sync(descriptor) }
        closed = true
        try steps.perform(.writing, shown) { close(descriptor) }
    }

    /// Forces the files ``writeFile(_:_:shown:syncLater:)`` left open to disk and closes them: the `fsync`s run
    /// at the same time, on several threads (the file system then commits them together, where one after the
    /// other each waits for a commit of its own), and each file's sync and close are then its steps, in order, as
    /// if each had been synced when written.
    private func syncPending() throws {
        let files = unsynced
        unsynced = []
        var closed = 0
        defer { for file in files[closed...] { close(file.descriptor) } }
        let codes = ParallelSync.sync(files.map(\.descriptor), with: Self.sync)
        for (index, file) in files.enumerated() {
            try steps.perform(.writing, file.shown) {
                errno = codes[index]
                return codes[index] == 0 ? 0 : -1
            }
            closed += 1
            try steps.perform(.writing, file.shown) { close(file.descriptor) }
        }
    }

    /// Forces a folder's entries to disk.
    private func syncFolder(_ path: String, shown: String) throws {
        try steps.perform(.syncing, shown) {
            let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if descriptor < 0 { return -1 }
            var result = Self.sync(descriptor)
            // Some file systems cannot sync a folder; that is no error.
            if result < 0 && (errno == EINVAL || errno == ENOTSUP) { result = 0 }
            let code = errno
            close(descriptor)
            errno = code
            return result
        }
    }

    /// `fsync`, or on Apple systems `F_FULLFSYNC`, which also flushes the drive's cache.
    private static func sync(_ descriptor: Int32) -> Int32 {
        #if canImport(Darwin)
            if fcntl(descriptor, F_FULLFSYNC) == 0 { return 0 }
        #endif
        return fsync(descriptor)
    }

    /// Removes a file, or a folder with everything in it.
    private func removeTree(_ path: String, shown: String, counted: Bool = true) throws {
        func remove(_ call: () -> Int32) throws {
            if counted {
                try steps.perform(.removing, shown, call)
            } else if call() < 0 {
                throw FileSystemError(action: .removing, path: shown, code: errno)
            }
        }
        let kind = try PosixInputFileSystem.kind(of: path, follow: false)
        if kind == .missing { return }
        if kind == .folder {
            for name in try PosixInputFileSystem().entries(of: path) {
                try removeTree(path + "/" + name, shown: shown, counted: counted)
            }
            try remove { rmdir(path) }
        } else {
            try remove { unlink(path) }
        }
    }
}
