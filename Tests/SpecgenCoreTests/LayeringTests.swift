import Foundation
import SpecgenTestSupport
import Testing

/// The targets of `Package.swift` and their dependencies, read from the manifest's text: each `.target(`,
/// `.executableTarget(`, `.testTarget(`, `.systemLibrary(` or `.plugin(` call, its `name:` and the target names in its
/// `dependencies:` (products of other packages left out).
struct ManifestTargets {
    /// One target.
    struct Target: Equatable {
        var kind: String
        var name: String
        var dependencies: [String]
        var path: String?
    }

    var targets: [Target] = []

    init(_ text: String) {
        let characters = Array(text)
        let kinds = ["target", "executableTarget", "testTarget", "systemLibrary", "plugin"]
        var index = 0
        while index < characters.count {
            guard characters[index] == ".",
                let kind = kinds.first(where: { Self.matches(characters, at: index + 1, $0 + "(") })
            else {
                index += 1
                continue
            }
            let open = index + kind.count + 1
            let close = Self.closing(characters, from: open)
            let call = String(characters[(open + 1)..<close])
            index = close
            guard let name = Self.firstString(after: "name:", in: call) else { continue }
            var dependencies: [String] = []
            if let start = call.range(of: "dependencies:") {
                let rest = Array(call[start.upperBound...])
                if let bracket = rest.firstIndex(of: "[") {
                    var list = String(rest[(bracket + 1)..<Self.closing(rest, from: bracket)])
                    // Products of other packages: `.product(name: "X", package: "y")`.
                    while let product = list.range(of: ".product(") {
                        let tail = Array(list[product.lowerBound...])
                        let end = Self.closing(tail, from: ".product".count)
                        list.replaceSubrange(
                            product.lowerBound..<list.index(product.lowerBound, offsetBy: end + 1), with: "")
                    }
                    dependencies = Self.strings(in: list)
                }
            }
            targets.append(
                Target(
                    kind: kind, name: name, dependencies: dependencies, path: Self.firstString(after: "path:", in: call)
                ))
        }
    }

    static func matches(_ characters: [Character], at index: Int, _ word: String) -> Bool {
        let word = Array(word)
        return index + word.count <= characters.count && Array(characters[index..<(index + word.count)]) == word
    }

    /// The index of the bracket that closes the one at `open` (`(` or `[`), skipping string literals.
    static func closing(_ characters: [Character], from open: Int) -> Int {
        var depth = 0
        var inString = false
        var index = open
        while index < characters.count {
            let character = characters[index]
            if inString {
                if character == "\\" { index += 1 } else if character == "\"" { inString = false }
            } else if character == "\"" {
                inString = true
            } else if character == "(" || character == "[" {
                depth += 1
            } else if character == ")" || character == "]" {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return characters.count - 1
    }

    static func strings(in text: String) -> [String] {
        text.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    static func firstString(after label: String, in text: String) -> String? {
        guard let range = text.range(of: label) else { return nil }
        return strings(in: String(text[range.upperBound...])).first
    }
}

/// The modules' layers point one way, as `Documentation/Architecture.md` draws them.
@Suite struct LayeringTests {
    /// The generator's modules by layer: a module may depend only on modules of lower layers.
    static let layers: [String: Int] = [
        "CCmark": 0, "SpecgenSupport": 0,
        "SpecgenMarkdown": 1, "SpecgenIR": 1, "SpecgenTemplates": 1,
        "SpecgenDialects": 2, "SpecgenEmit": 2,
        "SpecgenConfig": 3,
        "SpecgenCore": 4,
        "SpecgenLint": 5,
        "specgen": 6,
        "SpecgenPlugin": 7, "GenerateSpecgenSources": 7,
    ]
    /// The modules apart from the generator's layers, with everything each may depend on: what generated code links
    /// (nothing), and the validator that checks payloads without generating (the IR and the runtime).
    static let apart: [String: Set<String>] = [
        "SpecgenRuntime": [],
        "SpecgenValidation": ["SpecgenIR", "SpecgenSupport", "SpecgenRuntime"],
    ]
    /// The modules of the layers that may use those apart: the command line, which runs the validator.
    static let usersOfApart: Set<String> = ["specgen"]
    /// Dependencies the layers would allow but the design does not: the configuration is read and applied to the
    /// docs without the emitters (what it chooses for Swift is plain values that SpecgenCore hands to them).
    static let forbidden: [String: Set<String>] = [
        "SpecgenConfig": ["SpecgenEmit", "SpecgenTemplates"]
    ]

    static var manifest: ManifestTargets {
        let url = Golden.repositoryRoot.appendingPathComponent("Package.swift")
        return ManifestTargets((try? String(contentsOf: url, encoding: .utf8)) ?? "")
    }

    /// Whether a target is part of the tests: a test target, the test support, or a golden module under `Tests/`.
    static func isTestCode(_ target: ManifestTargets.Target) -> Bool {
        target.kind == "testTarget" || target.path?.hasPrefix("Tests/") == true
    }

    /// Every problem of the layering of a manifest.
    static func problems(_ manifest: ManifestTargets) -> [String] {
        var problems: [String] = []
        for target in manifest.targets where !isTestCode(target) {
            if let allowed = apart[target.name] {
                for dependency in target.dependencies where !allowed.contains(dependency) {
                    problems.append("\(target.name) depends on \(dependency)")
                }
                continue
            }
            guard let layer = layers[target.name] else {
                problems.append("\(target.name) has no layer; add it to LayeringTests.layers and Architecture.md")
                continue
            }
            for dependency in target.dependencies {
                if forbidden[target.name]?.contains(dependency) == true {
                    problems.append("\(target.name) depends on \(dependency), which it must not")
                    continue
                }
                if apart[dependency] != nil {
                    if !usersOfApart.contains(target.name) {
                        problems.append("\(target.name) depends on \(dependency), which only the command line may use")
                    }
                    continue
                }
                guard let below = layers[dependency] else {
                    problems.append("\(target.name) depends on \(dependency), which has no layer")
                    continue
                }
                if below >= layer { problems.append("\(target.name) (layer \(layer)) depends upward on \(dependency)") }
            }
        }
        for target in manifest.targets where isTestCode(target) && target.kind != "testTarget" {
            // Golden modules are generated code: they link the runtime and nothing of the generator.
            if target.name != "SpecgenTestSupport", target.dependencies != ["SpecgenRuntime"] {
                problems.append("\(target.name) (generated code) depends on \(target.dependencies)")
            }
        }
        return problems
    }

    @Test func theManifestIsRead() {
        let manifest = Self.manifest
        let core = manifest.targets.first { $0.name == "SpecgenCore" }
        #expect(core?.dependencies.contains("SpecgenEmit") == true)
        #expect(manifest.targets.contains { $0.name == "specgen" && $0.kind == "executableTarget" })
        // Products of other packages are not targets.
        #expect(manifest.targets.first { $0.name == "SpecgenConfig" }?.dependencies.contains("Yams") == false)
        #expect(manifest.targets.first { $0.name == "SpecgenConfig" }?.dependencies.contains("SpecgenDialects") == true)
        #expect(manifest.targets.count >= 25)
    }

    @Test func layersPointOneWay() {
        #expect(Self.problems(Self.manifest) == [])
    }

    /// The lines of `SpecgenIR`'s sources that name a language's naming: the IR refers to types by the docs'
    /// identities, and Swift naming (`SwiftNaming`, the Swift pass's names, the configuration's Swift names and
    /// types) lives in SpecgenEmit.
    static func swiftNamingInTheIR(_ sources: [String: String]) -> [String] {
        let words = [
            "SwiftNaming", "SwiftTypeNames", "SwiftSchema", "SwiftNameSettings", "SwiftTypeOverride", "swiftName",
        ]
        var found: [String] = []
        for (path, text) in sources.sorted(by: { $0.key < $1.key }) {
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where words.contains(where: { line.contains($0) })
                && !line.trimmingCharacters(in: .whitespaces)
                    .hasPrefix("//")
            {
                found.append("\(path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        return found
    }

    @Test func theIRCodeNamesNothingInSwift() throws {
        let folder = Golden.repositoryRoot.appendingPathComponent("Sources/SpecgenIR")
        var sources: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
            sources[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        #expect(sources.count > 5)
        #expect(Self.swiftNamingInTheIR(sources) == [])
        // The check finds a use in code, not in a comment.
        #expect(
            Self.swiftNamingInTheIR(["a.swift": "/// Like ``SwiftNaming``.\nlet n = SwiftNaming.typeName(x)\n"])
                == ["a.swift:2: let n = SwiftNaming.typeName(x)"])
        // The configuration's Swift choices are no part of the IR: neither declared nor used there.
        #expect(
            Self.swiftNamingInTheIR([
                "b.swift": "public struct SwiftNameSettings {}\n",
                "c.swift": "    var swiftNames: [String: String]\nlet o = SwiftTypeOverride(swiftName: n)\n",
            ]) == [
                "b.swift:1: public struct SwiftNameSettings {}", "c.swift:1: var swiftNames: [String: String]",
                "c.swift:2: let o = SwiftTypeOverride(swiftName: n)",
            ])
    }

    /// The check finds a dependency that points upward, one on the runtime, a module without a layer, and the
    /// configuration on the emitters.
    @Test func anUpwardDependencyIsFound() {
        let manifest = ManifestTargets(
            """
            .target(name: "SpecgenIR", dependencies: ["SpecgenSupport", "SpecgenEmit"]),
            .target(
                name: "SpecgenCore",
                dependencies: ["SpecgenIR", "SpecgenRuntime", .product(name: "Yams", package: "Yams")]),
            .target(name: "SpecgenNew", dependencies: []),
            .target(name: "SpecgenConfig", dependencies: ["SpecgenIR", "SpecgenDialects", "SpecgenEmit"]),
            .target(name: "SpecgenRuntime"),
            .target(name: "SpecModels", dependencies: ["SpecgenRuntime"], path: "Tests/SpecModels"),
            .testTarget(name: "AnyTests", dependencies: ["specgen", "SpecgenRuntime"]),
            """)
        #expect(
            Self.problems(manifest) == [
                "SpecgenIR (layer 1) depends upward on SpecgenEmit",
                "SpecgenCore depends on SpecgenRuntime, which only the command line may use",
                "SpecgenNew has no layer; add it to LayeringTests.layers and Architecture.md",
                "SpecgenConfig depends on SpecgenEmit, which it must not",
            ])
    }
}
