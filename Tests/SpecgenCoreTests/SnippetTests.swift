import Foundation
import SpecgenCore
import SpecgenRuntime
import SpecgenTestSupport
import SpecgenValidation
import Testing

// Snippet tests: a few lines of Markdown in, the generator run end to end, and the expected JSON Schema, Swift
// declarations, diagnostics or validation issues beside them. Each pins one rule of one stage through the public
// pipeline, so that the test survives changes to the stage's internals and fails when the rule breaks.

/// Table cells as the docs write them: escaped pipes, framing pipes.
@Suite struct TableSnippetTests {
    /// A cell that ends in `\|` keeps its pipe: the escaped pipe is text, not the row's closing pipe.
    @Test func aCellEndingInAnEscapedPipeKeepsIt() throws {
        let snippet = Snippet(
            #"""
            ## Item

            Field | Type | Description
            ----- | ---- | -----------
            glyph | string | Drawn as \|
            fence | string | Framed, and ends in an escaped pipe \| |
            plain | string | `a \| b` in the middle
            """#)
        #expect(snippet.diagnostics == [])
        #expect(snippet.property("glyph", of: "Item") == #"{"description":"Drawn as |","type":"string"}"#)
        #expect(
            snippet.property("fence", of: "Item")
                == #"{"description":"Framed, and ends in an escaped pipe |","type":"string"}"#)
        #expect(snippet.property("plain", of: "Item") == #"{"description":"`a | b` in the middle","type":"string"}"#)
        #expect(snippet.required(of: "Item") == ["glyph", "fence", "plain"])
    }

    /// An escaped backslash before the closing pipe leaves the pipe a separator.
    @Test func anEscapedBackslashBeforeTheLastPipeDoesNotEscapeIt() throws {
        let snippet = Snippet(
            #"""
            ## Item

            Field | Type | Description
            ----- | ---- | -----------
            path | string | C:\\|
            """#)
        #expect(snippet.diagnostics == [])
        #expect(snippet.property("path", of: "Item") == #"{"description":"C:\\","type":"string"}"#)
    }
}

/// The Type column's grammar, read into nullability, unions and literal enumerations.
@Suite struct TypeSnippetTests {
    /// `null` makes the rest of a union nullable wherever it stands in it, first, in the middle or last.
    @Test func nullMakesTheUnionNullableInAnyPosition() throws {
        let snippet = Snippet(
            #"""
            ## Item

            Field  | Type | Description
            ------ | ---- | -----------
            first  | null \| string | |
            last   | string \| null | |
            middle | integer \| null \| string | |
            marked | string? | |
            linked | null \| [Other](#other) | |
            plain  | string | |

            ## Other

            Field | Type | Description
            ----- | ---- | -----------
            id    | integer | |
            """#)
        #expect(snippet.diagnostics == [])
        let nullableString = #"{"type":["string","null"]}"#
        #expect(snippet.property("first", of: "Item") == nullableString)
        #expect(snippet.property("last", of: "Item") == nullableString)
        #expect(snippet.property("marked", of: "Item") == nullableString)
        #expect(snippet.property("plain", of: "Item") == #"{"type":"string"}"#)
        #expect(snippet.property("linked", of: "Item") == ##"{"anyOf":[{"$ref":"#/$defs/Other"},{"type":"null"}]}"##)
        let middle = try #require(snippet.property("middle", of: "Item"))
        #expect(middle.contains(#"{"type":"null"}"#) || middle.contains(#""null""#), "\(middle)")
        // The server leaves out keys whose value is `null`, so only the key that is never `null` is required.
        #expect(snippet.required(of: "Item") == ["plain"])
        // The validator agrees: `null` is accepted for each, a number is not.
        let validator = SchemaValidator(schema: snippet.result.schema)
        let nulls = #"{"first":null,"last":null,"middle":null,"marked":null,"linked":null,"plain":"p"}"#
        #expect(validator.validate(Data(nulls.utf8), as: "Item") == [])
        let wrong = #"{"first":1,"last":"l","middle":2,"marked":"m","linked":null,"plain":null}"#
        #expect(
            validator.validate(Data(wrong.utf8), as: "Item").map(\.instancePath) == ["/first", "/plain"])
    }

    /// A union of code spans is a literal enumeration; `null` among them makes it nullable.
    @Test func literalUnionsBecomeEnumerations() throws {
        let snippet = Snippet(
            #"""
            ## Item

            Field | Type | Description
            ----- | ---- | -----------
            kind  | `a` \| `b` | |
            maybe | null \| `x` \| `y` | |
            """#)
        #expect(snippet.diagnostics == [])
        #expect(snippet.property("kind", of: "Item") == ##"{"$ref":"#/$defs/ItemKind"}"##)
        #expect(snippet.definition("ItemKind")?["enum"] as? [String] == ["a", "b"])
        let maybe = try #require(snippet.property("maybe", of: "Item"))
        #expect(maybe.contains("null"), "\(maybe)")
    }
}

/// Which keys are always present: the main table's, unless the description makes them conditional; an "Optional
/// attributes" table's never.
@Suite struct PresenceSnippetTests {
    @Test func descriptionsThatMakeAFieldConditionalMakeItOptional() throws {
        let snippet = Snippet(
            #"""
            ## Item

            Field   | Type    | Description
            ------- | ------- | -----------
            id      | integer | Always there.
            score   | integer | Only present on ranked maps.
            note    | string  | Not included for private items.
            plain   | string  | |

            Optional attributes

            Field | Type   | Description
            ----- | ------ | -----------
            extra | string | |
            """#)
        #expect(snippet.diagnostics == [])
        #expect(snippet.required(of: "Item") == ["id", "plain"])
        #expect(snippet.property("extra", of: "Item") == #"{"type":"string"}"#)
    }
}

/// Links between headings: exact anchors, loose matches and ambiguous ones.
@Suite struct AnchorSnippetTests {
    /// A link that matches one heading only when punctuation is ignored is followed, with a warning.
    @Test func aLooseAnchorThatMatchesOneHeadingIsFollowed() throws {
        let snippet = Snippet(
            #"""
            ## Item

            Field | Type | Description
            ----- | ---- | -----------
            owner | [User Profile](#user_profile) | |

            ## User Profile

            Field | Type | Description
            ----- | ---- | -----------
            id    | integer | |
            """#)
        #expect(
            snippet.diagnostics == [
                "doc.md:5:9: warning: link '#user_profile' matches no anchor exactly; it is taken to mean "
                    + "'User Profile' (punctuation ignored); fix the link"
            ])
        #expect(snippet.property("owner", of: "Item") == ##"{"$ref":"#/$defs/UserProfile"}"##)
    }

    /// A link that matches two headings loosely is not guessed: the field accepts any JSON value.
    @Test func aLooseAnchorThatMatchesTwoHeadingsIsNotGuessed() throws {
        let snippet = Snippet(
            #"""
            ## Item

            Field | Type | Description
            ----- | ---- | -----------
            owner | [User Profile](#user_profile) | |

            ## User Profile

            Field | Type | Description
            ----- | ---- | -----------
            id    | integer | |

            ## UserProfile

            Field | Type | Description
            ----- | ---- | -----------
            name  | string | |
            """#)
        #expect(
            snippet.diagnostics == [
                "doc.md:5:9: warning: link '#user_profile' matches no anchor exactly and several loosely "
                    + "('User Profile', 'UserProfile'); the field accepts any JSON value",
                "doc.md:13:1: warning: 'UserProfile' would be named 'UserProfile' in Swift, which is taken; it is "
                    + "named 'UserProfile2'",
            ])
        #expect(snippet.property("owner", of: "Item") == "{}")
        let validator = SchemaValidator(schema: snippet.result.schema)
        #expect(validator.validate(Data(#"{"owner": [1, "x"]}"#.utf8), as: "Item") == [])
    }

    /// An exact anchor wins over loose matches.
    @Test func anExactAnchorWins() throws {
        let snippet = Snippet(
            #"""
            ## Item

            Field | Type | Description
            ----- | ---- | -----------
            owner | [User Profile](#userprofile) | |

            ## User Profile

            Field | Type | Description
            ----- | ---- | -----------
            id    | integer | |

            ## UserProfile

            Field | Type | Description
            ----- | ---- | -----------
            name  | string | |
            """#)
        #expect(
            snippet.diagnostics == [
                "doc.md:13:1: warning: 'UserProfile' would be named 'UserProfile' in Swift, which is taken; it is "
                    + "named 'UserProfile2'"
            ])
        #expect(snippet.property("owner", of: "Item") == ##"{"$ref":"#/$defs/UserProfile2"}"##)
    }

    /// A link to no heading at all is reported and accepts any value.
    @Test func aDanglingAnchorIsReported() throws {
        let snippet = Snippet(
            #"""
            ## Item

            Field | Type | Description
            ----- | ---- | -----------
            owner | [Nobody](#nobody) | |
            """#)
        #expect(
            snippet.diagnostics == [
                "doc.md:5:9: warning: link '#nobody' (Nobody) leads to no heading or anchor; the field accepts any "
                    + "JSON value"
            ])
        #expect(snippet.property("owner", of: "Item") == "{}")
    }
}

/// Enumerations whose documented values collide with the names the generator adds.
@Suite struct EnumerationSnippetTests {
    /// A documented value named `unknown` is a case of its own; the catch-all for undocumented values gets another
    /// name, and the schema lists the value.
    @Test func aDocumentedValueNamedUnknownKeepsItsCase() throws {
        let snippet = Snippet(
            #"""
            ## Status

            Value   | Description
            ------- | -----------
            active  | |
            unknown | The server does not know.
            """#)
        #expect(snippet.diagnostics == [])
        #expect(snippet.definition("Status")?["enum"] as? [String] == ["active", "unknown"])
        let models = try #require(snippet.file("Doc.swift"))
        let cases = snippet.lines(of: "Doc.swift", containing: "case ").filter { !$0.hasPrefix("//") }
        #expect(cases.contains("case unknown"), "\(models)")
        #expect(cases.contains { $0.hasPrefix("case unknown2(") }, "\(models)")
        #expect(!cases.contains { $0.hasPrefix("case unknown(") }, "\(models)")
        // The documented value decodes to its own case.
        #expect(models.contains(#"case "unknown": self = .unknown"#) || models.contains(#""unknown": .unknown"#))
    }

    /// The same for an events page: an event named `unknown` is not the catch-all.
    @Test func anEventNamedUnknownKeepsItsCase() throws {
        let snippet = Snippet(
            #"""
            # Events

            Field | Type | Description
            ----- | ---- | -----------
            event | string | |
            data  | object? | |

            ## unknown

            Nothing is sent with it.

            ## ping

            Nothing is sent with it.
            """#)
        #expect(snippet.diagnostics.filter { $0.contains("error:") } == [])
        let cases = snippet.lines(of: "Doc.swift", containing: "case unknown")
        #expect(cases.contains("case unknown"), "\(cases)")
        #expect(cases.contains { $0.hasPrefix("case unknown2(") }, "\(cases)")
    }
}

/// The validator `specgen validate` runs (and the generated validators share the runtime with it): JSON Pointers
/// and strict syntax on the path that checks types.
@Suite struct ValidationSnippetTests {
    static let docs = #"""
        ## Item

        Field | Type | Description
        ----- | ---- | -----------
        a/b   | string | A key with a slash.
        m~n   | integer | A key with a tilde.
        inner | [Inner](#inner) | |

        ## Inner

        Field | Type | Description
        ----- | ---- | -----------
        x/y   | boolean | |
        """#

    func issues(_ json: String) -> [ValidationIssue] {
        let snippet = Snippet(Self.docs)
        return SchemaValidator(schema: snippet.result.schema).validate(Data(json.utf8), as: "Item")
    }

    /// A missing key is reported at the pointer it would have, escaped as RFC 6901 says (`/` → `~1`, `~` → `~0`).
    @Test func theMissingKeysPointerIsEscaped() throws {
        #expect(Snippet(Self.docs).diagnostics == [])
        let found = issues(#"{"inner": {}}"#)
        #expect(
            found.map(\.description) == [
                #"/inner/x~1y: required key "x/y" is missing [doc.md:13]"#,
                #"/a~1b: required key "a/b" is missing [doc.md:5]"#,
                #"/m~0n: required key "m~n" is missing [doc.md:6]"#,
            ])
        #expect(found.allSatisfy { $0.kind == .missingKey })
    }

    /// A present key's pointer is escaped the same way.
    @Test func aWrongValuesPointerIsEscaped() throws {
        let found = issues(#"{"a/b": 1, "m~n": 2, "inner": {"x/y": "no"}}"#)
        #expect(found.map(\.instancePath) == ["/a~1b", "/inner/x~1y"])
        #expect(found.map(\.kind) == [.wrongType, .wrongType])
    }

    /// A trailing comma is malformed JSON wherever it stands: after a known member, after an unknown one, in a
    /// nested object, in an array. The issue is at the pointer reached when reading stopped.
    @Test(arguments: [
        (#"{"a/b": "x", "m~n": 1, "inner": {"x/y": true},}"#, "/inner"),
        (#"{"a/b": "x", "m~n": 1, "inner": {"x/y": true,}}"#, "/inner/x~1y"),
        (#"{"a/b": "x", "m~n": 1, "inner": {"x/y": true}, "extra": 1,}"#, "/extra"),
        (#"{"a/b": "x", "m~n": 1, "inner": {"x/y": true}, "extra": {"k": 1,}}"#, "/extra/k"),
        (#"{"a/b": "x", "m~n": 1, "inner": {"x/y": true}, "extra": [1,]}"#, "/extra/1"),
    ])
    func aTrailingCommaIsMalformed(json: String, pointer: String) throws {
        let found = issues(json)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.kind == .malformedJSON, "\(found)")
        #expect(found.first?.instancePath == pointer, "\(found)")
    }

    /// Without the trailing commas, the same documents conform.
    @Test func theSameDocumentsWithoutTrailingCommasConform() throws {
        #expect(issues(#"{"a/b": "x", "m~n": 1, "inner": {"x/y": true}, "extra": {"k": [1]}}"#) == [])
    }
}
