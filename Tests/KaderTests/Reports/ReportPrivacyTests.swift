import Foundation
import Testing
@testable import Kader

/// The hard rules: no score below the anonymity threshold anywhere, no private notes anywhere,
/// and reports never inside the handbook.
@Suite struct ReportPrivacyTests {
    @Test func aScoreBelowTheThresholdIsInNoOutputFile() throws {
        let built = try BuiltHandbook(FixtureRepository(valid: ["content/evaluations/noord/2026-11-01.md": """
            ---
            team: noord
            date: 2026-11-01
            participants: 2
            scores:
              autonomy: 4.37
              mastery: 1.93
            ---
            """]))
        #expect(built.result.check.errorCount == 0)
        var files = 0
        for file in built.allFiles() {
            let text = String(decoding: built.contents(of: file), as: UTF8.self)
            for needle in ["4.37", "4,37", "1.93", "1,93"] {
                #expect(!text.contains(needle), "\(file) shows \(needle)")
            }
            files += 1
        }
        #expect(files > 20)
        #expect(try String(contentsOfFile: built.output + "/reports/teams/noord.html", encoding: .utf8).contains("te weinig deelnemers"))
    }

    @Test func aScoreAtTheThresholdIsShown() throws {
        let built = try BuiltHandbook(FixtureRepository(valid: [
            "kader.yml": "anonymity_threshold: 4\n",
            "content/evaluations/noord/2026-11-01.md": "---\nteam: noord\ndate: 2026-11-01\nparticipants: 4\nscores:\n  autonomy: 4.37\n---\n",
        ]))
        let report = try String(contentsOfFile: built.output + "/reports/teams/noord.html", encoding: .utf8)
        #expect(report.contains("4,37"))
        #expect(!(try built.page("teams/noord.html")).contains("4,37"), "scores never appear in the handbook")
    }

    @Test func reportsAreBesideTheHandbookAndNeverLinkedFromIt() throws {
        let built = try BuiltHandbook(FixtureRepository(FixtureRepository.valid))
        let files = built.allFiles()
        #expect(files.contains("reports/index.html") && files.contains("reports/data.json") && files.contains("reports/csv/noord.csv"))
        for file in files where file.hasPrefix("handbook/") {
            #expect(!String(decoding: built.contents(of: file), as: UTF8.self).contains("reports/"), "\(file)")
        }
    }

    @Test func reportsNameNoPersonsWish() throws {
        let built = try BuiltHandbook(FixtureRepository(valid: ["content/people/an.md": "---\nname: An Zonderwens\nautonomy: less\n---\n"]))
        for file in built.allFiles() where file.hasPrefix("reports/") {
            let text = String(decoding: built.contents(of: file), as: UTF8.self)
            #expect(!text.contains("Zonderwens") && !text.contains("minder autonomie"), "\(file)")
        }
    }
}
