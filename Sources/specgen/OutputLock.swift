import Foundation

/// The lock that makes runs into one output folder take turns: the file `.<folder>.specgen-lock` beside the
/// folder (beside it, so that it can be taken before the folder exists), holding the pid of the run that writes.
/// The lock is named after the folder's real path, so that every spelling of one folder (through a symbolic link,
/// with `..` or a trailing slash) takes the same lock.
///
/// The file is created with `O_EXCL`, and its holder also keeps an advisory `flock` on it, which the system
/// releases when the holder dies however it dies. A lock file nobody holds is stale (its run was killed) and is
/// taken over; one that is held belongs to a live run, and the second run fails, naming it. (Where `flock` is not
/// supported, whether the pid in the file is alive decides.)
///
/// A run that only reads the folder (`generate --check`) takes the lock shared (``acquireShared(folder:display:)``):
/// it waits for a run that writes, reads beside other readers, and a run that starts writing meanwhile fails.
final class OutputLock {
    /// The lock file's path.
    let path: String
    private let descriptor: Int32
    /// Whether the lock is held shared, by a run that only reads.
    private let shared: Bool

    private init(path: String, descriptor: Int32, shared: Bool = false) {
        self.path = path
        self.descriptor = descriptor
        self.shared = shared
    }

    /// The real path of a folder: symbolic links resolved (the folder's own too), no `.` or `..`, no trailing
    /// slash. For a folder that does not exist yet, its parent's real path and its name; as given when neither
    /// exists.
    static func realFolder(_ folder: String) -> String {
        func real(_ path: String) -> String? {
            guard let resolved = realpath(path, nil) else { return nil }
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let trimmed = FileSystem.trimmingTrailingSlashes(folder)
        if let resolved = real(trimmed) { return resolved }
        let name = (trimmed as NSString).lastPathComponent
        guard name != "." && name != "..", let parent = real((trimmed as NSString).deletingLastPathComponent) else {
            return trimmed
        }
        return parent == "/" ? "/" + name : parent + "/" + name
    }

    /// The lock file's path for `folder`, and the path messages show for it.
    private static func lockPaths(folder: String, display: String) -> (path: String, shown: String) {
        let real = realFolder(folder)
        let path = Self.path(for: real)
        if real != folder { return (path, path) }
        let last = (display as NSString).lastPathComponent
        return (path, last == "." || last == ".." ? path : Self.path(for: display))
    }

    /// The lock file for `folder` (without a trailing slash): `.<name>.specgen-lock` in the same parent folder.
    static func path(for folder: String) -> String {
        guard let slash = folder.lastIndex(of: "/") else { return ".\(folder).specgen-lock" }
        return "\(folder[...slash]).\(folder[folder.index(after: slash)...]).specgen-lock"
    }

    /// Takes the lock of `folder`.
    ///
    /// - Parameters:
    ///   - folder: The output folder, absolute, without a trailing slash.
    ///   - display: The output folder as messages show it.
    ///   - steps: The write's steps (creating the lock file is one).
    /// - Throws: ``CommandError`` when another run holds the lock; ``FileSystemError`` when the file cannot be
    ///   created.
    static func acquire(folder: String, display: String, steps: WriteSteps) throws -> OutputLock {
        let (path, shown) = lockPaths(folder: folder, display: display)
        for _ in 0..<8 {
            var created = true
            var descriptor: Int32
            do {
                descriptor = try steps.perform(.locking, shown) {
                    open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
                }
            } catch let error as FileSystemError where error.code == EEXIST {
                created = false
                descriptor = open(path, O_RDWR | O_NOFOLLOW | O_CLOEXEC)
                if descriptor < 0 {
                    if errno == ENOENT { continue }  // released meanwhile
                    throw FileSystemError(action: .locking, path: shown, code: errno)
                }
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                // Held now. A file found rather than created is stale; make sure it is still the one at `path`
                // (its holder may have removed it just before releasing it).
                if !created && !isCurrent(descriptor, path: path) {
                    close(descriptor)
                    continue
                }
            } else if errno == EWOULDBLOCK || errno == EAGAIN {
                let error = busy(display: display, shown: shown, descriptor: descriptor)
                close(descriptor)
                throw error
            } else if !created {
                // No flock here: the pid decides.
                let holder = pid(in: descriptor)
                if let holder, holder != getpid(), kill(holder, 0) == 0 || errno == EPERM {
                    close(descriptor)
                    throw busy(display: display, shown: shown, holder: holder)
                }
                unlink(path)
                close(descriptor)
                continue
            }
            let text = Array("\(getpid())\n".utf8)
            _ = ftruncate(descriptor, 0)
            _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
            return OutputLock(path: path, descriptor: descriptor)
        }
        throw busy(display: display, shown: shown, holder: nil)
    }

    /// Takes the lock of `folder` shared, for a run that only reads the folder: readers hold it together; while a
    /// run writes, the reader waits for it (saying so on standard error), so that it never reads a half-written
    /// generation; a run that starts writing while a reader holds the lock fails.
    ///
    /// - Parameters:
    ///   - folder: The output folder, absolute, without a trailing slash.
    ///   - display: The output folder as messages show it.
    /// - Returns: The lock; `nil` where no lock file can be created beside the folder (its parent folder does not
    ///   exist or cannot be written, so no run can write the folder either) or `flock` is not supported.
    /// - Throws: ``CommandError`` when the lock file cannot be opened for another reason.
    static func acquireShared(folder: String, display: String) throws -> OutputLock? {
        let (path, shown) = lockPaths(folder: folder, display: display)
        var announced = false
        while true {
            var created = true
            var descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if descriptor < 0 && errno == EEXIST {
                created = false
                descriptor = open(path, O_RDWR | O_NOFOLLOW | O_CLOEXEC)
                if descriptor < 0 && errno == ENOENT { continue }  // released meanwhile
            }
            if descriptor < 0 {
                let code = errno
                if [ENOENT, ENOTDIR, EACCES, EPERM, EROFS].contains(code) { return nil }
                throw CommandError("cannot take the lock '\(shown)': \(String(cString: strerror(code)))")
            }
            if created {
                // Named as a reader's, so that a run that wants to write says who is in its way.
                let text = Array("\(getpid()) check\n".utf8)
                _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
            }
            if flock(descriptor, LOCK_SH | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK || errno == EAGAIN else {
                    close(descriptor)
                    return nil
                }
                if !announced {
                    let who = pid(in: descriptor).map { "another specgen run (pid \($0))" } ?? "another specgen run"
                    DiagnosticPrinter.printError("specgen: waiting for \(who) to finish writing '\(display)'")
                    announced = true
                }
                while flock(descriptor, LOCK_SH) != 0 && errno == EINTR {}
            }
            // The writer removes its lock file before letting go of it: take the one that is at the path now.
            guard isCurrent(descriptor, path: path) else {
                close(descriptor)
                continue
            }
            return OutputLock(path: path, descriptor: descriptor, shared: true)
        }
    }

    /// Removes the lock file, then lets go of it. A reader removes it only when no other run holds it.
    func release() {
        if shared {
            // Made exclusive only if no other reader holds it (the conversion is not atomic: failing, it may
            // leave the file, which the next run finds stale and takes over).
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 && Self.isCurrent(descriptor, path: path) { unlink(path) }
        } else {
            unlink(path)
        }
        close(descriptor)
    }

    private static func isCurrent(_ descriptor: Int32, path: String) -> Bool {
        var open = stat()
        var named = stat()
        guard fstat(descriptor, &open) == 0, lstat(path, &named) == 0 else { return false }
        return open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }

    /// The pid a lock file holds (its first word).
    private static func pid(in descriptor: Int32) -> pid_t? {
        holder(in: descriptor).pid
    }

    /// The pid a lock file holds, and whether it is a reader's (`<pid> check`).
    private static func holder(in descriptor: Int32) -> (pid: pid_t?, reads: Bool) {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return (nil, false) }
        let words = String(decoding: buffer[0..<count], as: UTF8.self).split(whereSeparator: \.isWhitespace)
        return (words.first.flatMap { pid_t($0) }, words.dropFirst().first == "check")
    }

    private static func busy(display: String, shown: String, descriptor: Int32) -> CommandError {
        let (holder, reads) = holder(in: descriptor)
        let who = holder.map { "another specgen run (pid \($0))" } ?? "another specgen run"
        return CommandError(
            "\(who) is \(reads ? "checking" : "writing") '\(display)'; wait until it finishes and run again (it "
                + "holds the lock '\(shown)'; nothing was written)")
    }

    private static func busy(display: String, shown: String, holder: pid_t?) -> CommandError {
        let who = holder.map { "another specgen run (pid \($0))" } ?? "another specgen run"
        return CommandError(
            "\(who) is writing '\(display)'; wait until it finishes and run again (it holds the "
                + "lock '\(shown)'; nothing was written)")
    }
}
