import Foundation
import SpecgenCore
import SpecgenDialects
import SpecgenRuntime
import SpecgenTestSupport
import SpecgenValidation
import Testing

/// Integer-tagged unions read from Discord's notation: an "X Object" heading over an "X Types" table of codes whose
/// names link to the members' sections, and a table of links to some of those members.
@Suite struct TaggedUnionSnippetTests {
    static let page = #"""
        ### Component Object

        ###### Component Types

        | Type | Name                                      | Description   |
        |------|-------------------------------------------|---------------|
        | 1    | [Action Row](/developers/components/reference#action-row) | A row |
        | 2    | [Button](/developers/components/reference#button)         | A button |
        | 4    | [Text Input](/developers/components/reference#text-input) | A text input |

        ## Action Row

        ###### Action Row Structure

        | Field      | Type | Description |
        |------------|------|-------------|
        | type       | integer | `1` for action row component |
        | components | array of [action row child components](/developers/components/reference#action-row-child-components) | The children |

        ###### Action Row Child Components

        | Available Components |
        |----------------------|
        | [Button](/developers/components/reference#button) |

        ## Button

        ###### Button Structure

        | Field  | Type    | Description        |
        |--------|---------|--------------------|
        | type   | integer | `2` for a button   |
        | label? | string  | The button's text  |

        ## Text Input

        ###### Text Input Structure

        | Field | Type    | Description         |
        |-------|---------|---------------------|
        | type  | integer | `3` for a text input |
        """#

    static func snippet(_ markdown: String = page) -> Snippet {
        Snippet(
            markdown, path: "developers/components/reference.mdx",
            options: GeneratorOptions(dialect: DiscordDialect()))
    }

    /// The union and its member list become Swift enums selected by the code; a member row that names another code
    /// than the table is reported where it stands, and the table's code is kept.
    @Test func theTypesTableMakesAnEnumOfTheMembers() throws {
        let snippet = Self.snippet()
        #expect(
            snippet.diagnostics == [
                "developers/components/reference.mdx:41:1: warning: the 'type' row of 'Text Input' names code 3, but "
                    + "'Component' lists it under 4 (at developers/components/reference.mdx:9); 4 is used"
            ])
        let models = try #require(snippet.file("Reference.swift"))
        for line in [
            "public enum Component: Swift.Codable, Swift.Hashable, Swift.Sendable {",
            "    case actionRow(ActionRow)", "    case button(Button)", "    case textInput(TextInput)",
            "    case unknown(type: Swift.Int, SpecgenRuntime.JSONValue)",
            "        case 4: self = .textInput(try TextInput(from: decoder))",
            "public enum ActionRowChildComponents: Swift.Codable, Swift.Hashable, Swift.Sendable {",
            "    public var components: [ActionRowChildComponents]",
        ] {
            #expect(models.contains(line + "\n"), "\(line)")
        }
        // The member list takes only the members it links.
        let childCases = models.components(separatedBy: "enum ActionRowChildComponents")[1]
            .components(separatedBy: "private enum CodingKeys")[0]
        #expect(childCases.contains("case button(Button)"))
        #expect(!childCases.contains("case actionRow("))
    }

    /// The JSON Schema states the codes as an enumeration and each member's rules under the code's condition.
    @Test func theSchemaSelectsTheMembersRulesByTheCode() throws {
        let component = try #require(Self.snippet().definition("Component"))
        #expect(component["type"] as? String == "object")
        #expect(component["required"] as? [String] == ["type"])
        let properties = try #require(component["properties"] as? [String: [String: Any]])
        #expect(properties["type"]?["enum"] as? [Int] == [1, 2, 4])
        let branches = try #require(component["allOf"] as? [[String: Any]])
        let rendered: [String] = branches.map { branch in
            Snippet.canonical(["if": branch["if"] ?? "", "then": branch["then"] ?? ""])
        }
        #expect(
            rendered == [
                ##"{"if":{"properties":{"type":{"const":1}},"required":["type"]},"then":{"$ref":"#/$defs/ActionRow"}}"##,
                ##"{"if":{"properties":{"type":{"const":2}},"required":["type"]},"then":{"$ref":"#/$defs/Button"}}"##,
                ##"{"if":{"properties":{"type":{"const":4}},"required":["type"]},"then":{"$ref":"#/$defs/TextInput"}}"##,
            ])
    }

    /// `specgen validate` checks the member the code selects, and reports a code the docs do not list at its key,
    /// with the location of the table that lists the codes.
    @Test func validationFollowsTheCode() throws {
        let schema = Self.snippet().result.schema
        let validator = SchemaValidator(schema: schema, typeName: swiftTypeNames(of: schema))
        let row = #"{"type": 1, "components": [{"type": 2, "label": 3}, {"type": 1, "components": []}]}"#
        #expect(
            validator.validate(Data(row.utf8), as: "Component").map(\.description) == [
                "/components/0/label: expected a string, found 3 [developers/components/reference.mdx:33]",
                "/components/1/type: expected 2, found 1 [developers/components/reference.mdx:22]",
            ])
        #expect(
            validator.validate(Data(#"{"type": 9}"#.utf8), as: "Component").map(\.description) == [
                "/type: expected one of 1, 2, 4, found 9 [developers/components/reference.mdx:5]"
            ])
        #expect(validator.validate(Data(#"{"type": 2}"#.utf8), as: "Component").isEmpty)
        #expect(
            validator.validate(Data(#"{"label": "x"}"#.utf8), as: "Component").map(\.description) == [
                #"/type: required key "type" is missing [developers/components/reference.mdx:5]"#
            ])
    }

    /// A types table whose names do not all link is an enumeration, and its heading's object no union.
    @Test func aTypesTableWithoutLinksIsAnEnumeration() throws {
        let snippet = Self.snippet(
            Self.page.replacingOccurrences(
                of: "[Text Input](/developers/components/reference#text-input)", with: "Text Input"))
        #expect(snippet.definition("Component") == nil)
        #expect(snippet.definition("ComponentTypes")?["enum"] as? [Int] == [1, 2, 4])
        #expect(snippet.definition("ActionRowChildComponents")?["type"] as? String == "string")
    }

    /// On another page, a list of links to types of the union's page is a union by the same key, each member with the
    /// union's code (or else the code its own row names); a list of links to types of a page without a union stays
    /// an enumeration.
    @Test func aListOfLinksOnAnotherPageIsAUnionByTheSameKey() throws {
        let snippet = Self.snippet(
            Self.page + "\n" + #"""
                %%% developers/interactions/receiving-and-responding.mdx
                ###### Modal Submit Data Structure

                | Field      | Type | Description |
                |------------|------|-------------|
                | components | array of [component](/developers/interactions/receiving-and-responding#components) | The parts |
                | notes      | array of [note](/developers/interactions/receiving-and-responding#notes) | Other parts |

                ###### Components

                | Component |
                |-----------|
                | [Text Input](/developers/components/reference#text-input) |
                | [Button](/developers/components/reference#button) |

                ###### Notes

                | Note |
                |------|
                | [Modal Submit Data](/developers/interactions/receiving-and-responding#modal-submit-data-structure) |
                """#)
        let models = try #require(snippet.file("ReceivingAndResponding.swift"))
        for line in [
            "    public var components: [Components]",
            "public enum Components: Swift.Codable, Swift.Hashable, Swift.Sendable {",
            "        case 4: self = .textInput(try TextInput(from: decoder))",
            "        case 2: self = .button(try Button(from: decoder))",
            "    public var notes: [Notes]",
        ] {
            #expect(models.contains(line + "\n"), "\(line)\n\(models)")
        }
        #expect(snippet.definition("Notes")?["enum"] as? [String] == ["Modal Submit Data"])
    }
}
