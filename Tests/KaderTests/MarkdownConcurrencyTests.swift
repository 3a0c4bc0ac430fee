import Foundation
import Testing
@testable import Kader

/// cmark-gfm 0.29 shares a table between parses with extensions; parsing in parallel must still
/// give exactly what a single thread gives.
@Suite struct MarkdownConcurrencyTests {
    @Test func parallelParsesMatchSerialOnes() {
        let bodies = (0..<2_000).map { index in
            "# Kop \(index)\n\n~~weg \(index)~~ en **vet** en https://example.org/\(index)\n\n| a | b |\n|---|---|\n| \(index) | x |\n\n- [x] klaar\n- [ ] open [link](../teams/t\(index).md)\n"
        }
        let serial = bodies.map { Markdown.parse($0).htmlForTesting() }
        let parallel = bodies.parallelMap { Markdown.parse($0).htmlForTesting() }
        #expect(serial == parallel)
        #expect(serial.allSatisfy { $0.contains("<del>") && $0.contains("<table>") && $0.contains("checkbox") })
    }

    /// Rendering rewrites the link URLs of a body for the page it lands on. One document rendered
    /// for pages at different depths on many threads at once must give each page its own links,
    /// exactly as one thread does (and, under ThreadSanitizer, without a data race).
    @Test func oneBodyRenderedInParallelMatchesSerialRenders() throws {
        let repository = try FixtureRepository(valid: [
            "content/pages/links.md": """
                ---
                title: Links
                ---
                ## Een
                [Noord](../teams/noord.md), [An](../people/an.md#rol), ![logo](../assets/logo.png)
                ## Twee
                [het rooster](../stories/rooster.md) en [buiten](https://example.org/)
                """,
            "content/assets/logo.png": "png",
        ])
        let site = try repository.check().site
        let body = try #require(site.pages.first?.body)
        let urls = ["index.html", "pages/links.html", "teams/a/b.html", "x/y/z/w.html"]
        let expected = urls.map { body.render(pageURL: $0, sourcePath: "content/pages/links.md", site: site, unsafe: false).html }
        #expect(expected[0].contains("href=\"teams/noord.html\"") && expected[1].contains("href=\"../teams/noord.html\""))
        let rendered = Array(0..<4_000).parallelMap { index in
            (index % urls.count, body.render(pageURL: urls[index % urls.count], sourcePath: "content/pages/links.md", site: site, unsafe: false).html,
             body.plainText(), body.html())
        }
        let plain = body.plainText(), html = body.html()
        let wrong = rendered.filter { $0.1 != expected[$0.0] || $0.2 != plain || $0.3 != html }
        #expect(wrong.count == 0, "\(wrong.count) of \(rendered.count) parallel renders differ from the serial ones")
    }
}
