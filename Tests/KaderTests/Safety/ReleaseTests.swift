import Foundation
import Testing
@testable import Kader

/// What a build makes is released when the build is done: `kader serve` rebuilds for hours.
@Suite struct ReleaseTests {
    final class Payload: Sendable {}

    @Test func parallelMapReleasesItsResults() {
        weak var first: Payload?
        weak var last: Payload?
        do {
            let results = Array(0..<64).parallelMap { _ in Payload() }
            first = results.first
            last = results.last
            #expect(first != nil)
        }
        #expect(first == nil)
        #expect(last == nil)
    }

    @Test func parallelMapKeepsTheOrder() {
        let results = Array(0..<10_000).parallelMap { $0 * 2 }
        #expect(results == Array(0..<10_000).map { $0 * 2 })
    }
}
