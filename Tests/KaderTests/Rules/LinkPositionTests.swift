import Foundation
import Testing
@testable import Kader

/// Link positions stay linear in the number of links on one line: a megabyte-long line of links is
/// checked and built in well under a few seconds, and its positions are exact.
@Suite struct LinkPositionTests {
    static let team = "content/teams/noord.md"

    /// `é [x](../people/an.md) ` is 23 characters (24 bytes); every thousandth link goes to a person
    /// who does not exist, in a unit just as long.
    static let unit = "é [x](../people/an.md) "
    static let brokenUnit = "é [y](../people/zz.md) "
    static let units = 44_000

    static func isBroken(_ index: Int) -> Bool { index % 1000 == 999 }

    /// One line of `units` links: a little over a megabyte.
    static let longLine: String = {
        var line = ""
        line.reserveCapacity(units * 24)
        for index in 0..<units { line += isBroken(index) ? brokenUnit : unit }
        return line
    }()

    @Test func aMegabyteLineOfLinksIsCheckedQuicklyWithExactColumns() throws {
        #expect(Self.longLine.utf8.count > 1_000_000)
        let repository = try FixtureRepository(valid: [Self.team: LinkRuleTests.team(body: Self.longLine + "\n")])
        let clock = ContinuousClock()
        let start = clock.now
        let found = try repository.findings().map(\.described)
        let elapsed = clock.now - start
        // Quadratic, this never finished (killed at 60 s); linear, it takes a fraction of a second
        // in a debug build and a few seconds under a sanitizer on a busy machine, so the bound
        // only catches the quadratic kind.
        #expect(elapsed < .seconds(20), "checking took \(elapsed)")
        // The `[` of unit k (counting from 0) is at character 23k + 3 of file line 7.
        let expected = (0..<Self.units).filter(Self.isBroken).map { "error broken-link \(Self.team):7:\(23 * $0 + 3)" }
        #expect(found == expected)
        #expect(found.count == 44)
        #expect(found.first == "error broken-link \(Self.team):7:22980")
        #expect(found.last == "error broken-link \(Self.team):7:1011980")
    }

    /// The same line in ASCII, where a byte is a character: the columns are counted as quickly,
    /// not from the line's start for each link.
    @Test func aMegabyteASCIILineOfLinksIsCheckedQuicklyWithExactColumns() throws {
        let line = Self.longLine.replacingOccurrences(of: "é", with: "e")
        #expect(line.utf8.count == line.count && line.utf8.count > 1_000_000)
        let repository = try FixtureRepository(valid: [Self.team: LinkRuleTests.team(body: line + "\n")])
        let clock = ContinuousClock()
        let start = clock.now
        let found = try repository.findings().map(\.described)
        let elapsed = clock.now - start
        #expect(elapsed < .seconds(20), "checking took \(elapsed)")
        let expected = (0..<Self.units).filter(Self.isBroken).map { "error broken-link \(Self.team):7:\(23 * $0 + 3)" }
        #expect(found == expected)
        #expect(found.count == 44)
    }

    @Test func aMegabyteLineOfLinksIsBuiltQuicklyWithEveryLinkRewritten() throws {
        let line = String(repeating: Self.unit, count: Self.units)
        let repository = try FixtureRepository(valid: [Self.team: LinkRuleTests.team(body: line + "\n")])
        let clock = ContinuousClock()
        let start = clock.now
        let built = try BuiltHandbook(repository)
        let elapsed = clock.now - start
        #expect(built.result.check.errorCount == 0)
        // Each use of a body parses it again (bodies keep their text, not their tree), so the
        // line is parsed three times: for its links, its page and the search index.
        #expect(elapsed < .seconds(30), "building took \(elapsed)")
        let page = try built.page("teams/noord.html")
        #expect(page.components(separatedBy: #"<a href="../people/an.html">x</a>"#).count - 1 == Self.units)
        #expect(!page.contains("an.md"))
    }

    /// Characters of every kind before links, several links a line, images, a link inside an image's
    /// link, a table, a list, and a footnote whose definition cmark moves to the end of the tree (so
    /// links are not met in file order).
    static let mixedBody: String = {
        let fillers = ["é ", "e\u{301} ", "👩‍👩‍👧 ", "日本語 ", "🇳🇱", "a", " ", "ß ", "\u{FEFF}x "]
        var lines: [String] = []
        var number = 0
        func link(image: Bool = false) -> String {
            number += 1
            return (image ? "!" : "") + "[t\(number)](d\(number).md)"
        }
        for row in 0..<40 {
            // cmark's inline columns are off on a paragraph's continuation line that starts with
            // white space (it strips it before parsing inlines), so no line here does.
            var line = "x"
            for column in 0..<(row % 7 + 1) * 5 {
                line += fillers[(row + column) % fillers.count]
                line += link(image: (row + column) % 11 == 0)
                line += fillers[(row * column) % fillers.count]
            }
            lines.append(line)
            if row % 10 == 9 { lines.append("") }
        }
        lines.append("")
        lines.append("- één \(link()) en \(link())")
        lines.append("")
        lines.append("| één | twee |")
        lines.append("|---|---|")
        lines.append("| 👩‍👩‍👧 \(link()) | é \(link()) |")
        lines.append("")
        lines.append("[\(link(image: true))](d0.md) en een noot[^n] en later een noot[^m].")
        lines.append("")
        lines.append("[^m]: Noot m met é \(link()).")
        lines.append("[^n]: Noot n met 日本 \(link()) en \(link()).")
        lines.append("")
        lines.append("Na de noten: \(link()) en \(link()).")
        return lines.joined(separator: "\n") + "\n"
    }()

    /// The slow, obviously right way: for each link, count the characters before its `[` afresh.
    static func referencePositions(_ body: String, firstLine: Int) -> [String: Position] {
        var positions: [String: Position] = [:]
        for (offset, line) in body.components(separatedBy: "\n").enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "[t") {
                let digits = line[open.upperBound...].prefix(while: \.isNumber)
                positions["d\(digits).md"] = Position(line: offset + firstLine, column: line[..<open.lowerBound].count + 1)
                rest = line[open.upperBound...]
            }
        }
        return positions
    }

    @Test func positionsMatchASlowReferenceOnMixedText() throws {
        let document = Markdown.parse(Self.mixedBody, firstLine: 7)
        let reference = Self.referencePositions(Self.mixedBody, firstLine: 7)
        let links = document.links.filter { $0.destination != "d0.md" }
        #expect(links.count == reference.count)
        #expect(links.count > 500)
        for link in links {
            #expect(link.position == reference[link.destination], "\(link.destination)")
        }
        // Not in file order: the footnote definitions come after the line below them.
        let order = links.map(\.position.line)
        #expect(order != order.sorted())
    }
}
