import BenchModels
import Foundation
import SpecgenRuntime

// specgen-bench: in-process timings of generated code on a file of websocket frames (JSON Lines). Prints one JSON
// object with the counts and the seconds, so that bench.py can set them beside the other tools' figures.
//
//     specgen-bench validate FRAMES [--seconds S]    WebsocketEvent.validate(json:) on every frame, all issues,
//                                                    each with its pointer and message made
//     specgen-bench is-valid FRAMES [--seconds S]    WebsocketEvent.isValid(json:) on every frame
//     specgen-bench decode FRAMES [--seconds S]      JSONDecoder into WebsocketEvent (frames that decode, both
//                                                    into the models and into the hand-written structs)
//     specgen-bench handwritten FRAMES [--seconds S] JSONDecoder (.iso8601 dates) into hand-written Codable structs
//     specgen-bench fast FRAMES [--seconds S]        the generated WebsocketEvent(json:) on the same frames
//     specgen-bench foundation FRAMES [--seconds S]  JSONSerialization.jsonObject on the same frames
//     specgen-bench hold FRAMES                      decode every frame once and keep them (peak memory)
//
// Each timed mode repeats whole passes over the frames until at least S seconds (default 1) have passed.
// `--event NAME` keeps only the frames of one event (the value of their `event` key), for per-event figures.

struct Options {
    var mode: String
    var file: String
    var seconds: Double = 1
    var event: String?
}

func parse() -> Options {
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard arguments.count >= 2 else {
        FileHandle.standardError.write(
            Data(
                "usage: specgen-bench validate|is-valid|decode|handwritten|fast|foundation|hold FRAMES [--seconds S]\n"
                    .utf8))
        exit(2)
    }
    var options = Options(mode: arguments[0], file: arguments[1])
    if let index = arguments.firstIndex(of: "--seconds"), index + 1 < arguments.count,
        let seconds = Double(arguments[index + 1])
    {
        options.seconds = seconds
    }
    if let index = arguments.firstIndex(of: "--event"), index + 1 < arguments.count {
        options.event = arguments[index + 1]
    }
    return options
}

func frames(in file: String, event: String?) -> [Data] {
    guard let data = FileManager.default.contents(atPath: file) else {
        FileHandle.standardError.write(Data("specgen-bench: cannot read \(file)\n".utf8))
        exit(2)
    }
    let frames = data.split(separator: 0x0A).filter { !$0.isEmpty }.map { Data($0) }
    guard let event else { return frames }
    return frames.filter { frame in
        let object = try? JSONSerialization.jsonObject(with: frame) as? [String: Any]
        return object?["event"] as? String == event
    }
}

/// Repeats `pass` until `seconds` have passed; returns the passes made and the time taken.
func timed(_ seconds: Double, _ pass: () -> Int) -> (passes: Int, seconds: Double, checksum: Int) {
    var passes = 0
    var checksum = 0
    let start = DispatchTime.now().uptimeNanoseconds
    var elapsed = 0.0
    repeat {
        checksum &+= pass()
        passes += 1
        elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    } while elapsed < seconds
    return (passes, elapsed, checksum)
}

func report(_ fields: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}

func peakResidentBytes() -> Int {
    var usage = rusage()
    #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024
    #else
        getrusage(RUSAGE_SELF, &usage)
        return Int(usage.ru_maxrss)
    #endif
}

let options = parse()
let all = frames(in: options.file, event: options.event)
let bytes = all.reduce(0) { $0 + $1.count }
let decoder = JSONDecoder()

switch options.mode {
case "validate":
    // The issues' text is made and measured, as a validator that reports every issue with its path would.
    var textBytes = 0
    let result = timed(options.seconds) {
        var issues = 0
        for frame in all {
            for issue in WebsocketEvent.validate(json: frame) {
                issues += 1
                textBytes &+= issue.instancePath.utf8.count &+ issue.message.utf8.count
            }
        }
        return issues
    }
    report([
        "mode": "validate", "frames": all.count * result.passes, "bytes": bytes * result.passes,
        "seconds": result.seconds, "issuesPerPass": result.checksum / max(result.passes, 1),
        "textBytes": textBytes,
    ])
case "is-valid":
    let result = timed(options.seconds) {
        var invalid = 0
        for frame in all where !WebsocketEvent.isValid(json: frame) { invalid += 1 }
        return invalid
    }
    report([
        "mode": "is-valid", "frames": all.count * result.passes, "bytes": bytes * result.passes,
        "seconds": result.seconds, "invalidPerPass": result.checksum / max(result.passes, 1),
    ])
case "decode", "handwritten", "fast", "foundation":
    // All modes use the frames that decode both into the models and into the hand-written structs, so they read
    // the same bytes.
    let handDecoder = JSONDecoder()
    handDecoder.dateDecodingStrategy = .iso8601
    let decodable = all.filter {
        (try? decoder.decode(WebsocketEvent.self, from: $0)) != nil
            && (try? handDecoder.decode(HandEvent.self, from: $0)) != nil
    }
    let size = decodable.reduce(0) { $0 + $1.count }
    let result: (passes: Int, seconds: Double, checksum: Int)
    if options.mode == "decode" {
        result = timed(options.seconds) {
            var count = 0
            for frame in decodable where (try? decoder.decode(WebsocketEvent.self, from: frame)) != nil { count += 1 }
            return count
        }
    } else if options.mode == "handwritten" {
        result = timed(options.seconds) {
            var count = 0
            for frame in decodable where (try? handDecoder.decode(HandEvent.self, from: frame)) != nil { count += 1 }
            return count
        }
    } else if options.mode == "fast" {
        result = timed(options.seconds) {
            var count = 0
            for frame in decodable where (try? WebsocketEvent(json: frame)) != nil { count += 1 }
            return count
        }
    } else {
        result = timed(options.seconds) {
            var count = 0
            for frame in decodable where (try? JSONSerialization.jsonObject(with: frame)) != nil { count += 1 }
            return count
        }
    }
    report([
        "mode": options.mode, "frames": decodable.count * result.passes, "bytes": size * result.passes,
        "seconds": result.seconds, "decodedPerPass": result.checksum / max(result.passes, 1),
    ])
case "hold":
    let before = peakResidentBytes()
    let decoded = all.compactMap { try? decoder.decode(WebsocketEvent.self, from: $0) }
    let after = peakResidentBytes()
    report(["mode": "hold", "frames": decoded.count, "bytes": bytes, "peakBefore": before, "peakAfter": after])
    withExtendedLifetime(decoded) {}
default:
    FileHandle.standardError.write(Data("specgen-bench: unknown mode \(options.mode)\n".utf8))
    exit(2)
}
