import CFuzzerDriver
import SpecgenCore
import SpecgenEmit
import SpecgenLint

/// The libFuzzer entry point: runs one input through the whole pipeline. An input may hold several files,
/// separated by lines of `%%%`, so that references between files are exercised too.
@_cdecl("LLVMFuzzerTestOneInput")
public func specgenFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let inputs = splitFiles(bytes).enumerated().map { InputFile(path: "doc\($0.offset).md", contents: $0.element) }
    let result = Generator().generate(inputs)
    _ = result.swift.dump()
    _ = LintReport(findings: Linter().lint(inputs)).formatted(.sarif)
    return 0
}

/// Splits an input at lines that are exactly `%%%`.
func splitFiles(_ bytes: [UInt8]) -> [[UInt8]] {
    var files: [[UInt8]] = []
    var current: [UInt8] = []
    var lineStart = 0
    var index = 0
    while index <= bytes.count {
        if index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
            let line = bytes[lineStart..<index]
            if line.elementsEqual("%%%".utf8) {
                files.append(current)
                current = []
            } else {
                current += line
                if index < bytes.count { current.append(UInt8(ascii: "\n")) }
            }
            lineStart = index + 1
        }
        index += 1
    }
    files.append(current)
    return files
}

/// SwiftPM links an executable target's entry point as `<module>_main`; libFuzzer's driver does the rest.
@_cdecl("SpecgenFuzz_main")
public func specgenFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var argc = argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        guard let data else { return 0 }
        return specgenFuzzTestOneInput(data, size)
    }
}
