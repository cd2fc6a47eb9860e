import Mustache
import SpecgenSupport
import SpecgenTemplates

/// The templates emitters render with: the defaults compiled into specgen, with any replacements a user supplies.
public struct TemplateSet: Sendable {
    /// The templates' texts by name.
    private let sources: [String: String]
    /// The templates parsed by swift-mustache, when it renders them or must check them (replacements); otherwise
    /// they are parsed only if ``TemplateRenderer`` hands a rendering back.
    private let library: MustacheLibrary?
    /// The same templates parsed for the faster ``TemplateRenderer``, when it covers all they use. `nil` for the
    /// built-in templates rendered compiled: they are parsed only if a template is asked for that the compiled
    /// functions do not render (``builtInRenderer``).
    private let renderer: TemplateRenderer?
    /// Whether the templates are the built-in ones that ``CompiledTemplates`` was compiled from, which then renders
    /// its root templates.
    private let compiled: Bool

    /// How a template set renders its templates (the tests compare the three).
    enum Rendering: Sendable {
        /// The built-in templates through the functions compiled from them ahead of time (``CompiledTemplates``)
        /// when they are up to date, anything else as ``interpreted``.
        case compiled
        /// Through ``TemplateRenderer`` when it covers the templates, otherwise through swift-mustache.
        case interpreted
        /// Through swift-mustache.
        case mustache
    }

    /// The names of the templates specgen uses.
    public static var templateNames: [String] { TemplateCatalog.templates.keys.sorted() }

    /// Parses the templates.
    ///
    /// - Parameter overrides: Replacement template texts by name (file name without `.mustache`); each must name a
    ///   template specgen has.
    /// - Throws: ``TemplateError`` for an unknown name or a template that does not parse.
    public init(overrides: [String: String] = [:]) throws {
        if overrides.isEmpty {
            self = try Self.builtIn.get()
        } else {
            try self.init(overrides: overrides, rendering: .compiled)
        }
    }

    /// The built-in templates, parsed once per process: every run without overrides shares them.
    private static let builtIn = Result { try TemplateSet(overrides: [:], rendering: .compiled) }

    /// The built-in templates parsed for ``TemplateRenderer``, for a compiled set when the compiled functions do
    /// not render a template; parsed the first time one is needed.
    private static let builtInRenderer = TemplateRenderer(templates: TemplateCatalog.templates)

    /// Whether the root templates are rendered by the functions compiled from them (``CompiledTemplates``).
    var rendersCompiled: Bool { compiled }

    /// Parses the templates, choosing how they are rendered (the tests compare the ways).
    init(overrides: [String: String], rendering: Rendering) throws {
        for name in overrides.keys.sorted() where TemplateCatalog.templates[name] == nil {
            throw TemplateError(
                template: name,
                message: "specgen has no template named '\(name)' (it has "
                    + Self.templateNames.joined(separator: ", ") + ")")
        }
        sources = TemplateCatalog.templates.merging(overrides) { $1 }
        compiled =
            rendering == .compiled && overrides.isEmpty && CompiledTemplates.keys != nil
            && CompiledTemplates.fingerprint == TemplateCompiler.fingerprint(sources)
        renderer = rendering == .mustache || compiled ? nil : TemplateRenderer(templates: sources)
        library = (renderer == nil && !compiled) || !overrides.isEmpty ? try Self.parse(sources) : nil
    }

    /// The templates parsed by swift-mustache.
    private static func parse(_ sources: [String: String]) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: source), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError(
                    template: name,
                    message: "line \(error.context.lineNumber), column \(error.context.columnNumber): \(error.error)")
            } catch {
                throw TemplateError(template: name, message: "\(error)")
            }
        }
        return library
    }

    /// Renders a Swift template and tidies the text: no trailing spaces, `\n` line endings, one final newline, and
    /// lines longer than 120 columns broken as ``SwiftLineLayout`` does.
    func render(_ model: Any, template: String) throws -> String {
        String(decoding: try renderBytes(model, template: template), as: UTF8.self)
    }

    /// ``render(_:template:)`` as the UTF-8 bytes of the text, which is how the emitters take it: the bytes are
    /// written to the file as they are.
    func renderBytes(_ model: Any, template: String) throws -> [UInt8] {
        if compiled, let text = CompiledTemplates.render(model, template: template) {
            return Self.tidyAndLayOut(text)
        } else if let renderer = renderer ?? (compiled ? Self.builtInRenderer : nil),
            let text = try? renderer.render(model, template: template)
        {
            return Self.tidyAndLayOut(text)
        } else if let text = try (library ?? Self.parse(sources)).render(model, withTemplate: template) {
            return SwiftLineLayout.layout(utf8: Self.tidy(utf8: text))
        } else {
            throw TemplateError(template: template, message: "template not found")
        }
    }

    /// Rendered bytes tidied (``tidy(_:)``) and laid out (``SwiftLineLayout``): the indentation markers applied
    /// first, then the trailing blanks dropped as the layout splits the lines.
    static func tidyAndLayOut(_ text: consuming [UInt8]) -> [UInt8] {
        let hasMarkers = text.withUnsafeBufferPointer {
            ByteScan.index(of: 0x01, in: $0, from: 0, to: $0.count) < $0.count
        }
        if hasMarkers { text = text.withUnsafeBufferPointer(indented) }
        return SwiftLineLayout.layout(utf8: text, tidying: true)
    }

    /// The lines a template writes with `{{indentMore}}` and `{{indentLess}}`: the lines between them are indented
    /// by four more spaces (Mustache indents only a partial's own lines, not the lines of the sections inside it).
    static let indentMore = "\u{1}specgen-indent-more"
    static let indentLess = "\u{1}specgen-indent-less"

    /// The text without trailing spaces, tabs and carriage returns on its lines, its indentation markers applied
    /// (see ``indented(_:)``), ending in exactly one newline.
    static func tidy(_ text: String) -> String {
        String(decoding: tidy(utf8: text), as: UTF8.self)
    }

    /// ``tidy(_:)`` as UTF-8 bytes.
    static func tidy(utf8 text: String) -> [UInt8] {
        var text = text
        return text.withUTF8(tidy(bytes:))
    }

    /// ``tidy(_:)`` on UTF-8 bytes.
    static func tidy(bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        // The markers start with U+0001, which nothing else writes; a byte scan is far cheaper than a string search.
        guard ByteScan.index(of: 0x01, in: bytes, from: 0, to: bytes.count) < bytes.count else {
            return tidyLines(bytes)
        }
        return indented(bytes).withUnsafeBufferPointer(tidyLines)
    }

    /// The lines without their trailing blanks, and no newline at the end but one.
    private static func tidyLines(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count + 1)
        // The text is copied in runs of lines, a run ending where a line has trailing blanks.
        var runStart = 0
        var lineStart = 0
        var end = 0
        repeat {
            end = ByteScan.index(of: 0x0A, in: text, from: lineStart, to: text.count)
            // Drop trailing spaces, tabs and carriage returns of the line just ended.
            var contentEnd = end
            while contentEnd > lineStart, [0x20, 0x09, 0x0D].contains(text[contentEnd - 1]) { contentEnd -= 1 }
            if contentEnd < end {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<contentEnd]))
                // The next run starts with this line's newline.
                runStart = end
            }
            lineStart = end + 1
        } while end < text.count
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<text.count]))
        while let last = bytes.last, last == 0x0A { bytes.removeLast() }
        bytes.append(0x0A)
        return bytes
    }
}

extension TemplateSet {
    /// The text with the lines between the indentation markers indented, and the marker lines removed.
    static func indented(_ text: String) -> String {
        var text = text
        return text.withUTF8 { String(decoding: indented($0), as: UTF8.self) }
    }

    /// ``indented(_:)`` on UTF-8 bytes.
    static func indented(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let more = Array(indentMore.utf8)
        let less = Array(indentLess.utf8)
        var depth = 0
        var lines = 0
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count + text.count / 4)
        var lineStart = 0
        var end = 0
        repeat {
            end = ByteScan.index(of: 0x0A, in: text, from: lineStart, to: text.count)
            let line = UnsafeBufferPointer(rebasing: text[lineStart..<end])
            lineStart = end + 1
            let content = line.drop { $0 == 0x20 }
            if content.elementsEqual(more) {
                depth += 1
            } else if content.elementsEqual(less) {
                depth = max(0, depth - 1)
            } else {
                if lines > 0 { bytes.append(0x0A) }
                lines += 1
                if depth > 0 && !content.isEmpty { bytes += repeatElement(0x20, count: 4 * depth) }
                bytes += line
            }
        } while end < text.count
        return bytes
    }
}

/// A template that is missing, unknown or does not parse.
public struct TemplateError: Error, CustomStringConvertible, Sendable {
    /// The template's name.
    public var template: String
    /// What is wrong.
    public var message: String

    /// `template 'name': message`.
    public var description: String { "template '\(template)': \(message)" }
}

/// A string as the templates see it. Mustache renders a value it knows as text straight away; a plain `String`
/// would first be tried as a template, a lambda and an optional, then printed through `String(describing:)`.
/// An empty text is false in a section (`{{#note}} {{note}}{{/note}}`).
struct TemplateText: MustacheCustomRenderable {
    let renderText: String
    var isNull: Bool { renderText.isEmpty }

    init(_ text: String) {
        renderText = text
    }
}
