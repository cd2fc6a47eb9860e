import SpecgenSupport

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

/// Options that shape the emitted code.
public struct EmitOptions: Hashable, Sendable {
    /// The access level of generated declarations.
    public var accessModifier: AccessModifier
    /// The module generated code imports its support types from.
    public var runtimeModule: String
    /// The enum every generated type is nested in (`Osu` → `Osu.User`), or `nil` for top-level types.
    public var namespace: String?
    /// How much of a docs location doc comments name.
    public var sourceLocations: SourceLocationStyle
    /// Whether the models get the one-pass decoders (`init(json:)` and `init(jsonReader:)`).
    public var fastDecoders: Bool

    /// Creates options.
    public init(
        accessModifier: AccessModifier = .public, runtimeModule: String = "SpecgenRuntime",
        namespace: String? = nil, sourceLocations: SourceLocationStyle = .line, fastDecoders: Bool = true
    ) {
        self.accessModifier = accessModifier
        self.runtimeModule = runtimeModule
        self.namespace = namespace
        self.sourceLocations = sourceLocations
        self.fastDecoders = fastDecoders
    }

    /// The name by which code at file scope (an `extension`) names a generated type: `Osu.User`, or `User`.
    func qualified(_ typeName: String) -> String {
        namespace.map { "\($0).\(typeName)" } ?? typeName
    }

    /// `From `path:line`.` for a doc comment, as ``sourceLocations`` says; empty when it says `none`.
    func fromNote(_ location: SourceLocation) -> String {
        sourceLocations.text(for: location).map { "From `\($0)`." } ?? ""
    }
}
