import Foundation
import GatewayModels
import SpecgenRuntime
import Testing

/// Discord's message components in the compiled gateway golden (`Tests/Fixtures/gateway/developers/components`): an
/// integer-tagged union, `Component`, whose `type` selects the member, with the unknown codes kept; the action row's
/// children, a union of some of the members; and the validators, which pick the member's rules by the code.
@Suite struct ComponentTests {
    static let reference = "Tests/Fixtures/gateway/developers/components/reference.mdx"

    /// A message with an action row holding a button, a text display, and a component of a code the docs do not list.
    static let message = #"""
        {"id": "10", "channel_id": "20", "content": "pick one", "edited_timestamp": null,
         "author": {"id": "30", "username": "bot", "global_name": null},
         "components": [
           {"type": 1, "id": 1, "components": [
             {"type": 2, "id": 2, "style": 1, "label": "Click me", "custom_id": "click_me"}]},
           {"type": 10, "content": "Some **text**"},
           {"type": 99, "id": 3, "future": {"x": [1, 2.5, null]}}
         ]}
        """#

    /// Decodes with `JSONDecoder` and with the generated `init(json:)`, checks that they agree, returns the value.
    static func decode(_ json: String) throws -> Message {
        let data = Data(json.utf8)
        let value = try JSONDecoder().decode(Message.self, from: data)
        #expect(try Message(json: data) == value)
        return value
    }

    /// A JSON document as a Foundation object, for comparisons that ignore key order.
    static func object(_ data: Data) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
    }

    @Test func theTypeCodeSelectsTheMember() throws {
        let message = try Self.decode(Self.message)
        let components = try #require(message.components)
        #expect(components.count == 3)
        guard case .actionRow(let row) = components[0] else {
            Issue.record("expected an action row, found \(components[0])")
            return
        }
        #expect(row.id == 1)
        guard case .button(let button)? = row.components.first else {
            Issue.record("expected a button, found \(row.components)")
            return
        }
        #expect(button.style == .primary)
        #expect(button.label == "Click me")
        #expect(button.customID == "click_me")
        #expect(button.disabled == nil)
        #expect(components[1] == .textDisplay(TextDisplay(type: 10, content: "Some **text**")))
    }

    @Test func anUnknownCodeIsKeptWhole() throws {
        let components = try #require(try Self.decode(Self.message).components)
        guard case .unknown(let type, let value) = components[2] else {
            Issue.record("expected an unknown component, found \(components[2])")
            return
        }
        #expect(type == 99)
        guard case .object(let object) = value else {
            Issue.record("expected the component's object, found \(value)")
            return
        }
        #expect(object["type"] == .integer(99))
        #expect(object["future"] == .object(JSONObject(["x": .array([.integer(1), .number(2.5), .null])])))
    }

    @Test func encodingWritesTheComponentsBackUnchanged() throws {
        let message = try Self.decode(Self.message)
        let encoded = try JSONEncoder().encode(message)
        #expect(try Self.object(encoded) == Self.object(Data(Self.message.utf8)))
        #expect(try JSONDecoder().decode(Message.self, from: encoded) == message)
        // A value made in Swift encodes with its code.
        let row = Component.actionRow(
            ActionRow(type: 1, components: [.button(Button(type: 2, style: .link, label: "Docs"))]))
        let json = try Self.object(JSONEncoder().encode(row))
        #expect(json == ["type": 1, "components": [["type": 2, "style": 5, "label": "Docs"]]] as NSDictionary)
    }

    @Test func aComponentWithoutItsCodeDoesNotDecode() {
        for json in [#"{"id": 1, "components": []}"#, #"{"type": "1", "components": []}"#, #"[1]"#] {
            let data = Data(json.utf8)
            #expect((try? JSONDecoder().decode(Component.self, from: data)) == nil, "\(json)")
            #expect((try? Component(json: data)) == nil, "\(json)")
        }
    }

    @Test func validatorsCheckTheMemberTheCodeSelects() {
        #expect(Message.validate(json: Data(Self.message.utf8)).map(\.instancePath) == ["/components/2/type"])
        let bad = #"""
            {"id": "10", "channel_id": "20", "content": "", "edited_timestamp": null,
             "author": {"id": "30", "username": "bot", "global_name": null},
             "components": [
               {"type": 1, "components": [{"type": 2, "label": 5}, {"type": 10, "content": "x"}]},
               {"type": 7},
               {"components": []},
               "button"
             ]}
            """#
        let issues = Message.validate(json: Data(bad.utf8))
        #expect(
            issues.map(\.instancePath) == [
                "/components/0/components/0/label", "/components/0/components/0/style",
                "/components/0/components/1/type", "/components/1/type", "/components/2/type", "/components/3",
            ])
        #expect(issues.map(\.kind) == [.wrongType, .missingKey, .wrongValue, .wrongValue, .missingKey, .wrongType])
        // A code the docs do not list is reported with the table of codes: the union's, or the action row's list of
        // the children it takes.
        #expect(issues[2].specLocation == "\(Self.reference):39")
        #expect(issues[3].specLocation == "\(Self.reference):16")
        #expect(issues[1].specLocation == "\(Self.reference):53")
        #expect(!Message.isValid(json: Data(bad.utf8)))
        #expect(Component.validate(json: Data(#"{"type": 10, "content": "x"}"#.utf8)).isEmpty)
    }
}
