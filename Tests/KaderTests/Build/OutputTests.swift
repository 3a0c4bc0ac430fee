import Foundation
import Testing
@testable import Kader

/// The output folder: deterministic, swapped in whole, never written outside, never half-written.
@Suite struct OutputTests {
    @Test func twoBuildsAreByteIdentical() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        let first = try BuiltHandbook(repository)
        let firstFiles = first.allFiles().map { ($0, first.contents(of: $0)) }
        let second = try BuiltHandbook(repository)
        let secondFiles = second.allFiles().map { ($0, second.contents(of: $0)) }
        #expect(firstFiles.map(\.0) == secondFiles.map(\.0))
        #expect(firstFiles.map(\.1) == secondFiles.map(\.1))
    }

    @Test func aBuildWithAnErrorWritesNothingAndKeepsThePreviousOutput() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        let good = try BuiltHandbook(repository)
        let before = good.allFiles().map { good.contents(of: $0) }
        try repository.write("content/people/kapot.md", "---\nnaam: Kapot\n---\n")
        let bad = try BuiltHandbook(repository)
        #expect(bad.result.check.errorCount == 1)
        #expect(bad.result.files.isEmpty)
        #expect(bad.allFiles().map { bad.contents(of: $0) } == before)
        #expect(!bad.allFiles().contains("handbook/people/kapot.html"))
    }

    @Test func aWriteThatFailsHalfWayLeavesThePreviousOutputIntact() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        let built = try BuiltHandbook(repository)
        let before = built.allFiles()
        let writer = try OutputWriter(repository: repository.root, output: built.output)
        // A file and a folder of the same name: the second write fails after the first succeeded.
        let clash = [OutputFile(path: "a", text: "file"), OutputFile(path: "a/b.html", text: "inside a file")]
        #expect(throws: (any Error).self) { try writer.write(["handbook": clash]) }
        #expect(built.allFiles() == before)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: repository.root)
        #expect(siblings.sorted() == ["content", "output"])
    }

    @Test func whatThePreviousBuildWroteIsRemoved() throws {
        let repository = try FixtureRepository(valid: ["content/people/oud.md": "---\nname: Oud\n---\n"])
        let first = try BuiltHandbook(repository)
        #expect(first.allFiles().contains("handbook/people/oud.html"))
        try repository.remove("content/people/oud.md")
        let second = try BuiltHandbook(repository)
        #expect(!second.allFiles().contains("handbook/people/oud.html"))
    }

    @Test(arguments: ["", "..", "content", "content/teams", "templates", "templates/x"])
    func outputFoldersThatWouldMixWithContentAreRefused(relative: String) throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        let before = repository.listing()
        let output = relative.isEmpty ? repository.root : repository.root + "/" + relative
        #expect(throws: UsageError.self) { try Project(root: repository.root).build(output: output, today: Day("2026-11-22")!) }
        #expect(repository.listing() == before)
    }

    @Test func contentIsNeverModified() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        let paths = repository.listing().filter { $0.hasSuffix(".md") }
        let before = paths.map { FileManager.default.contents(atPath: repository.root + "/" + $0) }
        _ = try BuiltHandbook(repository)
        #expect(paths.map { FileManager.default.contents(atPath: repository.root + "/" + $0) } == before)
    }
}
