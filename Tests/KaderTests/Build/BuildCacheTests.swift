import Foundation
import Testing
@testable import Kader

/// `kader build` with its cache (`.kader-cache.json` in the output folder): with nothing changed it writes
/// nothing and says the same; a change, a damaged record or a touched output folder is a full
/// build (with a note for the last two); `--no-cache` neither reads nor writes the record.
@Suite struct BuildCacheTests {
    func kader(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try run(ServeTests.binary, arguments)
    }

    func stamps(_ folder: String) -> [String: Date] {
        var result: [String: Date] = [:]
        for path in DeterminismTests.files(under: folder) {
            result[path] = (try? FileManager.default.attributesOfItem(atPath: folder + "/" + path))?[.modificationDate] as? Date
        }
        return result
    }

    /// The record is written with its keys in order, so the same build writes the same text (the
    /// order of a dictionary's keys changes from one process to the next).
    @Test func theRecordIsWrittenWithItsKeysInOrder() throws {
        let repository = try FixtureRepository(valid: ["content/people/bert.md": "---\nname: Bert\nleft: 2026-01-01\n---\n"])
        let built = try kader(["build", repository.root, "--today", "2026-11-22"])
        #expect(built.status == 0, "\(built.output)")
        let written = try #require(FileManager.default.contents(atPath: repository.root + "/output/.kader-cache.json"))
        let record = try JSONDecoder().decode(BuildCache.Record.self, from: written)
        #expect(Set(record.written.keys) == ["handbook", "reports"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(record) == written, "\(String(decoding: written, as: UTF8.self))")
    }

    @Test func nothingChangedWritesNothingAndSaysTheSame() throws {
        let repository = try FixtureRepository(valid: ["content/people/bert.md": "---\nname: Bert\nleft: 2026-01-01\n---\n"])
        let first = try kader(["build", repository.root, "--today", "2026-11-22"])
        #expect(first.status == 0, "\(first.output)")
        #expect(FileManager.default.fileExists(atPath: repository.root + "/output/.kader-cache.json"))
        // Nothing beside the content but the output folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: repository.root).sorted() == ["content", "output"])
        let before = stamps(repository.root + "/output")
        let second = try kader(["build", repository.root, "--today", "2026-11-22"])
        #expect(second.status == 0)
        #expect(second.output.contains("is al bij") && !second.output.contains("bestanden geschreven"), "\(second.output)")
        // The same findings and summary line as the build that wrote the output.
        let summary = { (text: String) in text.split(separator: "\n").filter { !$0.contains("geschreven") && !$0.contains("is al bij") } }
        #expect(summary(first.output) == summary(second.output), "\(first.output)\n---\n\(second.output)")
        #expect(stamps(repository.root + "/output") == before, "a build with nothing changed touched the output")
        // Another `today` is another build.
        let later = try kader(["build", repository.root, "--today", "2026-11-23"])
        #expect(later.output.contains("bestanden geschreven"), "\(later.output)")
    }

    @Test func aChangedFileIsAFullBuildEqualToOneWithoutTheCache() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        _ = try kader(["build", repository.root, "--today", "2026-11-22"])
        try repository.write("content/teams/noord.md", (try String(contentsOfFile: repository.root + "/content/teams/noord.md", encoding: .utf8))
            .replacingOccurrences(of: "Thuiszorg in Noord.", with: "Wijkzorg in Noord."))
        let again = try kader(["build", repository.root, "--today", "2026-11-22"])
        #expect(again.output.contains("bestanden geschreven"), "\(again.output)")
        let plain = Scratch.path("kader-nocache")
        defer { try? FileManager.default.removeItem(atPath: plain) }
        let record = try String(contentsOfFile: repository.root + "/output/.kader-cache.json", encoding: .utf8)
        let uncached = try kader(["build", repository.root, "--today", "2026-11-22", "--output", plain, "--no-cache"])
        #expect(uncached.status == 0)
        // --no-cache leaves the record as it was.
        #expect(try String(contentsOfFile: repository.root + "/output/.kader-cache.json", encoding: .utf8) == record)
        // The same files, but for the record the uncached build does not write.
        let files = DeterminismTests.files(under: plain)
        #expect(files == DeterminismTests.files(under: repository.root + "/output").filter { ![BuildCache.file, DecodedStore.file, PageRecord.file, InputStamps.file].contains($0) })
        let differing = files.filter { FileManager.default.contents(atPath: plain + "/" + $0) != FileManager.default.contents(atPath: repository.root + "/output/" + $0) }
        #expect(differing.isEmpty, "\(differing)")
        #expect(String(decoding: FileManager.default.contents(atPath: plain + "/handbook/teams/noord.html") ?? Data(), as: UTF8.self).contains("Wijkzorg in Noord."))
    }

    @Test(arguments: ["damaged", "output"]) func aRecordThatCannotBeTrustedIsAFullBuildAndANote(what: String) throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        _ = try kader(["build", repository.root, "--today", "2026-11-22"])
        let page = repository.root + "/output/handbook/teams/noord.html"
        let original = FileManager.default.contents(atPath: page)
        if what == "damaged" {
            try repository.write("output/.kader-cache.json", "{\"format\": 1, \"key\": ")
        } else {
            try FileManager.default.removeItem(atPath: page)
        }
        let again = try kader(["build", repository.root, "--today", "2026-11-22"])
        #expect(again.status == 0)
        let note = what == "damaged" ? "het is geen buildgegeven van deze kader" : "de uitvoermap is sinds de vorige build veranderd"
        #expect(again.output.contains("Let op: de buildcache \(repository.root)/output/.kader-cache.json is niet gebruikt, want \(note)"), "\(again.output)")
        #expect(again.output.contains("bestanden geschreven"))
        #expect(FileManager.default.contents(atPath: page) == original)
        // And the record is whole again: the next build is up to date.
        #expect(try kader(["build", repository.root, "--today", "2026-11-22"]).output.contains("is al bij"))
    }
}
