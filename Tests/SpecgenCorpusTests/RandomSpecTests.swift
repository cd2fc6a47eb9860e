import Foundation
import SpecgenCore
import SpecgenDialects
import SpecgenEmit
import SpecgenTestSupport
import Testing

/// Property: any spec written in the dialect's grammar generates Swift that compiles in Swift 6 mode without
/// warnings. Specs are built at random (with fixed seeds, so failures reproduce) from names that include Swift
/// keywords, odd characters and non-ASCII letters, with sub-types, references in every direction (cycles
/// included), unions, literal unions, dotted fields, optional sections, enums, tagged variants and events. Each batch
/// is one spec of many files, compiled as one module. Some specs have a heading with nothing to make a Swift name
/// from (`## 🎉`); those must fail with a located error for that heading and nothing else. `SPECGEN_SHOW_RANDOM=1`
/// prints each spec, its diagnostics and its schema.
@Suite struct RandomSpecTests {
    static let seeds: [UInt64] = Array(1...12)

    @Test(arguments: seeds)
    func randomSpecsGenerateSwiftThatCompiles(seed: UInt64) throws {
        var spec = RandomSpec(seed: seed)
        let inputs = spec.files()
        let result = Generator().generate(inputs)
        if ProcessInfo.processInfo.environment["SPECGEN_SHOW_RANDOM"] == "1" {
            print(Self.listing(inputs))
            print(result.diagnostics.map(\.description).joined(separator: "\n"))
            print(result.schema.dump(names: result.swiftNames, locations: false))
        }
        let errors = result.diagnostics.filter { $0.severity == .error }
        if !spec.unnamedHeadings.isEmpty {
            // Exactly one located error per heading without letters, at that heading.
            let expected = spec.unnamedHeadings.map { "\($0.path):\($0.line):1" }.sorted()
            #expect(
                errors.map { $0.range?.start.description ?? "unlocated" }.sorted() == expected,
                "seed \(seed): \(errors)\n\(Self.listing(inputs))")
            #expect(errors.allSatisfy { $0.code == "unnamed-type" && $0.message.contains("typeNames") })
            return
        }
        #expect(errors.isEmpty, "seed \(seed): \(errors)\n\(Self.listing(inputs))")
        guard errors.isEmpty else { return }
        // The same spec gives the same bytes.
        #expect(Generator().generate(inputs.reversed()).files == result.files)
        let compiled = try SwiftCompiler.compile(
            result.files.filter { $0.name.hasSuffix(".swift") },
            moduleName: "Random\(seed)")
        #expect(
            compiled.succeeded && !compiled.output.contains("warning:"),
            "seed \(seed):\n\(compiled.output)\n\(Self.listing(inputs))")
        // And it follows .swift-format, odd names included.
        let lint = try SwiftFormatLint.lint(result.files.filter { $0.name.hasSuffix(".swift") })
        #expect(lint.succeeded, "seed \(seed):\n\(lint.output)\n\(Self.listing(inputs))")
    }

    /// The seeds cover both outcomes: specs with a heading that cannot name a type, and specs that compile.
    @Test func theSeedsCoverBothOutcomes() {
        let unnamed = Self.seeds.map { seed -> Bool in
            var spec = RandomSpec(seed: seed)
            _ = spec.files()
            return !spec.unnamedHeadings.isEmpty
        }
        #expect(unnamed.contains(true) && unnamed.filter { !$0 }.count >= 6, "\(unnamed)")
    }

    static func listing(_ inputs: [InputFile]) -> String {
        inputs.map { "--- \($0.path)\n" + String(decoding: $0.contents, as: UTF8.self) }.joined(separator: "\n")
    }
}

/// A random spec in the osu! dialect.
struct RandomSpec {
    var random: SplitMix64
    var typeNames: [String] = []
    var usedSlugs = Set<String>()
    /// Where the spec has a heading without letters (``unnamedHeadingPool``).
    var unnamedHeadings: [(path: String, line: Int)] = []

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    static let typeNamePool = [
        "User", "Type", "Self", "Protocol", "String", "Int", "Codable", "JSONValue", "Timestamp", "Forum Topic",
        "Ünïcode Thing", "2Fast", "class", "Default", "Any", "Optional", "Array", "Event", "Notification", "Data",
        "URL", "UUID", "Beatmap_Set", "chat.channel", "Decoder", "Encoder", "CodingKeys", "Hashable", "Sendable",
        "Café", "Straße Ærø", "Łódź 名前", "ｆｕｌｌ", "Ünïcode",
    ]

    /// Headings with no Latin letter or digit (never linked to: their anchors are empty). `ß` is a Latin letter
    /// (written `ss`), so it is not among them.
    static let unnamedHeadingPool = ["名前", "🎉", "???", "Ωμέγα", "«»", "Σ"]

    static let fieldNamePool = [
        "id", "class", "default", "self", "init", "Type", "protocol", "Any", "some", "cover@2x", "2fa_enabled",
        "x-y", "名前", "ünïcode", "_", "__", "$ref", "ID", "url", "avatar_url", "is", "as", "var", "let", "func",
        "return", "true", "nil", "hashValue", "rawValue", "unknown", "variant", "other", "encode", "decoding",
        "CodingKeys", "description", "previousUsername", "userScore", "a b", "end.", "value", "🎉", "???", "Ωμέγα",
        "café", "straße", "Ærø_x",
    ]

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }
    mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }

    /// A type name whose anchor no other heading has.
    mutating func newTypeName() -> String {
        while true {
            var name = pick(Self.typeNamePool)
            if chance(40) { name += pick(["Extended", "Compact", "2", "Item", "s"]) }
            let slug = OsuDialect.slug(name)
            if !slug.isEmpty, usedSlugs.insert(slug).inserted { return name }
        }
    }

    mutating func fieldNames(_ count: Int) -> [String] {
        var names: [String] = []
        while names.count < count {
            var name = pick(Self.fieldNamePool)
            if chance(15) { name = pick(["hype", "level", "stats"]) + "." + pick(["current", "default", "class"]) }
            if chance(20) { name += "_" + String(Int.random(in: 0..<9, using: &random)) }
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// A Type cell.
    mutating func typeCell(sibling: String?) -> String {
        var core: String
        switch Int.random(in: 0..<12, using: &random) {
        case 0...3: core = pick(["string", "integer", "float", "number", "boolean", "object", "bool", "DateTime"])
        case 4...6:
            let target = pick(typeNames)
            core = "[\(target)](#\(OsuDialect.slug(target)))"
        case 7:
            let a = pick(typeNames)
            let b = pick(typeNames)
            core = "[\(a)](#\(OsuDialect.slug(a)))\\|[\(b)](#\(OsuDialect.slug(b)))" + (chance(50) ? "\\|null" : "")
            if chance(30) { core = "(" + core + ")[]" }
        case 8:
            core =
                "`" + pick(["normal", "sticky", "class", "default"]) + "` \\| `" + pick(["a-b", "2x", "self"]) + "`"
        case 9: core = sibling.map { "[\($0)](#\($0.lowercased()))" } ?? "integer"
        case 10: core = pick(typeNames).replacingOccurrences(of: " ", with: "")
        default: core = ""
        }
        if !core.isEmpty, !core.hasPrefix("`"), !core.contains("\\|"), chance(25) { core += "[]" }
        if !core.isEmpty, chance(30) { core += "?" }
        return core
    }

    mutating func table(_ names: [String], sibling: String?) -> String {
        var text = "Field | Type | Description\n----- | ---- | -----------\n"
        for name in names {
            text +=
                "\(name.replacingOccurrences(of: "|", with: "\\|")) | \(typeCell(sibling: sibling)) | "
                + pick(["", "The value.", "`constant`", "Only present for some responses.", "|"]) + "\n"
        }
        return text
    }

    mutating func files() -> [InputFile] {
        let count = Int.random(in: 6...10, using: &random)
        typeNames = (0..<count).map { _ in newTypeName() }
        var files: [InputFile] = []
        for (index, name) in typeNames.enumerated() {
            var text = "## \(name)\n\nA type.\n\n"
            let slug = OsuDialect.slug(name)
            let sub = chance(50) ? pick(["Covers", "Kind", "Class", "Self", "Details"]) : nil
            let subAnchor = sub.map { "\(slug)-\($0.lowercased())" }
            text += table(fieldNames(Int.random(in: 2...7, using: &random)), sibling: nil)
            if chance(40) {
                text += "\n" + pick(["### Optional Attributes\n\n", "Optional attributes:\n\n"])
                text += table(fieldNames(Int.random(in: 1...3, using: &random)).map { $0 + "_opt" }, sibling: nil)
            }
            if index > 0, chance(20) {
                let base = typeNames[index - 1]
                text +=
                    "\nThis extends [\(base)](#\(OsuDialect.slug(base))) with additional attributes.\n\n"
                    + table(fieldNames(2), sibling: nil)
            }
            if chance(25) {
                // Tagged variants selected by a `type` field.
                text += "\nField | Type\n----- | ----\ntype | string\n\n### Available Types\n\n"
                for tag in ["first", "self", "class_name", "2nd"].prefix(Int.random(in: 1...4, using: &random)) {
                    text += "#### \(tag)\n\n" + table(fieldNames(2), sibling: nil) + "\n"
                }
            }
            if let sub, let subAnchor {
                text += "\n<div id=\"\(subAnchor)\" data-unique=\"\(subAnchor)\"></div>\n\n### \(sub)\n\n"
                if chance(15) {
                    text += "Integer | String\n------- | ------\n"
                    for (code, label) in [("-2", "graveyard"), ("0", "pending"), ("1", "self"), ("4", "2x")]
                        .prefix(Int.random(in: 1...4, using: &random))
                    {
                        text += "\(code) | \(label)\n"
                    }
                } else if chance(40) {
                    text += "Name | Description\n---- | -----------\n"
                    for value in ["circle", "default", "self", "2x", "a-b"].prefix(
                        Int.random(in: 1...5, using: &random))
                    {
                        text += "\(value) | A value.\n"
                    }
                } else {
                    text += table(fieldNames(Int.random(in: 1...4, using: &random)), sibling: nil)
                }
            }
            if let sub, chance(30) {
                // A deeper sub-type, named like a top-level type.
                let deeper = pick(typeNames).replacingOccurrences(of: " ", with: "")
                let anchor = "\(slug)-\(sub.lowercased())-\(deeper.lowercased())"
                text += "\n<div id=\"\(anchor)\"></div>\n\n#### \(deeper)\n\n" + table(fieldNames(2), sibling: nil)
                text += "\nField | Type\n----- | ----\nnested | [\(sub).\(deeper)](#\(anchor))\n"
            }
            files.append(InputFile(path: "random/f\(index).md", contents: Array(text.utf8)))
        }
        if chance(40) {
            // A heading that only groups object types.
            let group = newTypeName()
            var text = "## \(group)\n\nAttributes.\n\n"
            for member in ["\(group.replacingOccurrences(of: " ", with: ""))Permissions", "ChatChannelUserAttributes"] {
                text +=
                    "### \(member)\n\n"
                    + (chance(50)
                        ? "Name | Description\n---- | ---\ncan_x | Can.\n\n"
                        : table(fieldNames(2), sibling: nil) + "\n")
            }
            typeNames.append(group)
            files.append(InputFile(path: "random/group.md", contents: Array(text.utf8)))
        }
        if chance(20) {
            // Headings that cannot name a Swift type, one of them maybe under a heading that can.
            var text = ""
            var line = 1
            for level in ["##", "###"].prefix(Int.random(in: 1...2, using: &random)) {
                let name = pick(Self.unnamedHeadingPool)
                if level == "###" {
                    text +=
                        "## Owner Thing\n\nField | Type | Description\n----- | ---- | -----------\nid | integer | |\n\n"
                    line += 6
                }
                unnamedHeadings.append(("random/unnamed.md", line))
                text +=
                    "\(level) \(name)\n\nField | Type | Description\n----- | ---- | -----------\nid | integer | |\n\n"
                line += 6
            }
            files.append(InputFile(path: "random/unnamed.md", contents: Array(text.utf8)))
        }
        if chance(75) {
            var events =
                "# Websocket Events\n\nField | Type | Description\n----- | ---- | -----------\n"
                + "event | string | |\ndata | object? | |\n"
            for name in ["logout", "new", "read", "chat.message.new", "class", "self.destruct"]
                .prefix(Int.random(in: 1...6, using: &random))
            {
                events += "\n## \(name)\(chance(30) ? " event" : "")\n\n"
                switch Int.random(in: 0..<4, using: &random) {
                case 0: events += "Nothing.\n"
                case 1:
                    let target = pick(typeNames)
                    events += "### Payload Format\n\nSee [\(target)](#\(OsuDialect.slug(target))) object.\n"
                case 2: events += "### Payload Format\n\n" + table(fieldNames(2), sibling: nil)
                default:
                    events +=
                        "Field | Type | Description\n----- | ---- | -----------\nevent | string | `\(name)`\n"
                        + "ids | integer[] | |\n"
                }
            }
            files.append(InputFile(path: "random/events.md", contents: Array(events.utf8)))
        }
        return files
    }
}
