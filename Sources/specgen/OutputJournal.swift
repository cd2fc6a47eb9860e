import Foundation

/// The names specgen keeps in the output folder besides the generated files.
enum OutputNames {
    /// The list of the files specgen wrote; it replaces or removes only these.
    static let manifest = ".specgen-manifest"
    /// The changes of a write in progress; present only between a write's commit point and its end.
    static let journal = ".specgen-journal"
    /// The prefix of the files a write prepares before it renames them into place.
    static let temporaryPrefix = ".specgen-tmp-"

    /// Whether `name` is one of specgen's own bookkeeping files rather than a generated file.
    static func isReserved(_ name: String) -> Bool {
        name == manifest || name == journal || name.hasPrefix(temporaryPrefix)
    }

    /// Whether `name` is a temporary file's name: the prefix and digits.
    static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(temporaryPrefix) && name.count > temporaryPrefix.count
            && name.dropFirst(temporaryPrefix.count).allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Why `name` is not a plain relative path to a file inside the output folder, or `nil` when it is one:
    /// components separated by `/`, none empty, `.` or `..`, no control characters, not absolute.
    static func problem(with name: String) -> String? {
        if name.hasPrefix("/") { return "'\(name)' is an absolute path; entries name files inside the output folder" }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "'\(name)' contains a control character"
        }
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        if components.contains("..") { return "'\(name)' leaves the output folder ('..')" }
        if components.contains(".") { return "'\(name)' is not a plain path ('.' names a folder)" }
        if name.hasSuffix("/") { return "'\(name)' names a folder; specgen writes only files" }
        if components.contains("") { return "'\(name)' is not a plain path (an empty component)" }
        return nil
    }
}

/// The plan of a write, made durable before any visible file changes: the renames of prepared temporary files over
/// their final names and the removals, in order.
///
/// Its text is a header line, one line per change (`rename<TAB>temporary<TAB>name` or `remove<TAB>name`), and an
/// `end` line with the number of changes and a checksum of everything before it. A journal without a valid `end`
/// line is incomplete: the write it describes never reached its commit point.
struct OutputJournal: Equatable {
    /// One change to the output folder.
    enum Change: Equatable {
        /// Rename the prepared file `temporary` to `name`.
        case rename(temporary: String, name: String)
        /// Remove the file `name`.
        case remove(name: String)
    }

    /// The changes, in the order they are applied.
    var changes: [Change]

    private static let header = "specgen-journal 1"

    /// The journal's text.
    var text: String {
        var body = Self.header + "\n"
        for change in changes {
            switch change {
            case .rename(let temporary, let name): body += "rename\t\(temporary)\t\(name)\n"
            case .remove(let name): body += "remove\t\(name)\n"
            }
        }
        return body + "end\t\(changes.count)\t\(Self.checksum(body))\n"
    }

    /// Reads a journal; `nil` when it is incomplete, damaged, or names anything but plain paths and temporary files.
    init?(bytes: [UInt8]) {
        guard let text = String(bytes: bytes, encoding: .utf8), text.hasSuffix("\n") else { return nil }
        var lines = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 2, lines[0] == Self.header else { return nil }
        let end = lines.removeLast().split(separator: "\t", omittingEmptySubsequences: false)
        let body = lines.joined(separator: "\n") + "\n"
        guard end.count == 3, end[0] == "end", Int(end[1]) == lines.count - 1, end[2] == Self.checksum(body)
        else { return nil }
        var changes: [Change] = []
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch (fields.first, fields.count) {
            case ("rename", 3):
                guard OutputNames.isTemporary(fields[1]), OutputNames.problem(with: fields[2]) == nil else {
                    return nil
                }
                changes.append(.rename(temporary: fields[1], name: fields[2]))
            case ("remove", 2):
                guard OutputNames.problem(with: fields[1]) == nil, !OutputNames.isReserved(fields[1]) else {
                    return nil
                }
                changes.append(.remove(name: fields[1]))
            default:
                return nil
            }
        }
        self.changes = changes
    }

    /// A journal of `changes`.
    init(changes: [Change]) {
        self.changes = changes
    }

    /// FNV-1a (64 bits) of the UTF-8 text, in hexadecimal.
    private static func checksum(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }
}
