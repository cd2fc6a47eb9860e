import Foundation
import SpecgenTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `specgen validate` on standard input, FIFOs and large streams.
@Suite(.serialized) struct ValidateStreamingTests {
    static let docs = "## Alpha\n\nField | Type\n--- | ---\nid | integer\n"

    @Test func standardInputIsReadForADash() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", Self.docs)
        let lines = try SpecgenProcess.run(
            ["validate", "--spec", "docs", "--type", "Alpha", "--lines", "-"],
            in: temp.url, input: Data("{\"id\": 1}\n\n{\"id\": \"x\"}\n{}".utf8))
        #expect(lines.status == 1)
        #expect(
            lines.stdout == """
                -:3: /id: expected an integer, found "x" [docs/a.md:5]
                -:4: /id: required key "id" is missing [docs/a.md:5]

                """)
        #expect(lines.stderr.contains("specgen: 3 payloads checked as Alpha: 2 with issues (2 issues)"))
        let document = try SpecgenProcess.run(
            ["validate", "--spec", "docs", "--type", "Alpha", "-"], in: temp.url,
            input: Data("{\n  \"id\": 1.5\n}\n".utf8))
        #expect(document.status == 1)
        #expect(document.stdout == "-:2: /id: expected an integer, found 1.5 [docs/a.md:5]\n")
        let good = try SpecgenProcess.run(
            ["validate", "--spec", "docs", "--type", "Alpha", "-"], in: temp.url,
            input: Data("{\"id\": 2}".utf8))
        #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
    }

    @Test func aFIFOIsReadLikeAFile() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", Self.docs)
        let fifo = temp.url.appendingPathComponent("capture.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // The writer blocks until specgen opens the FIFO, so it runs beside it.
        let writer = Thread {
            let descriptor = open(fifo, O_WRONLY)
            guard descriptor >= 0 else { return }
            let text = Array("{\"id\": 1}\n{\"id\": true}\n".utf8)
            _ = text.withUnsafeBytes { write(descriptor, $0.baseAddress!, $0.count) }
            close(descriptor)
        }
        writer.start()
        let result = try SpecgenProcess.run(
            [
                "validate", "--spec", "docs", "--type", "Alpha", "--lines",
                "capture.fifo",
            ], in: temp.url)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout == "capture.fifo:2: /id: expected an integer, found true [docs/a.md:5]\n")
        #expect(result.stderr.contains("2 payloads checked as Alpha: 1 with issues"))
    }

    /// 150 MB of JSON Lines through a pipe: the peak memory of the process stays far below the input's size, and
    /// every issue is found on its line.
    @Test func aLargeStreamIsCheckedInBoundedMemory() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", Self.docs + "name | string\n")
        let docs = temp.url.appendingPathComponent("docs").path
        let stdout = temp.url.appendingPathComponent("stdout.txt").path
        let stderr = temp.url.appendingPathComponent("stderr.txt").path
        var pipeEnds: [Int32] = [0, 0]
        #expect(pipe(&pipeEnds) == 0)
        signal(SIGPIPE, SIG_IGN)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], 0)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let arguments = [
            SpecgenProcess.executable.path, "validate", "--spec", docs, "--path-root", temp.url.path,
            "--type", "Alpha", "--lines", "-",
        ]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        #expect(posix_spawn(&pid, SpecgenProcess.executable.path, &actions, nil, &argv, environ) == 0)
        close(pipeEnds[0])

        // Lines of 64 KiB (a long string each), every 100th with a wrong type.
        let padding = String(repeating: "a", count: 65_000)
        let good = Array("{\"id\": 1, \"name\": \"\(padding)\"}\n".utf8)
        let bad = Array("{\"id\": \"1\", \"name\": \"\(padding)\"}\n".utf8)
        let lineCount = 150_000_000 / good.count
        var expected = ""
        var failure: Int32 = 0
        // The peak memory of the process since it started specgen (`VmHWM` belongs to the executable's own address
        // space, unlike `ru_maxrss`, which counts the test runner's memory shared before `exec`). It never
        // decreases, so sampling it as the stream goes, and once all but the pipe's buffer was consumed, gives the
        // peak of the whole read.
        var peakKilobytes = 0
        func samplePeak() {
            #if os(Linux)
                guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
                    let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
                    let value = Int(
                        line.dropFirst("VmHWM:".count).split(whereSeparator: { $0 == " " || $0 == "\t" })
                            .first ?? "")
                else { return }
                peakKilobytes = max(peakKilobytes, value)
            #endif
        }
        for line in 1...lineCount {
            if line % 256 == 0 { samplePeak() }
            let bytes = line % 100 == 0 ? bad : good
            if line % 100 == 0 { expected += "-:\(line): /id: expected an integer, found \"1\" [docs/a.md:5]\n" }
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { write(pipeEnds[1], $0.baseAddress! + offset, $0.count - offset) }
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                offset += written
            }
            if failure != 0 { break }
        }
        samplePeak()
        close(pipeEnds[1])
        var status: Int32 = 0
        #expect(waitpid(pid, &status, 0) == pid)
        #expect(failure == 0, "writing to specgen failed: \(String(cString: strerror(failure)))")
        let exitStatus = (status >> 8) & 0xFF
        #expect(
            exitStatus == 1,
            "\(String(decoding: FileManager.default.contents(atPath: stderr) ?? Data(), as: UTF8.self))")
        #expect(String(decoding: FileManager.default.contents(atPath: stdout) ?? Data(), as: UTF8.self) == expected)
        #expect(lineCount * good.count >= 150_000_000 - good.count)
        #if os(Linux)
            #expect(peakKilobytes > 0, "the peak memory of specgen was never read")
            #expect(peakKilobytes < 100_000, "peak memory \(peakKilobytes / 1000) MB for a 150 MB stream")
        #endif
    }
}
