/// The output of a compiled template (``CompiledTemplates``): the bytes written so far, and the few operations the
/// generated render functions use, each doing what ``TemplateRenderer`` does at the same point.
struct CompiledTemplateWriter {
    /// The rendered UTF-8 bytes.
    var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(1 << 16)
    }

    /// The number of bytes written so far: where the next node's output starts.
    var count: Int { bytes.count }

    /// Writes a template's text.
    mutating func write(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Writes a value as it is (`{{{name}}}`, `{{&name}}`, or any tag in text content).
    mutating func write(_ text: String) {
        bytes += text.utf8
    }

    /// Writes a flag as a variable tag writes it: `true` or `false`.
    mutating func write(flag: Bool) {
        write(flag ? "true" : "false" as StaticString)
    }

    /// Writes a value HTML-escaped (`{{name}}` in HTML content), as swift-mustache's `htmlEscape()` does.
    mutating func writeEscaped(_ text: String) {
        bytes += TemplateRenderer.htmlEscaped(text).utf8
    }

    /// Indents a node's output that starts a line (``TemplateRenderer``'s rule for a node of a list rendered with an
    /// indentation): `nodeStart` is where the node's output starts, `listStart` where the list's output started.
    mutating func indent(_ indentation: [UInt8], node nodeStart: Int, list listStart: Int) {
        guard !indentation.isEmpty, bytes.count > nodeStart, nodeStart > listStart,
            bytes[nodeStart - 1] == 0x0A
        else { return }
        bytes.insert(contentsOf: indentation, at: nodeStart)
    }
}
