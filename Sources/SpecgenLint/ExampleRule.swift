import SpecgenIR
import SpecgenSupport

/// The docs' own ```` ```json ```` examples: each must be valid JSON (a syntax error is reported at its line and
/// column in the Markdown file) and agree with the type it illustrates: no field the table lists as always present
/// may be missing, every value has the JSON type its row says, and enumeration values are listed. Keys the tables do
/// not list are allowed, as they are in the generated code. Messages name types as the generated code does (the
/// IR's references to types are not names).
struct ExampleRule {
    /// The files, with their examples.
    let files: [LintedFile]
    /// The schema the examples are checked against.
    let schema: Schema
    /// The name a message gives the type the IR refers to by a reference (the Swift pass's name).
    let typeName: (String) -> String

    /// The findings for every JSON example.
    func check() -> [Diagnostic] {
        // The types declared at each heading, in schema order; an example goes to the one of its declaration's name
        // (Discord's gateway event set shares its heading with the index table of the events), else to the first.
        var declared: [SourceLocation: [SchemaType]] = [:]
        for type in schema.types where type.origin == .declared {
            declared[type.location, default: []].append(type)
        }
        var findings: [Diagnostic] = []
        for file in files {
            for declaration in file.spec.declarations {
                for example in declaration.examples where example.language == "json" {
                    let located: JSONText.Located
                    do {
                        located = try JSONText.parse(example.text)
                    } catch let error as JSONText.SyntaxError {
                        findings.append(
                            Diagnostic(
                                .warning, "JSON example is not valid JSON: \(error.message)",
                                at: position(error.line, error.column, in: example),
                                code: LintRule.exampleInvalidJSON.rawValue))
                        continue
                    } catch {
                        continue
                    }
                    let candidates = declared[declaration.location] ?? []
                    guard
                        let type = candidates.first(where: { $0.docName == declaration.qualifiedName })
                            ?? candidates.first
                    else { continue }
                    var checker = ValueChecker(schema: schema, example: example, typeName: typeName)
                    checker.check(located, against: .named(type.name), nullable: false, path: "")
                    findings += checker.findings
                }
            }
        }
        return findings
    }
}

/// Where a position of an example's text is in its Markdown file.
private func position(_ line: Int, _ column: Int, in example: SpecExample) -> SourceRange {
    SourceRange(
        path: example.location.path, line: example.location.line + line - 1,
        column: example.location.column + column - 1)
}

/// Checks one JSON value against a type of the schema and collects what disagrees.
private struct ValueChecker {
    let schema: Schema
    let example: SpecExample
    /// The name a message gives the type the IR refers to by a reference.
    let typeName: (String) -> String
    var findings: [Diagnostic] = []
    /// Types being checked on the current path, so that a value is not checked against a type twice in a cycle.
    var depth = 0

    init(schema: Schema, example: SpecExample, typeName: @escaping (String) -> String) {
        self.schema = schema
        self.example = example
        self.typeName = typeName
    }

    mutating func report(_ code: LintRule, _ message: String, at value: JSONText.Located) {
        findings.append(
            Diagnostic(
                .warning, message, at: position(value.line, value.column, in: example),
                code: code.rawValue))
    }

    /// `path` is where the value is, as `.key[0].key` (empty for the example itself).
    mutating func check(_ value: JSONText.Located, against type: TypeRef, nullable: Bool, path: String) {
        guard depth < 64 else { return }
        if case .null = value.value {
            if !nullable, type != .any {
                report(
                    .exampleWrongType, "\(describe(path)) is null, but its row does not allow null (no `?`)",
                    at: value)
            }
            return
        }
        switch type {
        case .any:
            return
        case .string, .timestamp, .snowflake:
            expect("string", value, path: path, type: type)
        case .integer:
            expect("integer", value, path: path, type: type)
        case .number:
            if case .number = value.value { return }
            expect("number", value, path: path, type: type)
        case .boolean:
            expect("boolean", value, path: path, type: type)
        case .object:
            expect("object", value, path: path, type: type)
        case .array(let element):
            guard case .array(let elements) = value.value else {
                expect("array", value, path: path, type: type)
                return
            }
            for (index, item) in elements.enumerated() {
                check(item, against: element, nullable: false, path: path + "[\(index)]")
            }
        case .named(let name):
            guard let named = schema.type(named: name) else { return }
            depth += 1
            defer { depth -= 1 }
            checkNamed(value, named, path: path)
        }
    }

    mutating func expect(_ jsonType: String, _ value: JSONText.Located, path: String, type: TypeRef) {
        let actual = value.value.typeName
        if actual == jsonType || (jsonType == "number" && actual == "integer") { return }
        report(
            .exampleWrongType,
            "\(describe(path)) is \(article(actual)) \(actual), but its row says \(named(type).dumped)",
            at: value)
    }

    /// The reference with each type it names spelled by its name in messages.
    func named(_ ref: TypeRef) -> TypeRef {
        switch ref {
        case .named(let reference): return .named(typeName(reference))
        case .array(let element): return .array(named(element))
        default: return ref
        }
    }

    mutating func checkNamed(_ value: JSONText.Located, _ type: SchemaType, path: String) {
        switch type.kind {
        case .object(let object):
            guard case .object(let members) = value.value else {
                report(
                    .exampleWrongType,
                    "\(describe(path)) is \(article(value.value.typeName)) "
                        + "\(value.value.typeName), but its row says \(typeName(type.name)) (an object)", at: value)
                return
            }
            var properties = object.checkedProperties
            if let variants = object.variants,
                let tag = members.first(where: { $0.key == variants.discriminator }),
                case .string(let tagValue) = tag.value.value,
                let variant = variants.variants.first(where: { $0.tag == tagValue }),
                case .object(let variantObject)? = schema.type(named: variant.typeName)?.kind
            {
                for property in variantObject.properties {
                    if let i = properties.firstIndex(where: { $0.jsonName == property.jsonName }) {
                        properties[i] = property
                    } else {
                        properties.append(property)
                    }
                }
            }
            checkMembers(members, of: value, properties: properties, typeName: type.docName, path: path)
        case .enumeration(let enumeration) where enumeration.flags != nil:
            // A set of flags: any bits, as an integer or a string of digits, which the models read either way (one
            // set of flags can be both: Application's `flags` integer and `flags_new` string).
            if case .number(_, true) = value.value { return }
            expect("string", value, path: path, type: .named(type.name))
        case .enumeration(let enumeration):
            let raw: String
            switch value.value {
            case .string(let s) where !enumeration.isInteger: raw = s
            case .number(let n, true) where enumeration.isInteger: raw = n
            default:
                report(
                    .exampleWrongType,
                    "\(describe(path)) is \(article(value.value.typeName)) "
                        + "\(value.value.typeName), but its row says \(typeName(type.name)) (\(enumeration.isInteger ? "integer" : "string") values)",
                    at: value)
                return
            }
            if !enumeration.cases.contains(where: { $0.value == raw }) {
                report(
                    .exampleUnknownValue,
                    "\(describe(path)) is '\(raw)', which '\(type.docName)' does not list "
                        + "(it lists \(enumeration.cases.prefix(6).map { "'\($0.value)'" }.joined(separator: ", "))"
                        + "\(enumeration.cases.count > 6 ? ", …" : ""))", at: value)
            }
        case .union(let union):
            for member in union.members {
                var trial = ValueChecker(schema: schema, example: example, typeName: typeName)
                trial.depth = depth
                trial.check(value, against: member.type, nullable: false, path: path)
                if trial.findings.isEmpty { return }
            }
            // Report against the first member (the most specific one).
            if let first = union.members.first { check(value, against: first.type, nullable: false, path: path) }
        case .eventSet(let set):
            guard case .object(let members) = value.value else {
                report(
                    .exampleWrongType,
                    "\(describe(path)) is \(article(value.value.typeName)) "
                        + "\(value.value.typeName), but a message is an object", at: value)
                return
            }
            checkMembers(members, of: value, properties: set.envelope, typeName: type.docName, path: path)
            // A message its code alone identifies (Discord's Hello, `op` 10); any other code but the dispatch code
            // has the envelope's rules only.
            if let tag = set.opcode, let op = members.first(where: { $0.key == tag.key }),
                case .number(let text, true) = op.value.value, let code = Int(text), code != tag.dispatch
            {
                if let event = set.events.first(where: { $0.opcode == code }) {
                    checkPayload(of: event, in: set, members: members, of: value, path: path)
                }
                return
            }
            guard let name = members.first(where: { $0.key == set.discriminator }),
                case .string(let eventName) = name.value.value
            else { return }
            guard let event = set.events.first(where: { $0.name == eventName && $0.opcode == nil }) else {
                report(
                    .exampleUnknownValue, "event '\(eventName)' is not one of the events '\(type.docName)' lists",
                    at: name.value)
                return
            }
            checkPayload(of: event, in: set, members: members, of: value, path: path)
        }
    }

    /// Checks a message's payload (or, for a frame event, the whole message) against its event's type.
    mutating func checkPayload(
        of event: Event, in set: EventSetType, members: [JSONText.Member], of value: JSONText.Located, path: String
    ) {
        switch event.payload {
        case .data(let payload, _, _):
            if let key = set.payloadKey, let data = members.first(where: { $0.key == key }) {
                check(data.value, against: payload, nullable: event.isPayloadNullable, path: path + "." + key)
            }
        case .frame(.named(let frame), _):
            if case .object(let object)? = schema.type(named: frame)?.kind {
                checkMembers(members, of: value, properties: object.properties, typeName: typeName(frame), path: path)
            }
        default:
            break
        }
    }

    mutating func checkMembers(
        _ members: [JSONText.Member], of value: JSONText.Located, properties: [Property],
        typeName: String, path: String
    ) {
        for property in properties {
            if let member = members.first(where: { $0.key == property.jsonName }) {
                check(
                    member.value, against: property.type, nullable: property.isNullable,
                    path: path + "." + property.jsonName)
            } else if property.isRequired {
                report(
                    .exampleMissingField,
                    "\(path.isEmpty ? "JSON example" : describe(path)) has no '\(property.jsonName)', which "
                        + "'\(typeName)' lists as always present (\(property.location.fileLine))", at: value)
            }
        }
    }

    func describe(_ path: String) -> String {
        path.isEmpty ? "the example" : "'\(path.dropFirst(path.hasPrefix(".") ? 1 : 0))'"
    }

    func article(_ word: String) -> String {
        ["a", "e", "i", "o", "u"].contains(word.first.map(String.init) ?? "") ? "an" : "a"
    }
}
