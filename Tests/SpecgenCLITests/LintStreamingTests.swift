import Foundation
import SpecgenTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `specgen lint` on standard input, and in memory that does not grow with the size of the docs.
@Suite(.serialized) struct LintStreamingTests {
    static let alpha =
        "## Alpha\n\nSee [Beta](#beta) and [the héllo](#hello).\n\nField | Type\n--- | ---\nid | integer\n"

    @Test func standardInputIsLintedAsOneDocument() throws {
        let temp = try TemporaryFolder()
        let result = try SpecgenProcess.run(["lint", "--no-config", "-"], in: temp.url, input: Data(Self.alpha.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                <stdin>:3:12: warning: link '#beta' (Beta) leads to no heading or anchor in these docs [dangling-anchor]
                <stdin>:3:36: warning: link '#hello' (the héllo) leads to no heading or anchor in these docs [dangling-anchor]

                """)
        #expect(result.stderr.contains("specgen: 0 errors, 2 warnings in 1 files"))
        // `<stdin>` is not a path: absolute diagnostic paths leave it as it is.
        let absolute = try SpecgenProcess.run(
            ["lint", "--no-config", "--diagnostic-paths", "absolute", "--strict", "-"], in: temp.url,
            input: Data(Self.alpha.utf8))
        #expect(absolute.status == 1)
        #expect(absolute.stdout.hasPrefix("<stdin>:3:12: error: link '#beta'"))
        // SARIF counts columns in UTF-16 code units, from standard input's bytes too: 'é' is two bytes, one unit.
        let sarif = try SpecgenProcess.run(
            ["lint", "--no-config", "--format", "sarif", "-"], in: temp.url, input: Data(Self.alpha.utf8))
        let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any])
        let results = try #require(((log["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let columns = results.compactMap { result -> Int? in
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            return (location?["region"] as? [String: Any])?["startColumn"] as? Int
        }
        #expect(columns == [12, 35])
    }

    @Test func standardInputStandsInForTheFileThatStdinPathNames() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/alpha.md", "## Alpha\n\nSee [Beta](#beta).\n")
        try temp.write("docs/beta.md", "## Beta\n\nSee [Alpha](#alpha) and [Gamma](#gamma).\n")
        // The buffer replaces docs/alpha.md: its link to Beta resolves across files, its new link does not.
        let buffer = "## Alpha\n\nSee [Beta](#beta) and [Delta](#delta).\n"
        let replaced = try SpecgenProcess.run(
            ["lint", "--no-config", "--stdin-path", "docs/alpha.md", "docs", "-"], in: temp.url,
            input: Data(buffer.utf8))
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(
            replaced.stdout == """
                docs/alpha.md:3:31: warning: link '#delta' (Delta) leads to no heading or anchor in these docs [dangling-anchor]
                docs/beta.md:3:33: warning: link '#gamma' (Gamma) leads to no heading or anchor in these docs [dangling-anchor]

                """)
        #expect(replaced.stderr.contains("in 2 files"))
        // A name that is not among the inputs is a document of its own.
        let added = try SpecgenProcess.run(
            ["lint", "--no-config", "--stdin-path", "draft.md", "docs", "-"], in: temp.url,
            input: Data("## Draft\n\nSee [Gamma](#gamma).\n".utf8))
        #expect(added.stdout.contains("draft.md:3:13: warning: link '#gamma'"))
        #expect(added.stderr.contains("in 3 files"))
    }

    @Test func standardInputFlagsThatDoNotFitAreUsageErrors() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", Self.alpha)
        let twice = try SpecgenProcess.run(["lint", "-", "-"], in: temp.url, input: Data())
        #expect(twice.status == 64)
        #expect(twice.stderr.contains("Standard input ('-') can be read only once."))
        let name = try SpecgenProcess.run(["lint", "--stdin-path", "a.md", "docs"], in: temp.url)
        #expect(name.status == 64)
        #expect(name.stderr.contains("--stdin-path names standard input; give '-' among the inputs."))
        // Other commands still read `-` as a file name.
        let generate = try SpecgenProcess.run(["generate", "-", "--out", "out"], in: temp.url, input: Data())
        #expect(generate.status == 1)
        #expect(generate.stderr.contains("no such file or folder: '-'"))
    }

    /// 50 MB of docs are linted in bounded memory, and the peak hardly differs from that of 10 MB: each file is
    /// read when it is linted, and of it only what the rules across files need is kept.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status")))
    func memoryDoesNotGrowWithTheDocs() throws {
        let temp = try TemporaryFolder()
        var peaks: [Int: Int] = [:]
        for megabytes in [10, 50] {
            let folder = "docs\(megabytes)"
            let pages = try LargeDocs.write(megabytes: megabytes, into: temp.url.appendingPathComponent(folder))
            let run = try LintPeak.run(
                [
                    "lint", "--no-config", "--format", "json", "--path-root", temp.url.path,
                    temp.url.appendingPathComponent(folder).path,
                ], keepingErrorsIn: temp.url)
            #expect(run.status == 0, "\(run.stderr)")
            // Every page was linted: each has its own findings.
            let report = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
            let summary = try #require(report["summary"] as? [String: Any])
            #expect(summary["warnings"] as? Int == pages * LargeDocs.findingsPerPage, "\(run.stderr)")
            #expect(run.peakKilobytes > 0, "the peak memory of specgen was never read")
            peaks[megabytes] = run.peakKilobytes
        }
        let small = peaks[10] ?? 0
        let large = peaks[50] ?? 0
        #expect(large < 150_000, "peak memory \(large / 1000) MB for 50 MB of docs")
        // Kept whole, the docs' trees made the peak grow about as fast as the docs (over 4 times the peak of
        // 10 MB for 50 MB); streamed, what grows is the little kept per file.
        #expect(large < 2 * small, "peak memory \(small / 1000) MB for 10 MB of docs, \(large / 1000) MB for 50 MB")
    }
}

/// A large set of generated docs pages, each with a type, an enumeration, a JSON example, links to its own and
/// the next page's anchors, and long prose; each page has ``findingsPerPage`` dangling links.
enum LargeDocs {
    /// The findings each page yields.
    static let findingsPerPage = 3

    /// Writes pages of about 48 KB until they hold `megabytes` MB.
    ///
    /// - Returns: The number of pages.
    static func write(megabytes: Int, into folder: URL) throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let count = megabytes * 1_000_000 / 48_000
        var total = 0
        for index in 0..<count {
            let text = page(index, of: count)
            total += text.utf8.count
            try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "page%05d.md", index)))
        }
        precondition(total >= megabytes * 1_000_000 - 48_000)
        return count
    }

    static let prose =
        "The server keeps this record for as long as the owner keeps the account; clients read it when they open "
        + "the page and again when the page is refreshed. Nothing here is sent to other users unless they ask. "

    static func page(_ index: Int, of count: Int) -> String {
        let next = (index + 1) % count
        var text = """
            # Page \(index)

            This page describes [Entry\(index)](#entry\(index)) and links to [Entry\(next)](#entry\(next)).

            ## Entry\(index)

            \(prose)

            Field | Type | Description
            ----- | ---- | -----------
            id | integer | The identifier, unique among [Entry\(index)](#entry\(index)) records.
            name | string | The display name.
            kind | [Kind\(index)](#kind\(index)) | Which kind of entry it is.
            next | [Entry\(next)](#entry\(next))? | The next entry, if any.
            score | number | A score between 0 and 1.
            tags | string[] | Free-form tags.

            Optional attributes:

            Field | Type | Description
            ----- | ---- | -----------
            note | string? | A note from the owner.

            ```json
            {
              "id": \(index),
              "name": "entry \(index)",
              "kind": "alpha",
              "next": null,
              "score": 0.5,
              "tags": ["a", "b"]
            }
            ```

            ## Kind\(index)

            Name | Description
            ---- | -----------
            alpha | The first kind.
            beta | The second kind.

            ## Notes on Entry\(index)


            """
        var paragraph = 0
        while text.utf8.count < 48_000 {
            text += "\(prose)See [Entry\(index)](#entry\(index)) and [Kind\(index)](#kind\(index)).\n\n"
            if paragraph % 5 == 0 { text += "- \(prose)\n- another point about [Entry\(next)](#entry\(next)).\n\n" }
            if paragraph % 7 == 0 { text += "```\nGET /api/entries/\(index)\n```\n\n" }
            if paragraph < findingsPerPage {
                text += "The [retired entry](#retired-\(index)-\(paragraph)) is gone.\n\n"
            }
            paragraph += 1
        }
        return text
    }
}

/// Runs specgen and reads its peak memory.
enum LintPeak {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        /// `VmHWM` of the process in kB: its peak memory, of its own address space (`ru_maxrss` would count the
        /// test runner's memory, shared before `exec`).
        var peakKilobytes: Int
    }

    /// Runs specgen with its standard output on a pipe that is read only once output arrives. The output (more
    /// than a pipe holds) comes after all the work, so specgen is still running, blocked on the full pipe, when
    /// its peak is read then; it is also read while specgen works.
    ///
    /// - Parameters:
    ///   - arguments: The arguments (with absolute paths: specgen runs in the test's folder).
    ///   - directory: Where its standard error is kept.
    static func run(_ arguments: [String], keepingErrorsIn directory: URL) throws -> Result {
        let stderrPath = directory.appendingPathComponent("lint-stderr.txt").path
        var pipeEnds: [Int32] = [0, 0]
        #expect(pipe(&pipeEnds) == 0)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let all = [SpecgenProcess.executable.path] + arguments
        var argv: [UnsafeMutablePointer<CChar>?] = all.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, SpecgenProcess.executable.path, &actions, nil, &argv, environ)
        close(pipeEnds[1])
        defer { close(pipeEnds[0]) }
        guard spawned == 0 else {
            Issue.record("cannot start specgen: \(String(cString: strerror(spawned)))")
            return Result(status: -1, stdout: Data(), stderr: "", peakKilobytes: 0)
        }
        var peak = 0
        func sample() {
            guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
                let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                let value = Int(
                    line.dropFirst("VmHWM:".count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
            else { return }
            peak = max(peak, value)
        }
        // Until the first output, the peak is read ten times a second; then once more, while specgen waits for
        // the pipe to be read.
        var reader = pollfd(fd: pipeEnds[0], events: Int16(POLLIN), revents: 0)
        while poll(&reader, 1, 100) == 0 { sample() }
        sample()
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            output.append(contentsOf: buffer[0..<count])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        #expect(output.count > 1 << 16, "the output fits in a pipe, so the peak may have been read too early")
        let stderr = String(decoding: FileManager.default.contents(atPath: stderrPath) ?? Data(), as: UTF8.self)
        return Result(status: (status >> 8) & 0xFF, stdout: output, stderr: stderr, peakKilobytes: peak)
    }
}
