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

/// The marker rule of Revision 2: kader fills only folders it filled before, or empty ones, and
/// never removes a file it did not write.
@Suite struct OutputFolderOwnershipTests {
    static let today = Day("2026-11-22")!

    @Test func aFolderWithSomeoneElsesFilesIsRefusedAndLeftAsItWas() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        let output = repository.root + "/site"
        try repository.write("site/notes.txt", "mijn aantekeningen")
        let before = repository.listing()
        let error = #expect(throws: UsageError.self) { try Project(root: repository.root).build(output: output, today: Self.today) }
        #expect(error?.description.contains("--force") == true)
        #expect(error?.description.contains(".kader-output") == true)
        #expect(repository.listing() == before)
        #expect(try String(contentsOfFile: output + "/notes.txt", encoding: .utf8) == "mijn aantekeningen")
    }

    @Test func theDefaultOutputFolderFollowsTheSameRule() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        try repository.write("output/index.html", "<p>van mij</p>")
        #expect(throws: UsageError.self) { try Project(root: repository.root).build(today: Self.today) }
        #expect(try String(contentsOfFile: repository.root + "/output/index.html", encoding: .utf8) == "<p>van mij</p>")
    }

    @Test func forceWritesBesideTheFilesThereAndKeepsThem() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        let output = repository.root + "/site"
        try repository.write("site/notes.txt", "mijn aantekeningen")
        for _ in 0..<2 {
            let result = try Project(root: repository.root).build(output: output, today: Self.today, force: true)
            #expect(!result.files.isEmpty)
        }
        #expect(try String(contentsOfFile: output + "/notes.txt", encoding: .utf8) == "mijn aantekeningen")
        #expect(FileManager.default.fileExists(atPath: output + "/handbook/index.html"))
        let marker = try String(contentsOfFile: output + "/.kader-output", encoding: .utf8)
        #expect(marker.contains("handbook/index.html"))
        #expect(!marker.contains("notes.txt"))
    }

    @Test(arguments: ["extra.html", "teams/extra.html", "nieuw/diep/extra.html"])
    func aFileAddedInsideKadersTreeStopsTheBuildInsteadOfBeingRemoved(file: String) throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        let built = try BuiltHandbook(repository)
        try FileManager.default.createDirectory(atPath: built.output + "/handbook/" + (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try repository.write("output/handbook/" + file, "<p>met de hand</p>")
        let error = #expect(throws: UsageError.self) { try Project(root: repository.root).build(output: built.output, today: Self.today, force: true) }
        #expect(error?.description.contains("handbook/" + file) == true)
        #expect(try String(contentsOfFile: built.output + "/handbook/" + file, encoding: .utf8) == "<p>met de hand</p>")
        #expect(FileManager.default.fileExists(atPath: built.output + "/handbook/index.html"))
    }

    @Test func aFileBesideTheTreesSurvivesEveryBuild() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        _ = try BuiltHandbook(repository)
        try repository.write("output/README.txt", "uitleg")
        _ = try BuiltHandbook(repository)
        #expect(try String(contentsOfFile: repository.root + "/output/README.txt", encoding: .utf8) == "uitleg")
    }

    @Test func anEmptyFolderIsFilledAndMarked() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        let output = repository.root + "/leeg"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        _ = try Project(root: repository.root).build(output: output, today: Self.today)
        #expect(FileManager.default.fileExists(atPath: output + "/.kader-output"))
        #expect(FileManager.default.fileExists(atPath: output + "/reports/index.html"))
    }

    @Test func anOutputPathThatIsAFileIsRefused() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        try repository.write("uit", "een bestand")
        #expect(throws: UsageError.self) { try Project(root: repository.root).build(output: repository.root + "/uit", today: Self.today, force: true) }
        #expect(try String(contentsOfFile: repository.root + "/uit", encoding: .utf8) == "een bestand")
    }

    /// Assets are copied in pieces, not read whole: one of several pieces and a ragged end comes
    /// out byte for byte.
    @Test func aLargeAssetIsCopiedByteForByte() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        var bytes = [UInt8](repeating: 0, count: 3 * (1 << 20) + 12_345)
        for index in bytes.indices { bytes[index] = UInt8(truncatingIfNeeded: index &* 2_654_435_761 >> 13) }
        try FileManager.default.createDirectory(atPath: repository.root + "/content/assets", withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: repository.root + "/content/assets/groot.bin"))
        let built = try BuiltHandbook(repository)
        #expect([UInt8](built.contents(of: "handbook/assets/groot.bin")) == bytes)
        #expect(built.result.files["handbook"]?.contains { $0.path == "assets/groot.bin" } == true)
    }

    /// Kept files go by folder, many at a time (more than `keptAtOnce` in one folder here, and at
    /// the top and two levels down): each is a link to the last build's file, or a copy where the
    /// last file is another than its own path; a kept file that is gone fails the build, which
    /// then leaves the previous output as it was.
    @Test func keptFilesAreLinkedFolderByFolder() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        let built = try BuiltHandbook(repository)
        // As a last build's tree, beside the output folder (which holds only what kader wrote).
        let last = repository.root + "/vorige"
        let names = (0..<(OutputJobs.keptAtOnce + 20)).map { "veel/p\($0).html" } + ["los.html", "a/b/diep.html"]
        for name in names {
            try FileManager.default.createDirectory(atPath: ((last + "/" + name) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data("pagina \(name)".utf8).write(to: URL(fileURLWithPath: last + "/" + name))
        }
        let writer = try OutputWriter(repository: repository.root, output: built.output)
        func keep(_ path: String, from source: String) -> OutputJob { OutputJob(tree: "handbook", path: path, work: .keep(source: source)) }
        let jobs = names.map { keep($0, from: last + "/" + $0) } + [keep("elders.html", from: last + "/los.html")]
        let staged = try writer.stage()
        let ran = OutputJobs.run(jobs, into: staged)
        #expect(ran.written["handbook"]?.count == jobs.count && ran.reads.allSatisfy { $0 == nil })
        let linked = names.map { (FileStamp(last + "/" + $0).inode, $0) }
        _ = try staged.commit()
        for (inode, name) in linked {
            #expect(FileStamp(built.output + "/handbook/" + name).inode == inode, "\(name)")
            #expect(built.contents(of: "handbook/" + name) == Data("pagina \(name)".utf8))
        }
        #expect(built.contents(of: "handbook/elders.html") == Data("pagina los.html".utf8))

        let before = built.allFiles()
        let again = try writer.stage()
        _ = OutputJobs.run([keep("veel/p1.html", from: built.output + "/handbook/veel/p1.html"), keep("weg.html", from: built.output + "/handbook/weg.html")], into: again)
        #expect(throws: (any Error).self) { try again.commit() }
        #expect(built.allFiles() == before)
    }

    /// The last build's retired trees are removed whole, a link as a link: what it points to stays.
    @Test func aRetiredTreeIsRemovedWithoutFollowingLinks() throws {
        let base = Scratch.path("kader-retired")
        defer { try? FileManager.default.removeItem(atPath: base) }
        let outside = base + "/buiten"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try Data("blijft".utf8).write(to: URL(fileURLWithPath: outside + "/bewaard.txt"))
        let retired = base + "/oud"
        for folder in ["", "/a", "/a/b", "/a/b/c", "/d"] {
            try FileManager.default.createDirectory(atPath: retired + folder, withIntermediateDirectories: true)
            for index in 0..<30 { try Data("x".utf8).write(to: URL(fileURLWithPath: retired + folder + "/f\(index).html")) }
        }
        try FileManager.default.createSymbolicLink(atPath: retired + "/a/naar-buiten", withDestinationPath: outside)
        OutputWriter.removeOwnFolder(retired)
        #expect(!FileManager.default.fileExists(atPath: retired))
        #expect(FileManager.default.contents(atPath: outside + "/bewaard.txt") == Data("blijft".utf8))
    }

    /// What a build hands to its sink is what it writes: the same files, with the same bytes.
    @Test func theMemorySinkGetsWhatTheDiskGets() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        let built = try BuiltHandbook(repository)
        let (result, theme) = try Project(root: repository.root).checkWithTheme(today: Self.today)
        let sink = MemorySink()
        OutputJobs.render(Handbook(site: result.site, theme: theme), ReportSite(site: result.site, theme: theme), root: repository.root, into: sink)
        for (tree, files) in sink.files {
            #expect(files.map(\.path) == (built.result.files[tree] ?? []).map(\.path))
            for file in files { #expect(Data(file.bytes) == built.contents(of: tree + "/" + file.path), "\(tree)/\(file.path)") }
        }
        #expect(Set(sink.files.keys) == ["handbook", "reports"])
    }
}
