import Mustache
import SpecgenTemplates

/// The templates emitters render with: the defaults compiled into specgen, with any replacements a user supplies.
public struct TemplateSet: Sendable {
    private let library: MustacheLibrary

    /// The names of the templates specgen uses.
    public static var templateNames: [String] { TemplateCatalog.templates.keys.sorted() }

    /// Parses the templates.
    ///
    /// - Parameter overrides: Replacement template texts by name (file name without `.mustache`); each must name a
    ///   template specgen has.
    /// - Throws: ``TemplateError`` for an unknown name or a template that does not parse.
    public init(overrides: [String: String] = [:]) throws {
        var library = MustacheLibrary()
        for name in overrides.keys.sorted() where TemplateCatalog.templates[name] == nil {
            throw TemplateError(
                template: name,
                message: "specgen has no template named '\(name)' (it has "
                    + Self.templateNames.joined(separator: ", ") + ")")
        }
        for (name, text) in TemplateCatalog.templates.sorted(by: { $0.key < $1.key }) {
            let source = overrides[name] ?? text
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
        self.library = library
    }

    /// Renders a Swift template and tidies the text: no trailing spaces, `\n` line endings, one final newline, and
    /// lines longer than 120 columns broken as ``SwiftLineLayout`` does.
    func render(_ model: Any, template: String) throws -> String {
        guard let text = library.render(model, withTemplate: template) else {
            throw TemplateError(template: template, message: "template not found")
        }
        return SwiftLineLayout.layout(Self.tidy(text))
    }

    /// The lines a template writes with `{{indentMore}}` and `{{indentLess}}`: the lines between them are indented
    /// by four more spaces (Mustache indents only a partial's own lines, not the lines of the sections inside it).
    static let indentMore = "\u{1}specgen-indent-more"
    static let indentLess = "\u{1}specgen-indent-less"

    static func tidy(_ text: String) -> String {
        // The markers start with U+0001, which nothing else writes; a byte scan is far cheaper than a string search.
        let text = text.utf8.contains(0x01) ? indented(text) : text
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 1)
        var lineStart = 0
        for byte in text.utf8 {
            if byte == 0x0A {
                // Drop trailing spaces, tabs and carriage returns of the line just ended.
                while bytes.count > lineStart, let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0D {
                    bytes.removeLast()
                }
                bytes.append(0x0A)
                lineStart = bytes.count
            } else {
                bytes.append(byte)
            }
        }
        while bytes.count > lineStart, let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0D {
            bytes.removeLast()
        }
        while let last = bytes.last, last == 0x0A { bytes.removeLast() }
        bytes.append(0x0A)
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension TemplateSet {
    /// The text with the lines between the indentation markers indented, and the marker lines removed.
    static func indented(_ text: String) -> String {
        var depth = 0
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let content = line.drop { $0 == " " }
            if content == indentMore {
                depth += 1
            } else if content == indentLess {
                depth = max(0, depth - 1)
            } else {
                lines.append(
                    depth == 0 || content.isEmpty
                        ? String(line)
                        : String(repeating: "    ", count: depth) + line)
            }
        }
        return lines.joined(separator: "\n")
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
