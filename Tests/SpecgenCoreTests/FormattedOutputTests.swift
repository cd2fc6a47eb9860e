import Foundation
import SpecgenCore
import SpecgenTestSupport
import Testing

@testable import SpecgenEmit

/// Generated Swift is already formatted: `swift format lint --strict` with the repository's `.swift-format` finds
/// nothing in it (the corpus output is checked in `SpecgenCorpusTests`).
@Suite struct FormattedOutputTests {
    @Test(arguments: ["Tests/SpecModels", "Tests/ConstructModels", "Tests/GatewayModels"])
    func goldenModulesLintClean(folder: String) throws {
        let result = try SwiftFormatLint.lint(folder: folder)
        #expect(result.succeeded, "swift format lint finds:\n\(result.output)")
    }

    /// Docs written to need every layout: names and paths so long that calls, rule tables and key tables break,
    /// lists of one element and of none, values with commas, brackets and quotes, integers of seven digits and more,
    /// a tag that starts with a digit.
    @Test func outputThatNeedsBreakingLintsClean() throws {
        let result = Generator().generate([Fixtures.input(Self.longDocs, path: Self.longPath)])
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let swift = result.files.filter { $0.name.hasSuffix(".swift") }
        #expect(swift.count == 2)
        // The docs do reach the layouts they are written for.
        let text = swift.map(\.contents).joined()
        #expect(text.contains("\n        members: [\n"))
        #expect(text.contains("(\n                    &reader,\n                    nullable: false,\n"))
        #expect(text.contains("1_048_576"))
        #expect(text.contains("specgenMembers2nd"))
        // Only a string literal alone on its line may be longer than a line.
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 120 || $0.drop { $0 == " " }.hasPrefix("\"") })
        #expect(text.contains("\"a, b\"") && text.contains("\"[c]\""))
        let lint = try SwiftFormatLint.lint(swift)
        #expect(lint.succeeded, "swift format lint finds:\n\(lint.output)")
    }

    /// Code nested one level deeper (as in a namespace's extension) is laid out again for its new width and still
    /// lints clean.
    @Test func nestedOutputLintsClean() throws {
        let result = Generator().generate([Fixtures.input(Self.longDocs, path: Self.longPath)])
        let nested = result.files.filter { $0.name.hasSuffix(".swift") }.map { file in
            let lines = file.contents.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let lastImport = lines.lastIndex { $0.hasPrefix("import ") } ?? 0
            let body = lines[(lastImport + 1)...].drop { $0.isEmpty }.dropLast().map { $0.isEmpty ? "" : "    " + $0 }
            let text = (lines[...lastImport] + ["", "enum Namespace {"] + body + ["}", ""]).joined(separator: "\n")
            return RenderedFile(name: file.name, contents: SwiftLineLayout.layout(text))
        }
        #expect(nested.contains { $0.contents.contains("\n            members: [\n") })
        let lint = try SwiftFormatLint.lint(nested)
        #expect(lint.succeeded, "swift format lint finds:\n\(lint.output)")
    }

    static let longPath = "documentation/reference/structures/an_unusually_deeply_nested/folder_of_api_docs/entity.md"

    static let longDocs = """
        ## Extraordinarily Long Entity Name For Layout Purposes

        An object whose names make every generated line long.

        Field | Type | Description
        ----- | ---- | -----------
        an_extraordinarily_long_field_name | [Another Long Referenced Type](#another-long-referenced-type) | |
        second_extraordinarily_long_field | [Another Long Referenced Type](#another-long-referenced-type)[]? | |
        state | [Odd Values](#odd-values) | |
        huge | [Huge Integers](#huge-integers) | |
        one | [Single Field](#single-field) | |
        none | [Nothing](#nothing)? | |

        ## Another Long Referenced Type

        Field | Type | Description
        ----- | ---- | -----------
        value | string | |

        ## Odd Values

        Value | Description
        ----- | -----------
        a, b | a comma
        [c] | brackets
        "d" | quotes
        e: f | a colon

        ## Huge Integers

        The values are integers.

        Integer | String
        ------- | ------
        -1048576 | negative
        0 | zero
        1048576 | positive
        123456789012 | larger

        ## Single Field

        Field | Type | Description
        ----- | ---- | -----------
        only_field_of_this_type_with_a_long_name_to_make_the_rule_table_break | string | |

        ## Tagged

        Field | Type | Description
        ----- | ---- | -----------
        kind | [Tagged.Kind](#tagged-kind) | |

        <div id="tagged-kind" data-unique="tagged-kind"></div>

        ### Available Kinds

        #### 2nd

        Field | Type | Description
        ----- | ---- | -----------
        size | integer | |

        ## Nothing

        Field | Type | Description
        ----- | ---- | -----------
        """
}
