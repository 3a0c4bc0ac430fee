import Foundation
import Testing
@testable import Kader

/// The build cache's store of decoded documents (`.kader-decoded`): a build decodes again only the
/// files whose bytes changed, writes what a build without the cache writes, and a store that is
/// damaged, cut short or made with another `kader.yml` is decoded around, never believed.
@Suite struct DecodedStoreTests {
    let today = Day("2026-11-22")!

    /// The example handbook (every type and field of the model) in a folder of its own.
    func exampleCopy() throws -> String { try LiveSiteIdentityTests.exampleCopy() }

    func build(_ root: String, output: String? = nil, cache: Bool = true) throws -> BuildResult {
        let result = try Project(root: root).build(output: output ?? root + "/output", today: today, cache: cache)
        #expect(result.check.errorCount == 0)
        return result
    }


    /// The files whose decoding gave a finding: they are never stored, so decoded each time.
    func filesWithFindings(_ result: BuildResult) -> Int {
        Set(result.check.findings.map(\.file).filter { $0.hasPrefix("content/") }).count
    }

    @Test func onlyTheChangedFileIsDecodedAgainAndTheOutputIsTheSame() throws {
        let root = try exampleCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let first = try build(root)
        #expect(first.filesDecoded == first.check.filesChecked)
        #expect(FileManager.default.fileExists(atPath: root + "/output/" + DecodedStore.file))

        let story = try #require(ContentWalker(root: root).walk().markdown.first { $0.hasPrefix("content/stories/") })
        let text = try String(contentsOfFile: root + "/" + story, encoding: .utf8)
        try text.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Anders ").write(toFile: root + "/" + story, atomically: true, encoding: .utf8)
        let second = try build(root)
        let decoded = try #require(second.filesDecoded)
        #expect(decoded >= 1 && decoded <= 1 + filesWithFindings(second), "\(decoded) of \(second.check.filesChecked) decoded")
        try expectSameAsUncached(root, today: today)
        #expect(String(decoding: try #require(second.files["handbook"]?.first { $0.path.contains(URL(fileURLWithPath: story).deletingPathExtension().lastPathComponent) }).bytes, as: UTF8.self).contains("Anders "))
    }

    /// The entries a build takes from the store go back as the bytes they were read from: the
    /// store after a one-file build is byte for byte the one a build that decoded every file writes.
    @Test func aStoreWrittenBackIsTheStoreOfABuildThatDecodedEverything() throws {
        let root = try exampleCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try build(root)
        let story = try #require(ContentWalker(root: root).walk().markdown.first { $0.hasPrefix("content/stories/") })
        let text = try String(contentsOfFile: root + "/" + story, encoding: .utf8)
        try (text + "\nNog een zin.\n").write(toFile: root + "/" + story, atomically: true, encoding: .utf8)
        let second = try build(root)
        #expect(try #require(second.filesDecoded) < second.check.filesChecked / 2)
        let fresh = root + "/fresh-output"
        let clean = try build(root, output: fresh)
        #expect(clean.filesDecoded == clean.check.filesChecked)
        let kept = try #require(FileManager.default.contents(atPath: root + "/output/" + DecodedStore.file))
        #expect(kept == FileManager.default.contents(atPath: fresh + "/" + DecodedStore.file))
    }

    /// Of a private evaluation the store keeps the record, never the body: the next build parses
    /// the body from the file, so its links are still followed (a page it links to that is gone
    /// is found, at the same place as without the store), and the output is a clean build's.
    @Test func aPrivateEvaluationKeepsItsRecordAndReadsItsBodyFromTheFile() throws {
        let root = try exampleCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = "content/evaluations/noord/2026-11-06.md"
        let text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
        try #require(text.contains("\nprivate: false\n"))
        let secret = text.replacingOccurrences(of: "\nprivate: false\n", with: "\nprivate: true\n")
            + "\nGEHEIMWOORD, zie [GEHEIMLINK](../../pages/delegatieniveaus.md).\n"
        try secret.write(toFile: root + "/" + path, atomically: true, encoding: .utf8)
        _ = try build(root)
        let store = String(decoding: try #require(FileManager.default.contents(atPath: root + "/output/" + DecodedStore.file)), as: UTF8.self)
        #expect(store.contains(path) && !store.contains("GEHEIM"))

        // Another file changed, so that the build is not the cache's shortcut.
        let story = "content/stories/noord-wijkcafe.md"
        try (try String(contentsOfFile: root + "/" + story, encoding: .utf8) + "\nNog een zin.\n").write(toFile: root + "/" + story, atomically: true, encoding: .utf8)
        let second = try build(root)
        #expect(try #require(second.filesDecoded) < second.check.filesChecked / 2)
        try expectSameAsUncached(root, today: today)

        try FileManager.default.removeItem(atPath: root + "/content/pages/delegatieniveaus.md")
        let gone = try Project(root: root).build(output: root + "/output", today: today)
        let found = gone.check.findings.filter { $0.file == path && $0.rule == .brokenLink }
        #expect(found.count == 1)
        let plain = try Project(root: root).check(today: today).findings.filter { $0.file == path && $0.rule == .brokenLink }
        #expect(found.map(\.line) == plain.map(\.line) && found.map(\.column) == plain.map(\.column))
    }

    /// `kader check` reads (never writes) the store in the default output folder, and finds the same.
    @Test func checkWithTheStoreFindsWhatCheckWithoutFinds() throws {
        let root = try exampleCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = try Project(root: root).build(output: root + "/output", today: today)
        try "---\ntitle: Los\ndate: 2026-02-30\n---\nZie [weg](../teams/weg.md).\n".write(toFile: root + "/content/stories/los.md", atomically: true, encoding: .utf8)
        try "---\ntitle: Nieuw\n---\nZie [ook weg](../teams/ook-weg.md).\n".write(toFile: root + "/content/pages/nieuw.md", atomically: true, encoding: .utf8)
        let stored = try Project(root: root).check(today: today)
        #expect(FileManager.default.fileExists(atPath: root + "/output/" + DecodedStore.file))
        try FileManager.default.removeItem(atPath: root + "/output/" + DecodedStore.file)
        let plain = try Project(root: root).check(today: today)
        #expect(stored.findings == plain.findings)
        #expect(stored.findings.contains { $0.file == "content/pages/nieuw.md" } && stored.findings.contains { $0.file == "content/stories/los.md" })
    }

    @Test(arguments: ["flipped", "cut", "configuration"]) func aStoreThatCannotBeBelievedIsDecodedAround(damage: String) throws {
        let root = try exampleCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let first = try build(root)
        let location = root + "/output/" + DecodedStore.file
        var bytes = try #require(FileManager.default.contents(atPath: location))
        switch damage {
        case "flipped":
            // A byte in the middle of the entries (in one document's text, or its links).
            bytes[bytes.count / 2] ^= 0x5a
        case "cut":
            bytes = bytes.prefix(bytes.count * 2 / 3)
        default:
            // A kader.yml of other bytes but the same meaning: its store is not this one's.
            let configuration = try String(contentsOfFile: root + "/kader.yml", encoding: .utf8)
            try (configuration + "\n# opmerking\n").write(toFile: root + "/kader.yml", atomically: true, encoding: .utf8)
        }
        try bytes.write(to: URL(fileURLWithPath: location))
        // Today changes too, so that the cache's record does not vouch for the whole output.
        let again = try Project(root: root).build(output: root + "/output", today: today.adding(days: 1))
        let decoded = try #require(again.filesDecoded)
        switch damage {
        case "flipped": #expect(decoded >= 1 && decoded < first.check.filesChecked, "\(decoded)")
        default: #expect(decoded == first.check.filesChecked)
        }
        try expectSameAsUncached(root, today: today.adding(days: 1))
        // And the store is whole again.
        let third = try Project(root: root).build(output: root + "/output", today: today)
        #expect((third.filesDecoded ?? .max) <= filesWithFindings(third))
    }

    /// Every example file's record and body, stored and read back, give the same bytes again.
    @Test func recordsAndBodiesReadBackAsTheyWereWritten() throws {
        let root = ExampleContentTests.repositoryRoot
        let decoder = DocumentDecoder(configuration: Configuration.load(root: root).0)
        var records = 0
        for path in ContentWalker(root: root).walk().markdown {
            guard case .success(let location) = ContentLocation.classify(path),
                  case .bytes(let bytes) = FileReader.read(root + "/" + path) else { continue }
            let (document, _, record) = decoder.decodeKeepingRecord(SourceFile(path: path, bytes: bytes), at: location)
            if let record {
                let stored = DecodedStore.bytes(of: record)
                var reader = ByteReader(stored)
                let back = try Record.read(from: &reader, depth: 0)
                #expect(reader.isAtEnd)
                #expect(DecodedStore.bytes(of: back) == stored, "\(path)")
                records += 1
            }
            if let body = document.body {
                var writer = ByteWriter()
                body.write(to: &writer)
                var reader = ByteReader(writer.bytes)
                let back = try MarkdownDocument.read(from: &reader)
                #expect(back.links == body.links, "\(path)")
                var again = ByteWriter()
                back.write(to: &again)
                #expect(again.bytes == writer.bytes, "\(path)")
            }
        }
        #expect(records > 50)
    }

    /// The store is made and written a few pieces at a time: in many small windows it is byte for
    /// byte the store made in one, and every entry reads back.
    @Test func aStoreWrittenInWindowsIsTheStoreWrittenWhole() throws {
        let root = ExampleContentTests.repositoryRoot
        let decoder = DocumentDecoder(configuration: Configuration.load(root: root).0)
        var entries: [DecodedStore.Entry] = []
        var locations: [String: ContentLocation] = [:]
        for path in ContentWalker(root: root).walk().markdown {
            guard case .success(let location) = ContentLocation.classify(path),
                  case .bytes(let bytes) = FileReader.read(root + "/" + path) else { continue }
            let (document, findings, record) = decoder.decodeKeepingRecord(SourceFile(path: path, bytes: bytes), at: location)
            guard findings.isEmpty, !document.isPrivate else { continue }
            entries.append(DecodedStore.Entry(path: path, hash: BuildCache.fileHash(path, bytes), record: record.map(DecodedStore.bytes(of:)), body: document.body))
            locations[path] = location
        }
        try #require(entries.count > 20)
        let folders = (0..<2).map { Scratch.path("kader-store", suffix: "-\($0)") }
        defer { for folder in folders { try? FileManager.default.removeItem(atPath: folder) } }
        for folder in folders { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        DecodedStore.write(entries, output: folders[0], key: 7)
        DecodedStore.write(entries, output: folders[1], key: 7, run: 3, window: 2)
        let whole = try #require(FileManager.default.contents(atPath: folders[0] + "/" + DecodedStore.file))
        #expect(FileManager.default.contents(atPath: folders[1] + "/" + DecodedStore.file) == whole)
        let store = try #require(DecodedStore.load(output: folders[1], key: 7))
        for entry in entries {
            #expect(store.document(entry.path, hash: entry.hash, location: locations[entry.path]!, decoder: decoder, root: root) != nil, "\(entry.path)")
        }
    }

    /// Bytes that are not a record give an error, never a crash or a hang.
    @Test func garbageIsAnErrorNotACrash() {
        var generator = LiveSiteIdentityTests.Seeded(state: 11)
        var failures = 0
        for length in 0..<2_000 {
            let bytes = (0..<(length % 97)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            var reader = ByteReader(bytes)
            if (try? Record.read(from: &reader, depth: 0)) == nil { failures += 1 }
            var other = ByteReader(bytes)
            _ = try? MarkdownDocument.read(from: &other)
        }
        #expect(failures > 1_000)
    }
}
