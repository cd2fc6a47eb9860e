import Foundation
import SpecModels
import SpecgenRuntime
import Testing

/// The event envelope: `logout`, `read`, events the docs do not describe, and frames that are not events.
@Suite struct EnvelopeTests {
    @Test func logout() throws {
        let event = try Frames.event("logout.json")
        #expect(event == .logout)
        #expect(event.name == "logout")
    }

    /// Relay-built frames the docs do not describe have no `data` key at all.
    @Test(arguments: ["connection.ready", "verified"])
    func nameOnlyUnknownEvent(_ name: String) throws {
        let event = try Frames.event("\(name).json")
        #expect(event == .unknown(name: name, payload: nil))
        #expect(event.name == name)
    }

    /// `delete` (undocumented) keeps its whole `data`, `socket` included, as untyped JSON.
    @Test func deleteKeepsItsData() throws {
        let event = try Frames.event("delete.json")
        #expect(event.name == "delete")
        let unknown = try #require(event.unknownEvent)
        #expect(unknown.name == "delete")
        let payload = try #require(unknown.payload)
        #expect(
            payload
                == [
                    "notifications": [["id": 912_390]],
                    "read_count": 0,
                    "timestamp": "2025-06-01T12:10:00.500000Z",
                    "socket": nil,
                ])
        #expect(payload["notifications"]?[0]?["id"] == .integer(912_390))
        #expect(payload["read_count"] == .integer(0))
        // Its timestamp is the third wire format (microseconds, Z).
        guard case .string(let text)? = payload["timestamp"] else {
            Issue.record("expected a timestamp string")
            return
        }
        let timestamp = try #require(Timestamp(rawValue: text))
        #expect(timestamp.secondsSince1970 == 1_748_779_200 + 600)
        #expect(timestamp.nanoseconds == 500_000_000)
    }

    /// An unknown event's `data` may be any JSON; an explicit `null` is read like an absent key.
    @Test func unknownEventDataOfOtherShapes() throws {
        #expect(
            try decode(WebsocketEvent.self, #"{"event":"x.y","data":[1,"a"]}"#)
                == .unknown(name: "x.y", payload: [1, "a"]))
        #expect(
            try decode(WebsocketEvent.self, #"{"event":"x.y","data":{}}"#)
                == .unknown(name: "x.y", payload: .object(JSONObject())))
        #expect(try decode(WebsocketEvent.self, #"{"event":"x.y","data":null}"#) == .unknown(name: "x.y", payload: nil))
    }

    /// The docs' `read` shape: `ids` beside `event`, no `data`. No server version sends this, but the doc-derived
    /// model is built for it.
    @Test func readInTheDocsShape() throws {
        let event = try Frames.event("read.docs.json")
        #expect(event.name == "read")
        #expect(event == .read(ReadPayload(ids: [912_345, 912_350])))
        #expect(event.readPayload?.ids == [912_345, 912_350])
    }

    /// The real `read` frame has `data.{notifications, read_count, timestamp}` and no top-level `ids`, so the
    /// doc-derived `ReadPayload` cannot decode it. The fix is a specgen config overlay describing the wire shape.
    @Test func readInTheWireShapeIsRejectedByTheDocs() throws {
        let error = #expect(throws: DecodingError.self) { try Frames.event("read.json") }
        #expect(error.map { isKeyNotFound($0, "ids") } == true)

        // The frame itself is well-formed: identities are any subset of category/id/object_id/object_type.
        let data = try #require(try Frames.json("read.json")["data"])
        #expect(data["read_count"] == .integer(2))
        #expect(
            data["notifications"]
                == [
                    ["category": "channel", "id": 912_345, "object_id": 4_123_456, "object_type": "channel"],
                    ["category": "forum_topic", "object_id": 1_900_001, "object_type": "forum_topic"],
                ])
        guard case .string(let text)? = data["timestamp"] else {
            Issue.record("expected a timestamp string")
            return
        }
        let timestamp = try #require(Timestamp(rawValue: text))
        #expect(timestamp.secondsSince1970 == 1_748_779_205)
        #expect(timestamp.nanoseconds == 123_456_000)
    }

    /// The auth-failure frame has `error` and no `event`, so it is not a `WebsocketEvent`. (A client must look for
    /// `error` before decoding the event.)
    @Test func errorFrameIsNotAnEvent() throws {
        let error = #expect(throws: DecodingError.self) { try Frames.event("error.authentication-failed.json") }
        #expect(error.map { isKeyNotFound($0, "event") } == true)
        #expect(try Frames.json("error.authentication-failed.json")["error"] == "authentication failed")
    }

    @Test func nonStringEventThrows() {
        #expect(throws: DecodingError.self) { try decode(WebsocketEvent.self, #"{"event":42}"#) }
        #expect(throws: DecodingError.self) { try decode(WebsocketEvent.self, #"[{"event":"logout"}]"#) }
    }

    /// Every catalogued frame that should not decode indeed throws.
    @Test(arguments: Frames.undecodable)
    func undecodableFrameThrows(_ name: String) {
        #expect(throws: DecodingError.self) { try Frames.event(name) }
    }
}
