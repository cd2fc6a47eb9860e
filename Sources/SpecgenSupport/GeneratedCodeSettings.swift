// Settings of generated code that the configuration reads and the emitters follow. They live at the bottom of the
// layers so that reading a configuration does not depend on the emitters.

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
