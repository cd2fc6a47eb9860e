import SpecgenTemplates

/// Compiles templates ahead of time into Swift render functions: the source of ``CompiledTemplates``.
///
/// `Templates/` stays the one place that defines the emitted text; this turns the trees ``TemplateRenderer`` parses
/// into Swift code that does what ``TemplateRenderer`` does, node by node, with every lookup resolved when the code is
/// generated: the view model types on the context stack are known at each tag (from the root type given for each
/// template and the key kinds of ``TemplateKeyKind``), so a tag becomes a call of the key's typed reader on the right
/// object, and a section a loop or a condition over a typed value. A lookup that can miss at run time (an optional
/// value) falls back to the enclosing objects in the order ``TemplateRenderer`` tries them. A partial becomes one
/// function per stack of view model types it is rendered with.
///
/// The generated file is checked in (`Sources/SpecgenEmit/CompiledTemplates.swift`); a test regenerates it and fails
/// when it is stale (`SPECGEN_RECORD=1` rewrites it). It records a fingerprint of the template texts, and
/// ``TemplateSet`` uses it only for the built-in templates with that fingerprint and when every key it reads has
/// the type it expects; replacement templates (`--templates`) are interpreted.
struct TemplateCompiler {
    /// A template the compiler cannot turn into Swift (a tag ``TemplateRenderer`` leaves to swift-mustache or that
    /// would print a list or a view model).
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The templates the built-in Swift emitters render, with the view model type each is rendered with.
    static let builtInRoots: [(template: String, type: any TemplateViewModel.Type)] = [
        ("models.swift", SwiftFileViewModel.self), ("validators.swift", ValidatorFileViewModel.self),
    ]

    /// The Swift source of ``CompiledTemplates`` for the built-in templates.
    static func builtInSource() throws -> String {
        try source(templates: TemplateCatalog.templates, roots: builtInRoots)
    }

    /// The fingerprint of a set of template texts (64-bit FNV-1a over the names and texts, in the order of the
    /// names).
    static func fingerprint(_ templates: [String: String]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (name, text) in templates.sorted(by: { $0.key < $1.key }) {
            for byte in name.utf8 + [0] + text.utf8 + [0] {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        return hash
    }

    /// The Swift source of ``CompiledTemplates`` for templates, each root template rendered with its view model type.
    static func source(
        templates: [String: String], roots: [(template: String, type: any TemplateViewModel.Type)]
    ) throws -> String {
        guard let renderer = TemplateRenderer(templates: templates) else {
            throw Failure(description: "the templates use Mustache that TemplateRenderer does not cover")
        }
        var compiler = TemplateCompiler(renderer: renderer)
        return try compiler.file(fingerprint: fingerprint(templates), roots: roots)
    }

    // MARK: - State

    private typealias Node = TemplateRenderer.Node

    /// What an object of the context stack is, as far as lookups go.
    private enum FrameType {
        /// A view model of the type, held by a variable.
        case model(any TemplateViewModel.Type)
        /// A text (a section over a text or a list of texts), held by a `String` variable.
        case text
        /// An empty list (an inverted section over it): no key is found on it.
        case other

        var signature: String {
            switch self {
            case .model(let type): TemplateCompiler.typeName(type)
            case .text: "String"
            case .other: "-"
            }
        }
    }

    private struct Frame {
        var type: FrameType
        /// The variable that holds the object (none for ``FrameType/other``).
        var variable: String
    }

    /// What a node list is rendered with (``TemplateRenderer``'s context at that point).
    private struct Scope {
        var stack: [Frame]
        /// The variables of the list and index of the innermost list being rendered, when `first()` and the like
        /// are defined.
        var sequence: (list: String, index: String)?
        var escapesHTML: Bool
    }

    /// A key's value on one object of the stack, as a candidate of a lookup.
    private struct Candidate {
        var reader: Reader
        var variable: String
        var kind: TemplateKeyKind
    }

    /// What a tag does with the value it looks up.
    private enum Use {
        case variable(escaped: Bool)
        case section([Node])
        case invertedSection([Node])
    }

    /// A key reader of ``CompiledTemplates/Keys``, or a property read directly.
    private struct Reader {
        var name: String
        var model: String
        var key: String
        var valueType: String
        /// The stored property the key reads as it is, read directly (no closure, no copy of the view model).
        var property: String?
        /// Whether the property is a number, rendered in decimal.
        var isNumber = false

        /// The expression that reads the key's value from the view model in a variable.
        func read(_ variable: String) -> String {
            guard let property else { return "k.\(name)(\(variable))" }
            return isNumber ? "String(\(variable).\(property))" : "\(variable).\(property)"
        }
    }

    private let renderer: TemplateRenderer
    private var readers: [String: Reader] = [:]
    private var functionNames: [String: String] = [:]
    private var functions: [[String]] = []
    private var pending: [(name: String, partial: Int, stack: [FrameType])] = []
    private var counter = 0
    /// The view model types whose keys the lookups depend on, by name.
    private var consulted: [String: any TemplateViewModel.Type] = [:]

    private init(renderer: TemplateRenderer) {
        self.renderer = renderer
    }

    // MARK: - The file

    private mutating func file(
        fingerprint: UInt64, roots: [(template: String, type: any TemplateViewModel.Type)]
    ) throws -> String {
        var entries: [String] = []
        for (index, root) in roots.enumerated() {
            guard let nodes = renderer.templates[root.template] else {
                throw Failure(description: "there is no template named '\(root.template)'")
            }
            let name = "template\(index)"
            let type = Self.typeName(root.type)
            var body = Lines(depth: 2)
            try list(nodes, Scope(stack: [Frame(type: .model(root.type), variable: "a0")], escapesHTML: true), &body)
            functions.append(
                [
                    "    /// The template `\(root.template)`.",
                    "    private static func \(name)(_ w: inout CompiledTemplateWriter, _ ind: [UInt8], _ k: Keys, _ a0: \(type)) {",
                ] + body.lines + ["    }"])
            entries += [
                "        case \(Self.literal(root.template)):",
                "            guard let model = model as? \(type) else { return nil }",
                "            \(name)(&w, [], keys, model)",
            ]
            while !pending.isEmpty {
                let next = pending.removeFirst()
                try partialFunction(next.name, partial: next.partial, stack: next.stack)
            }
        }
        var text = [
            "// swift-format-ignore-file",
            "// Generated from the templates in Templates/ by TemplateCompiler: do not edit. After changing a template",
            "// or a view model's keys, regenerate it with",
            "// `SPECGEN_RECORD=1 swift test --filter CompiledTemplatesTests` (a test fails while it is stale). The",
            "// functions read the view models' stored properties by name: a property they read that is renamed",
            "// is renamed here too, so that the module builds and the file can be regenerated.",
            "",
            "/// The built-in templates compiled to Swift (see ``TemplateCompiler``).",
            "enum CompiledTemplates {",
            "    /// The fingerprint of the templates these functions were compiled from (``TemplateCompiler/fingerprint(_:)``).",
            "    static let fingerprint: UInt64 = 0x\(String(fingerprint, radix: 16))",
            "",
            "    /// The key readers, `nil` when a view model's keys are not of the types these functions were compiled for.",
            "    static let keys = Keys()",
            "",
            "    /// Renders a root template with its view model; `nil` for another template or type, or when ``keys`` is `nil`.",
            "    static func render(_ model: Any, template: String) -> [UInt8]? {",
            "        guard let keys else { return nil }",
            "        var w = CompiledTemplateWriter()",
            "        switch template {",
        ]
        text += entries
        text += [
            "        default:",
            "            return nil",
            "        }",
            "        return w.bytes",
            "    }",
            "",
            "    /// The typed readers of the keys the templates read.",
            "    struct Keys {",
        ]
        let sortedReaders = readers.values.sorted { $0.name < $1.name }
        for reader in sortedReaders where reader.property == nil {
            text.append("        let \(reader.name): @Sendable (\(reader.model)) -> \(reader.valueType)")
        }
        text += ["", "        init?() {"]
        for (name, type) in consulted.sorted(by: { $0.key < $1.key }) {
            text.append(
                "            guard TemplateCompiler.keySignature(\(name).self) == \(Self.literal(Self.keySignature(type)))"
                    + " else { return nil }")
        }
        for reader in sortedReaders {
            if let property = reader.property {
                // The property is read directly: the key must still read it.
                text.append(
                    "            guard \(reader.model).templateKeys[\(Self.literal(reader.key))]?"
                        + ".reads(\\\(reader.model).\(property)) == true else { return nil }")
                continue
            }
            text.append(
                "            guard let \(reader.name) = \(reader.model).templateKeys[\(Self.literal(reader.key))]?"
                    + ".typedReader(as: \(reader.valueType).self) else { return nil }")
            text.append("            self.\(reader.name) = \(reader.name)")
        }
        text += ["        }", "    }"]
        for function in functions {
            text.append("")
            text += function
        }
        text.append("}")
        return text.joined(separator: "\n") + "\n"
    }

    private mutating func partialFunction(_ name: String, partial: Int, stack: [FrameType]) throws {
        var parameters: [String] = []
        var frames: [Frame] = []
        for (index, type) in stack.enumerated() {
            switch type {
            case .model(let model):
                parameters.append("_ a\(index): \(Self.typeName(model))")
                frames.append(Frame(type: type, variable: "a\(index)"))
            case .text:
                parameters.append("_ a\(index): String")
                frames.append(Frame(type: type, variable: "a\(index)"))
            case .other:
                frames.append(Frame(type: type, variable: ""))
            }
        }
        var body = Lines(depth: 2)
        try list(renderer.partials[partial] ?? [], Scope(stack: frames, escapesHTML: true), &body)
        let signature = (["_ w: inout CompiledTemplateWriter", "_ ind: [UInt8]", "_ k: Keys"] + parameters)
            .joined(separator: ", ")
        functions.append(
            [
                "    /// The partial `\(renderer.partialNames[partial])`.",
                "    private static func \(name)(\(signature)) {",
            ]
                + body.lines + ["    }"])
    }

    // MARK: - Nodes

    /// Lines of code at a depth of indentation.
    private struct Lines {
        var lines: [String] = []
        var depth: Int

        mutating func add(_ line: String) {
            lines.append(String(repeating: "    ", count: depth) + line)
        }
    }

    private mutating func fresh(_ prefix: String) -> String {
        counter += 1
        return prefix + String(counter)
    }

    /// A node list, as ``TemplateRenderer``'s `render(_:_:)` renders it.
    ///
    /// A node's output is indented only when it starts a line; a node that follows a text not ending in a newline
    /// never does, so it is not checked.
    private mutating func list(_ nodes: [Node], _ scope: Scope, _ out: inout Lines) throws {
        var scope = scope
        let start = nodes.count > 1 ? fresh("s") : ""
        var body = Lines(depth: out.depth)
        for (index, node) in nodes.enumerated() {
            if index == 0 || Self.endsWithinLine(nodes[index - 1]) {
                try self.node(node, &scope, &body)
                continue
            }
            let nodeStart = fresh("n")
            body.add("let \(nodeStart) = w.count")
            try self.node(node, &scope, &body)
            body.add("w.indent(ind, node: \(nodeStart), list: \(start))")
        }
        if body.lines.contains(where: { Self.mentions($0, start) }) { out.add("let \(start) = w.count") }
        out.lines += body.lines
    }

    /// Whether a node is a text that does not end in a newline: the node after it does not start a line.
    private static func endsWithinLine(_ node: Node) -> Bool {
        guard case .text(let bytes) = node, let last = bytes.last else { return false }
        return last != UInt8(ascii: "\n")
    }

    private mutating func node(_ node: Node, _ scope: inout Scope, _ out: inout Lines) throws {
        switch node {
        case .text(let bytes):
            var rest = bytes[...]
            while !rest.isEmpty {
                let piece = rest.prefix(80)
                rest = rest.dropFirst(piece.count)
                out.add("w.write(\(Self.literal(String(decoding: piece, as: UTF8.self))) as StaticString)")
            }
        case .contentType(let escapesHTML):
            scope.escapesHTML = escapesHTML
        case .variable(let name, let escaped):
            try tag(name, .variable(escaped: escaped && scope.escapesHTML), scope, &out)
        case .section(let name, let body):
            try tag(name, .section(body), scope, &out)
        case .invertedSection(let name, let body):
            try tag(name, .invertedSection(body), scope, &out)
        case .partial(let partial, let indentation):
            guard renderer.partials[partial] != nil else { return }
            let frames = reduced(scope.stack)
            let stack = frames.map(\.type)
            let key = "\(partial):" + stack.map(\.signature).joined(separator: ",")
            let name: String
            if let known = functionNames[key] {
                name = known
            } else {
                name = "partial\(functionNames.count)"
                functionNames[key] = name
                guard stack.count < 64 else {
                    throw Failure(description: "the partial '\(renderer.partialNames[partial])' nests too deeply")
                }
                pending.append((name, partial, stack))
            }
            let indentationExpression =
                if let indentation, !indentation.isEmpty {
                    "ind + \(indentation)"
                } else {
                    "ind"
                }
            let arguments = frames.filter { !$0.variable.isEmpty }.map(\.variable)
            out.add("\(name)(" + (["&w", indentationExpression, "k"] + arguments).joined(separator: ", ") + ")")
        }
    }

    /// The stack without the objects no lookup can reach, so that a partial that includes itself inside a section
    /// (a list's check, for its elements) is compiled once, as a recursive function: below the top, a text or an
    /// empty list (no key is found on them), and a view model whose type has only keys that cannot be missing and is
    /// also nearer the top (every key either is found on the nearer one or on neither).
    private mutating func reduced(_ stack: [Frame]) -> [Frame] {
        var kept: [Frame] = []
        var seen: Set<ObjectIdentifier> = []
        for (index, frame) in stack.enumerated().reversed() {
            switch frame.type {
            case .text, .other:
                if index != stack.count - 1 { continue }
            case .model(let type):
                consulted[Self.typeName(type)] = type
                if seen.contains(ObjectIdentifier(type)) { continue }
                if type.templateKeyKinds.values.allSatisfy({ !$0.isOptional }) { seen.insert(ObjectIdentifier(type)) }
            }
            kept.append(frame)
        }
        return kept.reversed()
    }

    /// A tag: its name looked up, and the value used.
    private mutating func tag(_ name: TemplateRenderer.Name, _ use: Use, _ scope: Scope, _ out: inout Lines) throws {
        switch name {
        case .current:
            guard let top = scope.stack.last else { return try missing(use, scope, &out) }
            guard case .text = top.type else {
                throw Failure(description: "'{{.}}' on a view model or a list cannot be compiled")
            }
            try found(.text(optional: false), top.variable, use, scope, &out)
        case .position(let transform):
            guard let sequence = scope.sequence else { return try missing(use, scope, &out) }
            let flag: String
            switch transform {
            case "first": flag = "\(sequence.index) == 0"
            case "last": flag = "\(sequence.index) == \(sequence.list).count - 1"
            case "even": flag = "\(sequence.index) & 1 == 0"
            case "odd": flag = "\(sequence.index) & 1 == 1"
            case "index":
                guard case .variable = use else {
                    throw Failure(description: "a section over 'index()' cannot be compiled")
                }
                return out.add("w.write(number: \(sequence.index))")
            default:
                return try missing(use, scope, &out)
            }
            let variable = fresh("v")
            out.add("let \(variable) = \(flag)")
            try found(.flag, variable, use, scope, &out)
        case .key(let key):
            let candidates = try lookUp(renderer.keyNames[key], scope)
            try chain(candidates[...], use, scope, &out)
        }
    }

    /// The objects of the stack that declare a key, from the innermost, up to the first whose value cannot be
    /// missing.
    private mutating func lookUp(_ key: String, _ scope: Scope) throws -> [Candidate] {
        var candidates: [Candidate] = []
        for frame in scope.stack.reversed() {
            switch frame.type {
            case .model(let type):
                consulted[Self.typeName(type)] = type
                guard let kind = type.templateKeyKinds[key] else { continue }
                candidates.append(Candidate(reader: reader(type, key, kind), variable: frame.variable, kind: kind))
                if !kind.isOptional { return candidates }
            case .text:
                guard key != "renderText" else { throw Failure(description: "'renderText' cannot be compiled") }
            case .other:
                continue
            }
        }
        return candidates
    }

    /// The reader of a key of a view model type.
    private mutating func reader(_ type: any TemplateViewModel.Type, _ key: String, _ kind: TemplateKeyKind) -> Reader {
        let model = Self.typeName(type)
        let id = model + "." + key
        if let reader = readers[id] { return reader }
        let valueType: String
        switch kind {
        case .text(let optional): valueType = optional ? "String?" : "String"
        case .texts: valueType = "[String]"
        case .flag: valueType = "Bool"
        case .model(let type, let optional): valueType = Self.typeName(type) + (optional ? "?" : "")
        case .models(let type, let optional): valueType = "[\(Self.typeName(type))]" + (optional ? "?" : "")
        }
        let shortName = model.split(separator: ".").last.map(String.init) ?? model
        let base =
            shortName.prefix(1).lowercased() + shortName.dropFirst() + "_"
            + String(key.map { $0.isLetter || $0.isNumber ? $0 : "_" })
        var name = base
        while readers.values.contains(where: { $0.name == name }) { name += "_" }
        var reader = Reader(name: name, model: model, key: key, valueType: valueType)
        if let path = type.templateKeyPaths[key], let property = Self.propertyName(path, of: type) {
            reader.property = property
            reader.isNumber = Swift.type(of: path).valueType == Int.self
        }
        readers[id] = reader
        return reader
    }

    /// The name of the stored property a key path names directly (`\Model.name`), or `nil` (a longer path).
    static func propertyName(_ path: AnyKeyPath, of type: any TemplateViewModel.Type) -> String? {
        // A key path describes itself as `\Model.name`, the type's name qualified by its module or not.
        var text = Substring(String(describing: path))
        guard text.hasPrefix("\\") else { return nil }
        text = text.dropFirst()
        let qualified = _typeName(type, qualified: true)
        for prefix in [qualified + ".", typeName(type) + "."] where text.hasPrefix(prefix) {
            let property = text.dropFirst(prefix.count)
            let isIdentifier =
                property.first.map { $0.isLetter || $0 == "_" } == true
                && property.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            return isIdentifier ? String(property) : nil
        }
        return nil
    }

    /// A lookup over its candidates: the first one whose value is there is used.
    private mutating func chain(
        _ candidates: ArraySlice<Candidate>, _ use: Use, _ scope: Scope, _ out: inout Lines
    ) throws {
        guard let candidate = candidates.first else { return try missing(use, scope, &out) }
        if case .variable = use, candidate.reader.isNumber, !candidate.kind.isOptional,
            let property = candidate.reader.property
        {
            // A number is written as its decimal digits, without a `String` made of them (escaping leaves digits
            // and a minus sign as they are).
            return out.add("w.write(number: \(candidate.variable).\(property))")
        }
        let variable = fresh("v")
        let read = candidate.reader.read(candidate.variable)
        var used = Lines(depth: out.depth + (candidate.kind.isOptional ? 1 : 0))
        try found(candidate.kind, variable, use, scope, &used)
        let isUsed = used.lines.contains { Self.mentions($0, variable) }
        guard candidate.kind.isOptional else {
            if isUsed { out.add("let \(variable) = \(read)") }
            out.lines += used.lines
            return
        }
        out.add(isUsed ? "if let \(variable) = \(read) {" : "if \(read) != nil {")
        out.lines += used.lines
        var rest = Lines(depth: out.depth + 1)
        try chain(candidates.dropFirst(), use, scope, &rest)
        if rest.lines.isEmpty {
            out.add("}")
        } else {
            out.add("} else {")
            out.lines += rest.lines
            out.add("}")
        }
    }

    /// A tag whose name is found nowhere.
    private mutating func missing(_ use: Use, _ scope: Scope, _ out: inout Lines) throws {
        if case .invertedSection(let body) = use {
            try list(body, scope, &out)
        }
    }

    /// A tag whose value is in a variable.
    private mutating func found(
        _ kind: TemplateKeyKind, _ variable: String, _ use: Use, _ scope: Scope, _ out: inout Lines
    ) throws {
        switch (kind, use) {
        case (.text, .variable(let escaped)):
            out.add(escaped ? "w.writeEscaped(\(variable))" : "w.write(\(variable))")
        case (.flag, .variable):
            out.add("w.write(flag: \(variable))")
        case (.texts, .variable), (.model, .variable), (.models, .variable):
            throw Failure(description: "printing a list or a view model cannot be compiled")
        case (.text, .section(let body)):
            try block("if !\(variable).isEmpty {", body, pushing: Frame(type: .text, variable: variable), scope, &out)
        case (.text, .invertedSection(let body)):
            try block("if \(variable).isEmpty {", body, pushing: nil, scope, &out)
        case (.flag, .section(let body)):
            try block("if \(variable) {", body, pushing: nil, scope, &out)
        case (.flag, .invertedSection(let body)):
            try block("if !\(variable) {", body, pushing: nil, scope, &out)
        case (.texts, .section(let body)):
            try each(variable, .text, body, scope, &out)
        case (.models(let type, _), .section(let body)):
            try each(variable, .model(type), body, scope, &out)
        case (.texts, .invertedSection(let body)), (.models, .invertedSection(let body)):
            try block("if \(variable).isEmpty {", body, pushing: Frame(type: .other, variable: ""), scope, &out)
        case (.model(let type, _), .section(let body)):
            var inner = scope
            inner.stack.append(Frame(type: .model(type), variable: variable))
            inner.sequence = nil
            try list(body, inner, &out)
        case (.model, .invertedSection):
            return
        }
    }

    /// A section's body under a condition, with an object pushed on the stack (and no list position) or not.
    private mutating func block(
        _ condition: String, _ body: [Node], pushing frame: Frame?, _ scope: Scope, _ out: inout Lines
    ) throws {
        var inner = scope
        if let frame {
            inner.stack.append(frame)
            inner.sequence = nil
        }
        var lines = Lines(depth: out.depth + 1)
        try list(body, inner, &lines)
        out.add(condition)
        out.lines += lines.lines
        out.add("}")
    }

    /// A section's body once per element of a list, each pushed on the stack with its position.
    private mutating func each(
        _ variable: String, _ type: FrameType, _ body: [Node], _ scope: Scope, _ out: inout Lines
    ) throws {
        let index = fresh("i")
        let buffer = fresh("l")
        // The element is read in place, through the list's buffer (`l[i].name`): binding it to a constant copied the
        // whole view model, with a retain and a release of each of its strings and lists.
        var inner = scope
        inner.stack.append(Frame(type: type, variable: "\(buffer)[\(index)]"))
        inner.sequence = (variable, index)
        var lines = Lines(depth: out.depth + 2)
        try list(body, inner, &lines)
        let uses = { (name: String) in lines.lines.contains { Self.mentions($0, name) } }
        guard uses(buffer) else {
            out.add("for \(uses(index) ? index : "_") in \(variable).indices {")
            out.lines += lines.lines.map { String($0.dropFirst(4)) }
            out.add("}")
            return
        }
        out.add("\(variable).withUnsafeBufferPointer { \(buffer) in")
        out.add("    for \(index) in \(buffer).indices {")
        out.lines += lines.lines
        out.add("    }")
        out.add("}")
    }

    // MARK: - Text

    /// Whether a line of code names a variable (not only a longer name that starts with it).
    private static func mentions(_ line: String, _ name: String) -> Bool {
        var rest = line[...]
        while let range = rest.range(of: name) {
            let next = rest[range.upperBound...].first
            if next == nil || !(next!.isLetter || next!.isNumber) { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }

    /// A view model type's keys and their kinds, as one text: the compiled templates are used only with view
    /// models whose keys are the ones they were compiled for (a key added, removed or changed changes the lookups).
    static func keySignature(_ type: any TemplateViewModel.Type) -> String {
        type.templateKeyKinds.map { name, kind in
            let code =
                switch kind {
                case .text(let optional): optional ? "text?" : "text"
                case .texts: "texts"
                case .flag: "flag"
                case .model(let model, let optional): "model(\(typeName(model)))" + (optional ? "?" : "")
                case .models(let model, let optional): "models(\(typeName(model)))" + (optional ? "?" : "")
                }
            return name + ":" + code
        }
        .sorted().joined(separator: ",")
    }

    /// A view model type's name in the generated code.
    static func typeName(_ type: any TemplateViewModel.Type) -> String {
        // `_typeName` reads the name from the type's metadata; `String(reflecting:)` would first search the
        // protocol conformances of the metatype (for a custom description), which cost a tenth of a small run.
        let name = _typeName(type, qualified: true)
        return name.hasPrefix("SpecgenEmit.") ? String(name.dropFirst("SpecgenEmit.".count)) : name
    }

    /// A Swift string literal of ASCII text.
    static func literal(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": literal += "\\\\"
            case "\"": literal += "\\\""
            case "\n": literal += "\\n"
            case "\t": literal += "\\t"
            case " "..."~": literal.unicodeScalars.append(scalar)
            default: literal += "\\u{\(String(scalar.value, radix: 16))}"
            }
        }
        return literal + "\""
    }
}

extension TemplateViewModel {
    /// The kinds of this type's keys, by name.
    static var templateKeyKinds: [String: TemplateKeyKind] {
        templateKeys.mapValues(\.kind)
    }

    /// The key paths of the properties this type's keys read as they are, by key name (see ``TemplateKey/path``).
    static var templateKeyPaths: [String: AnyKeyPath] {
        templateKeys.compactMapValues { $0.path.map { $0 as AnyKeyPath } }
    }
}
