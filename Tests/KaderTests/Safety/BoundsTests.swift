import Foundation
import Testing
@testable import Kader

/// The bounds of Revision 2: every number and date has a range, and whatever passes `check` goes
/// through build and report without a crash and with output linear in the content.
@Suite struct BoundsTests {
    static func evaluation(participants: String, date: String = "2026-11-01", scores: String = "") -> String {
        "---\nteam: noord\ndate: \(date)\nparticipants: \(participants)\n\(scores)---\n"
    }

    @Test(arguments: [("0", "invalid-value"), ("1001", "invalid-value"), ("-1", "invalid-value"),
                      ("9223372036854775807", "invalid-value"), ("99999999999999999999999", "invalid-value"),
                      ("4.5", "wrong-type"), ("vier", "wrong-type")])
    func participantsOutOfRangeAreFound(value: String, rule: String) throws {
        let lines = try RuleCheck.lines(["content/evaluations/noord/2026-11-01.md": Self.evaluation(participants: value)])
        #expect(lines == ["error \(rule) content/evaluations/noord/2026-11-01.md:4:1"], "\(lines)")
    }

    @Test(arguments: ["0001-01-01", "1899-12-31", "2200-01-01", "9999-12-31"])
    func datesOutsideTheModelsCenturiesAreInvalid(date: String) throws {
        let lines = try RuleCheck.lines(["content/stories/oud.md": "---\ntitle: Oud\ndate: \(date)\nkind: success\n---\n"])
        #expect(lines == ["error invalid-value content/stories/oud.md:3:1"], "\(lines)")
    }

    @Test(arguments: [("order: 1000001", "content/pages/p.md"), ("order: -1000001", "content/pages/p.md")])
    func pageOrderIsBounded(line: String, path: String) throws {
        let lines = try RuleCheck.lines([path: "---\ntitle: P\n\(line)\n---\n"])
        #expect(lines == ["error invalid-value \(path):3:1"], "\(lines)")
    }

    @Test(arguments: ["scale: 2", "scale: 11", "anonymity_threshold: 0", "anonymity_threshold: 1001",
                      "stale_after_days: 0", "stale_after_days: 3651", "today: 1899-12-31"])
    func configurationNumbersAreBounded(line: String) throws {
        let lines = try RuleCheck.lines(["kader.yml": line + "\n"])
        #expect(lines.first == "error invalid-value kader.yml:1:1", "\(lines)")
    }

    /// The extremes that pass, through check, build and report: nothing crashes, nothing overflows.
    @Test func theExtremesThatPassGoThroughBuildAndReport() throws {
        let repository = try FixtureRepository(valid: [
            "kader.yml": "scale: 10\nanonymity_threshold: 1000\nstale_after_days: 3650\n",
            "content/evaluations/noord/2026-11-01.md": Self.evaluation(participants: "1000", scores: "scores:\n  autonomy: 10\n  mastery: 1\n  purpose: 9.999999999\n  motivation: 1.0000001\n"),
            "content/evaluations/noord/2026-11-02.md": Self.evaluation(participants: "1000", date: "2026-11-02", scores: "scores:\n  autonomy: 10\n"),
            "content/evaluations/noord/2026-11-03.md": Self.evaluation(participants: "1", date: "2026-11-03"),
            "content/pages/laag.md": "---\ntitle: Laag\norder: -1000000\n---\n",
            "content/pages/hoog.md": "---\ntitle: Hoog\norder: 1000000\n---\n",
            "content/stories/eerste.md": "---\ntitle: Eerste\ndate: 1900-01-01\nkind: success\n---\n",
            "content/stories/laatste.md": "---\ntitle: Laatste\ndate: 2199-12-31\nkind: success\n---\n",
            "content/mandates/hoog.md": "---\ntitle: Hoog\nteam: noord\narea: budget\nholder: team\nlevel: 7\nlimit: L.\nsince: 2199-12-30\nreview: 2199-12-31\nhistory:\n  - date: 1900-01-01\n    level: 1\n---\n",
            "content/mandates/laag.md": "---\ntitle: Laag\nteam: noord\narea: planning\nholder: team\nlevel: 1\nlimit: L.\nsince: 1900-01-01\nreview: 2199-12-31\nstatus: revoked\nstatus_since: 2199-12-31\n---\n",
        ])
        let check = try repository.check()
        // Warnings (a review overdue, a value without story) are fine; no error, and no crash below.
        #expect(check.errorCount == 0, "\(check.findings.map(\.described))")
        let built = try BuiltHandbook(repository)
        #expect(!built.result.files.isEmpty)
        for format in Project.ReportFormat.allCases {
            let report = try Project(root: repository.root).report(team: "noord", period: nil, format: format, today: Day("2026-11-22")!)
            #expect(report.report?.isEmpty == false)
        }
        let period = try Project(root: repository.root).report(team: nil, period: "2199-12", format: .json, today: Day("2026-11-22")!)
        #expect(period.report?.contains("2199-12") == true)
        let data = try String(contentsOfFile: built.output + "/reports/data.json", encoding: .utf8)
        // Two evaluations of 1,000 people at the threshold count; their weighted mean is exact.
        #expect(data.contains("\"participantsCounted\" : 2000"), "data.json lacks the sum of participants")
    }

    /// One story in 1900 and one evaluation in 2026 once gave 48,627 report files.
    @Test func oneOldDateDoesNotMakeTheReportsExplode() throws {
        let repository = try FixtureRepository([
            "content/teams/noord.md": "---\nname: Noord\npurpose: Zorg.\nphase: learning\nmembers: [an]\n---\n",
            "content/stories/oud.md": "---\ntitle: Oud\ndate: 1900-01-01\nkind: success\nteam: noord\n---\n",
            "content/evaluations/noord/2026-11-01.md": Self.evaluation(participants: "4"),
        ])
        let built = try BuiltHandbook(repository)
        #expect(built.result.check.errorCount == 0, "\(built.result.check.findings.map(\.described))")
        let reports = built.allFiles().filter { $0.hasPrefix("reports/") }
        #expect(reports.count < 40, "\(reports.count) report files")
        let bytes = reports.reduce(0) { $0 + built.contents(of: $1).count }
        #expect(bytes < 2_000_000, "\(bytes) bytes of reports")
        #expect(reports.contains("reports/periods/1900-01.html"))
        #expect(reports.contains("reports/periods/2026-11.html"))
        #expect(!reports.contains("reports/periods/1950-01.html"))
    }
}
