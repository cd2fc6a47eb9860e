import Foundation
import OsuWebsocket

// osu-frames: reads websocket frames captured from the osu! notification server and prints one line per frame,
// saying which typed event it decodes to (or why it does not), then one indented line per place where the frame
// departs from the docs (as corrected by specgen.yml): its JSON Pointer, what was expected, and the docs line.
//
//     osu-frames [file…]      read the files (one JSON document each, or JSON Lines)
//     osu-frames              read standard input
//
// The exit status is 1 when a frame does not decode or departs from the docs.

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.contains("-h") || arguments.contains("--help") {
    print("usage: osu-frames [file…]   (reads standard input without files; JSON Lines or one frame per file)")
    exit(0)
}

var sources: [(name: String, data: Data)] = []
if arguments.isEmpty {
    sources.append(("<stdin>", FileHandle.standardInput.readDataToEndOfFile()))
} else {
    for path in arguments {
        guard let data = FileManager.default.contents(atPath: path) else {
            FileHandle.standardError.write(Data("osu-frames: error: cannot read '\(path)'\n".utf8))
            exit(1)
        }
        sources.append((path, data))
    }
}

var failures = 0
for source in sources {
    for piece in FrameSplitter.frames(in: source.data) {
        let place = "\(source.name):\(piece.line)"
        do {
            let frame = try Frame(json: piece.json)
            print("\(place): \(frame.summary)")
        } catch {
            failures += 1
            print("\(place): does not decode: \(FrameError.describe(error))")
        }
        let issues = Frame.issues(json: piece.json)
        if !issues.isEmpty { failures += 1 }
        for issue in issues {
            print("  \(place): \(issue)")
        }
    }
}
exit(failures == 0 ? 0 : 1)
