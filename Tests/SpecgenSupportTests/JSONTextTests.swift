import SpecgenSupport
import Testing

@Suite struct JSONTextTests {
    @Test func valuesKeepTheirPositions() throws {
        let parsed = try JSONText.parse("{\n  \"a\": [1, -2.5e3, true, null],\n  \"é\": \"x\\u00e9\\ud83d\\ude00\"\n}")
        guard case .object(let members) = parsed.value else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["a", "é"])
        #expect((members[0].line, members[0].column) == (2, 3))
        #expect((members[0].value.line, members[0].value.column) == (2, 8))
        guard case .array(let elements) = members[0].value.value else {
            Issue.record("not an array")
            return
        }
        #expect(elements.map(\.value.typeName) == ["integer", "number", "boolean", "null"])
        #expect(elements[1].value == .number("-2.5e3", isInteger: false))
        #expect(members[1].value.value == .string("xé😀"))
    }

    @Test(arguments: [
        ("{\"a\": 1,\n}", "1:8: trailing comma before '}' (JSON allows none)"),
        ("[1, 2,]", "1:6: trailing comma before ']' (JSON allows none)"),
        ("{\n  ...\n}", "2:3: expected a key in double quotes but found '.'"),
        ("{\"a\" 1}", "1:6: expected ':' after the key \"a\""),
        ("\"open", "1:6: unterminated string"),
        ("01", "1:2: a number must not start with 0"),
        ("{} {}", "1:4: unexpected '{' after the JSON value"),
        ("", "1:1: expected a value but the text ends"),
        ("// comment\n{}", "1:1: expected a value but found '/'"),
    ])
    func syntaxErrorsSayWhereAndWhat(text: String, expected: String) {
        #expect(throws: JSONText.SyntaxError.self) { try JSONText.parse(text) }
        do {
            _ = try JSONText.parse(text)
        } catch let error as JSONText.SyntaxError {
            #expect(error.description == expected)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONText.SyntaxError.self) { try JSONText.parse(deep) }
    }
}
