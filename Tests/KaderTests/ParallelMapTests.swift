import Foundation
import Testing
@testable import Kader

/// `parallelMap` spreads work over all cores; what it returns must be all it keeps.
@Suite struct ParallelMapTests {
    final class Object: Sendable {}

    struct Weak {
        weak var object: Object?
    }

    @Test func keepsOrderAndReleasesEveryResult() {
        var references: [Weak] = []
        do {
            let objects = Array(0..<200).parallelMap { _ in Object() }
            #expect(Array(0..<200).parallelMap { $0 * 2 } == (0..<200).map { $0 * 2 })
            references = objects.map { Weak(object: $0) }
        }
        // `kader serve` builds again and again: a result kept alive here is memory lost per build.
        #expect(references.filter { $0.object != nil }.count == 0)
    }
}
