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
}
