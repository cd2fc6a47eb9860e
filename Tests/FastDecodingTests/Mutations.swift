import Foundation

/// Systematic variations of a document: each is decoded both ways and the outcomes compared.
enum Mutations {
    /// Values of every JSON type, and the number forms whose handling differs between integers and doubles.
    static let replacements: [String] = [
        "null", "true", "false", "0", "-1", "1.5", "\"x\"", "[]", "{}", "[1]", "{\"a\":1}", "\"zzz_unknown\"",
    ]

    static let numbers: [String] = [
        "0", "-0", "-0.0", "0.0", "1", "1.0", "1e2", "1E2", "1e+2", "1e-2", "10e-1", "0.1e1", "2.5e1", "1.25e1",
        "1E400", "-1E400", "1e-400", "-1e-400", "0e5", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "-9223372036854775809", "9223372036854775807.0", "100000000000000000000",
        "9007199254740992", "9007199254740993", "9007199254740993.0", "9007199254740993.5", "1.00000000000000000001",
        "123456789012345678901234567890", "4.9e-324", "2.4e-324", "1.7976931348623157e308", "1.7976931348623157e309",
        "01", "-01", "00", "1.", ".5", "-", "+1", "1e", "1e+", "1.e5", "1.5.5", "1e5e5", "--1", "1-2", "0x10",
        "1.5E-3", "-12.75", "3.0e0", "0e5", "0e1000", "-0e1", "0.0e5", "0.00e-1", "0e-5", "0.10e-400",
    ]

    static let strings: [String] = [
        "\"\"", "\"plain\"", "\"\\u00e9\"", "\"\\u00E9\"", "\"caf\u{e9}\"", "\"cafe\u{301}\"", "\"\\ud83d\\ude00\"",
        "\"\\ud83d\"", "\"\\ude00\"", "\"\\ud83dx\"", "\"\\ud83d\\u0041\"", "\"\\x\"", "\"\\/\\b\\f\\n\\r\\t\\\"\\\\\"",
        "\"\\u0000\"", "\"\\u12\"", "\"\\uZZZZ\"", "\"a\tb\"", "\"a\u{7F}b\"", "\"\u{212A}\"", "\"K\"",
        "\"2025-06-01T12:00:00Z\"", "\"2025-06-01T12:00:00+00:00\"", "\"2025-13-01T00:00:00Z\"", "\"zzz_unknown\"",
    ]

    /// Raw byte strings that are not valid UTF-8 (or only valid escaped).
    static let rawStrings: [[UInt8]] = [
        [0x22, 0xFF, 0x22], [0x22, 0xC3, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22], [0x22, 0xC0, 0x80, 0x22],
        [0x22, 0xC3, 0xA9, 0x22], [0x22, 0xF0, 0x9F, 0x98, 0x80, 0x22], [0x22, 0x00, 0x22],
    ]

    /// Every variant of a document, in a fixed order.
    static func of(_ document: Tree) -> [[UInt8]] {
        var out: [[UInt8]] = [document.bytes]
        for path in document.paths {
            let value = document.value(at: path)
            out.append(document.removing(path).bytes)
            for replacement in replacements {
                out.append(document.replacing(path, with: .string(replacement)).bytes)
            }
            if case .scalar(let bytes) = value, let first = bytes.first {
                if first == UInt8(ascii: "-") || (first >= 0x30 && first <= 0x39) {
                    for number in numbers { out.append(document.replacing(path, with: .string(number)).bytes) }
                }
                if first == UInt8(ascii: "\"") {
                    for string in strings { out.append(document.replacing(path, with: .string(string)).bytes) }
                    for raw in rawStrings { out.append(document.replacing(path, with: .scalar(raw)).bytes) }
                    out.append(document.replacing(path, with: .scalar(escapingEverything(bytes))).bytes)
                }
            }
            if case .object = value {
                out += objectVariants(document, path)
            }
            if let trailing = withTrailingComma(value) {
                out.append(document.replacing(path, with: .scalar(trailing)).bytes)
            }
            if let key = document.key(at: path) {
                out += keyVariants(document, path, key)
            }
        }
        out += objectVariants(document, [])
        out += documentVariants(document.bytes)
        return out
    }

    /// Unknown keys (plain, nested, leniently valid junk), repeated keys in both orders, a trailing comma, deep
    /// nesting under an unknown key.
    static func objectVariants(_ document: Tree, _ path: [Int]) -> [[UInt8]] {
        let object = document.value(at: path)
        guard case .object(let members) = object else { return [] }
        var out: [[UInt8]] = []
        func with(_ newMembers: [Tree.Member]) -> [UInt8] {
            path.isEmpty ? Tree.object(newMembers).bytes : document.replacing(path, with: .object(newMembers)).bytes
        }
        let extras = [
            "1", "{\"k\":[1,{\"z\":null}]}", "\"\\x \\ud800 \t\"", "[1,-,1.2.3,1e400,]", "{\"\\x\":01}",
            "{\"a\":1,}", "tru", "[,]", "{,}",
        ]
        for extra in extras {
            out.append(with(members + [Tree.Member(key: Array("\"zzz\"".utf8), value: .string(extra))]))
            out.append(with([Tree.Member(key: Array("\"zzz\"".utf8), value: .string(extra))] + members))
        }
        out.append(with(members + [Tree.Member(key: [0x22, 0xFF, 0x22], value: .string("1"))]))
        out.append(with(members + [Tree.Member(key: Array("\"\\x\"".utf8), value: .string("1"))]))
        for (index, member) in members.enumerated() {
            for other in ["null", "\"x\"", "1", "{}"] {
                var before = members
                before.insert(Tree.Member(key: member.key, value: .string(other)), at: index)
                out.append(with(before))
                var after = members
                after.append(Tree.Member(key: member.key, value: .string(other)))
                out.append(with(after))
            }
        }
        if path.isEmpty, let trailing = withTrailingComma(object) { out.append(trailing) }
        for depth in [509, 510, 511, 512, 513] {
            let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            out.append(with(members + [Tree.Member(key: Array("\"zzz\"".utf8), value: .string(nested))]))
        }
        return out
    }

    /// A non-empty array or object written with a trailing comma (which `JSONDecoder` accepts).
    static func withTrailingComma(_ value: Tree) -> [UInt8]? {
        switch value {
        case .array(let elements) where !elements.isEmpty: break
        case .object(let members) where !members.isEmpty: break
        default: return nil
        }
        var bytes = value.bytes
        bytes.insert(UInt8(ascii: ","), at: bytes.count - 1)
        return bytes
    }

    /// The same key spelled differently: escaped, with a Kelvin sign for `K`/`k`, decomposed.
    static func keyVariants(_ document: Tree, _ path: [Int], _ key: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = []
        func rekey(_ newKey: [UInt8]) -> [UInt8] {
            document.editing(parentOf: path) { members, index in members[index].key = newKey }.bytes
        }
        out.append(rekey(escapingEverything(key)))
        let text = String(decoding: key, as: UTF8.self)
        if text.contains("k") || text.contains("K") {
            out.append(
                rekey(
                    Array(
                        text.replacingOccurrences(of: "k", with: "\u{212A}")
                            .replacingOccurrences(of: "K", with: "\u{212A}").utf8)))
            out.append(
                rekey(
                    Array(
                        text.replacingOccurrences(of: "k", with: "\\u212A")
                            .replacingOccurrences(of: "K", with: "\\u212a").utf8)))
        }
        out.append(rekey(Array(text.replacingOccurrences(of: "e", with: "e\u{301}").utf8)))
        out.append(rekey(Array(text.replacingOccurrences(of: "\"", with: "\" ").utf8)))
        out.append(rekey(Array(text.uppercased().utf8)))
        return out
    }

    /// A string token (with quotes) with every character written as a `\u` escape.
    static func escapingEverything(_ token: [UInt8]) -> [UInt8] {
        let text = String(decoding: token.dropFirst().dropLast(), as: UTF8.self)
        guard !text.contains("\\") else { return token }
        var out = "\""
        for unit in text.utf16 { out += String(format: "\\u%04x", unit) }
        return Array((out + "\"").utf8)
    }

    /// Whole-document variants: whitespace, byte order marks, other encodings, trailing bytes.
    static func documentVariants(_ bytes: [UInt8]) -> [[UInt8]] {
        let text = String(decoding: bytes, as: UTF8.self)
        var out: [[UInt8]] = [
            Array(" \n\t\r".utf8) + bytes + Array(" \n\t\r".utf8),
            [0xEF, 0xBB, 0xBF] + bytes,
            [0x20, 0xEF, 0xBB, 0xBF] + bytes,
            bytes + [0x20, 0x78],
            bytes + Array("{}".utf8),
            bytes + [0],
            [0] + bytes,
            bytes + [0xC2, 0xA0],
            [0x0B] + bytes,
            Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
            [0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
            Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] },
            Array(text.unicodeScalars).flatMap { [UInt8($0.value & 0xFF), UInt8($0.value >> 8 & 0xFF), 0, 0] },
            [], Array("   ".utf8), Array("null".utf8), Array("[]".utf8), Array("{}".utf8), Array("\"x\"".utf8),
            Array("1".utf8),
        ]
        // Whitespace between every token.
        var spaced: [UInt8] = []
        var inString = false
        var escaped = false
        for byte in bytes {
            spaced.append(byte)
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    spaced += [0x20, 0x0A]
                }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if ",:[]{}".utf8.contains(byte) {
                spaced += [0x09, 0x0D, 0x0A, 0x20]
            }
        }
        out.append(spaced)
        return out
    }

    /// Every prefix of a document.
    static func truncations(_ bytes: [UInt8]) -> [[UInt8]] {
        (0..<bytes.count).map { Array(bytes[..<$0]) }
    }

    /// Random single-byte changes (a deterministic generator, so a failure can be reproduced).
    static func byteFlips(_ bytes: [UInt8], count: Int, seed: UInt64) -> [[UInt8]] {
        var state = seed &+ 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        let interesting: [UInt8] = Array("{}[],:\"\\ -0.eE+tfn1u".utf8) + [0x00, 0x09, 0x80, 0xC3, 0xFF]
        return (0..<count).map { _ in
            var copy = bytes
            guard !copy.isEmpty else { return copy }
            let position = Int(next() % UInt64(copy.count))
            switch next() % 4 {
            case 0: copy[position] = UInt8(truncatingIfNeeded: next())
            case 1: copy[position] = interesting[Int(next() % UInt64(interesting.count))]
            case 2: copy.insert(interesting[Int(next() % UInt64(interesting.count))], at: position)
            default: copy.remove(at: position)
            }
            return copy
        }
    }
}
