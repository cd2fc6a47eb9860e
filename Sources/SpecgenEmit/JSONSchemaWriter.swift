/// Writes a ``JSONSchemaNode`` as text directly, byte for byte as `JSONEncoder` writes it with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` (two spaces per level, `"key" : value`, keys in the order of their
/// UTF-8 bytes, an empty array or object as an opening and a closing bracket on lines of their own), several times
/// faster: no intermediate tree of encoded values, no dictionary per object, one byte buffer.
///
/// `JSONSchemaEmitterTests` compares the two on every corpus and on strings that need escaping.
struct JSONSchemaWriter: ~Copyable {
    /// The text written so far (see ``ByteBuffer``).
    private var bytes = ByteBuffer()

    /// The whole document of a node, without a final newline.
    static func text(of node: JSONSchemaNode) -> [UInt8] {
        var writer = JSONSchemaWriter()
        writer.write(node, depth: 0)
        return writer.bytes.bytes
    }

    // MARK: - Values

    /// Writes `"key" : ` on a line of its own, after a comma if another member came before.
    private mutating func key(_ key: String, depth: Int, first: inout Bool) {
        if first {
            first = false
        } else {
            bytes.append(UInt8(ascii: ","))
            bytes.append(0x0A)
        }
        indent(depth)
        string(key)
        bytes.append(0x20)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(0x20)
    }

    /// Closes an object or array whose members were written at `depth + 1`.
    private mutating func close(_ bracket: Character, depth: Int) {
        bytes.append(0x0A)
        indent(depth)
        bytes.append(UInt8(ascii: bracket.unicodeScalars.first!))
    }

    /// A node's keywords, in the order of their names.
    mutating func write(_ node: JSONSchemaNode, depth: Int) {
        bytes.append(UInt8(ascii: "{"))
        bytes.append(0x0A)
        let inner = depth + 1
        var first = true
        if let defs = node.defs {
            key("$defs", depth: inner, first: &first)
            write(defs, depth: inner)
        }
        if let ref = node.ref {
            key("$ref", depth: inner, first: &first)
            string(ref)
        }
        if let schema = node.schema {
            key("$schema", depth: inner, first: &first)
            string(schema)
        }
        if let allOf = node.allOf {
            key("allOf", depth: inner, first: &first)
            array(allOf, depth: inner) { $0.write($1, depth: $2) }
        }
        if let anyOf = node.anyOf {
            key("anyOf", depth: inner, first: &first)
            array(anyOf, depth: inner) { $0.write($1, depth: $2) }
        }
        if let constant = node.const {
            key("const", depth: inner, first: &first)
            literal(constant)
        }
        if let description = node.description {
            key("description", depth: inner, first: &first)
            string(description)
        }
        if let otherwise = node.else {
            key("else", depth: inner, first: &first)
            write(otherwise, depth: inner)
        }
        if let values = node.enumValues {
            key("enum", depth: inner, first: &first)
            array(values, depth: inner) { writer, value, _ in writer.literal(value) }
        }
        if let format = node.format {
            key("format", depth: inner, first: &first)
            string(format)
        }
        if let condition = node.if {
            key("if", depth: inner, first: &first)
            write(condition, depth: inner)
        }
        if let items = node.items {
            key("items", depth: inner, first: &first)
            write(items, depth: inner)
        }
        if let maximum = node.maximum {
            key("maximum", depth: inner, first: &first)
            literal(.integer(maximum))
        }
        if let minimum = node.minimum {
            key("minimum", depth: inner, first: &first)
            literal(.integer(minimum))
        }
        if let pattern = node.pattern {
            key("pattern", depth: inner, first: &first)
            string(pattern)
        }
        if let properties = node.properties {
            key("properties", depth: inner, first: &first)
            write(properties, depth: inner)
        }
        if let required = node.required {
            key("required", depth: inner, first: &first)
            array(required, depth: inner) { writer, text, _ in writer.string(text) }
        }
        if let then = node.then {
            key("then", depth: inner, first: &first)
            write(then, depth: inner)
        }
        if let title = node.title {
            key("title", depth: inner, first: &first)
            string(title)
        }
        if let type = node.type {
            key("type", depth: inner, first: &first)
            if type.count == 1 {
                string(type[0])
            } else {
                array(type, depth: inner) { writer, text, _ in writer.string(text) }
            }
        }
        if let location = node.specLocation {
            key("x-spec-location", depth: inner, first: &first)
            string(location)
        }
        close("}", depth: depth)
    }

    /// An object of nodes by name, in the order of the names' UTF-8 bytes.
    private mutating func write(_ nodes: [String: JSONSchemaNode], depth: Int) {
        bytes.append(UInt8(ascii: "{"))
        bytes.append(0x0A)
        var first = true
        for (name, node) in nodes.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            key(name, depth: depth + 1, first: &first)
            write(node, depth: depth + 1)
        }
        close("}", depth: depth)
    }

    /// An array, each element on a line of its own.
    mutating func array<Element>(
        _ values: [Element], depth: Int, _ write: (inout JSONSchemaWriter, Element, Int) -> Void
    ) {
        bytes.append(UInt8(ascii: "["))
        bytes.append(0x0A)
        var first = true
        for value in values {
            if first {
                first = false
            } else {
                bytes.append(UInt8(ascii: ","))
                bytes.append(0x0A)
            }
            indent(depth + 1)
            write(&self, value, depth + 1)
        }
        close("]", depth: depth)
    }

    mutating func literal(_ literal: JSONSchemaNode.Literal) {
        switch literal {
        case .string(let text): string(text)
        case .integer(let value): bytes.append(String(value))
        }
    }

    /// A backslash and the byte after it.
    private mutating func escape(_ byte: UInt8) {
        bytes.append(0x5C)
        bytes.append(byte)
    }

    mutating func indent(_ depth: Int) {
        bytes.append(0x20, times: 2 * depth)
    }

    /// A string literal: `"` and `\` escaped, control characters as `\b`, `\f`, `\n`, `\r`, `\t` or `\u00xx`,
    /// everything else (`/` and all other characters) as it is.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        // Most strings have nothing to escape and are copied as they are.
        let copied =
            text.utf8.withContiguousStorageIfAvailable { utf8 in
                for byte in utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C { return false }
                bytes.append(utf8)
                return true
            } ?? false
        if copied {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): escape(byte)
            case UInt8(ascii: "\\"): escape(byte)
            case 0x08: escape(UInt8(ascii: "b"))
            case 0x0C: escape(UInt8(ascii: "f"))
            case 0x0A: escape(UInt8(ascii: "n"))
            case 0x0D: escape(UInt8(ascii: "r"))
            case 0x09: escape(UInt8(ascii: "t"))
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                for escaped in [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 15)]] {
                    bytes.append(escaped)
                }
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
