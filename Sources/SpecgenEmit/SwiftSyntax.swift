import SpecgenIR

/// The values the Swift templates need computed: escaped literal contents, type names, comment text.
enum SwiftSyntax {
    /// A Swift string literal for any text (`"a\"b"`).
    static func stringLiteral(_ text: String) -> String {
        "\"" + stringContents(text) + "\""
    }

    /// The contents of a Swift string literal for any text (`a\"b`): what a template writes between the quotes.
    static func stringContents(_ text: String) -> String {
        // Nearly every text has nothing to escape: it is its own contents. U+2028 and U+2029 are E2 80 A8 and
        // E2 80 A9 in UTF-8, so a text with no byte below 0x20, no 0x7F, no backslash, no quote and no 0xE2 has none.
        // The bytes are looked at in the text's own buffer: `contains(where:)` on the UTF-8 view cost about 17
        // instructions a byte.
        let mayNeedEscapes = { (byte: UInt8) in
            byte < 0x20 || byte == 0x7F || byte == 0x5C || byte == 0x22 || byte == 0xE2
        }
        let isClean =
            text.utf8.withContiguousStorageIfAvailable { utf8 in
                for byte in utf8 where mayNeedEscapes(byte) { return false }
                return true
            } ?? !text.utf8.contains(where: mayNeedEscapes)
        if isClean { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\0": out += "\\0"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value) {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// A Swift integer literal for a documented integer, its digits grouped by three (`1_048_576`) from seven digits
    /// on, as `swift format` wants; other text is kept as it is.
    static func integerLiteral(_ text: String) -> String {
        let sign = text.hasPrefix("-") ? "-" : ""
        let digits = Array(text.dropFirst(sign.count))
        guard digits.count >= 7, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return text }
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += "_" }
            grouped.append(digit)
        }
        return sign + grouped
    }

    /// The Swift type for a type reference (without optionality); a generated type is named by its Swift name in
    /// `swift` (``SwiftSchema/typeName(_:)``) through its namespace (`Osu.User`), so that the name is found from
    /// extensions at file scope too.
    static func type(_ ref: TypeRef, in swift: SwiftSchema, runtime: String, namespace: String? = nil) -> String {
        switch ref {
        case .string: return "Swift.String"
        case .integer: return "Swift.Int"
        case .number: return "Swift.Double"
        case .boolean: return "Swift.Bool"
        case .timestamp: return "\(runtime).Timestamp"
        case .snowflake: return "\(runtime).Snowflake"
        case .object: return "\(runtime).JSONObject"
        case .any: return "\(runtime).JSONValue"
        case .named(let reference):
            let name = swift.typeName(reference)
            return namespace.map { "\($0).\(name)" } ?? name
        case .array(let element): return "[\(type(element, in: swift, runtime: runtime, namespace: namespace))]"
        }
    }

    /// The lines of a documentation comment, without the comment markers (the templates write `/// ` before
    /// each): the summary's lines, then each non-empty detail as a paragraph of its own, an empty line between.
    static func docLines(summary: String?, details: [String]) -> [String] {
        var lines: [String] = []
        if let summary, !summary.isEmpty {
            if !summary.utf8.contains(0x0A) {
                // One line (nearly every summary): neither split below breaks a text without a newline byte.
                lines.append(summary)
            } else if summary.utf8.contains(0x0D) {
                lines += summary.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            } else {
                // Without a carriage return (`\r\n` is one character), every newline byte is a newline character:
                // the text is split at the bytes, without breaking it into characters.
                lines += summary.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map {
                    String(Substring($0))
                }
            }
        }
        for detail in details where !detail.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append(detail)
        }
        return lines
    }
}
