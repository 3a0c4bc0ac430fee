import Foundation
import Testing
@testable import Kader

/// The cache key reads a file only when its stamp is not one recorded with its fingerprint after
/// the file had settled (`.kader-stamps`): the same stamp then stands for the same bytes. A file
/// just written, one rewritten with the same size, and a damaged record are read.
@Suite struct InputStampsTests {
    let today = Day("2026-11-22")!
    let path = "content/teams/noord.md"

    /// Stamping folder by folder says what a `stat` of each whole path says, whatever the order
    /// of the paths, for files at the top, deep down, missing, in a missing folder, or a link.
    @Test func stampsFolderByFolderAreThoseOfEachPath() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        let root = repository.root
        try FileManager.default.createSymbolicLink(atPath: root + "/content/teams/link.md", withDestinationPath: "noord.md")
        let walked = ContentWalker(root: root).walk().markdown
        let paths = ["kader.yml", "content/teams/link.md", "content/gone/nothing.md", "content/teams/missing.md"]
            + walked + walked.reversed() + ["kader.yml"]
        let stamps = FileStamp.all(paths, under: root)
        #expect(stamps == paths.map { FileStamp(root + "/" + $0) })
        #expect(stamps[1] == FileStamp(root + "/content/teams/noord.md"), "a link is stamped as what it points to")
        #expect(stamps[2].sizeAndModified == nil && stamps[3].sizeAndModified == nil)
        #expect(walked.count > 3 && stamps.allSatisfy { $0.inode != 0 || $0.size < 0 })
        #expect(FileStamp.all([], under: root).isEmpty)
    }

    @Test func aSettledStampStandsForTheBytes() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        let cache = BuildCache(root: repository.root, output: repository.root + "/output")
        let first = try #require(cache.key(today: today))
        let real = try #require(first.files[path])
        // Files written a moment ago have not settled: a stamp of theirs proves nothing yet.
        #expect(!first.stamps.entries.isEmpty && first.stamps.entries.allSatisfy { !$0.settled })

        // A settled entry with another fingerprint shows whether the file was read.
        let stamp = FileStamp(repository.root + "/" + path)
        var stamps = first.stamps
        stamps[path] = .init(stamp: stamp, hash: 42, settled: true)
        #expect(cache.key(today: today, trusting: stamps)?.files[path] == 42)
        #expect(cache.key(today: today, trusting: stamps) != first, "the key follows the fingerprint")
        // Found by path too when the files are others (one added) or in another order.
        var shuffled = InputStamps()
        for (other, entry) in zip(stamps.paths, stamps.entries).reversed() { shuffled[other] = entry }
        shuffled["content/stories/nieuw.md"] = .init(stamp: stamp, hash: 9, settled: true)
        #expect(cache.key(today: today, trusting: shuffled)?.files[path] == 42)
        stamps[path] = .init(stamp: stamp, hash: 42, settled: false)
        #expect(cache.key(today: today, trusting: stamps)?.files[path] == real)

        // Rewritten with the same size: another stamp, so read.
        let text = try String(contentsOfFile: repository.root + "/" + path, encoding: .utf8)
        let same = String(text.dropLast()) + (text.last == "\n" ? "\t" : "\n")
        #expect(same.utf8.count == text.utf8.count)
        try repository.write(path, same)
        stamps[path] = .init(stamp: stamp, hash: 42, settled: true)
        let after = try #require(cache.key(today: today, trusting: stamps)?.files[path])
        #expect(after != 42 && after != real && after == BuildCache.fileHash(path, Array(same.utf8)))
    }

    @Test func theStampsAreWrittenAndReadBackAndADamagedFileIsNotBelieved() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        let output = repository.root + "/output"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        var stamps = try #require(BuildCache(root: repository.root, output: output).key(today: today)).stamps
        stamps[path] = .init(stamp: FileStamp(repository.root + "/" + path), hash: 7, settled: true)
        stamps.write(output: output)
        #expect(InputStamps.load(output: output).entries == stamps.entries && InputStamps.load(output: output).paths == stamps.paths)
        var bytes = try #require(FileManager.default.contents(atPath: output + "/" + InputStamps.file))
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: URL(fileURLWithPath: output + "/" + InputStamps.file))
        #expect(InputStamps.load(output: output).entries.isEmpty)
    }

    /// A build keeps the stamps for the next one, and its output is a clean build's.
    @Test func aBuildKeepsTheStamps() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        _ = try Project(root: repository.root).build(today: today)
        let kept = InputStamps.load(output: repository.root + "/output")
        #expect(kept[path] != nil)
        try repository.write(path, try String(contentsOfFile: repository.root + "/" + path, encoding: .utf8) + "\nMeer.\n")
        _ = try Project(root: repository.root).build(today: today)
        try expectSameAsUncached(repository.root, today: today)
    }
}
