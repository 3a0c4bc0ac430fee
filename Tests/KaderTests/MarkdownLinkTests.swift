import Foundation
import Testing
@testable import Kader

/// Link positions point into the file, for every kind of link cmark-gfm makes.
@Suite struct MarkdownLinkTests {
    /// The autolink extension makes its links without a source position (line 0); they used to
    /// land on the line before the body, the front matter's closing `---`.
    @Test func autolinksGetAPlaceInTheBody() {
        let body = "Eerst tekst.\n\nZie https://example.org en www.example.org of [hier](../teams/noord.md).\n"
        let links = Markdown.parse(body, firstLine: 5).links
        #expect(links.map(\.destination) == ["https://example.org", "http://www.example.org", "../teams/noord.md"])
        #expect(links.map(\.position.line) == [7, 7, 7])
        #expect(links.allSatisfy { $0.position.column >= 1 })
        #expect(links.last?.position.column == 47)
        #expect(links.first?.position.column == 1)
    }
}
