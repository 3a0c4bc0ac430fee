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

extension MarkdownLinkTests {
    /// cmark-gfm ends a line at a lone CR and reads a NUL as U+FFFD; a broken link after either
    /// is reported where it stands.
    @Test func aLoneCarriageReturnAndANulKeepLinkPositions() throws {
        let repository = try FixtureRepository(valid: [
            "content/pages/cr.md": "---\ntitle: CR\n---\nEen\rTwee [weg](weg.md)\n",
            "content/pages/nul.md": "---\ntitle: NUL\n---\nEen\u{0}\u{0} [weg](weg.md)\n",
        ])
        let broken = try repository.findings().filter { $0.rule == .brokenLink }.map(\.summary)
        #expect(broken == ["broken-link content/pages/cr.md:5:6", "broken-link content/pages/nul.md:4:7"])
    }
}

extension MarkdownLinkTests {
    /// cmark-gfm puts a link whose text runs over two lines on the line of its closing bracket.
    @Test func aLinkOverTwoLinesStartsOnItsFirstLine() {
        let links = Markdown.parse("Eerst\nzie [het\nrooster](a.md) en ![een\nlogo](b.png)\n", firstLine: 4).links
        #expect(links.map { "\($0.position.line):\($0.position.column)" } == ["5:5", "6:20"])
    }
}

/// Found by the fuzzer: after a table's delimiter row that ends in a backslash, cmark-gfm places a
/// row's image on the line before, past that line's end. A position stays inside its line.
@Suite struct MarkdownLinkPlaceTests {
    @Test func anImageCmarkPlacesPastItsLineStaysInsideIt() throws {
        let body = "| Rol | Wie |\n|---|---\\\n| \u{1}![Logo](!ssets/logo.svg)\n"
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        let links = Markdown.parse(body, firstLine: 1).links
        let link = try #require(links.first)
        #expect(link.isImage)
        #expect(link.position.line >= 1 && link.position.line <= lines.count)
        #expect(link.position.column <= lines[link.position.line - 1].count + 1, "\(link.position)")
        // And the fuzzer's own input runs through its entry point.
        let input: [UInt8] = [0x01] + Array(body.utf8)
        #expect(FuzzEntry.markdown(input) > 0)
    }
}
