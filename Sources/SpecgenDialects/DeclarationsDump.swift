import SpecgenIR
import SpecgenSupport

extension SpecReading {
    /// A readable dump of what a dialect read from one file (see ``SpecgenIR/SpecDocument/dump(log:)``).
    public func dump() -> String {
        document.dump(log: log)
    }
}

extension SpecDocument {
    /// A readable dump of what a dialect read from one file, before anything is resolved: every declaration with
    /// its anchors, fields (JSON key, type expression as written, presence), values, variants and events, then the
    /// anchors of other things, the tables and the section markers. The output of `specgen dump --stage
    /// declarations` and the golden format of the dialects' tests; the same document always gives the same text.
    ///
    /// Lines are `line:column` within the file. Settings that configuration adds later (Swift names and types) are
    /// not part of a dialect's output and are not shown.
    ///
    /// - Parameter log: How the file was read: its tables and section markers.
    public func dump(log: SpecReadingLog = SpecReadingLog()) -> String {
        var out = "document \(path)" + (title.map { " title \(quoted($0))" } ?? "") + "\n"
        for declaration in declarations { dumpDeclaration(declaration, into: &out) }
        for anchor in otherAnchors.keys.sorted() {
            out += "  other anchor #\(anchor)" + ((otherAnchors[anchor] ?? nil).map { " in \($0)" } ?? "") + "\n"
        }
        for table in log.tables {
            out +=
                "  table \(at(table.location)) \(table.role.rawValue) rows \(table.rowCount)"
                + (table.hasTypeColumn ? " typed" : "") + (table.owner.map { " for \(quoted($0))" } ?? "") + "\n"
        }
        for marker in log.sectionMarkers {
            out += "  marker \(at(marker.location)) \(marker.meaning.rawValue) \(marker.form) \(quoted(marker.text))\n"
        }
        return out
    }

    private func dumpDeclaration(_ declaration: SpecDeclaration, into out: inout String) {
        let kind: String
        switch declaration.kind {
        case .object: kind = "object"
        case .enumeration(let e): kind = e.isFlags ? "flags" : e.isInteger ? "enum integer" : "enum"
        case .scalar(let scalar): kind = "scalar \(scalar)"
        case .events: kind = "events"
        case .container: kind = "container"
        case .taggedUnion(let union): kind = "tagged union by \(quoted(union.key))"
        }
        out +=
            "  \(kind) \(quoted(declaration.qualifiedName))" + (declaration.isFullName ? " full-name" : "")
            + " \(at(declaration.location))" + anchorList(declaration.anchors) + "\n"
        if let summary = declaration.summary { out += "    summary \(quoted(summary))\n" }
        for example in declaration.examples {
            out += "    example \(at(example.location)) \(example.language.isEmpty ? "-" : example.language)\n"
        }
        switch declaration.kind {
        case .object(let object):
            for base in object.extends { out += "    extends \(base.dumped)\n" }
            for mention in object.alwaysIncluded {
                out += "    always includes \(mention.name) \(at(mention.location))\n"
            }
            for field in object.fields { out += "    field \(field.dumped)\n" }
            if let variants = object.variants {
                out +=
                    "    variants by \(variants.discriminator) \(at(variants.location))"
                    + anchorList(variants.tagAnchors) + "\n"
                for tag in variants.listedTags { out += "      listed \(tag.dumped)\n" }
                for variant in variants.variants {
                    out +=
                        "      variant \(quoted(variant.tag)) \(at(variant.location))" + anchorList(variant.anchors)
                        + "\n"
                    if let summary = variant.summary { out += "        summary \(quoted(summary))\n" }
                    for field in variant.fields { out += "        field \(field.dumped)\n" }
                    for nested in variant.nested {
                        out += "        nested \(nested.field) \(at(nested.location))\n"
                        for field in nested.fields { out += "          field \(field.dumped)\n" }
                    }
                }
            }
        case .enumeration(let e):
            for value in e.values { out += "    value \(value.dumped)\n" }
        case .events(let set):
            out +=
                "    by \(set.discriminator)" + (set.payloadKey.map { ", payload \($0)" } ?? "")
                + (set.opcode.map { ", opcode \($0.key) (dispatch \($0.dispatch))" } ?? "") + "\n"
            for field in set.envelope { out += "    envelope \(field.dumped)\n" }
            for event in set.events {
                out +=
                    "    event \(quoted(event.name))" + (event.opcode.map { " op \($0)" } ?? "")
                    + " \(at(event.location))" + anchorList(event.anchors) + "\n"
                if let summary = event.summary { out += "      summary \(quoted(summary))\n" }
                switch event.payload {
                case .none: break
                case .type(let type, let alsoRequired, let location):
                    out +=
                        "      payload \(type.dumped) \(at(location))"
                        + (alsoRequired.isEmpty ? "" : " with " + alsoRequired.map(\.name).joined(separator: ", "))
                        + "\n"
                case .fields(let fields, let location), .frame(let fields, let location):
                    let form = if case .frame = event.payload { "frame" } else { "fields" }
                    out += "      payload \(form) \(at(location))\n"
                    for field in fields { out += "        field \(field.dumped)\n" }
                }
            }
        case .taggedUnion(let union):
            for member in union.members {
                out +=
                    "    member \(member.code.map(String.init) ?? "-") \(member.reference.dumped) \(at(member.location))\n"
            }
        case .scalar, .container:
            break
        }
    }

    private func anchorList(_ anchors: [String]) -> String {
        anchors.isEmpty ? "" : " " + anchors.map { "#" + $0 }.joined(separator: " ")
    }
}

/// `line:column`.
private func at(_ location: SourceLocation) -> String {
    "\(location.line):\(location.column)"
}

/// Text in double quotes, with `"`, `\` and line breaks escaped, so that every dumped value stays on one line.
private func quoted(_ text: String) -> String {
    var out = "\""
    for c in text {
        switch c {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default: out.append(c)
        }
    }
    return out + "\""
}

extension SpecField {
    /// `name: type presence [= "constant"] [values from ref] @line:column "summary"`.
    fileprivate var dumped: String {
        "\(name): \(type?.dumped ?? "(none)") \(presence.rawValue)"
            + (constant.map { " = \(quoted($0))" } ?? "")
            + (valuesFrom.map { " values from \($0.dumped)" } ?? "")
            + " \(at(location))" + (summary.map { " \(quoted($0))" } ?? "")
    }
}

extension SpecEnumValue {
    fileprivate var dumped: String {
        quoted(value) + (label.map { " label \(quoted($0))" } ?? "") + " \(at(location))"
            + (summary.map { " \(quoted($0))" } ?? "")
    }
}

extension SpecReference {
    /// `[name](#anchor)`, or the bare name; `partial ` before a partial object's.
    fileprivate var dumped: String {
        (isPartial ? "partial " : "") + (anchor.map { "[\(name)](#\($0))" } ?? name)
    }
}

extension SpecType {
    /// The expression in a notation of its own, the same for every dialect: `integer`, `[User](#user)`,
    /// `array(string)`, `nullable(…)`, `union(a | b)`, `literals("x", "y")`, `untyped("…")`.
    public var dumped: String {
        switch self {
        case .primitive(let primitive): return primitive.rawValue
        case .reference(let reference): return reference.dumped
        case .array(let element): return "array(\(element.dumped))"
        case .nullable(let inner): return "nullable(\(inner.dumped))"
        case .union(let members): return "union(" + members.map(\.dumped).joined(separator: " | ") + ")"
        case .literals(let values): return "literals(" + values.map(quoted).joined(separator: ", ") + ")"
        case .untyped(let text): return "untyped(\(quoted(text)))"
        }
    }
}
