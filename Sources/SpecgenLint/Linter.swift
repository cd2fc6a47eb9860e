import SpecgenConfig
import SpecgenCore
import SpecgenDialects
import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport

/// Reports documentation problems without generating anything: everything the generator reports (dangling
/// anchors, untyped fields, unknown names, table shapes, duplicates), and what only matters to readers of the docs:
/// links in prose that lead nowhere, rows with missing cells, inconsistent wording of optional sections, and JSON
/// examples that are not JSON or disagree with their table.
///
/// Every finding is a ``Diagnostic`` with a stable ``Diagnostic/code`` (see ``LintRule``).
public struct Linter {
    /// The docs family the input is written in.
    public var dialect: any Dialect
    /// The configuration, if any: its overlays correct the types that JSON examples are checked against, and its
    /// own problems (an overlay that matches nothing) are reported. Findings about the docs as written stay.
    public var configuration: Configuration?

    /// Creates a linter.
    public init(dialect: any Dialect = Dialects.default, configuration: Configuration? = nil) {
        self.dialect = dialect
        self.configuration = configuration
    }

    /// Lints a set of documentation files.
    ///
    /// - Parameter inputs: The files.
    /// - Returns: The findings, sorted by location and without duplicates.
    public func lint(_ inputs: [InputFile]) -> [Diagnostic] {
        let diagnostics = DiagnosticCollector()
        var files: [LintedFile] = []
        for input in inputs.sorted(by: { $0.path < $1.path }) {
            let markdown = dialect.readMarkdown(input.contents, path: input.path, diagnostics: diagnostics)
            let spec = dialect.read(markdown, diagnostics: diagnostics)
            files.append(LintedFile(input: input, markdown: markdown, spec: spec))
        }
        StrayFiles.check(
            files.map(\.spec), summaries: files.map { StrayFiles.Summary($0.markdown) },
            looseKey: dialect.looseAnchorKey, diagnostics: diagnostics)
        let schema = Generator(options: GeneratorOptions(dialect: dialect, configuration: configuration))
            .buildSchema(documents: files.map(\.spec), diagnostics: diagnostics)
        let pipeline = diagnostics.diagnostics.map { diagnostic -> Diagnostic in
            var diagnostic = diagnostic
            if diagnostic.code == nil { diagnostic.code = "specgen" }
            return diagnostic
        }
        var findings = pipeline
        findings += TableRule.check(files)
        findings += LinkRule(files: files, looseKey: dialect.looseAnchorKey, reported: pipeline).check()
        findings += WordingRule.check(files)
        findings += ExampleRule(files: files, schema: schema).check()
        return Diagnostic.sortedAndDeduplicated(findings)
    }
}

/// One input as every stage saw it.
struct LintedFile {
    /// The file as given.
    var input: InputFile
    /// What the Markdown reader made of it.
    var markdown: MarkdownDocument
    /// What the dialect made of it.
    var spec: SpecDocument

    /// The display path.
    var path: String { input.path }
}

/// The lint rules that go beyond what the generator reports, with their codes.
public enum LintRule: String, CaseIterable, Sendable {
    /// A table row with fewer cells than the header.
    case tableMissingCell = "table-missing-cell"
    /// Optional fields marked with another wording or form than most of the docs use.
    case optionalWording = "optional-wording"
    /// A ```` ```json ```` example that is not valid JSON.
    case exampleInvalidJSON = "example-invalid-json"
    /// A JSON example without a field its table lists as always present.
    case exampleMissingField = "example-missing-field"
    /// A JSON example value of another JSON type than its table says.
    case exampleWrongType = "example-wrong-type"
    /// A JSON example value that its enumeration does not list.
    case exampleUnknownValue = "example-unknown-value"

    /// One sentence on what the rule finds.
    public var summary: String {
        switch self {
        case .tableMissingCell: return "A table row has fewer cells than its header."
        case .optionalWording: return "Optional fields are marked with another wording than most of the docs use."
        case .exampleInvalidJSON: return "A JSON example is not valid JSON."
        case .exampleMissingField: return "A JSON example lacks a field that its table lists as always present."
        case .exampleWrongType: return "A JSON example has a value of another type than its table says."
        case .exampleUnknownValue: return "A JSON example has a value that its enumeration does not list."
        }
    }
}

/// One-sentence descriptions of the codes the generator's stages report, for SARIF rule metadata.
public enum DiagnosticCodes {
    /// Every known code with its description.
    public static let summaries: [String: String] = {
        var table: [String: String] = [
            "invalid-utf8": "A file is not valid UTF-8.",
            "deep-nesting": "Blocks are nested too deeply to be read.",
            "empty-heading": "A heading has no name.",
            "empty-field-name": "A table row has no field name.",
            "dangling-anchor": "A link leads to no heading or anchor.",
            "loose-anchor": "A link matches a heading only when punctuation is ignored.",
            "duplicate-anchor": "An anchor is defined more than once.",
            "untyped-field": "A field has no type, or a type that cannot be read.",
            "untyped-reference": "A field's type is described only in prose.",
            "unknown-type": "A type name is not defined in the docs.",
            "ambiguous-reference": "A reference matches several types.",
            "not-a-type": "A link in a Type cell leads to something that is not a type.",
            "duplicate-type": "A type is defined twice.",
            "duplicate-event": "An event is defined twice.",
            "duplicate-field": "A field is listed twice in one type.",
            "table-no-delimiter": "A table has no delimiter row under its header.",
            "table-shape": "A table's delimiter row and header differ in width.",
            "table-extra-cell": "A table row has more cells than its header.",
            "stray-table": "A table is not where a table of its kind is used.",
            "unknown-field": "A field that is mentioned does not exist.",
            "bad-extension": "A type extends something that is not an object type.",
            "bad-variants": "Variants are selected by a field the type does not have.",
            "bad-event": "An event's payload does not fit the envelope.",
            "name-collision": "Two things would get the same Swift name.",
            "not-api-docs": "A file declares nothing and is not linked with the rest of the docs.",
            "template": "A template failed to render.",
            "specgen": "A problem specgen found.",
        ]
        for rule in LintRule.allCases { table[rule.rawValue] = rule.summary }
        return table
    }()
}
