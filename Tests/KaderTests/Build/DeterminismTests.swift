import Foundation
import Testing
@testable import Kader

/// The same content and `today` give the same bytes, also from two separate runs of the `kader`
/// binary: each process hashes with its own random seed, so an order that leaks out of a
/// Dictionary or a Set shows up here and not in a test that builds twice in one process.
@Suite struct DeterminismTests {
    @Test func twoProcessesBuildTheExampleByteForByte() throws {
        let base = Scratch.path("kader-determinism")
        defer { try? FileManager.default.removeItem(atPath: base) }
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_DETERMINISTIC_HASHING"] = nil
        for run in ["a", "b"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: ServeTests.binary)
            process.arguments = ["build", ExampleContentTests.repositoryRoot, "--output", base + "/" + run, "--today", "2026-11-22"]
            process.environment = environment
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            try #require(process.terminationStatus == 0, "kader build (\(run)) failed: \(output)")
        }
        // The build cache's records hold the times the files were written or read, not the site (the
        // decoded documents are the same bytes, and compared).
        let first = Self.files(under: base + "/a").filter { ![BuildCache.file, PageRecord.file, InputStamps.file].contains($0) }
        let second = Self.files(under: base + "/b").filter { ![BuildCache.file, PageRecord.file, InputStamps.file].contains($0) }
        #expect(first.count > 100 && first.contains("handbook/index.html") && first.contains("reports/data.json"))
        #expect(first == second, "the two runs wrote different files: \(Set(first).symmetricDifference(second).sorted().prefix(5))")
        let differing = first.filter { path in
            FileManager.default.contents(atPath: base + "/a/" + path) != FileManager.default.contents(atPath: base + "/b/" + path)
        }
        #expect(differing.isEmpty, "\(differing.count) files differ between the two runs, the first is \(differing.first ?? "")")
    }

    /// Every regular file under `folder`, relative to it, in byte order.
    static func files(under folder: String) -> [String] {
        let all = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []
        return all.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
