/// One output file, in memory.
public struct RenderedFile: Hashable, Sendable {
    /// The file's path relative to the output folder.
    public var name: String
    /// The file's contents (UTF-8, `\n` line endings, a final newline).
    public var contents: String

    /// Creates a file.
    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}

/// The access level of generated declarations.
public enum AccessModifier: String, Hashable, Sendable, CaseIterable, Codable {
    case `public`
    case `package`
    case `internal`
}

/// Options that shape the emitted code.
public struct EmitOptions: Hashable, Sendable {
    /// The access level of generated declarations.
    public var accessModifier: AccessModifier
    /// The module generated code imports its support types from.
    public var runtimeModule: String

    /// Creates options.
    public init(accessModifier: AccessModifier = .public, runtimeModule: String = "SpecgenRuntime") {
        self.accessModifier = accessModifier
        self.runtimeModule = runtimeModule
    }
}
