import Foundation
import Testing

@testable import specgen

/// The output folder's lock: `generate --check` reads under it, and every spelling of one folder takes one lock.
@Suite(.serialized) struct OutputLockTests {
    /// A check started while a run writes waits for it, then reads the new generation.
    @Test func aCheckWaitsForTheRunThatWrites() throws {
        let generations = try Generations()
        try generations.resetToOld()
        let writer = try generations.start("v2", environment: ["SPECGEN_TEST_PAUSE_AFTER": "3"])
        writer.waitForStderr(containing: "paused after step 3")
        let check = try WatchedSpecgen(
            generations.arguments("v2", quiet: false) + ["--check"], in: generations.temp.url)
        check.waitForStderr(
            containing: "specgen: waiting for another specgen run (pid \(writer.pid)) to finish writing 'out'")
        writer.resume()
        let written = writer.finish()
        #expect(written.status == 0, "\(written.stderr)")
        let checked = check.finish()
        // Read before the write ended, the folder would have been the old generation: every change listed.
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        #expect(checked.stdout.isEmpty)
        #expect(checked.stderr.contains("specgen: out is up to date (7 files)"))
        #expect(generations.besideOut.isEmpty)
    }

    /// While a check reads, a run that writes fails clearly and changes nothing; readers share the lock, and the
    /// last one removes it.
    @Test func aWriteFailsWhileACheckReads() throws {
        let generations = try Generations()
        try generations.resetToOld()
        let folder = generations.out.path
        let first = try #require(try OutputLock.acquireShared(folder: folder, display: "out"))
        let second = try #require(try OutputLock.acquireShared(folder: folder, display: "out"))
        let blocked = try generations.run("v2", quiet: false)
        #expect(blocked.status == 1)
        #expect(
            blocked.stderr.contains(
                "specgen: error: another specgen run (pid \(getpid())) is checking 'out'; wait until it finishes"),
            "\(blocked.stderr)")
        #expect(Generations.snapshot(generations.out) == generations.old)
        first.release()
        #expect(generations.besideOut == [".out.specgen-lock"])
        second.release()
        #expect(generations.besideOut.isEmpty)
        let written = try generations.run("v2")
        #expect(written.status == 0, "\(written.stderr)")
        #expect(Generations.snapshot(generations.out) == generations.new)
    }

    /// A check of a folder whose parent does not exist needs no lock, and creates nothing.
    @Test func aCheckOfAFolderThatCannotExistYetTakesNoLock() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", "## Alpha\n\nField | Type\n--- | ---\nid | integer\n")
        let result = try SpecgenProcess.run(["generate", "docs", "--out", "missing/out", "--check"], in: temp.url)
        #expect(result.status == 1)
        #expect(result.stdout == "added: A+Validation.swift\nadded: A.swift\nadded: schema.json\n")
        #expect(temp.list("").sorted() == ["docs"])
    }

    /// A symbolic link to the folder, `..` in its path and a trailing slash all name the one lock of its real path.
    @Test func everySpellingOfAFolderTakesOneLock() throws {
        let generations = try Generations()
        try generations.resetToOld()
        let root = generations.temp.url.path
        try FileManager.default.createDirectory(
            atPath: root + "/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: "out")
        try FileManager.default.createSymbolicLink(atPath: root + "/up", withDestinationPath: "sub")
        let real = OutputLock.realFolder(root + "/out")
        for spelling in ["out/", "sub/../out", "link", "link/", "up/../out", "./out//"] {
            #expect(OutputLock.realFolder(root + "/" + spelling) == real, "\(spelling)")
        }
        // A folder that does not exist yet: its parent's real path and its name.
        #expect(OutputLock.realFolder(root + "/up/new/") == OutputLock.realFolder(root + "/sub") + "/new")

        // While a run writes into `out`, runs into the same folder spelt otherwise fail and change nothing.
        let writer = try generations.start("v2", environment: ["SPECGEN_TEST_PAUSE_AFTER": "3"])
        writer.waitForStderr(containing: "paused after step 3")
        for spelling in ["link", "link/", "sub/../out"] {
            let second = try WatchedSpecgen.run(
                generations.arguments("v1", out: spelling, quiet: false), in: generations.temp.url)
            #expect(second.status == 1, "\(spelling)")
            #expect(
                second.stderr.contains("another specgen run (pid \(writer.pid)) is writing"),
                "\(spelling): \(second.stderr)")
        }
        writer.resume()
        let outcome = writer.finish()
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(Generations.snapshot(generations.out) == generations.new)
        #expect(generations.besideOut.isEmpty)
    }
}
