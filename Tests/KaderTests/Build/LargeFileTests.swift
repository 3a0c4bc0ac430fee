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
            #expect(String(decoding: Array(SearchIndex.scriptParts(for: site, labels: labels, batchSize: size).joined()), as: UTF8.self) == whole, "batches of \(size)")
        }
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
}
