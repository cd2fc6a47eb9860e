import Foundation

/// Path helpers.
enum FileSystem {
    /// The absolute, standardized form of a path.
    static func absolute(_ path: String) -> String {
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        return url.standardizedFileURL.path
    }

    /// The path relative to `root` when it lies below it, else the absolute path.
    static func displayPath(_ path: String, relativeTo root: String) -> String {
        let absolutePath = absolute(path)
        let absoluteRoot = absolute(root)
        let prefix = absoluteRoot.hasSuffix("/") ? absoluteRoot : absoluteRoot + "/"
        if absolutePath.hasPrefix(prefix) { return String(absolutePath.dropFirst(prefix.count)) }
        return absolutePath
    }

    /// `path` without trailing slashes (`/` stays `/`).
    static func trimmingTrailingSlashes(_ path: String) -> String {
        var result = Substring(path)
        while result.count > 1 && result.hasSuffix("/") { result = result.dropLast() }
        return String(result)
    }

    /// `folder/name`, without a doubled slash.
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}

/// A system call that failed: what specgen was doing, to which path (as the user wrote it), and why.
///
/// Its description reads as the middle of an error message: "disk full while writing 'Generated/Chat.swift'".
struct FileSystemError: Error, CustomStringConvertible {
    /// What specgen was doing.
    enum Action: String {
        case reading
        case listing
        case writing
        case creating
        case replacing
        case removing
        case syncing
        case locking
    }

    /// What specgen was doing.
    var action: Action
    /// The path concerned, as messages show it.
    var path: String
    /// The `errno` of the failed call.
    var code: Int32

    /// "disk full while writing 'path'".
    var description: String { "\(Self.reason(code)) while \(action.rawValue) '\(path)'" }

    /// A short, lower-case reason for an `errno`, worded for users ("disk full", "permission denied").
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOSPC: return "disk full"
        case EDQUOT: return "disk quota exceeded"
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "read-only file system"
        case ENOENT: return "no such file or folder"
        case ENOTDIR: return "a part of the path is not a folder"
        case EISDIR: return "is a folder"
        case ELOOP: return "too many symbolic links"
        case EIO: return "input/output error"
        case EMFILE, ENFILE: return "too many open files"
        case ENAMETOOLONG: return "file name too long"
        default:
            let text = String(cString: strerror(code))
            return text.prefix(1).lowercased() + text.dropFirst()
        }
    }
}

/// The type of a file system entry.
enum FileKind: Equatable {
    case missing
    case file
    case folder
    case symbolicLink
    /// A FIFO, socket or device.
    case other

    /// The kind a `stat` mode describes.
    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .file
        case S_IFDIR: self = .folder
        case S_IFLNK: self = .symbolicLink
        default: self = .other
        }
    }
}

/// What reading the docs needs from the file system. Commands use ``PosixInputFileSystem``; tests substitute a
/// double to inject failures (an unreadable folder, a file that vanishes) that cannot be produced as root.
protocol InputFileSystem {
    /// The kind of the entry at `path`, following symbolic links; ``FileKind/missing`` when there is none.
    /// - Throws: ``FileSystemError`` when the entry cannot be examined (for example a folder on its path cannot be
    ///   searched).
    func kind(of path: String) throws -> FileKind

    /// The kind of the entry at `path` itself, without following a symbolic link.
    func linkKind(of path: String) throws -> FileKind

    /// The names in a folder (without `.` and `..`), in no particular order.
    func entries(of folder: String) throws -> [String]

    /// The bytes of a file.
    func contents(of path: String) throws -> [UInt8]
}

/// ``InputFileSystem`` over POSIX calls, reporting every failure with its `errno`.
struct PosixInputFileSystem: InputFileSystem {
    func kind(of path: String) throws -> FileKind { try Self.kind(of: path, follow: true) }

    func linkKind(of path: String) throws -> FileKind { try Self.kind(of: path, follow: false) }

    /// `stat` or `lstat`, with a missing entry as ``FileKind/missing``.
    static func kind(of path: String, follow: Bool) throws -> FileKind {
        var info = stat()
        if (follow ? stat(path, &info) : lstat(path, &info)) == 0 { return FileKind(mode: info.st_mode) }
        let code = errno
        if code == ENOENT || code == ENOTDIR { return .missing }
        throw FileSystemError(action: .reading, path: path, code: code)
    }

    func entries(of folder: String) throws -> [String] {
        guard let directory = opendir(folder) else {
            throw FileSystemError(action: .listing, path: folder, code: errno)
        }
        defer { closedir(directory) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { throw FileSystemError(action: .listing, path: folder, code: errno) }
                break
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    func contents(of path: String) throws -> [UInt8] {
        try Self.read(path, display: path)
    }

    /// Reads a whole file; failures name `display`.
    static func read(_ path: String, display: String, noFollow: Bool = false) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | (noFollow ? O_NOFOLLOW : 0))
        guard descriptor >= 0 else { throw FileSystemError(action: .reading, path: display, code: errno) }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            throw FileSystemError(action: .reading, path: display, code: EISDIR)
        }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(action: .reading, path: display, code: errno)
            }
            if count == 0 { break }
            bytes += buffer[0..<count]
        }
        return bytes
    }
}
