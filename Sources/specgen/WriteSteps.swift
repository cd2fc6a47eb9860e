import Foundation

/// The signal received during the write phase (0: none). Set by ``recordSignal(_:)``, read by ``WriteSteps``.
nonisolated(unsafe) private var receivedSignal: Int32 = 0

/// The signal handler of the write phase: remembers the signal; the writer acts on it between two steps.
private func recordSignal(_ signal: Int32) {
    receivedSignal = signal
}

/// Every change the output writer makes to the file system is one step, performed through ``perform(_:_:_:)``. The
/// steps are where the writer notices SIGINT, SIGTERM and SIGHUP (before its commit point it then rolls back; after
/// it, it finishes), and they give specgen's tests deterministic points at which to stop a real run.
///
/// Test hooks (environment variables read by specgen's own tests; they are not a user interface):
/// - `SPECGEN_TEST_CRASH_AFTER=N`: right after step N the process kills itself with SIGKILL, as `kill -9`, a crash
///   or a power cut would stop it.
/// - `SPECGEN_TEST_FAIL_AFTER=N`: step N + 1 fails without being performed, with the `errno`
///   `SPECGEN_TEST_FAIL_ERRNO` gives (default `ENOSPC`: a full disk).
/// - `SPECGEN_TEST_PAUSE_AFTER=N`: right after step N specgen prints `specgen: test hook: paused after step N (pid P)`
///   to standard error and waits until standard input has data or ends, or a signal arrives.
final class WriteSteps {
    /// Ends a write that a signal interrupted before its commit point.
    struct Interrupted: Error {
        /// The signal.
        var signal: Int32
    }

    /// The steps performed so far.
    private(set) var count = 0
    /// Whether a signal stops the write at the next step; off once the new generation is committed.
    var interruptible = true
    private let crashAfter: Int?
    private let failAfter: Int?
    private let failCode: Int32
    private let pauseAfter: Int?
    private var previousHandlers: [(Int32, (@convention(c) (Int32) -> Void)?)] = []
    private var previousMask = sigset_t()

    /// Steps with the test hooks `environment` sets.
    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        crashAfter = environment["SPECGEN_TEST_CRASH_AFTER"].flatMap { Int($0) }
        failAfter = environment["SPECGEN_TEST_FAIL_AFTER"].flatMap { Int($0) }
        failCode = environment["SPECGEN_TEST_FAIL_ERRNO"].flatMap { Int32($0) } ?? ENOSPC
        pauseAfter = environment["SPECGEN_TEST_PAUSE_AFTER"].flatMap { Int($0) }
    }

    /// The signals the write phase handles.
    static let handledSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the write phase's signal handlers (they only record the signal) and lets the signals through on
    /// this thread even if the parent process blocked them (a parent that spawns from a worker thread often passes
    /// a mask blocking them). A signal the parent made the process ignore stays ignored.
    func installSignalHandlers() {
        receivedSignal = 0
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for number in Self.handledSignals {
            let previous = signal(number, recordSignal)
            if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                signal(number, previous)
                continue
            }
            previousHandlers.append((number, previous))
            sigaddset(&unblocked, number)
        }
        pthread_sigmask(SIG_UNBLOCK, &unblocked, &previousMask)
    }

    /// Restores the handlers and the signal mask that were in place before ``installSignalHandlers()``.
    func restoreSignalHandlers() {
        pthread_sigmask(SIG_SETMASK, &previousMask, nil)
        for (number, handler) in previousHandlers { signal(number, handler) }
        previousHandlers = []
    }

    /// The signal received since ``installSignalHandlers()``, if any.
    var signalReceived: Int32? { receivedSignal == 0 ? nil : receivedSignal }

    /// Throws ``Interrupted`` when a signal arrived and the write can still be abandoned.
    func checkInterruption() throws {
        if interruptible, let signal = signalReceived { throw Interrupted(signal: signal) }
    }

    /// Performs one step: a system call returning a negative number and setting `errno` on failure.
    ///
    /// - Parameters:
    ///   - action: What the step does, for the error message.
    ///   - path: The path the step concerns, as messages show it.
    ///   - call: The system call.
    /// - Returns: What the call returned.
    /// - Throws: ``FileSystemError`` when the call fails, ``Interrupted`` when a signal came before it.
    @discardableResult
    func perform(_ action: FileSystemError.Action, _ path: String, _ call: () -> Int32) throws -> Int32 {
        try checkInterruption()
        if let failAfter, count == failAfter {
            count += 1
            throw FileSystemError(action: action, path: path, code: failCode)
        }
        let result = call()
        let code = errno
        count += 1
        if result < 0 { throw FileSystemError(action: action, path: path, code: code) }
        afterStep()
        return result
    }

    /// The crash and pause hooks.
    private func afterStep() {
        if let crashAfter, count == crashAfter {
            kill(getpid(), SIGKILL)
        }
        if let pauseAfter, count == pauseAfter {
            let note = "specgen: test hook: paused after step \(count) (pid \(getpid()))\n"
            FileHandle.standardError.write(Data(note.utf8))
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            while receivedSignal == 0 {
                if poll(&descriptor, 1, 20) > 0 {
                    var byte: UInt8 = 0
                    _ = read(STDIN_FILENO, &byte, 1)
                    break
                }
            }
        }
    }
}
