@testable import Kader
import Testing

/// Paths sort by their UTF-8 bytes everywhere: in the walk, the index, the marker and the records.
@Suite struct ByteOrderTests {
    @Test func itIsTheOrderOfTheUTF8Bytes() {
        let strings = ["", "a", "a/x", "a-b/y", "ab", "b", "é", "e\u{301}", "z", "Z", "😀", "content/teams/a.md", "content/teams/a.md/", "a\u{0}b"]
        for one in strings {
            for other in strings {
                #expect(one.precedesInBytes(other) == one.utf8.lexicographicallyPrecedes(other.utf8), "\(one) before \(other)")
            }
        }
        // A folder's files come after a sibling whose name goes on with a lower byte than "/".
        #expect(["content/a/x.md", "content/a-b/y.md"].sorted { $0.precedesInBytes($1) } == ["content/a-b/y.md", "content/a/x.md"])
    }
}
