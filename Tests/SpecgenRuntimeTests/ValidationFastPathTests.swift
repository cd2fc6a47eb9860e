import Foundation
import SpecgenRuntime
import Testing

/// The reader's shortcuts on input that conforms (a key matched where it stands, values skipped by a quick scan)
/// must give the answers the full reading gives, at every byte where they could stop.
@Suite struct ValidationFastPathTests {
    /// The member the docs list next, written as the rule spells it, is matched without a scan; every near miss
    /// (a prefix, a longer key, other case, escapes) still finds its own rule or none.
    @Test(
        arguments: [
            (#""name""#, ["/name wrongType"]),
            (#""na\u006de""#, ["/name wrongType"]),
            (#""\u006eame""#, ["/name wrongType"]),
            (#""nam""#, []),
            (#""namee""#, []),
            (#""Name""#, []),
            (#""name ""#, []),
            (#""""#, []),
            (#""tags""#, ["/tags wrongType"]),
            (#""id""#, ["/id duplicateKey"]),
        ] as [(String, [String])])
    func theNextKeyIsMatchedWhereItStands(_ key: String, _ expected: [String]) {
        let issues = validate(#"{"id": 1, "# + key + #": 5}"#) { reader throws(JSONSyntaxError) in
            try checkItem(&reader)
        }
        #expect(issues.map { "\($0.instancePath) \($0.kind)" } == expected)
    }

    /// Keys that need escapes in JSON, or are beyond ASCII, or empty, are matched by reading the string.
    @Test func keysThatNeedEscapesAreReadAndMatched() {
        let keys = ["a\"b", "t\tab", "back\\slash", "é", "", "🎵"]
        let rule = JSONObjectRule(
            typeName: "Odd", members: keys.map { .init($0, required: true, location: "odd.md:1") })
        for text in [
            #"{"a\"b": 1, "t\tab": 2, "back\\slash": 3, "é": 4, "": 5, "🎵": 6}"#,
            #"{"a\u0022b": 1, "t\u0009ab": 2, "back\u005cslash": 3, "\u00e9": 4, "": 5, "\ud83c\udfb5": 6}"#,
        ] {
            let issues = validate(text) { reader throws(JSONSyntaxError) in
                guard try reader.beginObject(typeName: "Odd", nullable: false, location: "odd.md:1") else { return }
                var seen = JSONKeyBits()
                while try reader.nextMember(rule, seen: &seen) != nil {
                    try reader.checkString(nullable: false, location: "odd.md:1")
                }
                reader.finishObject(rule, seen: seen)
            }
            #expect(
                issues.map(\.instancePath) == ["/a\"b", "/t\tab", "/back\\slash", "/é", "/", "/🎵"], "\(text)")
            #expect(issues.allSatisfy { $0.kind == .wrongType })
        }
    }

    /// A document cut short anywhere is malformed at the byte where it ends, whichever path was reading there.
    @Test func aDocumentCutAnywhereEndsThere() throws {
        let text =
            #"{"id": -12, "name": "n\u00e9\"x", "tags": ["a", "bb"], "extra": {"deep": [1.5e3, -0.25E-2, true, "#
            + #"false, null, {"k": "v"}]}, "name": null}"#
        let bytes = Array(text.utf8)
        let full = validate(bytes) { reader throws(JSONSyntaxError) in try checkItem(&reader) }
        #expect(full.map { "\($0.instancePath) \($0.kind)" } == ["/name duplicateKey"])
        for cut in 0..<bytes.count {
            let issues = validate(Array(bytes[..<cut])) { reader throws(JSONSyntaxError) in try checkItem(&reader) }
            try #require(issues.count == 1, "cut at \(cut)")
            #expect(issues[0].kind == .malformedJSON, "cut at \(cut)")
            #expect(issues[0].byteOffset == cut, "cut at \(cut): \(issues[0].message)")
            let skipped = validate(Array(bytes[..<cut]))
            #expect(skipped.map(\.byteOffset) == [cut], "skipped, cut at \(cut)")
        }
    }

    /// `true`, `false` and `null` are compared four bytes at once; a literal with any byte wrong, or cut short, is
    /// malformed at that byte, as when it is read byte by byte.
    @Test func literalsAreMalformedAtTheirFirstWrongByte() throws {
        for literal in ["true", "false", "null"] {
            #expect(validate("[" + literal + "]").isEmpty)
            #expect(validate(literal).isEmpty)
            let bytes = Array(literal.utf8)
            for position in bytes.indices where position > 0 {
                var wrong = bytes
                wrong[position] = bytes[position] == 0x58 ? 0x59 : 0x58
                for (prefix, suffix) in [("", ""), ("[", "]"), ("[", ""), ("", "    ")] {
                    let issues = validate(Array(prefix.utf8) + wrong + Array(suffix.utf8))
                    try #require(issues.count == 1)
                    #expect(issues[0].byteOffset == prefix.utf8.count + position, "\(literal) at \(position)")
                    #expect(issues[0].message.hasSuffix("expected '\(literal)', found 'X'"))
                }
            }
        }
        #expect(validate("[truee]").map(\.byteOffset) == [5])
        #expect(validate("fals").map(\.byteOffset) == [4])
    }

    /// Unknown keys are compared by length and bytes until an object has 16 of them, and by hash after: a repeat is
    /// found on either side of that change, written plainly or with escapes, and keys of one length that differ are
    /// no repeat.
    @Test func aRepeatedUnknownKeyIsFoundBeforeAndAfterTheObjectIsIndexed() throws {
        for count in [1, 2, 15, 16, 17, 18, 40] {
            let members = (0..<count).map { #""k\#(String(format: "%02d", $0))": 0"# }
            #expect(validate("{" + members.joined(separator: ", ") + "}").isEmpty, "\(count) keys")
            for repeated in [0, count - 1] {
                for spelling in [#""k%02d""#, #""\u006b%02d""#] {
                    let key = String(format: spelling, repeated)
                    let text = "{" + members.joined(separator: ", ") + ", " + key + ": 1}"
                    let issues = validate(text)
                    try #require(issues.count == 1, "\(text)")
                    #expect(issues[0].kind == .duplicateKey)
                    #expect(issues[0].instancePath == String(format: "/k%02d", repeated))
                }
            }
        }
    }

    /// A value no rule looks inside is skipped by a quick scan that gives up on anything unusual; the full reading
    /// then reads it. Both give the same answers: malformed values at the same byte, repeated keys at any depth, and
    /// values beyond the scan's limits (nesting, keys, escapes) read in full.
    @Test(
        arguments: [
            ("-0", nil), ("0.5e+10", nil), ("1E-2", nil), ("-12.25", nil), ("[true, false, null]", nil),
            ("01", 1), ("1.", 2), ("-", 1), ("-a", 1), ("1e", 2), ("1.5e+", 5), (".5", 0), ("+1", 0), ("tru", 3),
            ("nul]", 3), ("falsy", 4), ("\"a\tb\"", 2), ("\"a\\x\"", 2), ("[1,]", 3), ("[1 2]", 3), ("{\"a\" 1}", 5),
            ("{\"a\":1,}", 7), ("{\"a\":1 \"b\":2}", 7), ("{a:1}", 1), ("{\"a\":}", 5),
        ] as [(String, Int?)])
    func aSkippedValueIsMalformedAtTheSameByte(_ value: String, _ offset: Int?) {
        for prefix in [#"{"x": ["#, #"{"x": {"k": [{"a": 1}, "#] {
            let suffix = prefix.hasSuffix("[") ? "]}" : "]}}"
            let issues = validate(prefix + value + suffix)
            if let offset {
                #expect(issues.map(\.kind) == [.malformedJSON], "\(prefix)\(value)")
                #expect(issues.map(\.byteOffset) == [prefix.utf8.count + offset], "\(prefix)\(value)")
            } else {
                #expect(issues.isEmpty, "\(prefix)\(value)")
            }
        }
    }

    @Test func aSkippedValueFindsARepeatedKeyAtAnyDepth() throws {
        for depth in [0, 1, 5, 15, 16, 17, 30] {
            let open = String(repeating: #"{"o": ["#, count: depth)
            let close = String(repeating: "]}", count: depth)
            #expect(validate(#"{"x": "# + open + #"{"a": 1, "b": {"a": 2}}"# + close + "}").isEmpty, "\(depth)")
            let issues = validate(#"{"x": "# + open + #"{"a": 1, "b": 2, "a": 3}"# + close + "}")
            try #require(issues.count == 1, "\(depth)")
            #expect(issues[0].kind == .duplicateKey)
            #expect(issues[0].instancePath == "/x" + String(repeating: "/o/0", count: depth) + "/a")
        }
        // Many keys, and keys with escapes, are read in full.
        for count in [31, 32, 33, 64] {
            let members = (0..<count).map { #""k\#($0)": [\#($0)]"# }
            #expect(validate(#"{"x": {"# + members.joined(separator: ", ") + "}}").isEmpty)
            let issues = validate(#"{"x": {"# + members.joined(separator: ", ") + #", "k0": 1}}"#)
            #expect(issues.map(\.instancePath) == ["/x/k0"], "\(count) keys")
        }
        #expect(validate(#"{"x": {"\u0061": 1, "b": 2}}"#).isEmpty)
        #expect(validate(#"{"x": {"\u0061": 1, "a": 2}}"#).map(\.instancePath) == ["/x/a"])
        #expect(validate(#"{"x": {"k": {"a": 1}, "a": {"k": 2}}}"#).isEmpty)
    }
}
