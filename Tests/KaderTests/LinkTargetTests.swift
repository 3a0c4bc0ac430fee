import Testing
@testable import Kader

/// Resolving a link on bytes (every ASCII link without percent signs) gives what resolving it by
/// characters, with percent signs decoded, gives.
@Suite struct LinkTargetTests {
    static let paths = ["content/stories/a.md", "content/pages/werkwijze/b.md", "content/organization.md", "x.md", "content/pages/é/c.md"]

    @Test func knownLinks() {
        let from = "content/pages/werkwijze/b.md"
        #expect(LinkTarget.resolve("../../teams/noord.md", from: from) == "content/teams/noord.md")
        #expect(LinkTarget.resolve("./vergaderen.md#agenda", from: from) == "content/pages/werkwijze/vergaderen.md")
        #expect(LinkTarget.resolve("../../../../buiten.md", from: from) == "..")
        #expect(LinkTarget.resolve("https://example.org/a.md", from: from) == nil)
        #expect(LinkTarget.resolve("/content/teams/noord.md", from: from) == nil)
        #expect(LinkTarget.resolve("#kop", from: from) == nil)
        #expect(LinkTarget.resolve("team%20noord.md", from: from) == "content/pages/werkwijze/team noord.md")
        #expect(LinkTarget.resolve("a//b/./c.md?x=1", from: from) == "content/pages/werkwijze/a/b/c.md")
    }

    @Test func bytesAndCharactersAgree() {
        let pieces = ["a", "b.md", ".", "..", "/", "//", "#", "?", ":", "%20", "%", "é", "e\u{301}", "\u{301}", "x", "-", "\r\n"]
        var generator = LiveSiteIdentityTests.Seeded(state: 7)
        var links = pieces
        for _ in 0..<5_000 {
            let count = Int(generator.next() % 7) + 1
            links.append((0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
        }
        for path in Self.paths {
            for link in links {
                #expect(LinkTarget.resolve(link, from: path) == LinkTarget.resolveByCharacters(link, from: path), "\(link) from \(path)")
            }
        }
    }
}
