import Foundation
import Testing

@testable import specgen

/// A `specgen` process the test can watch, pause (through the test hooks) and signal.
final class WatchedSpecgen {
    struct Outcome {
        /// The exit status, or the signal's number when `signaled`.
        var status: Int32
        var signaled: Bool
        var stdout: String
        var stderr: String
    }

    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private var stderrSoFar = Data()

    init(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        process.executableURL = SpecgenProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }

    /// Reads standard error until it contains `text` (or ends); returns what was read.
    @discardableResult
    func waitForStderr(containing text: String) -> String {
        while !String(decoding: stderrSoFar, as: UTF8.self).contains(text) {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            stderrSoFar += chunk
        }
        return String(decoding: stderrSoFar, as: UTF8.self)
    }

    /// Lets a paused run go on.
    func resume() {
        input.fileHandleForWriting.write(Data("\n".utf8))
    }

    /// Waits for the end.
    func finish() -> Outcome {
        try? input.fileHandleForWriting.close()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        stderrSoFar += errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderrSoFar, as: UTF8.self))
    }

    /// Runs to the end.
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Outcome {
        try WatchedSpecgen(arguments, in: directory, environment: environment).finish()
    }
}

/// Two generations of a small set of docs: v2 changes `a.md`, keeps `b.md`, drops `c.md` and adds `d.md`, so that
/// a write from one to the other replaces, keeps, removes and adds files.
struct Generations {
    let temp: TemporaryFolder
    /// The folder of v1 and of v2 as written into fresh folders: name to bytes, hidden files included.
    let old: [String: Data]
    let new: [String: Data]

    init() throws {
        temp = try TemporaryFolder()
        let table = "\n\nField | Type\n--- | ---\n"
        try temp.write("v1/a.md", "## Alpha\(table)id | integer\n")
        try temp.write("v1/b.md", "## Beta\(table)id | integer\n")
        try temp.write("v1/c.md", "## Gamma\(table)id | integer\n")
        try temp.write("v2/a.md", "## Alpha\(table)id | string\nname | string\n")
        try temp.write("v2/b.md", "## Beta\(table)id | integer\n")
        try temp.write("v2/d.md", "## Delta\(table)id | integer\n")
        for (docs, folder) in [("v1", "reference-old"), ("v2", "reference-new")] {
            let result = try WatchedSpecgen.run(
                ["generate", docs, "--path-root", docs, "--out", folder, "-q"],
                in: temp.url)
            #expect(result.status == 0, "\(result.stderr)")
        }
        old = Self.snapshot(temp.url.appendingPathComponent("reference-old"))
        new = Self.snapshot(temp.url.appendingPathComponent("reference-new"))
        #expect(old.count == 8 && new.count == 8 && old != new)
        #expect(old["B.swift"] != nil && old["B.swift"] == new["B.swift"])
    }

    var out: URL { temp.url.appendingPathComponent("out") }

    /// `specgen generate <docs> --out out`, with paths relative to the docs folder (so that both generations
    /// name `b.md` alike and its files are the same).
    func arguments(_ docs: String, out: String = "out", quiet: Bool = true) -> [String] {
        ["generate", docs, "--path-root", docs, "--out", out] + (quiet ? ["-q"] : [])
    }

    /// Runs specgen on `docs` into `out`.
    func run(_ docs: String, quiet: Bool = true, environment: [String: String] = [:]) throws
        -> WatchedSpecgen.Outcome
    {
        try WatchedSpecgen.run(arguments(docs, quiet: quiet), in: temp.url, environment: environment)
    }

    /// Starts specgen on `docs` into `out`.
    func start(_ docs: String, quiet: Bool = true, environment: [String: String] = [:]) throws -> WatchedSpecgen {
        try WatchedSpecgen(arguments(docs, quiet: quiet), in: temp.url, environment: environment)
    }

    /// Every entry of a folder with its bytes (a folder inside maps to empty data under `name/`).
    static func snapshot(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] {
            var isDirectory: ObjCBool = false
            let path = folder.appendingPathComponent(name).path
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            result[isDirectory.boolValue ? name + "/" : name] = FileManager.default.contents(atPath: path) ?? Data()
        }
        return result
    }

    /// Puts the old generation in `out`, written by specgen itself.
    func resetToOld() throws {
        try? FileManager.default.removeItem(at: out)
        let result = try run("v1")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.snapshot(out) == old)
    }

    /// What specgen leaves beside `out` (lock files, folders built aside).
    var besideOut: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: temp.url.path)) ?? []).filter { $0.hasPrefix(".out.") }
    }

    /// The inode of a file (to tell a file left alone from one replaced by an identical copy).
    func inode(_ name: String) -> UInt64? {
        var info = stat()
        guard stat(out.appendingPathComponent(name).path, &info) == 0 else { return nil }
        return UInt64(info.st_ino)
    }

    /// Checks that `out`, as the next run sees it (after recovery), is exactly one generation; returns which.
    @discardableResult
    func expectOneGeneration(_ context: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String? {
        try OutputWriter(folder: out.path).recover()
        let state = Self.snapshot(out)
        #expect(besideOut.isEmpty, "\(context): left beside the folder: \(besideOut)", sourceLocation: sourceLocation)
        if state == old { return "old" }
        if state == new { return "new" }
        if state.isEmpty && !FileManager.default.fileExists(atPath: out.path) { return "none" }
        Issue.record(
            "\(context): the folder is neither generation: \(state.keys.sorted())",
            sourceLocation: sourceLocation)
        return nil
    }
}

@Suite(.serialized) struct OutputTransactionTests {
    /// Kills a real run after every step of its write phase, updating an existing folder: the next run sees the old
    /// or the new generation, never a mix, and succeeds; unchanged files are never rewritten.
    @Test func aKillAtAnyStepLeavesOneGeneration() throws {
        let generations = try Generations()
        var outcomes: [String] = []
        var step = 1
        while true {
            try generations.resetToOld()
            let unchangedInode = generations.inode("B.swift")
            let crashed = try generations.run("v2", environment: ["SPECGEN_TEST_CRASH_AFTER": String(step)])
            if !crashed.signaled {
                // Past the last step: the run completed.
                #expect(crashed.status == 0, "\(crashed.stderr)")
                #expect(Generations.snapshot(generations.out) == generations.new)
                break
            }
            #expect(crashed.status == SIGKILL)
            let seen = try generations.expectOneGeneration("killed after step \(step)")
            outcomes.append(seen ?? "?")
            #expect(generations.inode("B.swift") == unchangedInode, "B.swift was rewritten (step \(step))")
            // The next run, with either generation's docs, succeeds and writes exactly that generation.
            let docs = step.isMultiple(of: 2) ? "v2" : "v1"
            let next = try generations.run(docs)
            #expect(next.status == 0, "after step \(step): \(next.stderr)")
            #expect(Generations.snapshot(generations.out) == (docs == "v2" ? generations.new : generations.old))
            step += 1
            if step > 400 {
                Issue.record("the write never completed")
                break
            }
        }
        // The kills fell both before and after the commit point.
        #expect(outcomes.contains("old") && outcomes.contains("new"), "\(outcomes)")
        #expect(outcomes.count > 20)
    }

    /// Kills a run that builds a new folder: afterwards there is no folder or the complete new one.
    @Test func aKillWhileBuildingANewFolderLeavesNoneOrAll() throws {
        let generations = try Generations()
        var outcomes: [String] = []
        for step in 1...200 {
            try? FileManager.default.removeItem(at: generations.out)
            let crashed = try generations.run("v2", environment: ["SPECGEN_TEST_CRASH_AFTER": String(step)])
            if !crashed.signaled {
                #expect(crashed.status == 0, "\(crashed.stderr)")
                break
            }
            outcomes.append(try generations.expectOneGeneration("killed after step \(step)") ?? "?")
            let next = try generations.run("v2")
            #expect(next.status == 0, "after step \(step): \(next.stderr)")
            #expect(Generations.snapshot(generations.out) == generations.new)
        }
        #expect(outcomes.contains("none") && outcomes.contains("new"), "\(outcomes)")
        #expect(!outcomes.contains("?"))
    }

    /// Kills a run after its commit point, then kills the run that completes it at each of its own steps: the
    /// journal is applied again from wherever it stopped.
    @Test func aKillDuringRecoveryIsRecoveredToo() throws {
        let generations = try Generations()
        // Find the first step after which a journal is in place.
        var committedStep: Int?
        for step in 1...200 {
            try generations.resetToOld()
            let crashed = try generations.run("v2", environment: ["SPECGEN_TEST_CRASH_AFTER": String(step)])
            // Killed after the step, or (past the last step) completed.
            #expect(crashed.signaled ? crashed.status == SIGKILL : crashed.status == 0, "\(crashed.stderr)")
            if FileManager.default.fileExists(atPath: generations.out.appendingPathComponent(".specgen-journal").path) {
                committedStep = step
                break
            }
        }
        let first = try #require(committedStep)
        // The next run says what it found.
        let completing = try generations.run("v2")
        #expect(completing.status == 0)
        #expect(
            completing.stderr
                == "specgen: note: completed the write of an interrupted run in 'out' (its journal)\n")
        try generations.resetToOld()
        let killed = try generations.run("v2", environment: ["SPECGEN_TEST_CRASH_AFTER": "2"])
        #expect(killed.signaled && killed.status == SIGKILL)
        #expect(generations.temp.list("out").contains(".specgen-tmp-0"))
        let cleaning = try generations.run("v2")
        #expect(cleaning.status == 0)
        #expect(cleaning.stderr == "specgen: note: removed 1 temporary file that an interrupted run left in 'out'\n")
        for recoveryStep in 1...100 {
            try generations.resetToOld()
            let interrupted = try generations.run("v2", environment: ["SPECGEN_TEST_CRASH_AFTER": String(first + 2)])
            #expect(
                interrupted.signaled ? interrupted.status == SIGKILL : interrupted.status == 0,
                "\(interrupted.stderr)")
            let second = try generations.run("v1", environment: ["SPECGEN_TEST_CRASH_AFTER": String(recoveryStep)])
            if !second.signaled {
                #expect(second.status == 0, "\(second.stderr)")
                #expect(Generations.snapshot(generations.out) == generations.old)
                break
            }
            // Killed while completing the first run (the new generation) or while writing the old one again.
            #expect(try generations.expectOneGeneration("recovery killed after step \(recoveryStep)") != nil)
        }
    }

    /// A write that fails half way (a full disk, injected at every step) reports what failed and where, and leaves
    /// the old generation, or, past the commit point, a journal the next run completes.
    @Test func aFullDiskAtAnyStepIsReportedAndRecovered() throws {
        let generations = try Generations()
        var messages: Set<String> = []
        for step in 0...400 {
            try generations.resetToOld()
            let failed = try generations.run("v2", quiet: false, environment: ["SPECGEN_TEST_FAIL_AFTER": String(step)])
            if failed.status == 0 {
                #expect(Generations.snapshot(generations.out) == generations.new)
                break
            }
            #expect(failed.status == 1)
            #expect(!failed.stderr.contains("CommandError"), "\(failed.stderr)")
            let line = try #require(failed.stderr.split(separator: "\n").last.map(String.init))
            #expect(line.hasPrefix("specgen: error: disk full while "), "\(line)")
            messages.insert(line)
            if line.hasSuffix("'out' is unchanged") {
                #expect(Generations.snapshot(generations.out) == generations.old, "after failing step \(step + 1)")
            } else {
                #expect(
                    line.hasSuffix(
                        "the change is recorded in 'out/.specgen-journal' and the next run completes it"))
                #expect(try generations.expectOneGeneration("failed at step \(step + 1)") == "new")
            }
            #expect(generations.besideOut.isEmpty)
        }
        #expect(messages.contains("specgen: error: disk full while writing 'out/A.swift'; 'out' is unchanged"))
        #expect(messages.contains { $0.contains("the next run completes it") })
        // Other errors say what they are.
        try generations.resetToOld()
        let denied = try generations.run(
            "v2", quiet: false, environment: ["SPECGEN_TEST_FAIL_AFTER": "3", "SPECGEN_TEST_FAIL_ERRNO": "\(EACCES)"])
        #expect(denied.status == 1)
        #expect(denied.stderr.contains("specgen: error: permission denied while writing 'out/"))
        #expect(Generations.snapshot(generations.out) == generations.old)
    }

    /// SIGINT and SIGTERM during the write phase: before the commit point the run removes what it prepared and
    /// exits 130 or 143 with the folder unchanged; after it, the run completes the new generation first.
    @Test(arguments: [SIGINT, SIGTERM])
    func signalsStopTheWriteCleanly(signal: Int32) throws {
        let generations = try Generations()
        var outcomes: Set<String> = []
        for step in stride(from: 1, through: 400, by: 3) {
            try generations.resetToOld()
            let run = try generations.start("v2", quiet: false, environment: ["SPECGEN_TEST_PAUSE_AFTER": String(step)])
            let text = run.waitForStderr(containing: "paused after step")
            if !text.contains("paused after step") {
                // No such step: the run completed.
                #expect(run.finish().status == 0)
                break
            }
            let journal = FileManager.default.fileExists(
                atPath: generations.out.appendingPathComponent(".specgen-journal").path)
            kill(run.pid, signal)
            let outcome = run.finish()
            #expect(
                !outcome.signaled && outcome.status == 128 + signal,
                "step \(step): \(outcome.status) \(outcome.stdout) \(outcome.stderr)")
            let name = signal == SIGINT ? "SIGINT" : "SIGTERM"
            #expect(generations.besideOut.isEmpty, "step \(step)")
            let left = Generations.snapshot(generations.out)
            if outcome.stderr.contains("specgen: interrupted by \(name) after the new files were committed") {
                #expect(left == generations.new, "step \(step)")
                outcomes.insert("new")
            } else {
                #expect(outcome.stderr.contains("specgen: interrupted by \(name); 'out' is unchanged"))
                // With a journal in place the run is committed: it cannot go back.
                #expect(!journal, "step \(step)")
                #expect(left == generations.old, "step \(step): \(left.keys.sorted())")
                outcomes.insert("old")
            }
        }
        #expect(outcomes == ["old", "new"])
    }

    /// Two runs into one folder: while one writes, the other fails, naming it, and changes nothing.
    @Test func aSecondRunIntoTheSameFolderFailsClearly() throws {
        let generations = try Generations()
        try generations.resetToOld()
        let first = try generations.start("v2", environment: ["SPECGEN_TEST_PAUSE_AFTER": "3"])
        first.waitForStderr(containing: "paused after step 3")
        let second = try WatchedSpecgen.run(
            generations.arguments("v1", out: "out/", quiet: false),
            in: generations.temp.url)
        #expect(second.status == 1)
        #expect(
            second.stderr.contains(
                "specgen: error: another specgen run (pid \(first.pid)) is writing 'out'; wait until it finishes"))
        first.resume()
        let outcome = first.finish()
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(Generations.snapshot(generations.out) == generations.new)
        #expect(generations.besideOut.isEmpty)
    }

    /// Runs started together: each one fails clearly or succeeds, and the folder ends as one generation.
    @Test func concurrentRunsEndWithOneGeneration() throws {
        let generations = try Generations()
        for round in 0..<6 {
            let runs = try ["v1", "v2", "v1", "v2"].map {
                try generations.start($0)
            }
            let outcomes = runs.map { $0.finish() }
            for outcome in outcomes where outcome.status != 0 {
                #expect(outcome.stderr.contains("is writing 'out'; wait until it finishes"), "\(outcome.stderr)")
            }
            #expect(outcomes.contains { $0.status == 0 }, "round \(round)")
            let state = Generations.snapshot(generations.out)
            #expect(state == generations.old || state == generations.new, "round \(round): \(state.keys.sorted())")
            #expect(generations.besideOut.isEmpty)
        }
    }

    /// A lock file left by a run that died (its pid no longer runs, nobody holds it) is taken over.
    @Test func aStaleLockIsTakenOver() throws {
        let generations = try Generations()
        try generations.resetToOld()
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/sh")
        gone.arguments = ["-c", "exit 0"]
        try gone.run()
        gone.waitUntilExit()
        try generations.temp.write(".out.specgen-lock", "\(gone.processIdentifier)\n")
        let result = try generations.run("v2")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Generations.snapshot(generations.out) == generations.new)
        #expect(generations.besideOut.isEmpty)
    }

    /// Leftovers of an interrupted run without a complete journal are rolled back: temporary files go, visible
    /// files stay as they were.
    @Test func anIncompleteJournalIsRolledBack() throws {
        let generations = try Generations()
        try generations.resetToOld()
        let complete = OutputJournal(changes: [
            .rename(temporary: ".specgen-tmp-0", name: "A.swift"),
            .remove(name: "C.swift"),
        ]).text
        try generations.temp.write("out/.specgen-tmp-0", "// half written")
        try generations.temp.write("out/.specgen-tmp-7", "// stray")
        try generations.temp.write("out/.specgen-journal", String(complete.dropLast(5)))
        #expect(try generations.expectOneGeneration("incomplete journal") == "old")
        // A complete one is applied.
        try generations.temp.write("out/.specgen-tmp-0", "// new A\n")
        try generations.temp.write("out/.specgen-journal", complete)
        try OutputWriter(folder: generations.out.path).recover()
        #expect(generations.temp.read("out/A.swift") == "// new A\n")
        #expect(generations.temp.read("out/C.swift") == nil)
        #expect(generations.temp.list("out").filter { $0.hasPrefix(".specgen-") } == [".specgen-manifest"])
    }

    @Test func journalsAreCheckedWhenRead() throws {
        let journal = OutputJournal(changes: [
            .rename(temporary: ".specgen-tmp-3", name: "A.swift"),
            .remove(name: "Old.swift"),
        ])
        #expect(OutputJournal(bytes: Array(journal.text.utf8)) == journal)
        #expect(OutputJournal(bytes: Array(journal.text.dropLast().utf8)) == nil)
        #expect(OutputJournal(bytes: Array(journal.text.replacingOccurrences(of: "Old", with: "Odd").utf8)) == nil)
        for bad in [
            OutputJournal(changes: [.remove(name: "../outside.swift")]),
            OutputJournal(changes: [.remove(name: "/etc/passwd")]),
            OutputJournal(changes: [.rename(temporary: "A.swift", name: "B.swift")]),
        ] {
            #expect(OutputJournal(bytes: Array(bad.text.utf8)) == nil)
        }
    }

    /// Manifest entries that are not plain relative paths to regular files inside the folder are located errors,
    /// and nothing is removed.
    @Test func manifestEntriesAreChecked() throws {
        let generations = try Generations()
        try generations.resetToOld()
        try generations.temp.write("outside.txt", "keep\n")
        try generations.temp.write("out/folder/user.txt", "keep\n")
        try FileManager.default.createSymbolicLink(
            atPath: generations.out.appendingPathComponent("link").path,
            withDestinationPath: "../outside.txt")
        try FileManager.default.createSymbolicLink(
            atPath: generations.out.appendingPathComponent("up").path,
            withDestinationPath: "..")
        let manifest = generations.out.appendingPathComponent(".specgen-manifest")
        let original = try String(contentsOf: manifest, encoding: .utf8)
        try (original + "../outside.txt\n/etc/hostname\n.\nfolder\nlink\nup/outside.txt\n.specgen-journal\n")
            .write(to: manifest, atomically: false, encoding: .utf8)
        let first = original.split(separator: "\n", omittingEmptySubsequences: false).count
        let before = Generations.snapshot(generations.out)
        let result = try generations.run("v2", quiet: false)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        let expected = [
            "out/.specgen-manifest:\(first):1: error: '../outside.txt' leaves the output folder ('..')",
            "out/.specgen-manifest:\(first + 1):1: error: '/etc/hostname' is an absolute path; entries name files "
                + "inside the output folder",
            "out/.specgen-manifest:\(first + 2):1: error: '.' is not a plain path ('.' names a folder)",
            "out/.specgen-manifest:\(first + 3):1: error: 'folder' is a folder; specgen writes only files",
            "out/.specgen-manifest:\(first + 4):1: error: 'link' is a symbolic link; specgen writes only regular files",
            "out/.specgen-manifest:\(first + 5):1: error: 'up/outside.txt' lies below the symbolic link 'up'",
            "out/.specgen-manifest:\(first + 6):1: error: '.specgen-journal' is specgen's own bookkeeping file, not "
                + "a generated file",
            "specgen: error: 'out/.specgen-manifest' lists entries specgen cannot trust; fix or remove those lines "
                + "('out' is unchanged)",
        ]
        #expect(lines == expected)
        #expect(Generations.snapshot(generations.out) == before)
        #expect(generations.temp.read("outside.txt") == "keep\n")
        #expect(generations.temp.read("out/folder/user.txt") == "keep\n")
    }
}

/// Unreadable docs are errors with their location, for every command that reads docs.
@Suite(.serialized) struct UnreadableInputTests {
    /// How to run specgen as an unprivileged user when the tests run as root (mode 000 does not stop root).
    static let unprivileged: [String]? = {
        if geteuid() != 0 { return [] }
        for tool in ["/usr/bin/setpriv", "/bin/setpriv"] where FileManager.default.isExecutableFile(atPath: tool) {
            return [tool, "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        for tool in ["/usr/sbin/runuser", "/sbin/runuser"] where FileManager.default.isExecutableFile(atPath: tool) {
            return [tool, "-u", "nobody", "--"]
        }
        return nil
    }()

    /// Runs specgen, as an unprivileged user when running as root.
    static func run(_ arguments: [String], in directory: URL) throws -> WatchedSpecgen.Outcome {
        let prefix = try #require(unprivileged)
        let process = Process()
        let command = prefix + [SpecgenProcess.executable.path] + arguments
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.currentDirectoryURL = directory
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return WatchedSpecgen.Outcome(
            status: process.terminationStatus, signaled: false,
            stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Gives the folder to the unprivileged user, so that it can write the output.
    static func handOver(_ folder: URL) throws {
        guard geteuid() == 0 else { return }
        let paths =
            [folder.path]
            + (FileManager.default.subpaths(atPath: folder.path) ?? []).map {
                folder.appendingPathComponent($0).path
            }
        for path in paths {
            #expect(chown(path, 65534, 65534) == 0)
        }
    }

    @Test(.enabled(if: unprivileged != nil, "needs setpriv or runuser to drop root's privileges"))
    func anUnreadableFolderOrFileIsAnErrorForEveryCommand() throws {
        let temp = try TemporaryFolder()
        let table = "\n\nField | Type\n--- | ---\n"
        try temp.write("docs/a.md", "## Alpha\(table)id | integer\n")
        try temp.write("docs/structures/b.md", "## Beta\(table)id | integer\n")
        try temp.write("docs/c.md", "## Gamma\(table)id | integer\n")
        try Self.handOver(temp.url)
        let first = try Self.run(["generate", "docs", "--out", "out", "-q"], in: temp.url)
        #expect(first.status == 0, "\(first.stderr)")
        let before = Generations.snapshot(temp.url.appendingPathComponent("out"))
        #expect(before.keys.contains("B.swift"))

        let structures = temp.url.appendingPathComponent("docs/structures").path
        let gamma = temp.url.appendingPathComponent("docs/c.md").path
        let commands: [[String]] = [
            ["generate", "docs", "--out", "out"], ["lint", "docs"], ["dump", "docs"],
            ["validate", "--spec", "docs", "payload.json"],
        ]
        try temp.write("payload.json", "{}")
        try Self.handOver(temp.url)
        // A folder and a file at mode 000: both are reported by one run, and the output stays as it was.
        #expect(chmod(structures, 0) == 0 && chmod(gamma, 0) == 0)
        defer { chmod(structures, 0o755) }
        for command in commands {
            let result = try Self.run(command, in: temp.url)
            #expect(result.status == 1, "\(command)")
            #expect(
                result.stderr.split(separator: "\n") == [
                    "docs/structures: error: cannot read this folder: permission denied",
                    "docs/c.md: error: cannot read this file: permission denied",
                ], "\(command): \(result.stderr)")
        }
        #expect(Generations.snapshot(temp.url.appendingPathComponent("out")) == before)
        // A folder that can be listed but not searched (mode 444).
        #expect(chmod(structures, 0o444) == 0 && chmod(gamma, 0o644) == 0)
        let unsearchable = try Self.run(["generate", "docs", "--out", "out"], in: temp.url)
        #expect(unsearchable.status == 1)
        #expect(unsearchable.stderr.contains("docs/structures: error: cannot read this folder: permission denied"))
        // A file alone.
        #expect(chmod(structures, 0o755) == 0 && chmod(gamma, 0) == 0)
        for command in commands {
            let result = try Self.run(command, in: temp.url)
            #expect(result.status == 1, "\(command)")
            #expect(
                result.stderr.contains("docs/c.md: error: cannot read this file: permission denied"),
                "\(command): \(result.stderr)")
        }
        #expect(Generations.snapshot(temp.url.appendingPathComponent("out")) == before)
        // Readable again: the run succeeds and changes nothing.
        #expect(chmod(gamma, 0o644) == 0)
        let again = try Self.run(["generate", "docs", "--out", "out"], in: temp.url)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("(0 written, 7 unchanged, 0 removed)"))
    }
}

/// A file system double: folders, files, links, and paths that fail with an `errno`.
struct FakeInputFileSystem: InputFileSystem {
    var folders: Set<String> = []
    var files: [String: String] = [:]
    /// Symbolic links and their resolved targets.
    var links: [String: String] = [:]
    var failing: [String: Int32] = [:]

    private func check(_ path: String) throws {
        if let code = failing[path] { throw FileSystemError(action: .reading, path: path, code: code) }
    }

    func kind(of path: String) throws -> FileKind {
        if let target = links[path] { return try kind(of: target) }
        return try linkKind(of: path)
    }

    func linkKind(of path: String) throws -> FileKind {
        if links[path] != nil { return .symbolicLink }
        if folders.contains(path) { return .folder }
        return files[path] != nil ? .file : .missing
    }

    func entries(of folder: String) throws -> [String] {
        try check(folder)
        let all = Array(folders) + Array(files.keys) + Array(links.keys)
        return all.filter { ($0 as NSString).deletingLastPathComponent == folder }
            .map { ($0 as NSString).lastPathComponent }
    }

    func contents(of path: String) throws -> [UInt8] {
        try check(path)
        guard let text = files[links[path] ?? path] else {
            throw FileSystemError(action: .reading, path: path, code: ENOENT)
        }
        return Array(text.utf8)
    }
}

struct InputCollectorTests {
    let fileSystem = FakeInputFileSystem(
        folders: ["docs", "docs/structures", "docs/.hidden", "elsewhere"],
        files: [
            "docs/a.md": "a", "docs/structures/b.md": "b", "docs/.hidden/c.md": "c", "docs/notes.txt": "n",
            "elsewhere/e.md": "e",
        ],
        links: ["docs/linked": "elsewhere", "docs/e.md": "elsewhere/e.md", "docs/gone.md": "nowhere.md"],
        failing: [:])

    @Test func everyUnreadablePlaceIsReported() throws {
        var broken = fileSystem
        broken.links["docs/gone.md"] = nil
        broken.failing = ["docs/structures": EACCES]
        let collector = InputCollector(fileSystem: broken)
        #expect(throws: InputCollector.Unreadable.self) { try collector.markdownFiles(in: ["docs"]) }
        do {
            _ = try collector.markdownFiles(in: ["docs"])
        } catch let error as InputCollector.Unreadable {
            #expect(
                error.problems == [
                    InputCollector.Problem(
                        path: "docs/structures", isFolder: true,
                        reason: "permission denied")
                ])
            #expect(error.problems[0].message == "cannot read this folder: permission denied")
        }
        broken.failing = ["docs/a.md": EIO]
        let reader = InputCollector(fileSystem: broken)
        let paths = try reader.markdownFiles(in: ["docs"])
        #expect(paths == ["docs/a.md", "docs/e.md", "docs/structures/b.md"])
        do {
            _ = try reader.contents(of: paths)
            Issue.record("an unreadable file was read")
        } catch let error as InputCollector.Unreadable {
            #expect(error.problems.map(\.message) == ["cannot read this file: input/output error"])
        }
    }

    @Test func linksAreFollowedToFilesOnlyAndADanglingOneIsAnError() throws {
        do {
            _ = try InputCollector(fileSystem: fileSystem).markdownFiles(in: ["docs"])
            Issue.record("a dangling link was skipped")
        } catch let error as InputCollector.Unreadable {
            #expect(error.problems.map(\.path) == ["docs/gone.md"])
        }
        var healthy = fileSystem
        healthy.links["docs/gone.md"] = nil
        // Hidden folders and other files are skipped, a link to a file is read, a link to a folder is not followed.
        #expect(
            try InputCollector(fileSystem: healthy).markdownFiles(in: ["docs"])
                == ["docs/a.md", "docs/e.md", "docs/structures/b.md"])
    }
}
