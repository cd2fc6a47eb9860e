/// The output of a compiled template (``CompiledTemplates``): the bytes written so far, and the few operations the
/// generated render functions use, each doing what ``TemplateRenderer`` does at the same point.
struct CompiledTemplateWriter: ~Copyable {
    /// The rendered UTF-8 bytes, in a buffer of their own (see ``ByteBuffer``).
    private var output = ByteBuffer()

    /// The rendered UTF-8 bytes.
    var bytes: [UInt8] { output.bytes }

    /// The number of bytes written so far: where the next node's output starts.
    var count: Int { output.count }

    /// Writes a template's text.
    mutating func write(_ text: StaticString) {
        output.append(text)
    }

    /// Writes a value as it is (`{{{name}}}`, `{{&name}}`, or any tag in text content).
    mutating func write(_ text: String) {
        output.append(text)
    }

    /// Writes a number as a variable tag writes it: its decimal digits, as `String(number)` has them.
    mutating func write(number: Int) {
        output.append(decimal: number)
    }

    /// Writes a flag as a variable tag writes it: `true` or `false`.
    mutating func write(flag: Bool) {
        output.append(flag ? "true" : "false" as StaticString)
    }

    /// Writes a value HTML-escaped (`{{name}}` in HTML content), as swift-mustache's `htmlEscape()` does.
    mutating func writeEscaped(_ text: String) {
        output.append(TemplateRenderer.htmlEscaped(text))
    }

    /// Indents a node's output that starts a line (``TemplateRenderer``'s rule for a node of a list rendered with an
    /// indentation): `nodeStart` is where the node's output starts, `listStart` where the list's output started.
    mutating func indent(_ indentation: [UInt8], node nodeStart: Int, list listStart: Int) {
        guard !indentation.isEmpty, output.count > nodeStart, nodeStart > listStart,
            output.byte(at: nodeStart - 1) == 0x0A
        else { return }
        output.insert(indentation, at: nodeStart)
    }
}
