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
}
