import ConstructModels
import Foundation
import SpecModels
import SpecgenCore
import SpecgenIR
import SpecgenRuntime
import SpecgenSupport
import SpecgenTestSupport

/// A generated validator, as a function value.
typealias Validator = @Sendable (Data) -> [ValidationIssue]

/// A generated `isValid(json:)`, as a function value.
typealias ValidityCheck = @Sendable (Data) -> Bool

/// The generated validators of a golden folder, by type name, with the schema they were generated from.
struct GoldenModule: Sendable {
    /// The docs the folder is generated from.
    var docs: String
    /// The golden folder.
    var folder: String
    /// `T.validate(json:)` for every type `T` of the folder.
    var validators: [String: Validator]
    /// `T.isValid(json:)` for some types `T` of the folder (objects, tagged objects, enumerations, unions).
    var validityChecks: [String: ValidityCheck]

    /// The JSON Schema the generator wrote into the folder.
    var schemaPath: String { folder + "/schema.json" }

    /// The schema IR of the docs, read again, for the validator `specgen validate` runs.
    func readSchema() throws -> Schema {
        Generator().buildSchema(try Fixtures.inputs(under: docs), diagnostics: DiagnosticCollector())
    }

    /// `spec/` → `Tests/SpecModels/`.
    static let spec = GoldenModule(
        docs: "spec", folder: "Tests/SpecModels",
        validators: [
            "ChannelType": SpecModels.ChannelType.validate(json:),
            "ChatChannel": SpecModels.ChatChannel.validate(json:),
            "ChatChannelUserAttributes": SpecModels.ChatChannelUserAttributes.validate(json:),
            "ChatMessage": SpecModels.ChatMessage.validate(json:),
            "ChatMessageNewPayload": SpecModels.ChatMessageNewPayload.validate(json:),
            "ChatMessageType": SpecModels.ChatMessageType.validate(json:),
            "Group": SpecModels.Group.validate(json:),
            "GroupDescription": SpecModels.GroupDescription.validate(json:),
            "Notification": SpecModels.Notification.validate(json:),
            "NotificationBeatmapsetDiscussionLock": SpecModels.NotificationBeatmapsetDiscussionLock.validate(json:),
            "NotificationBeatmapsetDiscussionLockDetails": SpecModels.NotificationBeatmapsetDiscussionLockDetails
                .validate(json:),
            "NotificationBeatmapsetDiscussionPostNew": SpecModels.NotificationBeatmapsetDiscussionPostNew.validate(
                json:),
            "NotificationBeatmapsetDiscussionPostNewDetails": SpecModels.NotificationBeatmapsetDiscussionPostNewDetails
                .validate(json:),
            "NotificationBeatmapsetDiscussionUnlock": SpecModels.NotificationBeatmapsetDiscussionUnlock.validate(json:),
            "NotificationBeatmapsetDiscussionUnlockDetails": SpecModels.NotificationBeatmapsetDiscussionUnlockDetails
                .validate(json:),
            "NotificationBeatmapsetDisqualify": SpecModels.NotificationBeatmapsetDisqualify.validate(json:),
            "NotificationBeatmapsetDisqualifyDetails": SpecModels.NotificationBeatmapsetDisqualifyDetails.validate(
                json:),
            "NotificationBeatmapsetLove": SpecModels.NotificationBeatmapsetLove.validate(json:),
            "NotificationBeatmapsetLoveDetails": SpecModels.NotificationBeatmapsetLoveDetails.validate(json:),
            "NotificationBeatmapsetNominate": SpecModels.NotificationBeatmapsetNominate.validate(json:),
            "NotificationBeatmapsetNominateDetails": SpecModels.NotificationBeatmapsetNominateDetails.validate(json:),
            "NotificationBeatmapsetQualify": SpecModels.NotificationBeatmapsetQualify.validate(json:),
            "NotificationBeatmapsetQualifyDetails": SpecModels.NotificationBeatmapsetQualifyDetails.validate(json:),
            "NotificationBeatmapsetRemoveFromLoved": SpecModels.NotificationBeatmapsetRemoveFromLoved.validate(json:),
            "NotificationBeatmapsetRemoveFromLovedDetails": SpecModels.NotificationBeatmapsetRemoveFromLovedDetails
                .validate(json:),
            "NotificationBeatmapsetResetNominations": SpecModels.NotificationBeatmapsetResetNominations.validate(json:),
            "NotificationBeatmapsetResetNominationsDetails": SpecModels.NotificationBeatmapsetResetNominationsDetails
                .validate(json:),
            "NotificationChannelMessage": SpecModels.NotificationChannelMessage.validate(json:),
            "NotificationChannelMessageDetails": SpecModels.NotificationChannelMessageDetails.validate(json:),
            "NotificationForumTopicReply": SpecModels.NotificationForumTopicReply.validate(json:),
            "NotificationForumTopicReplyDetails": SpecModels.NotificationForumTopicReplyDetails.validate(json:),
            "NotificationName": SpecModels.NotificationName.validate(json:),
            "ReadPayload": SpecModels.ReadPayload.validate(json:),
            "UserAccountHistory": SpecModels.UserAccountHistory.validate(json:),
            "UserAccountHistoryType": SpecModels.UserAccountHistoryType.validate(json:),
            "UserBadge": SpecModels.UserBadge.validate(json:),
            "UserCompact": SpecModels.UserCompact.validate(json:),
            "UserCompactProfileBanner": SpecModels.UserCompactProfileBanner.validate(json:),
            "UserCompactRankHighest": SpecModels.UserCompactRankHighest.validate(json:),
            "UserGroup": SpecModels.UserGroup.validate(json:),
            "WebsocketEvent": SpecModels.WebsocketEvent.validate(json:),
        ],
        validityChecks: [
            "ChannelType": SpecModels.ChannelType.isValid(json:),
            "ChatChannel": SpecModels.ChatChannel.isValid(json:),
            "Notification": SpecModels.Notification.isValid(json:),
            "UserCompact": SpecModels.UserCompact.isValid(json:),
            "WebsocketEvent": SpecModels.WebsocketEvent.isValid(json:),
        ])

    /// `Tests/Fixtures/constructs/` → `Tests/ConstructModels/`.
    static let constructs = GoldenModule(
        docs: "Tests/Fixtures/constructs", folder: "Tests/ConstructModels",
        validators: [
            "BatchPayload": ConstructModels.Constructs.BatchPayload.validate(json:),
            "DrawingEvent": ConstructModels.Constructs.DrawingEvent.validate(json:),
            "Empty": ConstructModels.Constructs.Empty.validate(json:),
            "Leaf": ConstructModels.Constructs.Leaf.validate(json:),
            "Node": ConstructModels.Constructs.Node.validate(json:),
            "NodeOrLeaf": ConstructModels.Constructs.NodeOrLeaf.validate(json:),
            "OddNames": ConstructModels.Constructs.OddNames.validate(json:),
            "OddNamesHype": ConstructModels.Constructs.OddNamesHype.validate(json:),
            "OddNamesKind": ConstructModels.Constructs.OddNamesKind.validate(json:),
            "Pair": ConstructModels.Constructs.Pair.validate(json:),
            "PingPayload": ConstructModels.Constructs.PingPayload.validate(json:),
            "Pointers": ConstructModels.Constructs.Pointers.validate(json:),
            "Rank": ConstructModels.Constructs.Rank.validate(json:),
            "Shape": ConstructModels.Constructs.Shape.validate(json:),
            "ShapeCircle": ConstructModels.Constructs.ShapeCircle.validate(json:),
            "ShapeExtended": ConstructModels.Constructs.ShapeExtended.validate(json:),
            "ShapeKind": ConstructModels.Constructs.ShapeKind.validate(json:),
            "ShapeSquare": ConstructModels.Constructs.ShapeSquare.validate(json:),
            "Status": ConstructModels.Constructs.Status.validate(json:),
            "Type2": ConstructModels.Constructs.Type2.validate(json:),
        ],
        validityChecks: [
            "BatchPayload": ConstructModels.Constructs.BatchPayload.isValid(json:),
            "DrawingEvent": ConstructModels.Constructs.DrawingEvent.isValid(json:),
            "Node": ConstructModels.Constructs.Node.isValid(json:),
            "NodeOrLeaf": ConstructModels.Constructs.NodeOrLeaf.isValid(json:),
            "Shape": ConstructModels.Constructs.Shape.isValid(json:),
            "ShapeKind": ConstructModels.Constructs.ShapeKind.isValid(json:),
        ])
}
