import Testing

@testable import SpecgenCore

/// The same-page anchors an HTML block links to (`href="#x"`), which tell whether a file points into the docs:
/// ASCII HTML is searched byte by byte, other HTML a character at a time, with the same result.
@Suite struct StrayFilesAnchorTests {
    @Test func asciiHTMLReadAsByCharacters() {
        let pieces = [
            "href=", "href", "=", "\"", "'", "#", "#top", "a", "x-y", " ", "<a ", ">", "</a>", "\r\n", "\n", "#\"", "h",
        ]
        var state: UInt64 = 0x57A7_F11E
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        for _ in 0..<5_000 {
            var html = ""
            for _ in 0..<next() % 10 + 1 { html += pieces[next() % pieces.count] }
            #expect(
                StrayFiles.hrefAnchors(html) == StrayFiles.hrefAnchorsByCharacters(html), "\(html.debugDescription)")
        }
    }

    @Test func anchorsOfLinks() {
        #expect(
            StrayFiles.hrefAnchors(##"<a href="#user">x</a> <a href='#b-c'>y</a> <a href="/x#y">"##) == ["user", "b-c"])
        #expect(StrayFiles.hrefAnchors(##"<a href="#">x</a><a href=#x>"##) == [])
        #expect(StrayFiles.hrefAnchors(##"<a href="#grüße">"##) == ["grüße"])
        #expect(StrayFiles.hrefAnchors(##"<a href="#open"##) == [])
    }
}
