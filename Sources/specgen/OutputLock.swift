import Foundation

/// The lock that makes runs into one output folder take turns: the file `.<folder>.specgen-lock` beside the
/// folder (beside it, so that it can be taken before the folder exists), holding the pid of the run that writes.
///
/// The file is created with `O_EXCL`, and its holder also keeps an advisory `flock` on it, which the system
/// releases when the holder dies however it dies. A lock file nobody holds is stale (its run was killed) and is
/// taken over; one that is held belongs to a live run, and the second run fails, naming it. (Where `flock` is not
/// supported, whether the pid in the file is alive decides.)
final class OutputLock {
    /// The lock file's path.
    let path: String
    private let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
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
        let path = Self.path(for: folder)
        let last = (display as NSString).lastPathComponent
        let shown = last == "." || last == ".." ? path : Self.path(for: display)
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
                let holder = pid(in: descriptor)
                close(descriptor)
                throw busy(display: display, shown: shown, holder: holder)
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

    /// Removes the lock file, then lets go of it.
    func release() {
        unlink(path)
        close(descriptor)
    }

    private static func isCurrent(_ descriptor: Int32, path: String) -> Bool {
        var open = stat()
        var named = stat()
        guard fstat(descriptor, &open) == 0, lstat(path, &named) == 0 else { return false }
        return open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }

    private static func pid(in descriptor: Int32) -> pid_t? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return pid_t(text)
    }

    private static func busy(display: String, shown: String, holder: pid_t?) -> CommandError {
        let who = holder.map { "another specgen run (pid \($0))" } ?? "another specgen run"
        return CommandError(
            "\(who) is writing '\(display)'; wait until it finishes and run again (it holds the "
                + "lock '\(shown)'; nothing was written)")
    }
}
