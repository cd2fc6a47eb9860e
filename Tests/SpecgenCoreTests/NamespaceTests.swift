import Foundation
import SpecgenCore
import SpecgenEmit
import SpecgenIR
import SpecgenSupport
import SpecgenTestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Runs the generator on Markdown given as text.
private func generate(
    _ files: [String: String], emit: EmitOptions = EmitOptions(),
    outputs: Set<OutputKind> = Set(OutputKind.builtIn)
) -> GenerationResult {
    let inputs = files.map { InputFile(path: $0.key, contents: Array($0.value.utf8)) }
    return Generator(options: GeneratorOptions(outputs: outputs, emit: emit)).generate(inputs)
}

private let notificationDocs = """
    ## Notification

    Field | Type   | Description
    ----- | ------ | -----------
    id    | number | |
    name  | string | |
    """

/// A one-field table under a heading.
private func docs(_ heading: String) -> String {
    "## \(heading)\n\nField | Type | Description\n--- | --- | ---\nid | number | |\n"
}

private let groupDocs = """
    ## Group

    Field        | Type                          | Description
    ------------ | ----------------------------- | -----------
    id           | number                        | |
    notification | [Notification](#notification) | |
    """

@Suite struct NamespaceTests {
    @Test func typesAreDeclaredInExtensionsOfTheNamespace() throws {
        let result = generate(
            ["docs/group.md": groupDocs, "docs/notification.md": notificationDocs],
            emit: EmitOptions(namespace: "Osu"))
        #expect(!result.hasErrors)
        let group = try #require(result.files.first { $0.name == "Group.swift" }).contents
        let notification = try #require(result.files.first { $0.name == "Notification.swift" }).contents
        // The first document's models file declares the namespace, and only it.
        #expect(group.contains("\npublic enum Osu {}\n"))
        #expect(!notification.contains("enum Osu"))
        #expect(group.contains("\nextension Osu {\n    /// From `docs/group.md:1`.\n    public struct Group: "))
        // References go through the namespace, so that extensions at file scope find the types.
        #expect(group.contains("    public var notification: Osu.Notification\n"))
        #expect(group.contains("\nextension Osu.Group: SpecgenRuntime.JSONFastDecodable {\n"))
        let validators = try #require(result.files.first { $0.name == "Group+Validation.swift" }).contents
        #expect(validators.contains("\nextension Osu.Group {\n"))
        #expect(validators.contains("try Osu.Notification.specgenValidate(&reader"))
        // Every line of a declaration is indented inside the extension.
        let inside = group.components(separatedBy: "\nextension Osu {\n")[1].components(separatedBy: "\n}\n")[0]
        for line in inside.split(separator: "\n") { #expect(line.hasPrefix("    "), "\(line)") }
    }

    @Test func withoutANamespaceNothingChanges() throws {
        let result = generate(["docs/group.md": groupDocs])
        let group = try #require(result.files.first { $0.name == "Group.swift" }).contents
        #expect(!group.contains("enum Osu") && !group.contains("extension Osu"))
        #expect(group.contains("\n/// From `docs/group.md:1`.\npublic struct Group: "))
        #expect(group.contains("\nextension Group: SpecgenRuntime.JSONFastDecodable {\n"))
    }

    @Test func theNamespaceTakesTheAccessLevel() throws {
        let result = generate(
            ["docs/group.md": groupDocs, "docs/notification.md": notificationDocs],
            emit: EmitOptions(accessModifier: .package, namespace: "API"))
        let group = try #require(result.files.first { $0.name == "Group.swift" }).contents
        #expect(group.contains("\npackage enum API {}\n"))
    }

    @Test func aTypeNamedLikeTheNamespaceIsAnError() {
        let result = generate(
            ["docs/osu.md": docs("Osu")],
            emit: EmitOptions(namespace: "Osu"))
        #expect(result.hasErrors)
        #expect(result.files.isEmpty)
        #expect(
            result.diagnostics.map(\.description).contains(
                "docs/osu.md:1:1: error: the type 'Osu' has the name of the namespace; choose another 'namespace' or give "
                    + "the type another Swift name in 'typeNames'"))
    }
}

@Suite struct ShadowingWarningTests {
    @Test func aTypeThatShadowsFoundationIsAWarningAtItsHeading() {
        let result = generate(["spec/structures/notification.md": notificationDocs])
        #expect(
            result.diagnostics.map(\.description) == [
                "spec/structures/notification.md:1:1: warning: the type 'Notification' shadows Foundation's "
                    + "'Notification' in code that imports both; set 'namespace' in the configuration (for example "
                    + "'namespace: Osu') to nest the generated types"
            ])
        #expect(!result.hasErrors)
    }

    @Test func theStandardLibraryIsNamed() {
        let result = generate(["result.md": docs("Result")])
        #expect(
            result.diagnostics.map(\.message).first?.contains("shadows the Swift standard library's 'Result'")
                == true)
    }

    @Test func aNamespaceSilencesIt() {
        #expect(
            generate(["notification.md": notificationDocs], emit: EmitOptions(namespace: "Osu")).diagnostics
                .isEmpty)
    }

    @Test func onlySwiftOutputsWarn() {
        #expect(generate(["notification.md": notificationDocs], outputs: [.schema]).diagnostics.isEmpty)
    }

    /// Every name on the list is a type of the module it is listed under: each is named here through its module,
    /// so a name that is not (any more) a type there stops this file from compiling.
    @Test func everyListedNameIsARealType() {
        let swift: [String: Any.Type] = [
            "Array": Swift.Array<Int>.self, "Bool": Swift.Bool.self, "Character": Swift.Character.self,
            "ClosedRange": Swift.ClosedRange<Int>.self, "Codable": (any Swift.Codable).self,
            "CodingKey": (any Swift.CodingKey).self, "Collection": (any Swift.Collection).self,
            "Comparable": (any Swift.Comparable).self, "Decodable": (any Swift.Decodable).self,
            "Decoder": (any Swift.Decoder).self, "Dictionary": Swift.Dictionary<Int, Int>.self,
            "Double": Swift.Double.self, "Duration": Swift.Duration.self, "Encodable": (any Swift.Encodable).self,
            "Encoder": (any Swift.Encoder).self, "Equatable": (any Swift.Equatable).self,
            "Error": (any Swift.Error).self, "Float": Swift.Float.self, "Hashable": (any Swift.Hashable).self,
            "Identifiable": (any Swift.Identifiable).self, "Int": Swift.Int.self, "Int8": Swift.Int8.self,
            "Int16": Swift.Int16.self, "Int32": Swift.Int32.self, "Int64": Swift.Int64.self,
            "Never": Swift.Never.self, "Optional": Swift.Optional<Int>.self, "Range": Swift.Range<Int>.self,
            "Result": Swift.Result<Int, any Swift.Error>.self, "Sendable": (any Swift.Sendable).self,
            "Sequence": (any Swift.Sequence).self, "Set": Swift.Set<Int>.self, "String": Swift.String.self,
            "Substring": Swift.Substring.self, "Task": Swift.Task<Int, Never>.self, "UInt": Swift.UInt.self,
            "UInt8": Swift.UInt8.self, "UInt16": Swift.UInt16.self, "UInt32": Swift.UInt32.self,
            "UInt64": Swift.UInt64.self, "Void": Swift.Void.self,
        ]
        var foundation: [String: Any.Type] = [
            "AttributedString": Foundation.AttributedString.self, "Bundle": Foundation.Bundle.self,
            "Calendar": Foundation.Calendar.self, "CharacterSet": Foundation.CharacterSet.self,
            "Data": Foundation.Data.self, "Date": Foundation.Date.self,
            "DateComponents": Foundation.DateComponents.self, "DateFormatter": Foundation.DateFormatter.self,
            "DateInterval": Foundation.DateInterval.self, "Decimal": Foundation.Decimal.self,
            "FileHandle": Foundation.FileHandle.self, "FileManager": Foundation.FileManager.self,
            "Formatter": Foundation.Formatter.self, "Host": Foundation.Host.self,
            "IndexPath": Foundation.IndexPath.self, "IndexSet": Foundation.IndexSet.self,
            "InputStream": Foundation.InputStream.self, "JSONDecoder": Foundation.JSONDecoder.self,
            "JSONEncoder": Foundation.JSONEncoder.self, "JSONSerialization": Foundation.JSONSerialization.self,
            "Locale": Foundation.Locale.self, "Measurement": Foundation.Measurement<Foundation.UnitLength>.self,
            "Notification": Foundation.Notification.self, "NotificationCenter": Foundation.NotificationCenter.self,
            "NumberFormatter": Foundation.NumberFormatter.self, "Operation": Foundation.Operation.self,
            "OperationQueue": Foundation.OperationQueue.self, "OutputStream": Foundation.OutputStream.self,
            "Pipe": Foundation.Pipe.self, "Port": Foundation.Port.self, "Process": Foundation.Process.self,
            "ProcessInfo": Foundation.ProcessInfo.self, "Progress": Foundation.Progress.self,
            "PropertyListDecoder": Foundation.PropertyListDecoder.self,
            "PropertyListEncoder": Foundation.PropertyListEncoder.self, "RunLoop": Foundation.RunLoop.self,
            "Scanner": Foundation.Scanner.self, "Stream": Foundation.Stream.self, "Thread": Foundation.Thread.self,
            "TimeInterval": Foundation.TimeInterval.self, "TimeZone": Foundation.TimeZone.self,
            "Timer": Foundation.Timer.self, "Unit": Foundation.Unit.self, "URL": Foundation.URL.self,
            "URLComponents": Foundation.URLComponents.self, "URLQueryItem": Foundation.URLQueryItem.self,
            "URLRequest": URLRequest.self, "URLResponse": URLResponse.self, "HTTPURLResponse": HTTPURLResponse.self,
            "URLSession": URLSession.self, "UserDefaults": Foundation.UserDefaults.self,
            "UUID": Foundation.UUID.self,
        ]
        if #available(macOS 14, iOS 17, *) { foundation["Predicate"] = Foundation.Predicate<Int>.self }
        if #available(macOS 15, iOS 18, *) { foundation["Expression"] = Foundation.Expression<Int, Bool>.self }
        #expect(Set(swift.keys) == Set(SwiftNaming.libraryTypeNames.filter { $0.value != "Foundation" }.keys))
        #expect(Set(foundation.keys) == Set(SwiftNaming.libraryTypeNames.filter { $0.value == "Foundation" }.keys))
    }
}

@Suite struct SourceLocationTests {
    @Test(arguments: [
        (
            SourceLocationStyle.line, "/// From `docs/group.md:1`.",
            "/// JSON key `id`, always present. From `docs/group.md:5`."
        ),
        (
            SourceLocationStyle.file, "/// From `docs/group.md`.",
            "/// JSON key `id`, always present. From `docs/group.md`."
        ),
        (SourceLocationStyle.none, nil, "/// JSON key `id`, always present."),
    ])
    func docCommentsFollowTheSetting(style: SourceLocationStyle, typeLine: String?, fieldLine: String) throws {
        let result = generate(
            ["docs/group.md": groupDocs, "docs/notification.md": notificationDocs],
            emit: EmitOptions(sourceLocations: style))
        let group = try #require(result.files.first { $0.name == "Group.swift" }).contents
        let lines = group.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains(fieldLine))
        if let typeLine {
            #expect(lines.contains(typeLine))
        } else {
            #expect(!group.contains("From `"))
            #expect(!group.contains("docs/group.md:"))
        }
        // The validators' issue locations name the line whatever the setting.
        let validators = try #require(result.files.first { $0.name == "Group+Validation.swift" }).contents
        #expect(validators.contains("location: \"docs/group.md:1\""))
        let rules = "The rules come from `" + (style == .line ? "docs/group.md:1" : "docs/group.md") + "`."
        #expect(validators.contains(rules) == (style != .none))
    }
}

@Suite struct SubTypeNamingTests {
    func table(_ field: String = "id") -> String {
        "Field | Type | Description\n--- | --- | ---\n\(field) | number | |\n"
    }

    func names(_ files: [String: String]) -> [String] {
        generate(files, outputs: [.schema]).swiftTypeNames
    }

    @Test func aSubTypeThatRepeatsItsParentsFirstWordStandsAlone() {
        let docs =
            "## UserCompact\n\n\(table())\n### UserAccountHistory\n\n\(table("type"))\n"
            + "### ProfileBanner\n\n\(table())"
        #expect(names(["user_compact.md": docs]) == ["UserCompact", "UserAccountHistory", "UserCompactProfileBanner"])
    }

    @Test func twoSubTypesThatWouldShareAShortNameBothKeepTheLongOne() {
        let compact = "## UserCompact\n\n\(table())\n### UserBadge\n\n\(table())"
        let extended = "## UserExtended\n\n\(table())\n### UserBadge\n\n\(table())"
        let expected = ["UserCompact", "UserCompactUserBadge", "UserExtended", "UserExtendedUserBadge"]
        #expect(names(["a.md": compact, "b.md": extended]) == expected)
        // Whatever order the files are read in.
        #expect(names(["b.md": compact, "a.md": extended]).sorted() == expected.sorted())
    }

    @Test func aTopLevelTypeKeepsItsNameAndTheSubTypeTheLongOne() {
        let compact = "## UserCompact\n\n\(table())\n### UserBadge\n\n\(table())"
        let badge = "## UserBadge\n\n\(table())"
        let result = generate(["user_compact.md": compact, "z.md": badge], outputs: [.schema])
        #expect(result.swiftTypeNames == ["UserCompact", "UserCompactUserBadge", "UserBadge"])
        #expect(!result.diagnostics.contains { $0.code == "name-collision" })
    }
}
