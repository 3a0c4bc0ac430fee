import Foundation
import Testing
@testable import Kader

/// A build with the cache makes again only the pages made from a file that changed
/// (`.kader-pages`), keeps the others, and writes exactly what a build without the cache writes:
/// also when a part shared by many pages changed, when a kept file was edited in the output
/// folder, and when the record is damaged.
@Suite struct PageRecordTests {
    let today = Day("2026-11-22")!

    func build(_ root: String, output: String? = nil, cache: Bool = true) throws -> BuildResult {
        let result = try Project(root: root).build(output: output ?? root + "/output", today: today, cache: cache)
        #expect(result.check.errorCount == 0, "\(result.check.findings.filter { $0.severity == .error })")
        return result
    }


    func edit(_ root: String, _ path: String, _ change: (String) -> String) throws {
        let text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text, "the edit of \(path) changed nothing")
        try changed.write(toFile: root + "/" + path, atomically: true, encoding: .utf8)
    }

    func inode(_ path: String) -> UInt64 { FileStamp(path).inode }

    func page(_ root: String, _ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: root + "/output/handbook/" + path) ?? Data(), as: UTF8.self)
    }

    @Test func aChangedStoryMakesOnlyThePagesThatShowIt() throws {
        let root = try LiveSiteIdentityTests.exampleCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let first = try build(root)
        let all = try #require(first.pagesMade)
        let unrelated = root + "/output/handbook/people/an.html"
        let before = inode(unrelated)
        try edit(root, "content/stories/noord-wijkcafe.md") { $0.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Opnieuw ") }
        let second = try build(root)
        let made = try #require(second.pagesMade)
        // The reports and the search index are made every time; of the handbook, the story, the
        // lists that show it, its team and values, the home page and the feed.
        #expect(made < all / 2, "\(made) of \(all) made")
        #expect(inode(unrelated) == before, "a page that does not show the story was made again")
        #expect(page(root, "stories/noord-wijkcafe.html").contains("Opnieuw "))
        #expect(page(root, "teams/noord.html").contains("Opnieuw "))
        try expectSameAsUncached(root, today: today)
    }

    /// A kept page is recorded with the stamp the plan took of it (a link is the same file), not
    /// stamped again: the build after is still a no-op, and the one after that keeps it again.
    @Test func aKeptPageStaysKeptBuildAfterBuild() throws {
        let root = try LiveSiteIdentityTests.exampleCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let all = try #require(try build(root).pagesMade)
        let unrelated = root + "/output/handbook/people/an.html"
        let before = inode(unrelated)
        try edit(root, "content/stories/noord-wijkcafe.md") { $0 + "\nNog een zin.\n" }
        _ = try build(root)
        // The last build's trees, removed beside the records, are gone when the build returns.
        let left = try FileManager.default.contentsOfDirectory(atPath: root + "/output").sorted()
        #expect(left == ([BuildCache.file, DecodedStore.file, OutputWriter.markerName, PageRecord.file, InputStamps.file] + OutputWriter.trees).sorted())
        #expect(try build(root).upToDate)
        try edit(root, "content/stories/noord-wijkcafe.md") { $0 + "\nEn nog een.\n" }
        let made = try #require(try build(root).pagesMade)
        #expect(made < all / 2, "\(made) of \(all) made")
        #expect(inode(unrelated) == before, "a page that does not show the story was made again")
        try expectSameAsUncached(root, today: today)
    }

    /// A CI cache's archive keeps file times in whole seconds: pages restored from it are kept.
    @Test func pagesRestoredFromAnArchiveAreKept() throws {
        let root = try LiveSiteIdentityTests.exampleCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let first = try build(root)
        for tree in OutputWriter.trees {
            for file in DeterminismTests.files(under: root + "/output/" + tree) {
                let path = root + "/output/\(tree)/" + file
                let time = FileStamp(path).modified / 1_000_000_000
                try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: TimeInterval(time))], ofItemAtPath: path)
            }
        }
        try edit(root, "content/stories/noord-wijkcafe.md") { $0 + "\nNog een zin.\n" }
        let second = try build(root)
        let (made, all) = (try #require(second.pagesMade), try #require(first.pagesMade))
        #expect(made < all / 2, "\(made) of \(all) made")
        try expectSameAsUncached(root, today: today)
    }

    /// A free page's title is in every sidebar of its section, a part made once and shared: each
    /// page that uses it depends on what it read.
    @Test func aRetitledPageIsInEverySidebar() throws {
        let root = try LiveSiteIdentityTests.exampleCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        // A section of four pages, so that one of them is no neighbour (in the pager) of the first.
        for (name, order) in [("rooster", 12), ("budget", 13)] {
            try "---\ntitle: Over \(name)\norder: \(order)\n---\nTekst.\n".write(toFile: root + "/content/pages/werkwijze/\(name).md", atomically: true, encoding: .utf8)
        }
        _ = try build(root)
        // The first of them (order 10) gets a longer title: the order stays, so only the traces can tell.
        try edit(root, "content/pages/werkwijze/vergaderen.md") { $0.replacingOccurrences(of: "\ntitle: Hoe we vergaderen\n", with: "\ntitle: Hoe we vergaderen (herzien)\n") }
        _ = try build(root)
        for other in ["evalueren", "rooster", "budget"] {
            #expect(page(root, "pages/\(other).html").contains("Hoe we vergaderen (herzien)"), "\(other)")
        }
        try expectSameAsUncached(root, today: today)
    }

    /// The search index is kept by batches: one none of whose items changed is the last build's
    /// bytes, one that shows a changed item is made again, and the whole is what a build from
    /// scratch makes.
    @Test func theSearchIndexKeepsTheBatchesThatDidNotChange() throws {
        let root = try LiveSiteIdentityTests.exampleCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let before = try Project(root: root).check(today: today).site
        let labels = Labels(before.configuration.language)
        let first = SearchBatches()
        let file = Trace.on { SearchIndex.scriptBytes(for: before, labels: labels, batchSize: 7, keeping: first) }
        let batches = try #require(first.made)
        #expect(batches.count > 5 && batches.allSatisfy { !$0.reads.isEmpty })

        let story = "content/stories/noord-wijkcafe.md"
        try edit(root, story) { $0.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Opnieuw ") }
        let after = try Project(root: root).check(today: today).site
        #expect(after.serialPaths == before.serialPaths)
        let changed = after.serialPaths.map { $0 == story }
        // Every kept batch's bytes marked in the last file, so the result shows which were kept.
        var marked = file
        for batch in batches { marked.replaceSubrange(batch.range, with: [UInt8](repeating: UInt8(ascii: "#"), count: batch.range.count)) }
        let probe = SearchBatches()
        probe.last = .init(file: marked, batches: batches, changed: changed)
        let text = String(decoding: Trace.on { SearchIndex.scriptBytes(for: after, labels: labels, batchSize: 7, keeping: probe) }, as: UTF8.self)
        let remade = batches.filter { !$0.reads.contains { changed[Int($0)] } }.count
        #expect(remade == batches.count - 1, "only the story's batch shows it")
        #expect(text.contains("Opnieuw ") && text.components(separatedBy: "#######").count > batches.count / 2)

        let keeping = SearchBatches()
        keeping.last = .init(file: file, batches: batches, changed: changed)
        let kept = Trace.on { SearchIndex.scriptBytes(for: after, labels: labels, batchSize: 7, keeping: keeping) }
        #expect(kept == SearchIndex.scriptBytes(for: after, labels: labels, batchSize: 7))
        #expect(String(decoding: kept, as: UTF8.self).contains("Opnieuw "))
    }

    /// `data.json` is kept by teams: a team none of whose files changed is the last build's
    /// bytes, the team whose check-in changed is encoded again, a change of the periods makes every
    /// team again, and the whole is what a build without the cache makes.
    @Test func dataJSONKeepsTheTeamsThatDidNotChange() throws {
        let root = try LiveSiteIdentityTests.exampleCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        func reports(_ teams: DataFileTeams?) throws -> (ReportSite, ContentIndex) {
            let (checked, theme) = try Project(root: root).checkWithTheme(today: today)
            return (Trace.on { ReportSite(site: checked.site, theme: theme, figures: .init(site: checked.site, traced: true), teams: teams) }, checked.site)
        }
        let (_, before) = try reports(nil)
        let first = DataFileTeams(indexShape: before.shapeFingerprint())
        let file = try reports(first).0.dataFile
        let made = try #require(first.made)
        #expect(made.teams.count == before.teams.count && made.teams.allSatisfy { !$0.reads.isEmpty })

        let checkIn = "content/evaluations/noord/2026-11-06.md"
        // The same lines, so that every position stays (the actions' due dates are part of the shape).
        try edit(root, checkIn) { $0.replacingOccurrences(of: "\n  autonomy: 4.3\n", with: "\n  autonomy: 1.5\n") }
        let (plain, after) = try reports(nil)
        #expect(after.serialPaths == before.serialPaths)
        let changed = after.serialPaths.map { $0 == checkIn }
        func last(_ bytes: [UInt8], shape: UInt64 = made.shape) -> DataFileTeams.Last {
            .init(file: bytes, shape: shape, teams: Dictionary(uniqueKeysWithValues: made.teams.map { ($0.id, $0) }), changed: changed)
        }
        // Every team's bytes marked in the last file, so the result shows which were kept.
        var marked = file
        for team in made.teams { marked.replaceSubrange(team.range, with: [UInt8](repeating: UInt8(ascii: "#"), count: team.range.count)) }
        let probe = DataFileTeams(indexShape: after.shapeFingerprint())
        probe.last = last(marked)
        let probed = try reports(probe).0.dataFile
        let again = try #require(probe.made)
        let remade = again.teams.filter { team in probed[team.range].contains { $0 != UInt8(ascii: "#") } }
        #expect(remade.map(\.id) == ["noord"], "only noord's report is made again")
        #expect(remade.allSatisfy { String(decoding: probed[$0.range], as: UTF8.self).contains("1.5") })
        #expect(made.teams.first { $0.id == "noord" }?.reads.contains { changed[Int($0)] } == true)

        let keeping = DataFileTeams(indexShape: after.shapeFingerprint())
        keeping.last = last(file)
        #expect(try reports(keeping).0.dataFile == plain.dataFile)

        // Other periods (or another index) than the last build's: nothing is kept.
        let other = DataFileTeams(indexShape: after.shapeFingerprint() &+ 1)
        other.last = last(marked)
        #expect(try reports(other).0.dataFile == plain.dataFile)
    }

    /// A part made once and used by many jobs (`Locked.value(for:)`) counts what making it read
    /// as read by every job that uses it, not only by the one that made it.
    @Test func aSharedPartPassesOnWhatItRead() {
        let story = Item(id: "s", path: "content/stories/s.md", value: "verhaal", body: nil, serial: 7)
        let other = Item(id: "t", path: "content/stories/t.md", value: "ander", body: nil, serial: 3)
        let parts = Locked<[String: Traced<String>]>([:])
        let (first, second, third) = Trace.on {
            let first = Trace.run { parts.value(for: "kop") { story.value.uppercased() } }
            let second = Trace.run { other.value + parts.value(for: "kop") { "niet gemaakt" } }
            return (first, second, Trace.run { parts.value(for: "kop") { "" } })
        }
        #expect(first.0 == "VERHAAL" && first.1 == [7])
        #expect(second.0 == "anderVERHAAL" && second.1 == [3, 7])
        #expect(third.1 == [7])
    }

    @Test(arguments: ["edited", "record"]) func whatCannotBeTrustedIsMadeAgain(what: String) throws {
        let root = try LiveSiteIdentityTests.exampleCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let first = try build(root)
        let unrelated = root + "/output/handbook/people/an.html"
        switch what {
        case "edited":
            // Someone edited a kept page in the output folder, keeping its size.
            let text = try String(contentsOfFile: unrelated, encoding: .utf8)
            try text.replacingOccurrences(of: "<main", with: "<MAIN").write(toFile: unrelated, atomically: false, encoding: .utf8)
        default:
            let location = root + "/output/" + PageRecord.file
            var bytes = try #require(FileManager.default.contents(atPath: location))
            bytes[bytes.count / 2] ^= 0x20
            try bytes.write(to: URL(fileURLWithPath: location))
        }
        try edit(root, "content/stories/noord-wijkcafe.md") { $0.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Opnieuw ") }
        let second = try build(root)
        if what == "record" { #expect(second.pagesMade == first.pagesMade) }
        #expect(!page(root, "people/an.html").contains("<MAIN"))
        try expectSameAsUncached(root, today: today)
    }

    /// The record is written in pieces as it is made; written in pieces of 7 bytes it is the
    /// record written in one piece, and it reads back whole.
    @Test func aRecordWrittenInPiecesIsTheRecordWrittenWhole() throws {
        let folder = Scratch.path("kader-record")
        try FileManager.default.createDirectory(atPath: folder + "/handbook", withIntermediateDirectories: true)
        let documents = (0..<50).map { "content/stories/s\($0).md" }
        let paths = (0..<300).map { "p\($0).html" }
        var jobs: [OutputJob] = []
        for path in paths {
            try Data(path.utf8).write(to: URL(fileURLWithPath: folder + "/handbook/" + path))
            jobs.append(OutputJob(tree: "handbook", path: path, work: .made, stamp: FileStamp(folder + "/handbook/" + path)))
        }
        let ran = OutputJobs.Ran(written: ["handbook": paths], reads: paths.indices.map { [Int32($0 % 50), Int32(49)] })
        let stamps = OutputStamps(written: ran.written, jobs: jobs, copied: [], output: folder)
        let inputs = PageRecord.Inputs(global: 11, shapes: ["handbook": 12], documents: documents, fingerprints: documents.indices.map { UInt64($0) * 977 })
        let location = folder + "/" + PageRecord.file
        PageRecord.write(output: folder, inputs: inputs, jobs: jobs, ran: ran, stamps: stamps, previous: nil, search: nil, data: nil)
        let whole = try #require(FileManager.default.contents(atPath: location))
        PageRecord.write(output: folder, inputs: inputs, jobs: jobs, ran: ran, stamps: stamps, previous: nil, search: nil, data: nil, piece: 7)
        #expect(FileManager.default.contents(atPath: location) == whole)
        #expect(whole.count > 7 * 100)
        let record = try #require(PageRecord.load(output: folder, inputs: inputs))
        #expect(record.pages.count == 300)
        #expect(record.pages["handbook/p7.html"]?.reads == [7, 49])
        #expect(record.changed == Array(repeating: false, count: 50))
    }

    /// A checksum taken piece by piece is the checksum of the whole, wherever the pieces end.
    @Test func aChecksumOfPiecesIsTheChecksumOfTheWhole() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let whole = (0..<Int.random(in: 0..<100, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            var expected = Fingerprint()
            expected.add(whole)
            var piecewise = PiecewiseFingerprint()
            var rest = whole[...]
            while !rest.isEmpty || Bool.random(using: &generator) {
                let length = Int.random(in: 0...min(rest.count, 19), using: &generator)
                piecewise.add(Array(rest.prefix(length)))
                rest = rest.dropFirst(length)
                if rest.isEmpty { break }
            }
            #expect(piecewise.value == expected.value, "\(whole)")
        }
    }
}
