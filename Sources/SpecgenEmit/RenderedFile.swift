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

/// The access level of generated declarations.
public enum AccessModifier: String, Hashable, Sendable, CaseIterable, Codable {
    case `public`
    case `package`
    case `internal`
}

/// How much of a docs location generated doc comments name (`From `spec/user.md:12`.`).
///
/// Only the doc comments follow it: the locations validators report in their issues (and `x-spec-location` in
/// `schema.json`) always name the line, because they are how a finding is traced back to the docs.
public enum SourceLocationStyle: String, Hashable, Sendable, CaseIterable, Codable {
    /// The file and the line (`spec/user.md:12`): the default.
    case line
    /// The file only (`spec/user.md`), so that checked-in code does not change when prose above moves.
    case file
    /// No location at all.
    case none

    /// The text a doc comment names for a location, or `nil` when it names none.
    public func text(for location: SourceLocation) -> String? {
        switch self {
        case .line: return location.fileLine
        case .file: return location.path
        case .none: return nil
        }
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

    /// Creates options.
    public init(
        accessModifier: AccessModifier = .public, runtimeModule: String = "SpecgenRuntime",
        namespace: String? = nil, sourceLocations: SourceLocationStyle = .line
    ) {
        self.accessModifier = accessModifier
        self.runtimeModule = runtimeModule
        self.namespace = namespace
        self.sourceLocations = sourceLocations
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
