/// Anchors: the ids headings get, the ids written in HTML, and the keys under which anchors match loosely. The
/// pieces a dialect's heading and anchor index is made of.
public enum Anchors {
    /// The text lower-cased with everything outside `[a-z0-9]` dropped (`#chat-channel` and `ChatChannel` both give
    /// `chatchannel`), for matching anchors and names when punctuation and case are to be ignored.
    public static func alphanumericKey(_ text: String) -> String {
        var text = text
        // ASCII text, nearly all of it, byte by byte; other text may lower-case to ASCII letters (`K`, the Kelvin
        // sign, to `k`).
        let ascii = text.withUTF8 { bytes -> String? in
            var key: [UInt8] = []
            key.reserveCapacity(bytes.count)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): key.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): key.append(byte + 0x20)
                case 0x80...: return nil
                default: continue
                }
            }
            return String(decoding: key, as: UTF8.self)
        }
        return ascii ?? alphanumericKeyByScalars(text)
    }

    /// ``alphanumericKey(_:)`` for any text: lower-cased, then every scalar outside `[a-z0-9]` dropped.
    static func alphanumericKeyByScalars(_ text: String) -> String {
        String(
            text.lowercased().unicodeScalars.filter { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") }
                .map(Character.init))
    }

    /// The ids of the elements in a piece of HTML (`<div id="x">`, `<a id='y'>`), in order.
    public static func htmlIDs(in html: String) -> [String] {
        var ids: [String] = []
        var rest = html[...]
        while let range = rest.range(ofASCII: " id=") {
            var after = rest[range.upperBound...]
            guard let quote = after.first, quote == "\"" || quote == "'" else {
                rest = after
                continue
            }
            after = after.dropFirst()
            guard let end = after.firstIndex(of: quote) else { break }
            ids.append(String(after[..<end]))
            rest = after[end...]
        }
        return ids
    }

    /// A heading id made the way many static site generators make it (tocify's rule, osu.ppy.sh's docs):
    /// lower-case; whitespace runs to `-`; drop everything outside `[a-z0-9_-]`; collapse `--+`; trim `-`.
    public static func hyphenatedSlug(_ text: String) -> String {
        var out = ""
        var lastWasSpace = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" {
                if !lastWasSpace { out.append("-") }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || scalar == "_" || scalar == "-" {
                out.unicodeScalars.append(scalar)
            }
        }
        while out.containsText("--") { out = out.replacingAll("--", with: "-") }
        while out.hasPrefix("-") { out.removeFirst() }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
