import Foundation
import SpecgenIR
import SpecgenSupport

/// Reads a configuration file (YAML, or JSON, which YAML includes) into a ``Configuration``.
///
/// Every problem is an error at its line and column: unknown keys (with a suggestion when one is close), values of
/// the wrong kind, names that are not Swift identifiers, overlays that combine operations that do not go together.
/// Whether overlays match the docs is checked later, by ``ConfigurationApplier``.
public struct ConfigurationReader {
    /// The keys of each kind of mapping, as the JSON Schema for the file (`Schemas/specgen-config.schema.json`)
    /// lists them.
    public enum Keys {
        /// The top level.
        public static let root = [
            "inputs", "outputs", "dialect", "accessModifier", "namespace", "sourceLocations", "fastDecoders",
            "types", "typeNames", "fields", "overlays",
        ]
        /// A `fields:` entry.
        public static let fieldSetting = ["swiftName", "swiftType"]
        /// An overlay.
        public static let overlay = [
            "type", "variant", "event", "addEvent", "events", "field", "set", "remove",
            "addFields", "addValues", "replacePayload", "payload", "description", "reason",
        ]
        /// An overlay's `set:`.
        public static let changes = ["type", "presence", "description", "swiftName", "swiftType"]
        /// A field in `addFields:` or a payload.
        public static let field = ["name", "type", "presence", "description"]
        /// A value in `addValues:` written as a mapping.
        public static let value = ["value", "description"]
        /// A payload written as a mapping.
        public static let payload = ["data", "frame", "type", "with"]
    }

    /// Creates a reader.
    public init() {}

    /// Reads a configuration.
    ///
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - path: The display path, used in diagnostics and for fields the overlays add.
    ///   - diagnostics: Where problems are reported.
    /// - Returns: The configuration, or `nil` when the file cannot be parsed at all. Check `diagnostics` for
    ///   errors before using it.
    public func read(_ text: String, path: String, diagnostics: DiagnosticCollector) -> Configuration? {
        guard let root = ConfigNodeReader.read(text, path: path, diagnostics: diagnostics) else { return nil }
        var session = ReadSession(diagnostics: diagnostics)
        return session.configuration(root, path: path)
    }
}

// MARK: - Reading

private struct ReadSession {
    let diagnostics: DiagnosticCollector

    func error(_ message: String, at range: SourceRange) {
        diagnostics.emit(.error, message, at: range, code: "config")
    }

    mutating func configuration(_ root: ConfigNode, path: String) -> Configuration? {
        var configuration = Configuration(path: path)
        guard
            let entries = mapping(
                root, keys: ConfigurationReader.Keys.root, what: "the configuration",
                strict: false)
        else {
            return configuration
        }
        for entry in entries {
            switch entry.key {
            case "inputs":
                configuration.inputs = list(entry.value, what: "'inputs'").compactMap { string($0, what: "an input") }
                    .filter { input in
                        if input.value.isEmpty { error("an input path is empty", at: input.range) }
                        return !input.value.isEmpty
                    }
            case "outputs":
                configuration.outputs = list(entry.value, what: "'outputs'").compactMap {
                    string($0, what: "an output")
                }
                .filter { output in
                    guard Configuration.outputNames.contains(output.value) else {
                        error(
                            "'\(output.value)' is not an output; use one of: "
                                + Configuration.outputNames.joined(separator: ", "), at: output.range)
                        return false
                    }
                    return true
                }
            case "dialect":
                configuration.dialect = string(entry.value, what: "'dialect'")
            case "accessModifier":
                guard let text = string(entry.value, what: "'accessModifier'") else { break }
                if let modifier = AccessModifier(rawValue: text.value) {
                    configuration.accessModifier = modifier
                } else {
                    error(
                        "'accessModifier' is '\(text.value)'; use one of: "
                            + AccessModifier.allCases.map(\.rawValue).joined(separator: ", "), at: text.range)
                }
            case "namespace":
                configuration.namespace = namespace(entry.value)
            case "sourceLocations":
                guard let text = string(entry.value, what: "'sourceLocations'") else { break }
                if let style = SourceLocationStyle(rawValue: text.value) {
                    configuration.sourceLocations = style
                } else {
                    error(
                        "'sourceLocations' is '\(text.value)'; use one of: "
                            + SourceLocationStyle.allCases.map(\.rawValue).joined(separator: ", "), at: text.range)
                }
            case "fastDecoders":
                configuration.fastDecoders = bool(entry.value, what: "'fastDecoders'")
            case "types":
                for item in mapping(entry.value, keys: nil, what: "'types'") ?? [] {
                    guard let type = swiftType(item.value, what: "the Swift type for '\(item.key)'") else { continue }
                    configuration.primitiveTypes.append(
                        PrimitiveTypeSetting(
                            primitive: Located(item.key, at: item.keyRange), swiftType: type))
                }
            case "typeNames":
                for item in mapping(entry.value, keys: nil, what: "'typeNames'") ?? [] {
                    guard let name = identifier(item.value, what: "the Swift name for '\(item.key)'") else { continue }
                    configuration.typeNames.append(
                        TypeNameSetting(
                            type: Located(item.key, at: item.keyRange),
                            swiftName: name))
                }
            case "fields":
                for item in mapping(entry.value, keys: nil, what: "'fields'") ?? [] {
                    if let setting = fieldSetting(item) { configuration.fields.append(setting) }
                }
            case "overlays":
                configuration.overlays = list(entry.value, what: "'overlays'").compactMap { overlay($0) }
            default:
                break
            }
        }
        return configuration
    }

    func fieldSetting(_ item: ConfigEntry) -> FieldSetting? {
        guard item.key.contains(".") else {
            error(
                "'\(item.key)' names no field; write the type's name, a dot and the field's name "
                    + "(ChatChannel.channel_id)", at: item.keyRange)
            return nil
        }
        guard
            let entries = mapping(
                item.value, keys: ConfigurationReader.Keys.fieldSetting,
                what: "the setting for '\(item.key)'")
        else { return nil }
        var setting = FieldSetting(key: Located(item.key, at: item.keyRange))
        for entry in entries {
            switch entry.key {
            case "swiftName": setting.swiftName = identifier(entry.value, what: "'swiftName'")
            case "swiftType": setting.swiftType = swiftType(entry.value, what: "'swiftType'")
            default: break
            }
        }
        if entries.isEmpty {
            error("the setting for '\(item.key)' is empty; give swiftName and/or swiftType", at: item.keyRange)
            return nil
        }
        return setting.swiftName == nil && setting.swiftType == nil ? nil : setting
    }

    // MARK: Overlays

    func overlay(_ node: ConfigNode) -> Overlay? {
        guard let entries = mapping(node, keys: ConfigurationReader.Keys.overlay, what: "an overlay") else {
            return nil
        }
        var values: [String: ConfigEntry] = [:]
        for entry in entries { values[entry.key] = entry }
        let selectors = ["type", "event", "addEvent"].filter { values[$0] != nil }
        guard selectors.count == 1 else {
            error(
                selectors.isEmpty
                    ? "an overlay needs one of 'type', 'event' or 'addEvent' to say what it corrects"
                    : "an overlay applies to one thing; it has "
                        + selectors.map { "'\($0)'" }.joined(separator: " and "),
                at: node.range)
            return nil
        }
        var ok = true
        func text(_ key: String) -> Located<String>? {
            guard let entry = values[key] else { return nil }
            guard let value = string(entry.value, what: "'\(key)'") else {
                ok = false
                return nil
            }
            if value.value.isEmpty {
                error("'\(key)' is empty", at: value.range)
                ok = false
            }
            return value
        }
        func notAllowed(_ keys: [String], _ reason: String) {
            for key in keys {
                if let entry = values[key] {
                    error("'\(key)' \(reason)", at: entry.keyRange)
                    ok = false
                }
            }
        }
        let field = text("field")
        let target: Overlay.Target
        switch selectors[0] {
        case "type":
            guard let type = text("type") else { return nil }
            target = .type(type, variant: text("variant"), field: field)
            notAllowed(["events"], "names an events page for 'addEvent'; this overlay corrects a type")
            notAllowed(["replacePayload", "payload"], "belongs to an event overlay; this one corrects a type")
        case "event":
            guard let event = text("event") else { return nil }
            target = .event(event, field: field)
            notAllowed(["variant"], "selects a variant of a type; events have none")
            notAllowed(["events"], "names an events page for 'addEvent'; 'event' finds its event on any page")
            notAllowed(["addValues"], "adds enumeration values; an event has none")
            notAllowed(["payload"], "defines a new event's payload; to change an existing event, use 'replacePayload'")
        default:
            guard let name = text("addEvent") else { return nil }
            target = .newEvent(name, page: text("events"))
            notAllowed(
                ["field", "variant", "set", "remove", "addFields", "addValues", "replacePayload"],
                "does not apply to a new event; give its 'payload' and 'description'")
        }
        var overlay = Overlay(target: target, range: node.range)
        if let entry = values["set"] {
            // Its problems are reported; checking the rest of the overlay without it would only add confusing ones.
            guard let changes = changes(entry.value) else { return nil }
            overlay.set = changes
        }
        if let entry = values["remove"] {
            guard let flag = bool(entry.value, what: "'remove'") else { return nil }
            overlay.remove = flag
        }
        if let entry = values["addFields"] {
            overlay.addFields = list(entry.value, what: "'addFields'").compactMap { fieldDefinition($0) }
        }
        if let entry = values["addValues"] {
            overlay.addValues = list(entry.value, what: "'addValues'").compactMap { valueDefinition($0) }
        }
        if let entry = values["replacePayload"] ?? values["payload"] {
            guard let payload = payload(entry.value) else { return nil }
            overlay.payload = payload
        }
        if let entry = values["description"] { overlay.description = string(entry.value, what: "'description'")?.value }
        if let entry = values["reason"] { _ = string(entry.value, what: "'reason'") }

        // What goes with what.
        let hasField = field != nil
        switch target {
        case .type, .event:
            if values["description"] != nil {
                notAllowed(
                    ["description"],
                    "describes a new event; to change a description, use 'set: { description: … }'")
            }
            if hasField {
                notAllowed(
                    ["addFields", "addValues", "replacePayload"],
                    "applies to the whole \(selectors[0]); remove 'field' or move it to an overlay of its own")
                if (overlay.set == nil) == !overlay.remove {
                    error(
                        "an overlay on a field either changes it ('set') or removes it ('remove: true')",
                        at: node.range)
                    ok = false
                }
            } else {
                if let set = overlay.set {
                    for (key, present) in [
                        ("type", set.type != nil), ("presence", set.presence != nil),
                        ("swiftType", set.swiftType != nil),
                    ] where present {
                        error("'set: \(key)' changes a field; add 'field' to say which", at: values["set"]!.keyRange)
                        ok = false
                    }
                }
                if overlay.remove, case .type = target {
                    error(
                        "an overlay cannot remove a whole type; remove the fields that use it instead",
                        at: values["remove"]!.keyRange)
                    ok = false
                }
                if overlay.set == nil && !overlay.remove && overlay.addFields.isEmpty && overlay.addValues.isEmpty
                    && overlay.payload == nil && ok
                {
                    error(
                        "this overlay changes nothing; give 'set', 'addFields', 'addValues'"
                            + (selectors[0] == "event" ? ", 'replacePayload' or 'remove'" : ""), at: node.range)
                    ok = false
                }
            }
        case .newEvent:
            if overlay.payload == nil { overlay.payload = .none(node.range) }
        }
        return ok ? overlay : nil
    }

    func changes(_ node: ConfigNode) -> FieldChanges? {
        guard let entries = mapping(node, keys: ConfigurationReader.Keys.changes, what: "'set'") else { return nil }
        var changes = FieldChanges()
        for entry in entries {
            switch entry.key {
            case "type": changes.type = typeText(entry.value)
            case "presence": changes.presence = presence(entry.value)
            case "description": changes.description = string(entry.value, what: "'description'")
            case "swiftName": changes.swiftName = identifier(entry.value, what: "'swiftName'")
            case "swiftType": changes.swiftType = swiftType(entry.value, what: "'swiftType'")
            default: break
            }
        }
        if entries.isEmpty { error("'set' is empty; give what to change", at: node.range) }
        return changes
    }

    func fieldDefinition(_ node: ConfigNode) -> FieldDefinition? {
        guard let entries = mapping(node, keys: ConfigurationReader.Keys.field, what: "a field") else { return nil }
        var name: Located<String>?
        var type: Located<String>?
        var presence = SpecPresence.required
        var description: String?
        for entry in entries {
            switch entry.key {
            case "name": name = string(entry.value, what: "a field's 'name'")
            case "type": type = typeText(entry.value)
            case "presence": presence = self.presence(entry.value)?.value ?? presence
            case "description": description = string(entry.value, what: "'description'")?.value
            default: break
            }
        }
        guard let name, !name.value.isEmpty else {
            error("a field needs a 'name' (its JSON key)", at: node.range)
            return nil
        }
        guard let type else {
            if !entries.contains(where: { $0.key == "type" }) {
                error(
                    "field '\(name.value)' needs a 'type', written as in the docs (\"integer\", "
                        + "\"[Timestamp](#timestamp)\")", at: node.range)
            }
            return nil
        }
        return FieldDefinition(name: name, type: type, presence: presence, description: description, range: node.range)
    }

    func valueDefinition(_ node: ConfigNode) -> ValueDefinition? {
        if case .mapping = node {
            guard let entries = mapping(node, keys: ConfigurationReader.Keys.value, what: "a value") else { return nil }
            guard let entry = entries.first(where: { $0.key == "value" }),
                let value = string(entry.value, what: "'value'")
            else {
                error("a value written as a mapping needs 'value'", at: node.range)
                return nil
            }
            let description = entries.first { $0.key == "description" }
                .flatMap { string($0.value, what: "'description'")?.value }
            return ValueDefinition(value: value, description: description)
        }
        return string(node, what: "a value").map { ValueDefinition(value: $0) }
    }

    func payload(_ node: ConfigNode) -> PayloadDefinition? {
        if case .scalar(let text, _, let range) = node {
            if text == "none" { return PayloadDefinition.none(range) }
            error("a payload is 'none' or a mapping with 'data', 'frame' or 'type'; found '\(text)'", at: range)
            return nil
        }
        guard let entries = mapping(node, keys: ConfigurationReader.Keys.payload, what: "a payload") else {
            return nil
        }
        let kinds = entries.filter { ["data", "frame", "type"].contains($0.key) }
        guard kinds.count == 1 else {
            error(
                "a payload has exactly one of 'data' (fields under the payload key), 'frame' (fields beside the "
                    + "event name) or 'type'", at: node.range)
            return nil
        }
        let with = entries.first { $0.key == "with" }
        if with != nil && kinds[0].key != "type" {
            error(
                "'with' lists optional fields of a payload 'type'; it does not go with '\(kinds[0].key)'",
                at: with!.keyRange)
            return nil
        }
        switch kinds[0].key {
        case "data":
            return .data(list(kinds[0].value, what: "'data'").compactMap { fieldDefinition($0) }, node.range)
        case "frame":
            return .frame(list(kinds[0].value, what: "'frame'").compactMap { fieldDefinition($0) }, node.range)
        default:
            guard let type = typeText(kinds[0].value) else { return nil }
            let fields = with.map { list($0.value, what: "'with'").compactMap { string($0, what: "a field name") } }
            return .type(type, with: fields ?? [], node.range)
        }
    }

    // MARK: Values

    /// The entries of a mapping; reports keys not in `keys` (when given) and a value that is not a mapping. With
    /// `strict`, a mapping with an unknown key is `nil` too, so that the entry is skipped rather than read without
    /// the key (which would report a second, misleading problem).
    func mapping(_ node: ConfigNode, keys: [String]?, what: String, strict: Bool = true) -> [ConfigEntry]? {
        if node.isNull { return [] }
        guard case .mapping(let entries, _) = node else {
            error("\(what) must be a mapping (key: value), not \(node.kindDescription)", at: node.range)
            return nil
        }
        guard let keys else { return entries }
        var known: [ConfigEntry] = []
        for entry in entries {
            if keys.contains(entry.key) {
                known.append(entry)
                continue
            }
            var message = "unknown key '\(entry.key)' in \(what)"
            if let close = Self.closest(to: entry.key, in: keys) { message += "; did you mean '\(close)'?" }
            message += " (expected one of: \(keys.joined(separator: ", ")))"
            error(message, at: entry.keyRange)
        }
        return strict && known.count < entries.count ? nil : known
    }

    func list(_ node: ConfigNode, what: String) -> [ConfigNode] {
        if node.isNull { return [] }
        guard case .sequence(let items, _) = node else {
            error("\(what) must be a list, not \(node.kindDescription)", at: node.range)
            return []
        }
        return items
    }

    func string(_ node: ConfigNode, what: String) -> Located<String>? {
        guard case .scalar(let text, _, let range) = node, !node.isNull else {
            error("\(what) must be text, not \(node.kindDescription)", at: node.range)
            return nil
        }
        return Located(text, at: range)
    }

    func bool(_ node: ConfigNode, what: String) -> Bool? {
        if case .scalar(let text, false, _) = node {
            if text == "true" { return true }
            if text == "false" { return false }
        }
        error("\(what) must be true or false", at: node.range)
        return nil
    }

    /// A type expression in the docs' syntax. A YAML list here is almost always an unquoted link
    /// (`[Timestamp](#timestamp)`), so the message says to quote it.
    func typeText(_ node: ConfigNode) -> Located<String>? {
        switch node {
        case .scalar(let text, let quoted, let range) where !node.isNull:
            // A quoted value starts one column after its quote.
            let start =
                quoted
                ? SourceRange(
                    path: range.start.path, line: range.start.line,
                    column: range.start.column + 1) : range
            if text.trimmingCharacters(in: .whitespaces).isEmpty {
                error("the type is empty", at: range)
                return nil
            }
            return Located(text, at: start)
        case .sequence, .mapping:
            error(
                "a type is text written as in the docs; quote it (type: \"[Timestamp](#timestamp)\")",
                at: node.range)
            return nil
        default:
            error("a type is text written as in the docs (\"integer?\"), not null", at: node.range)
            return nil
        }
    }

    func presence(_ node: ConfigNode) -> Located<SpecPresence>? {
        guard let text = string(node, what: "'presence'") else { return nil }
        guard let presence = SpecPresence(rawValue: text.value) else {
            error(
                "'presence' is 'required' (the key is always there) or 'optional' (it may be absent), not "
                    + "'\(text.value)'", at: text.range)
            return nil
        }
        return Located(presence, at: text.range)
    }

    func identifier(_ node: ConfigNode, what: String) -> Located<String>? {
        guard let text = string(node, what: what) else { return nil }
        guard SwiftTypeSpelling.isIdentifier(text.value) else {
            error(
                "\(what) '\(text.value)' is not a Swift identifier (letters, digits and _, not starting with a "
                    + "digit)", at: text.range)
            return nil
        }
        return text
    }

    /// A namespace: a Swift identifier. Whether generated code can use it (not a keyword, not a name the code
    /// refers to) is the Swift emitters' rule, which the settings resolver applies at this line
    /// (`GeneratorOptions.resolve`).
    func namespace(_ node: ConfigNode) -> Located<String>? {
        identifier(node, what: "'namespace'")
    }

    func swiftType(_ node: ConfigNode, what: String) -> Located<SwiftTypeSetting>? {
        guard let text = string(node, what: what) else { return nil }
        guard let setting = SwiftTypeSpelling.setting(for: text.value) else {
            error(
                "\(what) '\(text.value)' is not a Swift type name (such as Int64, Double or a type of your "
                    + "module)", at: text.range)
            return nil
        }
        return Located(setting, at: text.range)
    }

    /// The key within edit distance 2 of `key` (ignoring case), if there is one.
    static func closest(to key: String, in keys: [String]) -> String? {
        func distance(_ a: [Character], _ b: [Character]) -> Int {
            var row = Array(0...b.count)
            for i in a.indices {
                var diagonal = row[0]
                row[0] = i + 1
                for j in b.indices {
                    let above = row[j + 1]
                    row[j + 1] = min(above + 1, row[j] + 1, diagonal + (a[i] == b[j] ? 0 : 1))
                    diagonal = above
                }
            }
            return row[b.count]
        }
        let lowered = Array(key.lowercased())
        let scored = keys.map { ($0, distance(lowered, Array($0.lowercased()))) }.filter { $0.1 <= 2 }
        return scored.min { $0.1 < $1.1 }?.0
    }
}

/// Swift type names a configuration may use, and what each reads from JSON.
enum SwiftTypeSpelling {
    /// The standard integer types, which read JSON integers only.
    static let integers: Set<String> = [
        "Int", "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32",
        "UInt64",
    ]
    /// The standard floating-point types, which read any JSON number.
    static let floatingPoints: Set<String> = ["Double", "Float", "Float32", "Float64"]

    /// Whether the text is a Swift identifier (ASCII letters, digits and `_`, not starting with a digit).
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, !(first >= "0" && first <= "9") else { return false }
        return text.unicodeScalars.allSatisfy {
            ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") || $0 == "_"
        }
    }

    /// The setting for a written type name (`Int64`, `Swift.Int64`, `UserID`, `MyModule.UserID`), or `nil` when it
    /// is not a (dotted) Swift type name.
    static func setting(for written: String) -> SwiftTypeSetting? {
        let parts = written.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !parts.isEmpty, parts.allSatisfy(isIdentifier) else { return nil }
        let standard = parts.count == 1 ? parts[0] : (parts.count == 2 && parts[0] == "Swift" ? parts[1] : nil)
        if let standard {
            if integers.contains(standard) {
                return SwiftTypeSetting(written: written, swiftName: "Swift." + standard, kind: .integer)
            }
            if floatingPoints.contains(standard) {
                return SwiftTypeSetting(written: written, swiftName: "Swift." + standard, kind: .floatingPoint)
            }
            if standard == "String" {
                return SwiftTypeSetting(written: written, swiftName: "Swift.String", kind: .string)
            }
            if standard == "Bool" {
                return SwiftTypeSetting(written: written, swiftName: "Swift.Bool", kind: .boolean)
            }
        }
        return SwiftTypeSetting(written: written, swiftName: written, kind: .custom)
    }
}
