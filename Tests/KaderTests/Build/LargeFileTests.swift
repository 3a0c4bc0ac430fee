import Foundation
import Testing
@testable import Kader

/// The two largest files of a build are made in parts; the parts joined are the file made whole.
@Suite struct LargeFileTests {
    static func example() throws -> (site: ContentIndex, theme: Theme) {
        let project = try Project(root: ExampleContentTests.repositoryRoot)
        let (result, theme) = project.checkWithTheme(today: Day("2026-11-22")!)
        return (result.site, theme)
    }

    @Test func theSearchIndexInBatchesIsTheIndexEncodedWhole() throws {
        let (site, _) = try Self.example()
        let labels = Labels(site.configuration.language)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let whole = "window.kaderSearchIndex = " + String(decoding: try encoder.encode(SearchIndex.entries(for: site, labels: labels)), as: UTF8.self) + ";\n"
        #expect(SearchIndex.entries(for: site, labels: labels).count > 20)
        for size in [1, 3, 7, 256] {
            for window in [1, 2, 16] {
                let script = SearchIndex.scriptBytes(for: site, labels: labels, batchSize: size, window: window)
                #expect(String(decoding: script, as: UTF8.self) == whole, "batches of \(size), \(window) at a time")
            }
        }
    }

    /// The index is handed to the writer in parts as it is made, a part per batch and a comma
    /// between, none of them near the whole; and a file produced so reaches a sink as those bytes.
    @Test func theSearchIndexIsWrittenAsItIsMade() throws {
        let (site, _) = try Self.example()
        let labels = Labels(site.configuration.language)
        var parts: [[UInt8]] = []
        SearchIndex.script(for: site, labels: labels, batchSize: 3, window: 2) { parts.append($0) }
        let whole = SearchIndex.scriptBytes(for: site, labels: labels, batchSize: 256, window: 16)
        #expect(Array(parts.joined()) == whole)
        let batches = SearchIndex.entries(for: site, labels: labels).count / 3
        #expect(parts.count >= 2 * batches, "a part per batch and a comma between")
        #expect(parts.map(\.count).max()! < whole.count / 4, "the index goes in parts, never whole")

        let file = OutputFile(path: SearchIndex.file) { SearchIndex.script(for: site, labels: labels, batchSize: 3, window: 2, emit: $0) }
        let sink = MemorySink()
        sink.put(file, in: "handbook")
        #expect(sink.files["handbook"]?.first?.bytes == whole)
    }

    @Test func dataJSONWithItsTeamsPutInIsTheDataEncodedWhole() throws {
        let (site, theme) = try Self.example()
        let reports = ReportSite(site: site, theme: theme)
        #expect(reports.data.teams.count >= 2)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let whole = String(decoding: try encoder.encode(reports.data), as: UTF8.self) + "\n"
        #expect(String(decoding: reports.dataFile, as: UTF8.self) == whole)
    }

    /// A build's run hands data.json's bytes to the sink and lets go of them (20 MB at 49,000
    /// files, held while every page was made); the reports' fingerprint of them stays.
    @Test func dataJSONIsHandedOverOnceWritten() throws {
        let (site, theme) = try Self.example()
        let reports = ReportSite(site: site, theme: theme)
        let whole = reports.dataFile
        let fingerprint = reports.dataFingerprint
        let sink = MemorySink()
        _ = OutputJobs.render(Handbook(site: site, theme: theme), reports, root: ExampleContentTests.repositoryRoot, into: sink)
        #expect(sink.files[ReportSite.tree]?.first { $0.path == ReportSite.dataFileName }?.bytes == whole)
        #expect(reports.dataFile.isEmpty)
        #expect(reports.dataFingerprint == fingerprint)
        // Jobs made to be run again (the preview's) keep the bytes.
        let again = ReportSite(site: site, theme: theme)
        for job in again.jobs() where job.path == ReportSite.dataFileName { _ = job.file() }
        #expect(again.dataFile == whole)
    }

    /// The index is let go before the records are written: a build's result has the findings and
    /// counts of its check, and an empty index, as a build from the cache has.
    @Test func aBuildsResultHasTheFindingsWithoutTheIndex() throws {
        let repository = try FixtureRepository(valid: ["content/people/bert.md": "---\nname: Bert\nonbekend: ja\n---\n"])
        let checked = try repository.check()
        let built = try BuiltHandbook(repository).result
        #expect(!checked.findings.isEmpty && !checked.site.people.isEmpty)
        #expect(built.check.findings.map(\.described) == checked.findings.map(\.described))
        #expect(built.check.filesChecked == checked.filesChecked)
        #expect(built.check.site.people.isEmpty && built.check.site.teams.isEmpty)
        #expect(built.check.site.configuration.language == checked.site.configuration.language)
    }
}

extension SearchIndex {
    /// The script made whole, as a build writes it.
    static func scriptBytes(for site: ContentIndex, labels: Labels, batchSize: Int = batchSize, window: Int = window,
                            keeping: SearchBatches? = nil) -> [UInt8] {
        var bytes: [UInt8] = []
        script(for: site, labels: labels, batchSize: batchSize, window: window, keeping: keeping) { bytes += $0 }
        return bytes
    }
}
