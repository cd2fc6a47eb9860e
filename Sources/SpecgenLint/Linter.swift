import SpecgenConfig
import SpecgenCore
import SpecgenDialects
import SpecgenEmit
import SpecgenIR
import SpecgenMarkdown
import SpecgenSupport

/// Reports documentation problems without generating anything: everything the generator reports (dangling
/// anchors, untyped fields, unknown names, table shapes, duplicates), and what only matters to readers of the docs:
/// links in prose that lead nowhere, rows with missing cells, inconsistent wording of optional sections, and JSON
/// examples that are not JSON or disagree with their table.
///
/// Every finding is a ``Diagnostic`` with a stable ``Diagnostic/code`` (see ``LintRule``).
///
/// Linting streams: a ``LintSession`` reads one file at a time, runs the rules that need only that file on it right
/// away, and keeps of it only what the rules across files need (see ``LintSession``), so memory does not grow with
/// the size of the Markdown.
public struct Linter {
    /// The pipeline whose stages read the docs: its dialect, and its configuration, whose overlays correct the types
    /// that JSON examples are checked against and whose own problems (an overlay that matches nothing) are reported.
    /// Findings about the docs as written stay.
    public var pipeline: Generator

    /// Creates a linter with the run's settings (``GeneratorOptions/resolve(commandLine:configuration:registry:diagnostics:)``).
    public init(options: GeneratorOptions) {
        self.pipeline = Generator(options: options)
    }

    /// Creates a linter.
    public init(dialect: any Dialect = Dialects.default, configuration: Configuration? = nil) {
        self.init(options: GeneratorOptions(dialect: dialect, configuration: configuration))
    }

    /// The docs family the input is written in.
    public var dialect: any Dialect { pipeline.options.dialect }

    /// Lints a set of documentation files.
    ///
    /// - Parameter inputs: The files.
    /// - Returns: The findings, sorted by location and without duplicates.
    public func lint(_ inputs: [InputFile]) -> [Diagnostic] {
        var session = LintSession(linter: self)
        for input in inputs.sorted(by: { $0.path < $1.path }) { session.add(input) }
        return session.finish()
    }

    /// Starts a streaming lint: add the files one at a time (see ``LintSession``).
    public func session() -> LintSession {
        LintSession(linter: self)
    }
}

/// A lint that reads one file at a time.
///
/// ``add(_:)`` reads a file and runs the rules that need only that file (rows with missing cells, and the reader's
/// and dialect's own findings); of the file it then keeps only what the rules across files need: what the dialect
/// read (``SpecgenIR/SpecDocument``, which holds the JSON examples' text and location), the anchors it links to,
/// the located links that the anchors known so far do not resolve, and the wording it marks sections with. The
/// Markdown tree, the bytes and the rest of the reading log (how each table was read) are dropped.
/// ``finish()`` builds the schema and runs the rules across files. The findings are the same as if every file had
/// been kept. A session cannot be copied (its findings so far would be shared); `finish()` ends it.
public struct LintSession: ~Copyable {
    /// The settings.
    let linter: Linter
    /// What is kept of each file, in the order added.
    private var files: [LintedFile] = []
    /// What the reader and the dialect reported.
    private let diagnostics = DiagnosticCollector()
    /// What the rules that need only one file found.
    private var fileFindings: [Diagnostic] = []
    /// The anchors the files define.
    private var anchors = Set<String>()

    /// Starts a lint with the linter's settings.
    init(linter: Linter) {
        self.linter = linter
    }

    /// How many files were added.
    public var fileCount: Int { files.count }

    /// Reads one file, runs the rules on it that need only this file, and keeps what the rules across files need.
    /// The files may come in any order: the rules across files take them in the order of their paths (which of two
    /// types with one name is the duplicate depends on it).
    ///
    /// - Parameter input: The file; its bytes are not kept.
    public mutating func add(_ input: consuming InputFile) {
        // The Markdown tree and the bytes live only in this call.
        let (markdown, reading) = linter.pipeline.read(input, diagnostics: diagnostics)
        let spec = reading.document
        fileFindings += TableRule.check(markdown)
        var typeCells = Set<SourceLocation>()
        let own = LinkRule.definedAnchors(spec, typeCells: &typeCells)
        // Links that the anchors known so far resolve cannot lead nowhere: only the others are kept.
        let links = LinkRule.unresolvedLinks(
            in: markdown, bytes: input.contents, anchors: own, typeCells: typeCells, known: anchors)
        anchors.formUnion(own)
        files.append(
            LintedFile(
                path: input.path, spec: spec, linkSummary: StrayFiles.Summary(markdown), links: links,
                sectionMarkers: reading.log.sectionMarkers))
    }

    /// Builds the schema, runs the rules across files, and returns every finding.
    ///
    /// - Returns: The findings, sorted by location and without duplicates.
    public consuming func finish() -> [Diagnostic] {
        let dialect = linter.dialect
        let files = files.enumerated().sorted { ($0.element.path, $0.offset) < ($1.element.path, $1.offset) }
            .map(\.element)
        StrayFiles.check(
            files.map(\.spec), summaries: files.map(\.linkSummary), looseKey: dialect.looseAnchorKey,
            diagnostics: diagnostics)
        let built = linter.pipeline.build(documents: files.map(\.spec), diagnostics: diagnostics)
        let pipeline = diagnostics.diagnostics.map { diagnostic -> Diagnostic in
            var diagnostic = diagnostic
            if diagnostic.code == nil { diagnostic.code = "specgen" }
            return diagnostic
        }
        var findings = pipeline
        findings += fileFindings
        findings += LinkRule(files: files, anchors: anchors, looseKey: dialect.looseAnchorKey, reported: pipeline)
            .check()
        findings += WordingRule.check(files)
        // Types are named as the generated code names them: by the Swift pass.
        let swift = built.swift
        findings += ExampleRule(files: files, schema: built.schema, typeName: swift.typeName(_:)).check()
        return Diagnostic.sortedAndDeduplicated(findings)
    }
}

/// What a lint keeps of one file once its Markdown is dropped.
struct LintedFile {
    /// The display path.
    var path: String
    /// What the dialect made of it.
    var spec: SpecDocument
    /// The anchors it links to, for finding files that are not API docs.
    var linkSummary: StrayFiles.Summary
    /// Its internal links that no anchor known when it was read resolves, located.
    var links: [LinkRule.Link]
    /// The wording it uses to mark sections, in document order, for the wording rule across files. (The rest of
    /// what the dialect logged while reading it, such as how each table was read, is not kept.)
    var sectionMarkers: [SpecSectionMarker]
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
