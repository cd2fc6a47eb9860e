import SpecgenTestSupport
import Testing

/// What the generator must make of a snippet of docs: its diagnostics, and of one type the JSON Schema of some
/// properties and the keys that are always present. The snippet tests state their cases as these tables and check
/// them with ``check(sourceLocation:)``, then check what is particular to the case on the snippet it returns.
struct SnippetExpectation {
    /// The Markdown, read as `doc.md`.
    var markdown: String
    /// The diagnostics, in compiler format, in the order the generator reports them.
    var diagnostics: [String] = []
    /// The type whose properties are checked.
    var type = "Item"
    /// Property keys of ``type`` and their JSON Schema (as ``Snippet/property(_:of:)`` writes it), in any order.
    var properties: [(key: String, schema: String)] = []
    /// The keys of ``type`` that are always present, in order; `nil` when the case does not say.
    var required: [String]?

    /// Runs the generator on the Markdown and checks every expectation; each failure names its property.
    ///
    /// - Returns: The snippet, for the case's other checks.
    @discardableResult
    func check(sourceLocation: SourceLocation = #_sourceLocation) -> Snippet {
        let snippet = Snippet(markdown)
        #expect(snippet.diagnostics == diagnostics, sourceLocation: sourceLocation)
        for (key, schema) in properties {
            #expect(snippet.property(key, of: type) == schema, "property '\(key)'", sourceLocation: sourceLocation)
        }
        if let required {
            #expect(snippet.required(of: type) == required, sourceLocation: sourceLocation)
        }
        return snippet
    }
}
