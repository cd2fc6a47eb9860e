import Foundation
import SpecgenTestSupport
import Testing

/// `specgen validate`: recorded payloads checked against the docs, one issue a line.
@Suite(.serialized) struct ValidateCommandTests {
    /// The docs of the repository, seen from a temporary folder.
    var spec: String { Golden.repositoryRoot.appendingPathComponent("spec").path }

    @Test func jsonLinesCaptureIsAuditedLineByLine() throws {
        let temp = try TemporaryFolder()
        try temp.write(
            "capture.jsonl",
            """
            {"event":"connection.ready"}
            {"error":"authentication failed"}

            {"event":"read","data":{"notifications":[],"read_count":1,"timestamp":"2025-06-01T12:00:05.123456Z","socket":null},"socket":null}
            {"event":"logout"}
            {"event":"chat.channel.join","data":{"channel_id":5,"description":"","icon":null,"message_length_limit":450,"moderated":false,"name":"#osu","type":"TEAM","uuid":null,"current_user_attributes":{"can_message":true,"last_read_id":null},"last_message_id":null,"users":[],"socket":null}}
            {"event":"new","data":[1,2

            """)
        let result = try SpecgenProcess.run(
            [
                "validate", "--spec", spec, "--path-root", Golden.repositoryRoot.path,
                "--lines", "capture.jsonl",
            ], in: temp.url)
        #expect(result.status == 1)
        #expect(
            result.stdout == """
                capture.jsonl:2: /event: required key "event" is missing [spec/websocket_events.md:14]
                capture.jsonl:4: /ids: required key "ids" is missing [spec/websocket_events.md:43]
                capture.jsonl:6: /data/type: expected one of "PUBLIC", "PRIVATE", "MULTIPLAYER", "SPECTATOR", "TEMPORARY", "PM", "GROUP", "ANNOUNCE", found "TEAM" [spec/structures/channel_type.md:1]
                capture.jsonl:6: /data/current_user_attributes/last_read_id: expected a number, found null [spec/structures/current_user_attributes.md:13]
                capture.jsonl:7: /data/1: malformed JSON at byte 26: the input ends inside an array or object [spec/websocket_events.md:1]

                """)
        #expect(result.stderr.contains("specgen: 6 payloads checked as WebsocketEvent: 4 with issues (5 issues)"))
        // The docs' own warnings are for `specgen lint`; here they show only when asked for.
        #expect(!result.stderr.contains("warning:"))
        let verbose = try SpecgenProcess.run(
            ["validate", "--spec", spec, "--spec-warnings", "--lines", "capture.jsonl"],
            in: temp.url)
        #expect(verbose.status == 1)
        #expect(verbose.stderr.contains("websocket_events.md:51:1: warning: link '#chat-channel'"))
        #expect(verbose.stdout.split(separator: "\n").count == 5)
    }

    @Test func aDocumentPerFileGivesTheLineOfEachIssue() throws {
        let temp = try TemporaryFolder()
        try temp.write(
            "frame.json",
            """
            {
              "event": "chat.message.new",
              "data": {
                "messages": [{"channel_id": 5, "content": "hi", "is_action": false, "message_id": 1,
                              "sender_id": 2, "timestamp": "2025-06-01T12:00:00Z", "type": "plain", "uuid": 7}],
                "users": []
              }
            }
            """)
        try temp.write("good.json", #"{"event":"logout"}"#)
        let result = try SpecgenProcess.run(["validate", "--spec", spec, "frame.json", "good.json"], in: temp.url)
        #expect(result.status == 1)
        #expect(
            result.stdout.replacingOccurrences(of: Golden.repositoryRoot.path + "/", with: "")
                == "frame.json:5: /data/messages/0/uuid: expected a string or null, found 7 [spec/structures/chat_message.md:43]\n"
        )
        let good = try SpecgenProcess.run(["validate", "--spec", spec, "good.json"], in: temp.url)
        #expect(good.status == 0)
        #expect(good.stdout.isEmpty)
        #expect(good.stderr.contains("1 payload checked as WebsocketEvent: all conform to the docs"))
    }

    @Test func theTypeCanBeChosen() throws {
        let temp = try TemporaryFolder()
        try temp.write("types.jsonl", "\"PM\"\n\"TEAM\"\n")
        let result = try SpecgenProcess.run(
            ["validate", "--spec", spec, "--type", "ChannelType", "--lines", "types.jsonl"],
            in: temp.url)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("types.jsonl:2: (root): expected one of \"PUBLIC\""))
        let unknown = try SpecgenProcess.run(
            ["validate", "--spec", spec, "--type", "Nope", "types.jsonl"], in: temp.url)
        #expect(unknown.status == 1)
        #expect(
            unknown.stderr.contains("specgen: error: the docs define no type named 'Nope'; the types are: ChannelType,")
        )
    }

    @Test func badInvocationsAreExplained() throws {
        let temp = try TemporaryFolder()
        try temp.write("x.json", "{}")
        let noSpec = try SpecgenProcess.run(["validate", "x.json"], in: temp.url)
        #expect(noSpec.status == 64)
        #expect(noSpec.stderr.contains("Name the docs with --spec"))
        let noFiles = try SpecgenProcess.run(["validate", "--spec", spec], in: temp.url)
        #expect(noFiles.status == 64)
        #expect(noFiles.stderr.contains("Give at least one file of recorded payloads."))
        let missing = try SpecgenProcess.run(["validate", "--spec", spec, "missing.json"], in: temp.url)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("specgen: error: cannot read 'missing.json'"))
        // Docs without an events page need --type.
        try temp.write("docs/a.md", "## Alpha\n\nField | Type\n--- | ---\nid | integer\n")
        let noEvents = try SpecgenProcess.run(["validate", "--spec", "docs", "x.json"], in: temp.url)
        #expect(noEvents.status == 1)
        #expect(
            noEvents.stderr.contains(
                "the docs have no events pages; name the payloads' type with --type (one of: Alpha)"))
        let alpha = try SpecgenProcess.run(["validate", "--spec", "docs", "--type", "Alpha", "x.json"], in: temp.url)
        #expect(alpha.status == 1)
        #expect(alpha.stdout == "x.json:1: /id: required key \"id\" is missing [docs/a.md:5]\n")
        // A folder is not a file of payloads.
        let folder = try SpecgenProcess.run(["validate", "--spec", "docs", "--type", "Alpha", "docs"], in: temp.url)
        #expect(folder.status == 1)
        #expect(folder.stderr.contains("specgen: error: cannot read 'docs': Is a directory"), "\(folder.stderr)")
    }

    @Test func theConfigurationsOverlaysApplyAsForGenerate() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", "## Alpha\n\nField | Type\n--- | ---\nid | integer\n")
        try temp.write(
            "docs/specgen.yml", "overlays:\n  - type: Alpha\n    field: id\n    set: { type: \"integer?\" }\n")
        try temp.write("x.json", #"{"id": null}"#)
        let overlaid = try SpecgenProcess.run(
            ["validate", "--spec", "docs", "--type", "Alpha", "x.json"], in: temp.url)
        #expect(overlaid.status == 0, "\(overlaid.stdout)\(overlaid.stderr)")
        let plain = try SpecgenProcess.run(
            ["validate", "--spec", "docs", "--no-config", "--type", "Alpha", "x.json"],
            in: temp.url)
        #expect(plain.status == 1)
        #expect(plain.stdout == "x.json:1: /id: expected an integer, found null [docs/a.md:5]\n")
        // The generated validators follow the same configuration.
        #expect(try SpecgenProcess.run(["docs", "--out", "out", "-q"], in: temp.url).status == 0)
        #expect(temp.read("out/A+Validation.swift")?.contains("try reader.checkInteger(nullable: true") == true)
    }

    @Test func generateCanEmitOneKindOfOutput() throws {
        let temp = try TemporaryFolder()
        try temp.write("docs/a.md", "## Alpha\n\nField | Type\n--- | ---\nid | integer\n")
        #expect(
            try SpecgenProcess.run(["docs", "--out", "schema", "--emit", "schema", "-q"], in: temp.url).status == 0)
        #expect(temp.list("schema") == [".specgen-manifest", "schema.json"])
        #expect(
            try SpecgenProcess.run(
                ["docs", "--out", "both", "--emit", "models", "--emit", "validators", "-q"],
                in: temp.url
            ).status == 0)
        #expect(temp.list("both") == [".specgen-manifest", "A+Validation.swift", "A.swift"])
        let help = try SpecgenProcess.run(["generate", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--emit <emit>"))
        #expect(help.stdout.contains("(values: models,"))
        let rootHelp = try SpecgenProcess.run(["--help"])
        #expect(rootHelp.status == 0)
        #expect(rootHelp.stdout.contains("validate"))
    }
}
