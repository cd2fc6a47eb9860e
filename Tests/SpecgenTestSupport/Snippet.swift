import Foundation
import SpecgenCore
import SpecgenSupport

/// The generator run end to end on a few inline lines of Markdown, for snippet tests: the Markdown sits in the test,
/// the expected JSON Schema, Swift lines or diagnostics beside it.
public struct Snippet {
    /// What the generator produced.
    public let result: GenerationResult

    /// Runs the generator on one in-memory document (or several, separated by lines of `%%% path`).
    ///
    /// - Parameters:
    ///   - markdown: The document; with `%%% other.md` lines, several documents (the first is `path`).
    ///   - path: The first document's path.
    ///   - options: The generator's options.
    public init(_ markdown: String, path: String = "doc.md", options: GeneratorOptions = GeneratorOptions()) {
        var inputs: [InputFile] = []
        var currentPath = path
        var lines: [Substring] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("%%% ") {
                inputs.append(Fixtures.input(lines.joined(separator: "\n") + "\n", path: currentPath))
                currentPath = String(line.dropFirst(4))
                lines = []
            } else {
                lines.append(line)
            }
        }
        inputs.append(Fixtures.input(lines.joined(separator: "\n") + "\n", path: currentPath))
        result = Generator(options: options).generate(inputs)
    }

    /// The diagnostics as printed (`path:line:column: severity: message`).
    public var diagnostics: [String] { result.diagnostics.map(\.description) }

    /// A generated file's text, or `nil` when it was not generated.
    public func file(_ name: String) -> String? {
        result.files.first { $0.name == name }?.contents
    }

    /// The JSON Schema's definition of a type (`$defs[name]`), decoded; `nil` when there is none.
    public func definition(_ name: String) -> [String: Any]? {
        guard let text = file("schema.json"),
            let root = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            let definitions = root["$defs"] as? [String: Any]
        else { return nil }
        return definitions[name] as? [String: Any]
    }

    /// The JSON Schema of one property of an object type (`$defs[type].properties[key]`), without its
    /// `x-spec-location`, as canonical JSON text (sorted keys), so a test can compare it with a literal.
    public func property(_ key: String, of type: String) -> String? {
        guard let properties = definition(type)?["properties"] as? [String: Any],
            var property = properties[key] as? [String: Any]
        else { return nil }
        property["x-spec-location"] = nil
        return Self.canonical(property)
    }

    /// The JSON keys an object type requires, in the schema's order.
    public func required(of type: String) -> [String]? {
        definition(type)?["required"] as? [String]
    }

    /// A JSON value as compact text with sorted keys.
    public static func canonical(_ value: Any) -> String {
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes])
        else { return "\(value)" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The lines of a generated file that contain `text`, trimmed, for comparing a few declarations.
    public func lines(of name: String, containing text: String) -> [String] {
        (file(name) ?? "").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.contains(text) }
    }
}
