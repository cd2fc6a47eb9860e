import Foundation
import SpecgenCore
import SpecgenEmit
import SpecgenIR
import SpecgenSupport
import SpecgenTestSupport
import Testing

/// Inputs that are wrong or extreme, each with the diagnostics it must produce. The other cases the issue lists are
/// covered where their stage is tested: non-UTF-8 bytes (`MarkdownReaderTests.invalidUTF8IsAnErrorAtItsPosition`,
/// `CLITests.nonUTF8InputIsAnError`), a type or an event defined twice and a heading with no name
/// (`ResolutionTests`, `CLITests.errorsAreLocatedAndLeaveTheOutputUnchanged`), `--out` naming a file
/// (`CLITests.outMustNotBeAFile`), and types that contain themselves through other types (the `node.md` construct
/// fixture, compiled as `ConstructModels`).
@Suite struct BadInputTests {
    /// About 10 MB of docs in one file: 40,000+ types, each linking to the next. Every stage is linear, so this
    /// takes seconds; the only finding is the last link, which leads nowhere.
    @Test func aTenMegabyteFile() throws {
        var text = ""
        var count = 0
        while text.utf8.count < 10 * 1024 * 1024 {
            text +=
                "## Type\(count)\n\nType \(count), before [the next one](#type\(count + 1)).\n\n"
                + "Field | Type | Description\n----- | ---- | -----------\nid | integer | The id.\n"
                + "next | [Type\(count + 1)](#type\(count + 1))? | The next one.\nname | string | |\n\n"
            count += 1
        }
        let input = InputFile(path: "big.md", contents: Array(text.utf8))
        let diagnostics = DiagnosticCollector()
        let schema = Generator().buildSchema([input], diagnostics: diagnostics)
        #expect(schema.types.count == count)
        // Each type takes 10 lines; the `next` row is the 8th.
        let lastLine = 10 * (count - 1) + 8
        #expect(
            diagnostics.sorted.map(\.description) == [
                "big.md:\(lastLine):8: warning: link '#type\(count)' (Type\(count)) leads to no heading or anchor; the "
                    + "field accepts any JSON value"
            ])
    }

    /// One table of 10,000 rows, generated end to end.
    @Test func aTenThousandRowTable() throws {
        var text = "## Big\n\nField | Type | Description\n----- | ---- | -----------\n"
        for row in 0..<10_000 { text += "field_\(row) | \(row % 2 == 0 ? "integer" : "string?") | Row \(row).\n" }
        let result = Generator().generate([InputFile(path: "big.md", contents: Array(text.utf8))])
        #expect(result.diagnostics.isEmpty)
        guard let big = result.schema.type(named: "Big"), case .object(let object) = big.kind else {
            Issue.record("no object Big")
            return
        }
        #expect(object.properties.count == 10_000)
        #expect(object.properties.last.map { SwiftSchema(result.schema).property($0, in: big).name } == "field9999")
        #expect(object.properties.last?.isNullable == true)
        let file = try #require(result.files.first { $0.name == "Big.swift" })
        #expect(file.contents.contains("public var field9999: Swift.String?"))
    }

    /// A type that contains itself directly, and two that contain each other, as required fields: the storage goes
    /// out of line and the Swift compiles.
    @Test func typesThatContainThemselvesCompile() throws {
        let result = Generator().generate([
            InputFile(
                path: "loop.md",
                contents: Array(
                    """
                    ## Loop

                    Field | Type
                    ----- | ----
                    next  | [Loop](#loop)
                    other | [Ping](#ping)

                    ## Ping

                    Field | Type
                    ----- | ----
                    pong  | [Pong](#pong)

                    ## Pong

                    Field | Type
                    ----- | ----
                    ping  | [Ping](#ping)?

                    """.utf8))
        ])
        #expect(result.diagnostics.isEmpty)
        let ir = result.schema.dump(names: result.swiftNames, locations: false)
        #expect(ir.contains("next next: Loop required indirect"))
        #expect(ir.contains("pong pong: Pong required indirect"))
        let compiled = try SwiftCompiler.compile(
            result.files.filter { $0.name.hasSuffix(".swift") }, moduleName: "Loops")
        #expect(compiled.succeeded && !compiled.output.contains("warning:"), "\(compiled.output)")
    }

    /// Bytes that are not UTF-8 in one file are an error located at the byte; the other files are still read.
    @Test func nonUTF8BytesAreLocatedAndOtherFilesStillRead() {
        let bad = Array("## Bad\n\nField | Type\n----- | ----\nna".utf8) + [0xFF, 0xFE] + Array("me | string\n".utf8)
        let result = Generator().generate([
            InputFile(path: "bad.md", contents: bad),
            InputFile(path: "good.md", contents: Array("## Good\n\nField | Type\n--- | ---\nid | integer\n".utf8)),
        ])
        #expect(result.hasErrors)
        #expect(result.files.isEmpty)
        #expect(
            result.diagnostics.map(\.description) == [
                "bad.md:5:3: error: file is not valid UTF-8 (byte 0xFF at offset 36); save it as UTF-8"
            ])
        #expect(result.schema.type(named: "Good") != nil)
    }

    /// Headings with no name at every level are errors at the heading; nothing is generated.
    @Test func headingsWithNoName() {
        let result = Generator().generate([
            InputFile(
                path: "a.md",
                contents: Array(
                    """
                    ## Thing

                    Field | Type
                    ----- | ----
                    a     | string

                    ###

                    Field | Type
                    ----- | ----
                    b     | string

                    ##  

                    """.utf8))
        ])
        #expect(
            result.diagnostics.map(\.description) == [
                "a.md:7:1: error: heading has no name; a sub-type heading needs one",
                "a.md:13:1: error: heading has no name; a type heading needs one",
            ])
        #expect(result.files.isEmpty)
    }
}
