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

    /// A `parallelMap` inside one side of `inParallel` or a piece of `concurrently` runs its elements
    /// at the same time: each element waits for the other to have started. Inside an apply, as
    /// `inParallel` was, libdispatch ran them one after the other on two cores, and the first waited
    /// for the second in vain.
    @Test(.enabled(if: ProcessInfo.processInfo.activeProcessorCount > 1))
    func workInsideOneSideStillUsesEveryCore() {
        @Sendable func bothAtOnce() -> Bool {
            let started = [DispatchSemaphore(value: 0), DispatchSemaphore(value: 0)]
            return [0, 1].parallelMap { index in
                started[index].signal()
                return started[1 - index].wait(timeout: .now() + 5) == .success
            }.allSatisfy { $0 }
        }
        let (inside, beside) = inParallel({ bothAtOnce() }, { true })
        #expect(inside)
        nonisolated(unsafe) var inPiece = false
        concurrently([{}, { inPiece = bothAtOnce() }])
        #expect(inPiece)
        #expect(beside)
    }
}
