import Foundation
import SpecgenCore
import SpecgenEmit
import SpecgenIR
import SpecgenSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Emitting validators costs the same per type for a few types or thousands: nothing done for one type looks at
/// every other type. The test compares the cost per type of two synthetic specs, 20 times apart in size, with a
/// generous margin; it measures the CPU time of the test's own thread, so other processes on the machine do not
/// count, and asserts no absolute time.
@Suite(.serialized) struct EmissionCostTests {
    /// A spec of `count` types, ten to a document, with references, inline enums, a tagged variant set and an
    /// events page whose payloads require keys of other types (the cases that look other types up).
    static func spec(types count: Int) -> [InputFile] {
        var files: [InputFile] = []
        for document in 0..<(count / 10) {
            var text = ""
            for k in 0..<10 {
                let i = document * 10 + k
                text +=
                    "## Type\(i)\n\nType \(i).\n\nField | Type | Description\n----- | ---- | -----------\n"
                    + "id | integer | The id.\nnext | [Type\(i + 1)](#type\(i + 1))? | The next one.\n"
                    + "kind | `a` \\| `b` | |\nname | string | |\n"
                if k == 0 {
                    text +=
                        "\n### Optional Attributes\n\nField | Type | Description\n----- | ---- | -----------\n"
                        + "extra | integer | |\n"
                }
                if k == 1 {
                    text +=
                        "\nField | Type\n----- | ----\ntype | string\n\n### Available Types\n\n#### first\n\n"
                        + "Field | Type | Description\n----- | ---- | -----------\nfirst_id | integer | |\n"
                }
                text += "\n"
            }
            files.append(InputFile(path: "docs/d\(document).md", contents: Array(text.utf8)))
        }
        var events =
            "# Websocket Events\n\nField | Type | Description\n----- | ---- | -----------\n"
            + "event | string | |\ndata | object? | |\n"
        for i in stride(from: 0, to: count, by: 50) {
            events += "\n## type\(i).update\n\nSee [Type\(i)](#type\(i)) object, with `extra`.\n"
        }
        files.append(InputFile(path: "docs/events.md", contents: Array(events.utf8)))
        return files
    }

    /// The CPU time of the calling thread, in nanoseconds.
    static func threadTime() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// The least CPU time per type of emitting every document's validators, over a few runs.
    static func costPerType(types count: Int, runs: Int) throws -> Double {
        let inputs = spec(types: count)
        let diagnostics = DiagnosticCollector()
        let schema = Generator().buildSchema(inputs, diagnostics: diagnostics)
        #expect(!diagnostics.hasErrors, "\(diagnostics.sorted)")
        #expect(schema.types.count >= count)
        let emitter = SwiftValidatorEmitter(templates: try TemplateSet())
        let swift = SwiftSchema(schema)
        let byDocument = swift.schema.typesByDocumentPath
        var best = UInt64.max
        for _ in 0..<runs {
            let start = threadTime()
            for input in inputs {
                _ = try emitter.emitFile(
                    for: input.path, types: byDocument[input.path] ?? [], in: swift,
                    baseName: "B")
            }
            best = min(best, threadTime() - start)
        }
        return Double(best) / Double(count)
    }

    @Test func validatorEmissionIsLinearInTheNumberOfTypes() throws {
        _ = try Self.costPerType(types: 100, runs: 1)  // warm-up: templates and caches
        let small = try Self.costPerType(types: 200, runs: 5)
        let large = try Self.costPerType(types: 4_000, runs: 1)
        #expect(large < 4 * small, "per type: \(Int(small)) ns for 200 types, \(Int(large)) ns for 4,000")
    }
}
