import Foundation
import SpecgenCore
import SpecgenTestSupport
import Testing

@testable import SpecgenEmit

/// Rendered files hold the bytes that are written; their text is read from those bytes.
@Suite struct RenderedFileTests {
    @Test func bytesAndTextAgree() {
        let text = "// é ✓ 😀\nlet a = 1\n"
        var file = RenderedFile(name: "A.swift", bytes: Array(text.utf8))
        #expect(file.contents == text)
        #expect(file == RenderedFile(name: "A.swift", contents: text))
        file.contents = "let b = 2\n"
        #expect(file.bytes == Array("let b = 2\n".utf8))
        #expect(file != RenderedFile(name: "A.swift", contents: text))
    }

    /// Every file the generator renders (models, validators, the JSON Schema) is valid UTF-8, ends in one newline,
    /// and is the same through both accessors.
    @Test func generatedFilesAreValidText() throws {
        let result = Generator().generate(try Fixtures.inputs(under: "spec"))
        #expect(result.files.count > 5)
        for file in result.files {
            #expect(String(validating: file.bytes, as: UTF8.self) != nil, "\(file.name)")
            #expect(Array(file.contents.utf8) == file.bytes, "\(file.name)")
            #expect(file.bytes.last == 0x0A && file.bytes.dropLast().last != 0x0A, "\(file.name)")
        }
    }
}
