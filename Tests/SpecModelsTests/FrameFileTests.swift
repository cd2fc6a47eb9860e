import Foundation
import SpecModels
import SpecgenRuntime
import Testing

/// Checks on the sample frames themselves: each is catalogued, and each is written the way the server writes frames,
/// so that the model tests below exercise the real escapes and envelope rather than Swift-flavoured JSON.
@Suite struct FrameFileTests {
    @Test func everyFrameIsCatalogued() throws {
        let onDisk = try Frames.fileNames()
        #expect(!onDisk.isEmpty, "no frames found in \(Frames.directory.path)")
        #expect(Set(onDisk) == Set(Frames.catalogue.keys))
    }

    @Test(arguments: Frames.catalogue.keys.sorted())
    func frameIsInWireStyle(_ name: String) throws {
        let bytes = try Frames.data(name)
        let text = try Frames.text(name)

        // One JSON document, compact, pure ASCII (PHP escapes every non-ASCII character).
        #expect(bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }, "\(name): non-ASCII byte or raw control character")
        _ = try Frames.json(name)

        // Every "/" is escaped as "\/", and every \u escape uses four lower-case hex digits.
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "/" {
            #expect(index > 0 && scalars[index - 1] == "\\", "\(name): unescaped '/' at offset \(index)")
        }
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\\" {
                if scalars[index + 1] == "u" {
                    let hex = String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)]))
                    #expect(hex.allSatisfy { "0123456789abcdef".contains($0) }, "\(name): escape \\u\(hex)")
                }
                index += 2
            } else {
                index += 1
            }
        }

        let json = try Frames.json(name)
        switch json["event"] {
        case .string(let event)?:
            if name == "read.docs.json" {
                // The docs' shape for read (never sent by any version of the server).
                #expect(text.hasPrefix(#"{"event":"read","ids":["#))
            } else if json["data"] == nil {
                // Relay-built: exactly {"event":E}.
                #expect(text == #"{"event":"\#(event)"}"#)
            } else {
                // Relayed: {"event":E,"data":{…,"socket":null},"socket":null}, in that key order.
                #expect(text.hasPrefix(#"{"event":"\#(event)","data":{"#), "\(name)")
                #expect(text.hasSuffix(#","socket":null},"socket":null}"#), "\(name)")
                #expect(json["socket"] == .null)
                #expect(json["data"]?["socket"] == .null)
            }
        default:
            #expect(text == #"{"error":"authentication failed"}"#)
        }
    }

    /// The escapes in the files are the server's, and a standard decoder turns them into the right characters.
    @Test func escapesAreThePHPOnes() throws {
        let text = try Frames.text("chat.message.new.json")
        #expect(text.contains(#""content":"gl hf \ud83c\udfb5 https:\/\/osu.ppy.sh\/b\/75""#))
        #expect(text.contains(#""username":"Caf\u00e9 Player""#))
        let flag = try Frames.text("chat.message.new.pm.json")
        #expect(flag.contains(#"\ud83c\uddf3\ud83c\uddff"#))  // 🇳🇿: two regional indicators, two surrogate pairs
        let json = try Frames.json("chat.message.new.json")
        #expect(json["data"]?["messages"]?[0]?["content"] == "gl hf \u{1F3B5} https://osu.ppy.sh/b/75")
        #expect(json["data"]?["users"]?[0]?["username"] == "Caf\u{E9} Player")
    }
}
