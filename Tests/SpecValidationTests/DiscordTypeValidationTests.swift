import Foundation
import SpecgenCore
import SpecgenDialects
import SpecgenIR
import SpecgenRuntime
import SpecgenSupport
import SpecgenTestSupport
import SpecgenValidation
import Testing

/// The validator `specgen validate` runs, on Discord's own types: a snowflake must be a string of digits, a set of
/// flags any unsigned integer (or, for a string-encoded set, a string of digits), and a partial object requires none
/// of its object's keys.
@Suite struct DiscordTypeValidationTests {
    static let page = """
        ### Channel Object

        ###### Channel Structure

        | Field        | Type      | Description                                                                        |
        |--------------|-----------|------------------------------------------------------------------------------------|
        | id           | snowflake | the id of this channel                                                             |
        | flags?       | integer   | [channel flags](/developers/resources/channel#channel-object-channel-flags)        |
        | permissions? | string    | computed [permissions](/developers/resources/channel#bitwise-permission-flags)     |
        | parent?      | partial [channel](/developers/resources/channel#channel-object) object | the parent  |

        <ManualAnchor id="channel-object-channel-flags" />
        ###### Channel Flags

        | Flag   | Value    | Description           |
        |--------|----------|-----------------------|
        | PINNED | `1 << 1` | this thread is pinned |

        ###### Bitwise Permission Flags

        | Permission   | Value                           | Description            |
        |--------------|---------------------------------|------------------------|
        | KICK_MEMBERS | `0x0000000000000002` `(1 << 1)` | Allows kicking members |

        """

    static let validator: SchemaValidator = {
        let diagnostics = DiagnosticCollector()
        let schema = Generator(options: GeneratorOptions(dialect: DiscordDialect())).buildSchema(
            [InputFile(path: "developers/resources/channel.mdx", contents: Array(page.utf8))], diagnostics: diagnostics)
        return SchemaValidator(schema: schema, typeName: swiftTypeNames(of: schema))
    }()

    func issues(_ json: String) -> [String] {
        Self.validator.validate(Data(json.utf8), as: "Channel").map { "\($0.instancePath): \($0.message)" }
    }

    @Test func aRightChannelHasNoIssue() {
        #expect(issues(#"{"id": "175928847299117063", "flags": 18, "permissions": "2251799813685250"}"#).isEmpty)
        // Bits the docs do not list are allowed; a partial channel needs none of its keys.
        #expect(issues(#"{"id": "1", "flags": 18446744073709551615, "parent": {"flags": 4}}"#).isEmpty)
    }

    @Test func wrongSnowflakesAndFlagsAreNamed() {
        #expect(
            issues(#"{"id": 1, "flags": "2", "permissions": 8, "parent": {"id": "x"}}"#) == [
                "/id: expected a snowflake string, found 1",
                "/flags: expected an integer of flags, found \"2\"",
                "/permissions: expected a string of flags, found 8",
                "/parent/id: expected a snowflake, a string of decimal digits such as \"175928847299117063\", "
                    + "found \"x\"",
            ])
        #expect(
            issues(#"{"id": "1", "flags": -1}"#)
                == ["/flags: expected a set of flags, an integer from 0 to 18446744073709551615, found -1"])
    }
}
