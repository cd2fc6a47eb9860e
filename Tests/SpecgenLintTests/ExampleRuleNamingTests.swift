import SpecgenCore
import SpecgenSupport
import Testing

@testable import SpecgenLint

/// The JSON-example rule names types by the names it is given (the linter gives it the Swift pass's), never by the
/// IR's references to them.
@Suite struct ExampleRuleNamingTests {
    @Test func messagesNameTypesByTheGivenNames() {
        let input = InputFile(
            path: "a.md",
            contents: Array(
                """
                ## Thing
                ```json
                {"kind": 2, "owner": 1, "owners": [true], "id": 1}
                ```

                Field  | Type                | Description
                ------ | ------------------- | -----------
                id     | integer             | |
                kind   | [Kind](#thing-kind) | |
                owner  | [Owner](#owner)     | |
                owners | [Owner](#owner)[]   | |

                <div id="thing-kind"></div>

                ### Kind

                Name   | Description
                ------ | -----------
                circle | |

                ## Owner

                Field | Type   | Description
                ----- | ------ | -----------
                name  | string | |

                """.utf8))
        let generator = Generator()
        let diagnostics = DiagnosticCollector()
        let (markdown, reading) = generator.read(input, diagnostics: diagnostics)
        let schema = generator.buildSchema(documents: [reading.document], diagnostics: diagnostics)
        #expect(!diagnostics.hasErrors)
        let file = LintedFile(
            path: input.path, spec: reading.document, linkSummary: StrayFiles.Summary(markdown), links: [],
            sectionMarkers: [])
        func findings(_ typeName: @escaping (String) -> String) -> [String] {
            ExampleRule(files: [file], schema: schema, typeName: typeName).check().map(\.description)
        }
        let references = Set(schema.types.map(\.name))
        #expect(references.isSuperset(of: ["Owner", "Thing.Kind"]))
        #expect(
            findings { references.contains($0) ? "Swift" + $0 : "?" } == [
                "a.md:3:10: warning: 'kind' is an integer, but its row says SwiftThing.Kind (string values)",
                "a.md:3:22: warning: 'owner' is an integer, but its row says SwiftOwner (an object)",
                "a.md:3:36: warning: 'owners[0]' is a boolean, but its row says SwiftOwner (an object)",
            ])
    }
}
