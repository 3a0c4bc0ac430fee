import Foundation
import Testing
@testable import Kader

/// Every file of both trees of `root/output`, byte for byte, against a build of `root` without
/// the cache into a folder of its own: what the cache's tests hold every cached build to.
func expectSameAsUncached(_ root: String, today: Day, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let plain = root + "-plain"
    defer { try? FileManager.default.removeItem(atPath: plain) }
    let result = try Project(root: root).build(output: plain, today: today, cache: false)
    #expect(result.check.errorCount == 0, sourceLocation: sourceLocation)
    for tree in OutputWriter.trees {
        let files = DeterminismTests.files(under: plain + "/" + tree)
        #expect(files == DeterminismTests.files(under: root + "/output/" + tree), sourceLocation: sourceLocation)
        let differing = files.filter {
            FileManager.default.contents(atPath: plain + "/\(tree)/" + $0) != FileManager.default.contents(atPath: root + "/output/\(tree)/" + $0)
        }
        #expect(differing.isEmpty, "\(differing)", sourceLocation: sourceLocation)
    }
}
