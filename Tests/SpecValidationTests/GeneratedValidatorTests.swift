import ConstructModels
import Foundation
import SpecModels
import SpecgenCore
import SpecgenRuntime
import SpecgenTestSupport
import SpecgenValidation
import Testing

/// The generated validators on hand-made payloads: the rules of the docs, malformed JSON, and the same issues from
/// `specgen validate`'s validator.
@Suite struct GeneratedValidatorTests {
    static let specValidator: SchemaValidator = {
        let schema = try! GoldenModule.spec.readSchema()
        return SchemaValidator(schema: schema, typeName: swiftTypeNames(of: schema))
    }()
    static let constructValidator: SchemaValidator = {
        let schema = try! GoldenModule.constructs.readSchema()
        return SchemaValidator(schema: schema, typeName: swiftTypeNames(of: schema))
    }()

    /// The generated validator's issues for a payload, after checking that `specgen validate` reports the same.
    func issues(_ type: String, _ json: String, in module: GoldenModule = .spec) -> [String] {
        issues(type, Data(json.utf8), in: module).map(\.description)
    }

    func issues(_ type: String, _ data: Data, in module: GoldenModule = .spec) -> [ValidationIssue] {
        let generated = module.validators[type]!(data)
        let interpreter = module.folder == GoldenModule.spec.folder ? Self.specValidator : Self.constructValidator
        #expect(interpreter.validate(data, as: type) == generated, "specgen validate disagrees on \(type)")
        return generated
    }

    static let user =
        #"{"avatar_url":"a","country_code":"NZ","id":1,"is_active":true,"is_bot":false,"is_deleted":false,"is_online":false,"is_supporter":false,"pm_friends_only":false,"username":"u"}"#

    @Test func everyIssueIsReportedNotTheFirst() {
        let json =
            #"{"avatar_url":1,"country_code":null,"id":"1","is_active":true,"is_bot":false,"is_deleted":false,"is_online":"no","pm_friends_only":false,"username":"u","last_visit":"yesterday","badges":[{"awarded_at":"2025-06-01T12:00:00Z","description":"d","image@2x_url":"i","image_url":"i","url":5}]}"#
        #expect(
            issues("UserCompact", json) == [
                "/avatar_url: expected a string, found 1 [spec/structures/user_compact.md:24]",
                "/country_code: expected a string, found null [spec/structures/user_compact.md:25]",
                #"/id: expected a number, found "1" [spec/structures/user_compact.md:27]"#,
                #"/is_online: expected a boolean, found "no" [spec/structures/user_compact.md:31]"#,
                #"/last_visit: expected an RFC 3339 date-time such as "2025-06-01T12:00:00Z", found "yesterday" [spec/structures/user_compact.md:33]"#,
                "/badges/0/url: expected a string, found 5 [spec/structures/user_compact.md:107]",
                #"/is_supporter: required key "is_supporter" is missing [spec/structures/user_compact.md:32]"#,
            ])
        #expect(issues("UserCompact", Self.user).isEmpty)
    }

    @Test func aDocumentedTagAppliesItsVariantsTables() {
        let base = #""id":1,"created_at":"2025-06-01T12:00:00+00:00","object_id":5,"is_read":false"#
        // The variant requires source_user_id (the base allows it absent or null), fixes object_type and types details.
        #expect(
            issues(
                "Notification",
                #"{"# + base
                    + #","name":"channel_message","object_type":"beatmapset","details":{"title":"t","cover_url":"c"}}"#)
                == [
                    #"/object_type: expected "channel", found "beatmapset" [spec/structures/notification.md:220]"#,
                    #"/details/username: required key "username" is missing [spec/structures/notification.md:229]"#,
                    #"/source_user_id: required key "source_user_id" is missing [spec/structures/notification.md:221]"#,
                ])
        // The tag may come last; the variant still applies.
        #expect(
            issues(
                "Notification",
                #"{"# + base + #","object_type":"channel","source_user_id":2,"details":{},"name":"channel_message"}"#)
                == [
                    #"/details/title: required key "title" is missing [spec/structures/notification.md:227]"#,
                    #"/details/cover_url: required key "cover_url" is missing [spec/structures/notification.md:228]"#,
                    #"/details/username: required key "username" is missing [spec/structures/notification.md:229]"#,
                ])
        // An undocumented tag: the base table only. `name` is a `string` in its row, so any name is valid: the
        // Event Names table selects variants, it does not close the set.
        #expect(
            issues("Notification", #"{"# + base + #","name":"comment_new","object_type":"x","details":[]}"#) == [
                "/details: expected an object, found an array [spec/structures/notification.md:30]"
            ])
        #expect(
            issues("Notification", #"{"# + base + #","name":"comment_new","object_type":"x","details":{}}"#).isEmpty)
        #expect(
            issues("Notification", #"{"# + base + #","name":7,"object_type":"x","details":{}}"#)
                == ["/name: expected a string, found 7 [spec/structures/notification.md:24]"])
    }

    @Test func eventsCheckTheirPayloadAndUnknownEventsOnlyTheEnvelope() {
        #expect(
            issues("WebsocketEvent", #"{"event":"new"}"#)
                == [#"/data: required key "data" is missing [spec/websocket_events.md:28]"#])
        #expect(
            issues("WebsocketEvent", #"{"event":"new","data":null}"#)
                == ["/data: expected an object (Notification), found null [spec/websocket_events.md:28]"])
        #expect(issues("WebsocketEvent", #"{"data":{"messages":[],"users":[]},"event":"chat.message.new"}"#).isEmpty)
        #expect(
            issues(
                "WebsocketEvent",
                #"{"event":"chat.message.new","data":{"messages":[{}],"users":["# + Self.user + #",3]}}"#
            ).count == 8)
        #expect(issues("WebsocketEvent", #"{"event":"logout","data":{"anything":1}}"#).isEmpty)
        #expect(
            issues("WebsocketEvent", #"{"event":"logout","data":5}"#)
                == ["/data: expected an object or null, found 5 [spec/websocket_events.md:15]"])
        #expect(issues("WebsocketEvent", #"{"event":"something.else","data":null,"more":[1]}"#).isEmpty)
        #expect(
            issues("WebsocketEvent", #"{"event":7}"#) == [
                "/event: expected a string, found 7 [spec/websocket_events.md:14]"
            ])
        #expect(
            issues("WebsocketEvent", #"[]"#) == [
                "(root): expected an object (WebsocketEvent), found an array [spec/websocket_events.md:1]"
            ])
    }

    @Test func enumerationsAreClosed() {
        #expect(issues("ChannelType", #""PM""#).isEmpty)
        #expect(
            issues("ChannelType", #""pm""#) == [
                #"(root): expected one of "PUBLIC", "PRIVATE", "MULTIPLAYER", "SPECTATOR", "TEMPORARY", "PM", "GROUP", "ANNOUNCE", found "pm" [spec/structures/channel_type.md:1]"#
            ])
        #expect(issues("Rank", "4", in: .constructs).isEmpty)
        #expect(issues("Rank", "4.0", in: .constructs).isEmpty)
        #expect(
            issues("Rank", "3", in: .constructs) == [
                "(root): expected one of -2, 0, 4, found 3 [Tests/Fixtures/constructs/odd_names.md:30]"
            ])
    }

    /// A repeated key is well-formed JSON, reported as a duplicate key at the repeated key, documented or not; the
    /// rest of the document is still checked.
    @Test func aRepeatedKeyIsADuplicateKeyAndCheckingGoesOn() {
        #expect(
            issues("WebsocketEvent", #"{"event":"new","event":"new"}"#) == [
                #"/event: duplicate key "event": an object may have each key only once [spec/websocket_events.md:14]"#,
                #"/data: required key "data" is missing [spec/websocket_events.md:28]"#,
            ])
        let found = issues(
            "WebsocketEvent", Data(#"{"socket":null,"event":"x","socket":null,"data":{"a":1,"a":2}}"#.utf8))
        #expect(found.map(\.kind) == [.duplicateKey, .duplicateKey])
        #expect(found.map(\.instancePath) == ["/socket", "/data/a"])
        #expect(found.map(\.byteOffset) == [27, 55])
    }

    /// Malformed JSON is one issue at the failing byte, with the pointer reached so far, whatever the type.
    @Test func malformedJSONIsOneIssueNeverACrash() throws {
        let deep = String(repeating: "{\"data\":", count: 100_000)
        let cases: [(bytes: [UInt8], offset: Int, pointer: String)] = [
            (Array(String(repeating: "[", count: 100_000).utf8), 256, String(repeating: "/0", count: 256)),
            (Array(deep.utf8), 256 * 8 + 0, String(repeating: "/data", count: 256)),
            (
                Array(#"{"event":"new","data":{"id":1,"name":"caf"#.utf8) + [0xC3, 0x28] + Array(#""}}"#.utf8), 41,
                "/data/name"
            ),
            (
                Array(#"{"event":"chat.message.new","data":{"messages":[{"channel_id":5,"#.utf8), 64,
                "/data/messages/0/channel_id"
            ),
            (Array(#"{"event":"read","ids":[1,2,]}"#.utf8), 27, "/ids/2"),
            (Array(#"{"event":"read","ids":[01]}"#.utf8), 24, "/ids/0"),
        ]
        for c in cases {
            for type in ["WebsocketEvent", "ChatChannel", "ChannelType"] {
                let found = issues(type, Data(c.bytes))
                try #require(found.count == 1, "\(type): \(found)")
                #expect(found[0].kind == .malformedJSON)
                if type == "WebsocketEvent" {
                    #expect(found[0].byteOffset == c.offset, "\(found[0])")
                    #expect(found[0].instancePath == c.pointer, "\(found[0])")
                    #expect(found[0].specLocation == "spec/websocket_events.md:1")
                }
            }
        }
    }

    @Test func hugeNumbersAreReadWithoutTrouble() {
        let digits = String(repeating: "7", count: 200_000)
        #expect(
            issues("ReadPayload", #"{"ids":["# + digits + "," + digits + "e-99999," + "-0.0e+999999999999]}").isEmpty)
        #expect(
            issues("PingPayload", #"{"nonce":"# + digits + "}", in: .constructs)
                == [
                    "/nonce: expected an integer within 64 bits, found " + String(repeating: "7", count: 57)
                        + "… [Tests/Fixtures/constructs/messages.md:32]"
                ])
    }

    @Test func unionsRecursionAndUntypedValues() {
        let leaf = #"{"value":"v"}"#
        #expect(issues("NodeOrLeaf", leaf, in: .constructs).isEmpty)
        #expect(issues("NodeOrLeaf", #"{"id":1,"children":[]}"#, in: .constructs).isEmpty)
        #expect(
            issues("NodeOrLeaf", "7", in: .constructs)
                == ["(root): expected Node or Leaf, found 7 [Tests/Fixtures/constructs/node.md:17]"])
        // Neither member fits: the issues of the closest one.
        #expect(
            issues("Pair", #"{"first":{"id":1,"children":[]},"both":{"id":"x","children":[]}}"#, in: .constructs)
                == [#"/both/id: expected an integer, found "x" [Tests/Fixtures/constructs/node.md:7]"#])
        // A chain of nodes as deep as the reader allows is checked without trouble.
        var chain = #"{"id":0,"children":[]}"#
        for i in 1..<127 { chain = #"{"id":\#(i),"children":[],"parent":\#(chain)}"# }
        #expect(issues("Node", chain, in: .constructs).isEmpty)
        chain = #"{"id":0,"children":[]}"#
        for i in 1..<300 { chain = #"{"id":\#(i),"children":[\#(chain)]}"# }
        let tooDeep = issues("Node", Data(chain.utf8), in: .constructs)
        #expect(tooDeep.count == 1 && tooDeep[0].kind == .malformedJSON)
        // Untyped values and `object` take anything of their kind.
        let odd =
            #"{"cover@2x":"c","default":true,"2fa_enabled":false,"previousUsername":"p","user_id":1,"kind":"sticky","score":1.5,"blob":[null,{"x":1}],"meta":{},"hype":{"current":1,"required":2},"class":"B","when":null}"#
        #expect(issues("OddNames", odd, in: .constructs).isEmpty)
        #expect(issues("Empty", #"{"anything":[1,2,3]}"#, in: .constructs).isEmpty)
        #expect(
            issues("Empty", "[]", in: .constructs) == [
                "(root): expected an object (Empty), found an array [Tests/Fixtures/constructs/odd_names.md:40]"
            ])
    }

    @Test func framesCarryTheirTypeBesideTheEventName() {
        #expect(issues("DrawingEvent", #"{"event":"ping","nonce":3}"#, in: .constructs).isEmpty)
        #expect(
            issues("DrawingEvent", #"{"event":"ping","nonce":1.5,"payload":{}}"#, in: .constructs)
                == ["/nonce: expected an integer, found 1.5 [Tests/Fixtures/constructs/messages.md:32]"])
        #expect(
            issues(
                "DrawingEvent", #"{"event":"batch","payload":{"shapes":[{"kind":"circle","radius":"r"}],"count":1}}"#,
                in: .constructs)
                == [#"/payload/shapes/0/radius: expected a number, found "r" [Tests/Fixtures/constructs/shapes.md:18]"#]
        )
    }

    @Test func issuesPrintOnOneLine() throws {
        let issue = try #require(WebsocketEvent.validate(json: Data(#"{"event":"read"}"#.utf8)).first)
        #expect(issue.instancePath == "/ids")
        #expect(issue.message == #"required key "ids" is missing"#)
        #expect(issue.specLocation == "spec/websocket_events.md:43")
        #expect(issue.byteOffset == 0)
        #expect(issue.kind == .missingKey)
        #expect("\(issue)" == #"/ids: required key "ids" is missing [spec/websocket_events.md:43]"#)
    }
}
