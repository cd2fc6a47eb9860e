import Foundation
import OsuWebsocket
import SpecgenRuntime
import Testing

/// The frames in `Frames/wire.jsonl`, written in the shapes the osu! server really sends (PHP's JSON escapes,
/// `"socket":null` inside `data` and beside it, no `data` on the frames the relay builds itself). The docs alone
/// reject several of them; `specgen.yml` corrects the docs so that all of them decode.
enum Capture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Frames")
    static let file = folder.appendingPathComponent("wire.jsonl")

    static func frames() throws -> [Frame] {
        try FrameSplitter.frames(in: Data(contentsOf: file)).map { try Frame(json: $0.json) }
    }

    static func event(_ json: String) throws -> Osu.WebsocketEvent {
        guard case .event(let event) = try Frame(json: Data(json.utf8)) else { throw CaptureError.notAnEvent }
        return event
    }

    enum CaptureError: Error { case notAnEvent }
}

@Suite struct FrameTests {
    /// The generated one-pass decoder gives what `JSONDecoder` gives on every captured frame (with the `Int64`
    /// fields the configuration chooses), and throws where it throws.
    @Test func generatedDecodingAgreesWithJSONDecoder() throws {
        for piece in FrameSplitter.frames(in: try Data(contentsOf: Capture.file)) {
            let expected = try? JSONDecoder().decode(Osu.WebsocketEvent.self, from: piece.json)
            let actual = try? Osu.WebsocketEvent(json: piece.json)
            #expect(actual == expected, "line \(piece.line)")
        }
    }

    @Test func everyCapturedFrameDecodes() throws {
        let summaries = try Capture.frames().map(\.summary)
        #expect(
            summaries == [
                "connection.ready: connected and authenticated",
                "chat.channel.join: #osu (PUBLIC channel 5), last read message 4300000100",
                "chat.message.new: Caf\u{E9} Player in channel 5: gl hf \u{1F3B5} https://osu.ppy.sh/b/75",
                "chat.channel.join: Caf\u{E9} Player (PM channel 4123456), last read message 4300000050",
                "chat.channel.join: #team-mappers (TEAM channel 61), nothing read yet",
                "new: notification 912345 'channel_message' about channel 4123456 from user 7654321: are you coming to "
                    + "the meetup?",
                "new: notification 912346 'forum_topic_reply' about forum_topic 1899001 from user 2: Mapping contest "
                    + "results",
                "new: notification 912347 'news_post_new' about news_post 1520: New featured artists",
                "read: 1 of 1 notification(s) marked read at 2025-06-01T12:00:05.123456Z",
                "delete: 1 notification(s) deleted (0 unread) at 2025-06-01T12:05:00.654321Z",
                "chat.channel.part: #osu (PUBLIC channel 5), nothing read yet",
                "verified: the session is verified",
                "logout: logged out; the server closes the connection",
                "error: authentication failed (the server closes the connection)",
            ])
    }

    /// Each overlay in `specgen.yml`, seen from the generated Swift.
    @Test func overlaysShapeTheModels() throws {
        let frames = try Capture.frames()
        // `last_read_id` may be null (an overlay), and ids are 64-bit (`types`).
        guard case .event(.chatChannelPart(let parted)) = frames[10] else { throw Capture.CaptureError.notAnEvent }
        #expect(parted.currentUserAttributes?.lastReadID == nil)
        #expect(parted.lastMessageID == Int64(4_300_000_123))
        #expect(parted.currentUserAttributes?.canListUsers == false)
        // TEAM is a listed value now, not an unknown one.
        guard case .event(.chatChannelJoin(let team)) = frames[4] else { throw Capture.CaptureError.notAnEvent }
        #expect(team.type == .team)
        // A forum topic without a cover.
        guard case .event(.new(let reply)) = frames[6], case .forumTopicReply(let fields) = reply.variant else {
            throw Capture.CaptureError.notAnEvent
        }
        #expect(fields.details.coverURL == nil)
        #expect(fields.details.postID == 9_500_123)
        // A notification name the docs do not list keeps its raw value and has no variant fields.
        guard case .event(.new(let news)) = frames[7] else { throw Capture.CaptureError.notAnEvent }
        #expect(news.name.rawValue == "news_post_new")
        #expect(news.variant == .other)
        #expect(news.sourceUserID == nil)
        // `read` and `delete` carry the wire's payload.
        guard case .event(.read(let read)) = frames[8] else { throw Capture.CaptureError.notAnEvent }
        #expect(read.readCount == 1)
        #expect(read.notifications.first?["id"] == .integer(912_345))
        #expect(read.timestamp.nanoseconds == 123_456_000)
        guard case .event(.delete(let deleted)) = frames[9] else { throw Capture.CaptureError.notAnEvent }
        #expect(deleted.notifications.first?["object_type"] == .string("forum_topic"))
        #expect(deleted.notifications.first?["id"] == nil)
    }

    @Test func theDocumentedReadShapeIsReplaced() {
        // The docs' `read` (top-level `ids`, no `data`) is not what the server sends; the overlay replaces it.
        #expect(throws: DecodingError.self) { try Capture.event(#"{"event":"read","ids":[1,2]}"#) }
    }

    @Test func unknownEventsAreKept() throws {
        let event = try Capture.event(#"{"event":"chat.channel.hidden","data":{"channel_id":5},"socket":null}"#)
        #expect(event == .unknown(name: "chat.channel.hidden", payload: ["channel_id": 5]))
        #expect(Frame.event(event).summary == "chat.channel.hidden: an event the docs do not describe, with data")
    }

    @Test func decodingErrorsNameThePath() throws {
        do {
            _ = try Capture.event(#"{"event":"chat.channel.join","data":{"channel_id":"five"}}"#)
            Issue.record("decoded a string id")
        } catch {
            #expect(FrameError.describe(error) == "data.channel_id is not Int64")
        }
    }

    /// With the overlays, what the real server sends conforms to the docs: the validator finds nothing in the
    /// capture (keys the docs do not list, such as `socket`, are allowed).
    @Test func theCaptureConformsToTheCorrectedDocs() throws {
        for piece in FrameSplitter.frames(in: try Data(contentsOf: Capture.file)) {
            let issues = Frame.issues(json: piece.json)
            #expect(issues.isEmpty, "line \(piece.line): \(issues)")
        }
    }

    /// Drift from the docs is reported at its pointer with the docs line, while the tolerant models still decode
    /// what only adds values.
    @Test func driftIsReportedWhereItIs() throws {
        let frame =
            #"{"event":"chat.channel.join","data":{"channel_id":5,"description":"","icon":null,"#
            + ##""message_length_limit":450,"moderated":"no","name":"#osu","type":"VOICE","uuid":null,"##
            + #""current_user_attributes":{"can_message":true,"can_message_error":null,"last_read_id":null},"#
            + #""last_read_id":null,"last_message_id":null,"socket":null},"socket":null}"#
        let issues = Frame.issues(json: Data(frame.utf8))
        #expect(issues.map(\.instancePath) == ["/data/moderated", "/data/type", "/data/users"])
        #expect(
            issues.allSatisfy { $0.specLocation.hasPrefix("spec/structures/") || $0.specLocation.hasPrefix("spec/") })
        #expect(issues[1].kind == .wrongValue)
        // The model still reads an unknown channel type; only the wrong JSON type stops it.
        #expect(throws: DecodingError.self) { try Capture.event(frame) }
        let fixed = frame.replacingOccurrences(of: #""moderated":"no""#, with: #""moderated":false"#)
        guard case .chatChannelJoin(let channel) = try Capture.event(fixed) else {
            throw Capture.CaptureError.notAnEvent
        }
        #expect(channel.type == .unknown("VOICE"))
    }

    /// The plugin bundles the JSON Schema, with the overlays applied, as a resource of the target.
    @Test func theSchemaIsBundledAsAResource() throws {
        let url = try #require(FrameSchema.url)
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let definitions = try #require(schema["$defs"] as? [String: Any])
        #expect(definitions["WebsocketEvent"] != nil)
        // An overlay's change is in it: TEAM is a documented channel type.
        let channelType = try #require(definitions["ChannelType"] as? [String: Any])
        #expect((channelType["enum"] as? [String])?.contains("TEAM") == true)
    }

    @Test func capturesAreSplitIntoFrames() {
        let lines = FrameSplitter.frames(in: Data("{\"event\":\"logout\"}\n\n  {\"event\":\"verified\"}\r\n".utf8))
        #expect(lines.map(\.line) == [1, 3])
        let document = FrameSplitter.frames(in: Data("\n{\n  \"event\": \"logout\"\n}\n".utf8))
        #expect(document.map(\.line) == [2])
        #expect(document.count == 1)
    }

    /// The command-line tool, run on the capture the way a user would.
    @Test func theToolPrintsOneLinePerFrame() throws {
        let tool = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("osu-frames")
        let candidates = [Bundle.main.bundleURL.appendingPathComponent("osu-frames"), tool]
        let executable = try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) })
        let bad = FileManager.default.temporaryDirectory.appendingPathComponent("osu-frames-\(UUID().uuidString).json")
        try Data(#"{"event":"chat.channel.part","data":{"channel_id":5}}"#.utf8).write(to: bad)
        defer { try? FileManager.default.removeItem(at: bad) }
        let process = Process()
        process.executableURL = executable
        process.arguments = [Capture.file.path, bad.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(Capture.file.path):1: connection.ready: connected and authenticated")
        // 14 captured frames without issues, then the bad frame and what is wrong with it.
        #expect(lines.filter { !$0.hasPrefix("  ") }.count == 15)
        let badLines = lines.drop { !$0.hasPrefix(bad.path) }
        #expect(badLines.first == "\(bad.path):1: does not decode: data.name is missing")
        #expect(
            badLines.contains {
                $0.hasPrefix("  \(bad.path):1: /data/name: ") && $0.contains("[spec/structures/chat_channel.md:")
            })
    }
}
