import Foundation
import Testing
@testable import Kader

/// The fuzz targets' entry points (scripts/fuzz.sh) on plain inputs: the base repository they
/// vary passes every check, so the fuzzer also reaches the handbook and the reports.
@Suite struct FuzzEntryTests {
    @Test func theBaseRepositoryPassesAndRenders() throws {
        let team = Array(try #require(FuzzEntry.base["content/teams/noord.md"]).utf8)
        let place = UInt8(try #require(FuzzEntry.places.firstIndex(of: "content/teams/noord.md")))
        #expect(FuzzEntry.load([place] + team) == 0, "the base repository has findings")
        #expect(FuzzEntry.load([place | 0x80] + team) > 10_000, "the handbook and the reports were not rendered")
        #expect(FuzzEntry.load([]) == 0)
    }

    @Test func everyPlaceTakesAnyBytes() {
        for place in FuzzEntry.places.indices {
            for input in ["", "---\n", "---\n---\n", "---\n: [\n---\n", "---\ntitle: x\n---\n# Kop\n"] {
                _ = FuzzEntry.load([UInt8(place) | 0x80] + Array(input.utf8))
            }
        }
    }

    @Test func theMarkdownEntryRendersLinks() {
        #expect(FuzzEntry.markdown(Array("\u{1}[Noord](../../teams/noord.md) ![logo](../../assets/logo.png) [weg](x.md)\n".utf8)) > 0)
        #expect(FuzzEntry.markdown([]) == 0)
    }
}
