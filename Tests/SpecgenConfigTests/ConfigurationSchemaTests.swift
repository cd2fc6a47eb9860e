import Foundation
import SpecgenConfig
import SpecgenCore
import SpecgenEmit
import SpecgenSupport
import SpecgenTestSupport
import Testing
import Yams

/// `Schemas/specgen-config.schema.json` against the reader, the documentation and the example package.
@Suite struct ConfigurationSchemaTests {
    static var schema: [String: Any] {
        let url = Golden.repositoryRoot.appendingPathComponent("Schemas/specgen-config.schema.json")
        let data = (try? Data(contentsOf: url)) ?? Data()
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }

    /// The documents that show configurations: the README and every page of `Documentation/`.
    static var documents: [String] {
        let root = Golden.repositoryRoot
        let pages =
            (try? FileManager.default.contentsOfDirectory(
                atPath: root.appendingPathComponent("Documentation").path)) ?? []
        return ["README.md"] + pages.filter { $0.hasSuffix(".md") }.sorted().map { "Documentation/\($0)" }
    }

    /// The YAML blocks (configurations) of the documentation, and the example package's configuration.
    static let configurations: [(name: String, text: String)] = {
        let root = Golden.repositoryRoot
        var blocks: [(String, String)] = []
        for document in documents {
            let text = (try? String(contentsOf: root.appendingPathComponent(document), encoding: .utf8)) ?? ""
            var current: [String]?
            var count = 0
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if current == nil, line == "```yaml" {
                    current = []
                } else if current != nil, line == "```" {
                    count += 1
                    blocks.append(("\(document) block \(count)", current!.joined(separator: "\n") + "\n"))
                    current = nil
                } else {
                    current?.append(String(line))
                }
            }
        }
        let example = "Examples/OsuWebsocket/Sources/OsuWebsocket/specgen.yml"
        let text = (try? String(contentsOf: root.appendingPathComponent(example), encoding: .utf8)) ?? ""
        return blocks + [(example, text)]
    }()

    func properties(_ path: [String]) -> Set<String> {
        var node: Any = Self.schema
        for key in path { node = (node as? [String: Any])?[key] ?? [:] }
        return Set(((node as? [String: Any])?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
    }

    /// The schema's `outputs` lists exactly the output kinds of the emitter registry, which are those the reader
    /// accepts and the build plugin knows.
    @Test func listsTheOutputKindsOfTheRegistry() throws {
        let outputs = try #require((Self.schema["properties"] as? [String: Any])?["outputs"] as? [String: Any])
        let listed = try #require((outputs["items"] as? [String: Any])?["enum"] as? [String])
        let registered = EmitterRegistry.standard.kinds.map(\.name)
        #expect(Set(listed) == Set(registered) && listed.count == registered.count)
        #expect(Configuration.outputNames == registered)
        #expect(OutputKind.builtIn.map(\.name) == registered)
    }

    @Test func listsTheKeysTheReaderAccepts() {
        typealias Keys = ConfigurationReader.Keys
        #expect(properties([]) == Set(Keys.root))
        #expect(properties(["$defs", "overlay"]) == Set(Keys.overlay))
        #expect(properties(["$defs", "changes"]) == Set(Keys.changes))
        #expect(properties(["$defs", "field"]) == Set(Keys.field))
        #expect(properties(["properties", "fields", "additionalProperties"]) == Set(Keys.fieldSetting))
        let valueObject = ((Self.schema["$defs"] as? [String: Any])?["value"] as? [String: Any])?["oneOf"] as? [Any]
        #expect(
            Set(((valueObject?.last as? [String: Any])?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
                == Set(Keys.value))
        let payloads = ((Self.schema["$defs"] as? [String: Any])?["payload"] as? [String: Any])?["oneOf"] as? [Any]
        let payloadKeys = (payloads ?? []).flatMap {
            (($0 as? [String: Any])?["properties"] as? [String: Any])?.keys.map { $0 } ?? []
        }
        #expect(Set(payloadKeys) == Set(Keys.payload))
    }

    @Test func theShippedConfigurationsAreValid() throws {
        #expect(Self.configurations.count >= 2)
        for (name, text) in Self.configurations {
            let value = try #require(try Yams.load(yaml: text), "\(name)")
            let problems = SchemaCheck(root: Self.schema).problems(value)
            #expect(problems == [], "\(name)")
            let diagnostics = DiagnosticCollector()
            #expect(ConfigurationReader().read(text, path: name, diagnostics: diagnostics) != nil)
            #expect(diagnostics.sorted.map(\.description) == [], "\(name)")
        }
    }

    @Test func theSchemaRejectsWhatTheReaderRejects() throws {
        let bad = [
            "acessModifier: public\n",
            "accessModifier: open\n",
            "overlays:\n  - type: A\n    event: b\n",
            "overlays:\n  - type: A\n    field: b\n    set: { typ: string }\n",
            "overlays:\n  - event: read\n    replacePayload: { data: [{ name: x }] }\n",
            "fields:\n  channel_id: { swiftName: id }\n",
            "typeNames:\n  A: not an identifier\n",
        ]
        for text in bad {
            let value = try #require(try Yams.load(yaml: text))
            #expect(!SchemaCheck(root: Self.schema).problems(value).isEmpty, "\(text)")
            let diagnostics = DiagnosticCollector()
            _ = ConfigurationReader().read(text, path: "specgen.yml", diagnostics: diagnostics)
            #expect(diagnostics.hasErrors, "\(text)")
        }
    }

    /// The configuration page's example corrects the seed docs: every overlay in it matches and changes something.
    @Test func theDocumentedExampleAppliesToTheSeedDocs() throws {
        let (name, text) = try #require(
            Self.configurations.first { $0.name == "Documentation/Configuration.md block 1" })
        let diagnostics = DiagnosticCollector()
        let configuration = try #require(ConfigurationReader().read(text, path: name, diagnostics: diagnostics))
        let result = Generator(options: GeneratorOptions(configuration: configuration))
            .generate(try Fixtures.inputs(under: "spec"))
        #expect(!result.hasErrors)
        #expect(result.diagnostics.filter { $0.range?.start.path == name }.map(\.description) == [])
        #expect(result.type(swiftNamed: "ProfileBanner") != nil)
    }
}

/// Checks a value against the parts of JSON Schema 2020-12 that the configuration schema uses: `type`, `enum`,
/// `const`, `properties`, `additionalProperties`, `required`, `items`, `oneOf`, `minLength`, `minProperties`,
/// `pattern`, `propertyNames`, `dependentRequired` and local `$ref`s. (CI also checks with Python's `jsonschema`.)
struct SchemaCheck {
    let root: [String: Any]

    func problems(_ value: Any) -> [String] {
        check(value, against: root, at: "$")
    }

    func check(_ value: Any, against schema: [String: Any], at path: String) -> [String] {
        if let reference = schema["$ref"] as? String {
            var node: Any = root
            for part in reference.dropFirst(2).split(separator: "/") {
                node = (node as? [String: Any])?[String(part)] ?? [:]
            }
            return check(value, against: node as? [String: Any] ?? [:], at: path)
        }
        var problems: [String] = []
        if let types = (schema["type"] as? [String]) ?? (schema["type"] as? String).map({ [$0] }),
            !types.contains(where: { Self.isOfType(value, $0) })
        {
            return ["\(path): not \(types.joined(separator: " or "))"]
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { "\($0)" == "\(value)" }) {
            problems.append("\(path): not one of \(options)")
        }
        if let constant = schema["const"], "\(constant)" != "\(value)" || !(value is String) {
            problems.append("\(path): not \(constant)")
        }
        if let text = value as? String {
            if let minimum = schema["minLength"] as? Int, text.count < minimum { problems.append("\(path): too short") }
            if let pattern = schema["pattern"] as? String, text.range(of: pattern, options: .regularExpression) == nil {
                problems.append("\(path): does not match \(pattern)")
            }
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in object.keys.sorted() {
                if let property = properties[key] as? [String: Any] {
                    problems += check(object[key]!, against: property, at: "\(path).\(key)")
                } else if let additional = schema["additionalProperties"] as? [String: Any] {
                    problems += check(object[key]!, against: additional, at: "\(path).\(key)")
                } else if schema["additionalProperties"] as? Bool == false {
                    problems.append("\(path): unexpected key \(key)")
                }
                if let names = schema["propertyNames"] as? [String: Any] {
                    problems += check(key, against: names, at: "\(path) key \(key)")
                }
            }
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): missing \(key)")
            }
            if let minimum = schema["minProperties"] as? Int, object.count < minimum {
                problems.append("\(path): fewer than \(minimum) keys")
            }
            for (key, needed) in schema["dependentRequired"] as? [String: [String]] ?? [:] where object[key] != nil {
                for other in needed where object[other] == nil { problems.append("\(path): \(key) needs \(other)") }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() { problems += check(item, against: items, at: "\(path)[\(index)]") }
        }
        if let options = schema["oneOf"] as? [[String: Any]] {
            let matching = options.filter { check(value, against: $0, at: path).isEmpty }.count
            if matching != 1 { problems.append("\(path): matches \(matching) of the oneOf schemas") }
        }
        return problems
    }

    static func isOfType(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return value is Bool
        case "integer": return value is Int
        case "number": return value is Int || value is Double
        default: return false
        }
    }
}
