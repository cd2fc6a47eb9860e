import SpecgenSupport
import Testing

/// Output names made from input paths with `.` and `..` components: those name no folder and never become part
/// of a name.
@Suite struct OutputNamingFolderTests {
    @Test func dotAndDotDotAreNotFolderNames() {
        #expect(OutputFiles.baseNames(for: ["../x.md", "b/x.md"]) == ["../x.md": "X", "b/x.md": "BX"])
        #expect(OutputFiles.baseNames(for: ["./a/x.md", "b/./x.md"]) == ["./a/x.md": "AX", "b/./x.md": "BX"])
        #expect(OutputFiles.baseNames(for: ["a/../x.md"]) == ["a/../x.md": "X"])
    }
}
