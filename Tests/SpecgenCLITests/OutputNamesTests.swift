import Foundation
import Testing

@testable import specgen

/// Which names a manifest may list: plain relative paths to files inside the output folder, nothing that leads out
/// of it, wherever the `..` stands.
@Suite struct OutputNamesTests {
    @Test(
        arguments: [
            ("A.swift", nil),
            ("sub/A+Validation.swift", nil),
            ("..", "'..' leaves the output folder ('..')"),
            ("../outside.txt", "'../outside.txt' leaves the output folder ('..')"),
            ("sub/../../outside.txt", "'sub/../../outside.txt' leaves the output folder ('..')"),
            ("sub/..", "'sub/..' leaves the output folder ('..')"),
            ("a/b/../../../x", "'a/b/../../../x' leaves the output folder ('..')"),
            ("/etc/hostname", "'/etc/hostname' is an absolute path; entries name files inside the output folder"),
            ("./A.swift", "'./A.swift' is not a plain path ('.' names a folder)"),
            ("sub/./A.swift", "'sub/./A.swift' is not a plain path ('.' names a folder)"),
            ("sub/", "'sub/' names a folder; specgen writes only files"),
            ("a//b", "'a//b' is not a plain path (an empty component)"),
            ("a\u{7}b", "'a\u{7}b' contains a control character"),
        ] as [(String, String?)])
    func entriesInsideTheFolderOnly(name: String, problem: String?) {
        #expect(OutputNames.problem(with: name) == problem)
    }

    @Test func bookkeepingNamesAreReserved() {
        #expect(OutputNames.isReserved(".specgen-manifest"))
        #expect(OutputNames.isReserved(".specgen-journal"))
        #expect(OutputNames.isReserved(".specgen-tmp-12"))
        #expect(!OutputNames.isReserved("A.swift"))
        #expect(OutputNames.isTemporary(".specgen-tmp-12"))
        #expect(!OutputNames.isTemporary(".specgen-tmp-"))
        #expect(!OutputNames.isTemporary(".specgen-tmp-1x"))
    }

    /// A manifest entry that climbs out through a folder is refused, and the file it names is left alone even
    /// though specgen no longer generates it.
    @Test func aManifestEntryThatClimbsOutIsRefused() throws {
        let generations = try Generations()
        try generations.resetToOld()
        try generations.temp.write("outside.txt", "keep\n")
        try generations.temp.write("out/sub/user.txt", "keep\n")
        let manifest = generations.out.appendingPathComponent(".specgen-manifest")
        let original = try String(contentsOf: manifest, encoding: .utf8)
        try (original + "sub/../../outside.txt\n").write(to: manifest, atomically: false, encoding: .utf8)
        let line = original.split(separator: "\n", omittingEmptySubsequences: false).count
        let before = Generations.snapshot(generations.out)
        let result = try generations.run("v2", quiet: false)
        #expect(result.status == 1)
        #expect(
            result.stderr.split(separator: "\n").first
                == "out/.specgen-manifest:\(line):1: error: 'sub/../../outside.txt' leaves the output folder ('..')")
        #expect(Generations.snapshot(generations.out) == before)
        #expect(generations.temp.read("outside.txt") == "keep\n")
    }
}
