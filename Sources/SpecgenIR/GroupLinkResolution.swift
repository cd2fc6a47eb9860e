/// What a link to a heading that only groups other declarations (a ``SpecDeclaration/Kind/container``) means, as a
/// dialect's rule decides (osu!'s docs link `CurrentUserAttributes` from `ChatChannel` to mean its member
/// `ChatChannelUserAttributes`).
public enum GroupLinkResolution: Hashable, Sendable {
    /// The member at this index of the members the rule was given.
    case member(Int)
    /// No member: the reason, worded to follow "'Group' only groups other types (A, B) and" in a warning.
    case unresolved(reason: String)

    /// The rule of docs that never link to a grouping heading to mean one of its members.
    public static func unresolved(
        to group: SpecDeclaration, members: [SpecDeclaration], from referrer: SpecDeclaration?
    ) -> GroupLinkResolution {
        .unresolved(reason: "the link does not say which one is meant")
    }
}
