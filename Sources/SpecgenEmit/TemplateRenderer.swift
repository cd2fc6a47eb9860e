import Mustache

/// Renders specgen's templates as swift-mustache renders them, several times faster, for the part of Mustache they
/// use: text, variables (`{{name}}`, `{{{name}}}`, `{{&name}}`, `{{.}}`), sections and inverted sections (over flags,
/// texts, view models and lists of them, and the list position `first()`, `last()`, `index()`, `even()`, `odd()`),
/// partials (indented when they stand alone on their line), comments and `{{% CONTENT_TYPE: … }}`.
///
/// swift-mustache's renderer looks every name up through `Mirror`-style dynamic casts on each object of the context
/// stack, splits each name at its dots on every lookup, and builds each section's text as a string of its own. This
/// one parses every template once into a tree, classifies each object once when it enters the stack, and writes every
/// section into one byte buffer. The parsing follows swift-mustache's rules exactly (which whitespace a standalone tag
/// removes, how a partial's lines are indented), so the output is byte for byte the same; the goldens prove it.
///
/// Templates that use anything else (other delimiters, inheritance, dynamic partials, dotted names, other
/// transforms, text other than ASCII), and values that need it (a lambda, a template), are left to swift-mustache:
/// ``init(templates:)`` returns `nil` and ``render(_:template:)`` throws ``Unsupported``.
struct TemplateRenderer: Sendable {
    /// A template or value this renderer leaves to swift-mustache.
    struct Unsupported: Error {}

    /// The parsed templates by name.
    let templates: [String: [Node]]
    /// The templates the partial tags name, indexed as the tags name them (`nil` for a template there is not).
    let partials: [[Node]?]
    /// The names of the partials the tags name, indexed as the tags name them.
    let partialNames: [String]
    /// The key names the tags name, indexed as the tags name them (see ``TemplateKeyTable``).
    let keyNames: [String]

    /// Parses templates by name; `nil` when one of them uses Mustache this renderer does not cover.
    init?(templates sources: [String: String]) {
        var templates: [String: [Node]] = [:]
        var names = Names()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            var parser = Parser(bytes: Array(source.utf8), names: names)
            guard parser.bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0B && $0 != 0x0C && $0 != 0x0D }),
                let nodes = try? parser.parse(section: nil, newLine: true)
            else { return nil }
            templates[name] = nodes
            names = parser.names
        }
        self.templates = templates
        partials = names.partials.names.map { templates[$0] }
        partialNames = names.partials.names
        keyNames = names.keys.names
    }

    /// Renders a template with a view model as its context, as UTF-8 bytes; `nil` for an unknown template.
    func render(_ model: Any, template: String) throws(Unsupported) -> [UInt8]? {
        guard let nodes = templates[template] else { return nil }
        var run = Run(partials: partials, keyNames: keyNames)
        run.stack.append(run.frame(model))
        run.render(nodes, Context(sequence: nil, indentation: nil, escapesHTML: true))
        if run.unsupported { throw Unsupported() }
        return run.out
    }

    // MARK: - The tree

    /// Names numbered in the order they are first met.
    struct Numbering: Sendable {
        /// The names by number.
        private(set) var names: [String] = []
        private var numbers: [String: Int] = [:]

        /// The name's number.
        mutating func number(_ name: String) -> Int {
            if let number = numbers[name] { return number }
            names.append(name)
            numbers[name] = names.count - 1
            return names.count - 1
        }
    }

    /// The key names and partial names of all templates.
    struct Names: Sendable {
        var keys = Numbering()
        var partials = Numbering()
    }

    /// What a tag names.
    enum Name: Equatable, Sendable {
        /// `.`: the innermost object.
        case current
        /// A key (by its number in ``Names/keys``), looked up from the innermost object outwards.
        case key(Int)
        /// `first()`, `last()`, …: the position in the list being rendered.
        case position(String)
    }

    /// A parsed piece of a template.
    enum Node: Sendable {
        case text([UInt8])
        case variable(Name, escaped: Bool)
        case section(Name, [Node])
        case invertedSection(Name, [Node])
        /// A partial (by its number in ``Names/partials``); a standalone one indents its lines by the whitespace
        /// before it.
        case partial(Int, indentation: [UInt8]?)
        /// `{{% CONTENT_TYPE: TEXT }}` (`false`) or `HTML` (`true`).
        case contentType(escapesHTML: Bool)
    }

    // MARK: - Parsing

    /// swift-mustache's parser (`MustacheTemplate.parse`), on the bytes of an ASCII template.
    private struct Parser {
        let bytes: [UInt8]
        var position = 0
        /// The names met so far, in this and the templates parsed before.
        var names: Names

        static let newline = UInt8(ascii: "\n")

        var reachedEnd: Bool { position == bytes.count }

        /// The current byte, 0 at the end.
        var current: UInt8 { reachedEnd ? 0 : bytes[position] }

        static func isWhitespace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A
        }

        static func isNameCharacter(_ byte: UInt8, brackets: Bool) -> Bool {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "A")...UInt8(ascii: "Z"):
                return true
            case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"):
                return true
            case UInt8(ascii: "("), UInt8(ascii: ")"):
                return brackets
            default:
                return false
            }
        }

        mutating func read(while condition: (UInt8) -> Bool) -> ArraySlice<UInt8> {
            let start = position
            while !reachedEnd, condition(bytes[position]) { position += 1 }
            return bytes[start..<position]
        }

        /// Reads `}}` (or fails).
        mutating func readEnd() throws(Unsupported) {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "}"),
                bytes[position + 1] == UInt8(ascii: "}")
            else { throw Unsupported() }
            position += 2
        }

        /// The text up to a newline (not read) or `{{` (read).
        mutating func readUntilDelimiterOrNewline() -> [UInt8] {
            var text: [UInt8] = []
            while !reachedEnd {
                let byte = bytes[position]
                if byte == Self.newline { break }
                if byte == UInt8(ascii: "{") {
                    if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "{") {
                        position += 2
                        break
                    }
                }
                text.append(byte)
                position += 1
            }
            return text
        }

        /// Whether the rest of the line is blank; if so, reads it and its newline.
        mutating func hasLineFinished() -> Bool {
            if reachedEnd { return true }
            var end = position
            while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
            guard end < bytes.count, bytes[end] == Self.newline else { return false }
            position = end + 1
            return true
        }

        mutating func isStandalone(newLine: Bool) -> Bool {
            newLine && hasLineFinished()
        }

        /// A tag's name: `name`, `.`, or `position()`.
        mutating func parseName() throws(Unsupported) -> Name {
            _ = read(while: Self.isWhitespace)
            let text = read(while: { Self.isNameCharacter($0, brackets: true) })
            _ = read(while: Self.isWhitespace)
            try readEnd()
            let name = String(decoding: text, as: UTF8.self)
            if name == "." { return .current }
            if text.allSatisfy({ Self.isNameCharacter($0, brackets: false) }) {
                guard !name.isEmpty, !name.contains(".") else { throw Unsupported() }
                return .key(names.keys.number(name))
            }
            guard name.hasSuffix("()"), name.dropLast(2).allSatisfy({ $0.isLetter }), name.count > 2 else {
                throw Unsupported()
            }
            return .position(String(name.dropLast(2)))
        }

        /// Parses up to the end of the template, or of a section's closing tag.
        mutating func parse(section: Name?, newLine startsLine: Bool) throws(Unsupported) -> [Node] {
            var nodes: [Node] = []
            var newLine = startsLine
            var whiteSpaceBefore: [UInt8] = []
            while !reachedEnd {
                if newLine {
                    whiteSpaceBefore = Array(read(while: { $0 == 0x20 || $0 == 0x09 }))
                }
                let text = readUntilDelimiterOrNewline()
                if current == Self.newline {
                    nodes.append(.text(whiteSpaceBefore + text + [Self.newline]))
                    newLine = true
                    position += 1
                    continue
                }
                if !text.isEmpty {
                    nodes.append(.text(whiteSpaceBefore + text))
                    whiteSpaceBefore = []
                    newLine = false
                }
                if reachedEnd { break }
                var setNewLine = false
                switch current {
                case UInt8(ascii: "#"), UInt8(ascii: "^"):
                    let inverted = current == UInt8(ascii: "^")
                    position += 1
                    let name = try parseName()
                    if isStandalone(newLine: newLine) {
                        setNewLine = true
                    } else if !whiteSpaceBefore.isEmpty {
                        nodes.append(.text(whiteSpaceBefore))
                        whiteSpaceBefore = []
                    }
                    let body = try parse(section: name, newLine: setNewLine)
                    nodes.append(inverted ? .invertedSection(name, body) : .section(name, body))
                case UInt8(ascii: "/"):
                    position += 1
                    guard try parseName() == section else { throw Unsupported() }
                    if !isStandalone(newLine: newLine), !whiteSpaceBefore.isEmpty {
                        nodes.append(.text(whiteSpaceBefore))
                    }
                    return nodes
                case UInt8(ascii: "!"):
                    position += 1
                    while !reachedEnd, !(current == UInt8(ascii: "}") && bytes.dropFirst(position + 1).first == 0x7D) {
                        position += 1
                    }
                    try readEnd()
                    setNewLine = isStandalone(newLine: newLine)
                case UInt8(ascii: "{"), UInt8(ascii: "&"):
                    let braces = current == UInt8(ascii: "{")
                    if !whiteSpaceBefore.isEmpty {
                        nodes.append(.text(whiteSpaceBefore))
                        whiteSpaceBefore = []
                    }
                    position += 1
                    let name = try parseName()
                    if braces {
                        guard current == UInt8(ascii: "}") else { throw Unsupported() }
                        position += 1
                    }
                    nodes.append(.variable(name, escaped: false))
                case UInt8(ascii: ">"):
                    position += 1
                    _ = read(while: Self.isWhitespace)
                    guard current != UInt8(ascii: "*") else { throw Unsupported() }
                    let name = read(while: {
                        Self.isNameCharacter($0, brackets: true) || $0 == UInt8(ascii: "/")
                    })
                    _ = read(while: Self.isWhitespace)
                    try readEnd()
                    if !whiteSpaceBefore.isEmpty {
                        nodes.append(.text(whiteSpaceBefore))
                    }
                    let standalone = isStandalone(newLine: newLine)
                    setNewLine = standalone
                    nodes.append(
                        .partial(
                            names.partials.number(String(decoding: name, as: UTF8.self)),
                            indentation: standalone ? whiteSpaceBefore : nil))
                    whiteSpaceBefore = []
                case UInt8(ascii: "%"):
                    position += 1
                    _ = read(while: Self.isWhitespace)
                    let variable = read(while: { Self.isNameCharacter($0, brackets: false) })
                    _ = read(while: Self.isWhitespace)
                    guard variable.elementsEqual("CONTENT_TYPE".utf8), current == UInt8(ascii: ":") else {
                        throw Unsupported()
                    }
                    position += 1
                    _ = read(while: Self.isWhitespace)
                    let value = read(while: { Self.isNameCharacter($0, brackets: false) })
                    _ = read(while: Self.isWhitespace)
                    try readEnd()
                    if value.elementsEqual("TEXT".utf8) {
                        nodes.append(.contentType(escapesHTML: false))
                    } else if value.elementsEqual("HTML".utf8) {
                        nodes.append(.contentType(escapesHTML: true))
                    } else {
                        throw Unsupported()
                    }
                    setNewLine = isStandalone(newLine: newLine)
                case UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: "$"):
                    throw Unsupported()
                default:
                    if !whiteSpaceBefore.isEmpty {
                        nodes.append(.text(whiteSpaceBefore))
                        whiteSpaceBefore = []
                    }
                    nodes.append(.variable(try parseName(), escaped: true))
                }
                newLine = setNewLine
            }
            guard section == nil else { throw Unsupported() }
            return nodes
        }
    }

    // MARK: - Rendering

    /// An object of the context stack, classified once as it enters.
    private enum Frame {
        /// A view model, whose keys are read typed, through its type's table.
        case viewModel(any TemplateViewModel, TemplateKeyTable)
        /// A view model of a list, read in place: the list, the index, and the table of the elements' type.
        case element(any TemplateModelList, Int, TemplateKeyTable)
        case model(any MustacheParent)
        case text(TemplateText)
        case other(Any)

        /// The value of a key on this object (swift-mustache: `MustacheParent.child(named:)`, else `Mirror`).
        func child(key: Int, names: [String]) -> TemplateValue? {
            switch self {
            case .viewModel(let model, let table):
                return model.templateValue(key: key, in: table)
            case .element(let list, let index, let table):
                return list.templateValue(element: index, key: key, in: table)
            case .model(let model):
                return model.child(named: names[key]).map { .other($0) }
            case .text(let text):
                return names[key] == "renderText" ? .other(text.renderText) : nil
            case .other(let object):
                guard let value = Mirror(reflecting: object).children.first(where: { $0.label == names[key] })?.value
                else {
                    return nil
                }
                return Self.unwrapped(value).map { .other($0) }
            }
        }

        /// The object, as the innermost one (`{{.}}`).
        var object: TemplateValue {
            switch self {
            case .viewModel(let model, _): .model(model)
            case .element(let list, let index, _): .model(list.element(index))
            case .model(let model): .other(model)
            case .text(let text): .text(text)
            case .other(let object): .other(object)
            }
        }

        /// The value an optional holds, `nil` for an empty one, any other value as it is.
        static func unwrapped(_ value: Any) -> Any? {
            let mirror = Mirror(reflecting: value)
            guard mirror.displayStyle == .optional else { return value }
            return mirror.children.first?.value
        }
    }

    /// The position in the list being rendered.
    private struct Position {
        var first: Bool
        var last: Bool
        var index: Int
    }

    /// What a template renders with besides the stack (swift-mustache's `MustacheContext`).
    private struct Context {
        var sequence: Position?
        var indentation: [UInt8]?
        var escapesHTML: Bool
    }

    /// One rendering.
    private struct Run {
        let partials: [[Node]?]
        let keyNames: [String]
        var stack: [Frame] = []
        var out: [UInt8] = []
        var unsupported = false
        /// The key tables of the view model types met so far.
        var tables: [ObjectIdentifier: TemplateKeyTable] = [:]

        init(partials: [[Node]?], keyNames: [String]) {
            self.partials = partials
            self.keyNames = keyNames
            out.reserveCapacity(1 << 16)
        }

        /// The key table of a view model type, made the first time the type is met.
        mutating func table(for type: any TemplateViewModel.Type) -> TemplateKeyTable {
            let id = ObjectIdentifier(type)
            if let table = tables[id] { return table }
            let table = type.templateKeyTable(names: keyNames)
            tables[id] = table
            return table
        }

        /// An object as it enters the stack, classified.
        mutating func frame(_ object: Any) -> Frame {
            if let text = object as? TemplateText {
                return .text(text)
            } else if let model = object as? any TemplateViewModel {
                return .viewModel(model, table(for: type(of: model)))
            } else if let model = object as? any MustacheParent {
                return .model(model)
            } else {
                return .other(object)
            }
        }

        /// A view model as it enters the stack.
        mutating func frame(_ model: any TemplateViewModel) -> Frame {
            .viewModel(model, table(for: type(of: model)))
        }

        /// Renders nodes; with an indentation, each node's output that starts a line is indented.
        mutating func render(_ nodes: [Node], _ context: Context) {
            var context = context
            let start = out.count
            let indentation = context.indentation.flatMap { $0.isEmpty ? nil : $0 }
            for node in nodes {
                let nodeStart = out.count
                render(node, &context)
                if let indentation, out.count > nodeStart, nodeStart > start, out[nodeStart - 1] == Parser.newline {
                    out.insert(contentsOf: indentation, at: nodeStart)
                }
            }
        }

        mutating func render(_ node: Node, _ context: inout Context) {
            switch node {
            case .text(let text):
                out += text
            case .variable(let name, let escaped):
                switch lookUp(name, context) {
                case nil: return
                case .text(let text): write(text.renderText, escaped: escaped, context)
                case .flag(let flag): write(flag ? "true" : "false", escaped: escaped, context)
                case .texts(let texts): write(texts.map(TemplateText.init), escaped: escaped, context)
                case .model(let model): write(model, escaped: escaped, context)
                case .models(let models): write(models.anyValue, escaped: escaped, context)
                case .other(let value): write(value, escaped: escaped, context)
                }
            case .section(let name, let body):
                switch lookUp(name, context) {
                case nil: return
                case .text(let text): if !text.isNull { renderWith(.text(text), body, context) }
                case .flag(let flag): if flag { render(body, context) }
                case .texts(let texts): renderEach(texts, { .text(TemplateText($0)) }, body, context)
                case .model(let model): renderWith(frame(model), body, context)
                case .models(let models): renderEach(models, body, context)
                case .other(let child):
                    if child is MustacheLambda {
                        unsupported = true
                    } else {
                        renderSection(child, body, context)
                    }
                }
            case .invertedSection(let name, let body):
                switch lookUp(name, context) {
                case nil: render(body, context)
                case .text(let text): if text.isNull { render(body, context) }
                case .flag(let flag): if !flag { render(body, context) }
                case .texts(let texts):
                    if texts.isEmpty { renderWith(.other(texts.map(TemplateText.init)), body, context) }
                case .model: return
                case .models(let models): if models.count == 0 { renderWith(.other(models.anyValue), body, context) }
                case .other(let child): renderInvertedSection(child, body, context)
                }
            case .partial(let name, let indentation):
                guard let template = partials[name] else { return }
                let partialIndentation = indentation.map { (context.indentation ?? []) + $0 } ?? context.indentation
                render(template, Context(sequence: nil, indentation: partialIndentation, escapesHTML: true))
            case .contentType(let escapesHTML):
                context.escapesHTML = escapesHTML
            }
        }

        func lookUp(_ name: Name, _ context: Context) -> TemplateValue? {
            switch name {
            case .current:
                return stack.last?.object
            case .position(let transform):
                guard let position = context.sequence else { return nil }
                switch transform {
                case "first": return .flag(position.first)
                case "last": return .flag(position.last)
                case "index": return .other(position.index)
                case "even": return .flag(position.index & 1 == 0)
                case "odd": return .flag(position.index & 1 == 1)
                default: return nil
                }
            case .key(let key):
                for frame in stack.reversed() {
                    if let child = frame.child(key: key, names: keyNames) { return child }
                }
                return nil
            }
        }

        mutating func write(_ value: Any, escaped: Bool, _ context: Context) {
            let text: String
            if let value = value as? TemplateText {
                text = value.renderText
            } else if value is MustacheTemplate || value is MustacheLambda {
                unsupported = true
                return
            } else if let value = value as? MustacheCustomRenderable {
                text = value.renderText
            } else {
                text = String(describing: Frame.unwrapped(value) ?? value)
            }
            write(text, escaped: escaped, context)
        }

        /// Writes a text, HTML-escaped for an escaped tag in HTML content.
        mutating func write(_ text: String, escaped: Bool, _ context: Context) {
            if escaped && context.escapesHTML {
                out += Self.htmlEscaped(text).utf8
            } else {
                out += text.utf8
            }
        }

        /// swift-mustache's `htmlEscape()`.
        static func htmlEscaped(_ text: String) -> String {
            var escaped = ""
            for character in text {
                switch character {
                case "<": escaped += "&lt;"
                case ">": escaped += "&gt;"
                case "&": escaped += "&amp;"
                case "\"": escaped += "&quot;"
                case "'": escaped += "&#39;"
                default: escaped.append(character)
                }
            }
            return escaped
        }

        mutating func renderSection(_ child: Any?, _ body: [Node], _ context: Context) {
            guard let child else { return }
            if let text = child as? TemplateText {
                if !text.isNull { renderWith(.text(text), body, context) }
            } else if let sequence = child as? any MustacheSequence {
                renderEach(sequence, body, context)
            } else if let flag = child as? Bool {
                if flag { render(body, context) }
            } else if let renderable = child as? MustacheCustomRenderable, renderable.isNull {
                return
            } else {
                renderWith(frame(child), body, context)
            }
        }

        mutating func renderInvertedSection(_ child: Any?, _ body: [Node], _ context: Context) {
            guard let child else { return render(body, context) }
            if let text = child as? TemplateText {
                if text.isNull { render(body, context) }
            } else if let sequence = child as? any MustacheSequence {
                if isEmpty(sequence) { renderWith(.other(sequence), body, context) }
            } else if let flag = child as? Bool {
                if !flag { render(body, context) }
            } else if let renderable = child as? MustacheCustomRenderable, renderable.isNull {
                render(body, context)
            }
        }

        func isEmpty(_ sequence: some Sequence) -> Bool {
            var iterator = sequence.makeIterator()
            return iterator.next() == nil
        }

        /// Renders a section with an object pushed on the stack.
        mutating func renderWith(_ frame: Frame, _ body: [Node], _ context: Context) {
            stack.append(frame)
            var inner = context
            inner.sequence = nil
            render(body, inner)
            stack.removeLast()
        }

        /// Renders a section once per element of a list of any values, each classified as it enters the stack.
        mutating func renderEach(_ sequence: some Sequence, _ body: [Node], _ context: Context) {
            var frames: [Frame] = []
            for element in sequence { frames.append(frame(element)) }
            renderEach(frames, { $0 }, body, context)
        }

        /// Renders a section once per view model of a list, each read in place.
        mutating func renderEach(_ list: any TemplateModelList, _ body: [Node], _ context: Context) {
            let keys = table(for: list.elementType)
            renderEach(0..<list.count, { .element(list, $0, keys) }, body, context)
        }

        /// Renders a section once per element of a list, each pushed on the stack with its position.
        mutating func renderEach<Elements: Sequence>(
            _ sequence: Elements, _ frame: (Elements.Element) -> Frame, _ body: [Node], _ context: Context
        ) {
            var iterator = sequence.makeIterator()
            guard var element = iterator.next() else { return }
            var inner = context
            var position = Position(first: true, last: false, index: 0)
            while true {
                let next = iterator.next()
                position.last = next == nil
                inner.sequence = position
                stack.append(frame(element))
                render(body, inner)
                stack.removeLast()
                guard let next else { return }
                element = next
                position.first = false
                position.index += 1
            }
        }
    }
}

extension TemplateRenderer {
    /// swift-mustache's `htmlEscape()` (what an escaped tag writes in HTML content).
    static func htmlEscaped(_ text: String) -> String {
        Run.htmlEscaped(text)
    }
}
