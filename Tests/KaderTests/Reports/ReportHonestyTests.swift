import Foundation
import Testing
@testable import Kader

/// What a manager reads must not mislead (issue 9, Revision 2): notation, old figures, history,
/// steering of two people, energizers. Fixtures small enough to work out by hand.
@Suite struct ReportHonestyTests {
    static func evaluation(_ team: String, _ date: String, participants: Int, scores: String = "", steering: String? = nil) -> String {
        ReportNumbersTests.evaluation(team, date, participants: participants, scores: scores, steering: steering)
    }

    /// The text of every table cell of a report page, tags removed.
    static func cells(_ html: String) -> [String] {
        html.components(separatedBy: "<td").dropFirst().map { cell in
            let inner = cell.drop { $0 != ">" }.dropFirst().prefix { _ in true }
            let end = inner.range(of: "</td>").map { inner[..<$0.lowerBound] } ?? inner
            // The column name a card shows on a phone is not part of the value.
            return String(end).replacingOccurrences(of: #"<span class="cell-label">[^<]*</span>"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"<svg.*?</svg>"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
        }
    }

    @Test func aLevelValueIsWrittenLevelAndAnOldFigureShowsItsPeriod() throws {
        var files = ReportNumbersTests.files()
        // Zuid: 4.0 in September and in October: level, and from October while it is November.
        files["content/evaluations/zuid/2026-09-15.md"] = Self.evaluation("zuid", "2026-09-15", participants: 3, scores: "  autonomy: 4.0\n")
        files["content/evaluations/zuid/2026-10-15.md"] = Self.evaluation("zuid", "2026-10-15", participants: 3, scores: "  autonomy: 4.0\n")
        let built = try BuiltHandbook(FixtureRepository(files))
        let portfolio = try String(contentsOfFile: built.output + "/reports/index.html", encoding: .utf8)
        let cells = Self.cells(portfolio)
        #expect(cells.contains("4,00 = · okt 2026 (gelijk)"), "\(cells)")
        #expect(!portfolio.contains("→ 0,00") && !portfolio.contains("0,00 →"))
        // Noord rose from 3.0 (September) to 3.5 (October): the arrow, the sign and the word agree.
        #expect(cells.contains("3,50 ↑ +0,50 · okt 2026 (stijgt)"), "\(cells)")
    }

    @Test func aTeamWhoseLastCountedCheckInIsOldIsMarkedStaleOnItsRow() throws {
        var files = ReportNumbersTests.files()
        // Zuid met two days ago, but with one participant; its last counted check-in is from
        // 2026-10-15, 38 days ago: older than 35.
        files["kader.yml"] = "stale_after_days: 35\n"
        let data = try JSONSerialization.jsonObject(with: BuiltHandbook(FixtureRepository(files)).contents(of: "reports/data.json")) as! [String: Any]
        let rows = data["portfolio"] as! [[String: Any]]
        let zuid = rows.first { $0["team"] as? String == "zuid" }!
        let noord = rows.first { $0["team"] as? String == "noord" }!
        #expect(zuid["stale"] as? Bool == true && zuid["lastCountedEvaluation"] as? String == "2026-10-15")
        #expect(noord["stale"] as? Bool == false && noord["lastCountedEvaluation"] as? String == "2026-10-22")
        let built = try BuiltHandbook(FixtureRepository(files))
        let page = try String(contentsOfFile: built.output + "/reports/index.html", encoding: .utf8)
        let zuidRow = page.components(separatedBy: "<tr>").first { $0.hasPrefix("<th scope=\"row\">") && $0.contains("Team Zuid") } ?? ""
        #expect(Self.cells(zuidRow).contains("2 · verouderd"), "\(Self.cells(zuidRow))")
    }

    @Test func historyIsNeverRewritten() throws {
        let repository = try FixtureRepository([
            "content/teams/noord.md": "---\nname: Team Noord\npurpose: P.\nphase: learning\nmembers: [an]\n---\n",
            "content/evaluations/noord/2026-09-10.md": Self.evaluation("noord", "2026-09-10", participants: 4),
            "content/evaluations/noord/2026-10-22.md": "---\nteam: noord\ndate: 2026-10-22\nparticipants: 4\nmandate_reviews:\n  - mandate: m3\n    decision: revoke\n---\n",
            // Revoked at the review of 2026-10-22: counts at level 4 in September, not at the end of October.
            "content/mandates/m3.md": "---\ntitle: Inkoop\nteam: noord\narea: budget\nholder: team\nlevel: 4\nlimit: L.\nsince: 2026-09-01\nreview: 2026-10-01\nstatus: revoked\n---\n",
            // Paused without a date: counts in no period, and the report says its end is unknown.
            "content/mandates/m4.md": "---\ntitle: Werving\nteam: noord\narea: hiring\nholder: team\nlevel: 6\nlimit: L.\nsince: 2026-08-01\nreview: 2027-01-01\nstatus: paused\n---\n",
            // Paused since 2026-10-05: counts at level 2 in August and September only.
            "content/mandates/m5.md": "---\ntitle: Rooster\nteam: noord\narea: planning\nholder: team\nlevel: 2\nlimit: L.\nsince: 2026-08-01\nreview: 2027-01-01\nstatus: paused\nstatus_since: 2026-10-05\n---\n",
        ])
        let built = try BuiltHandbook(repository)
        #expect(built.result.check.errorCount == 0, "\(built.result.check.findings.map(\.described))")
        let data = try JSONSerialization.jsonObject(with: built.contents(of: "reports/data.json")) as! [String: Any]
        let noord = ReportNumbersTests.team(data, "noord")
        #expect(ReportNumbersTests.period(noord, "2026-08")["mandatesPerLevel"] as? [Int] == [0, 1, 0, 0, 0, 0, 0])
        #expect(ReportNumbersTests.period(noord, "2026-09")["mandatesPerLevel"] as? [Int] == [0, 1, 0, 1, 0, 0, 0])
        #expect(ReportNumbersTests.period(noord, "2026-09")["averageLevel"] as? Double == 3.0)
        #expect(ReportNumbersTests.period(noord, "2026-10")["mandatesPerLevel"] as? [Int] == [0, 0, 0, 0, 0, 0, 0])
        let mandates = noord["mandates"] as! [[String: Any]]
        #expect(mandates.first { $0["mandate"] as? String == "m3" }?["end"] as? String == "2026-10-22")
        #expect(mandates.first { $0["mandate"] as? String == "m4" }?["endUnknown"] as? Bool == true)
        #expect(mandates.first { $0["mandate"] as? String == "m5" }?["end"] as? String == "2026-10-05")
        let page = try String(contentsOfFile: built.output + "/reports/teams/noord.html", encoding: .utf8)
        #expect(page.contains("einddatum onbekend"))
        #expect(page.contains("telt mee tot 21 oktober 2026"))
    }

    @Test func aStatusSinceBeforeSinceIsHistoryOrder() throws {
        let lines = try RuleCheck.lines(["content/mandates/m.md": "---\ntitle: M\nteam: noord\narea: budget\nholder: team\nlevel: 3\nlimit: L.\nsince: 2026-09-01\nreview: 2027-01-01\nstatus: paused\nstatus_since: 2026-08-01\n---\n"])
        #expect(lines == ["error history-order content/mandates/m.md:11:1"], "\(lines)")
    }

    @Test func theSteeringOfTwoPeopleAppearsNowhere() throws {
        let repository = try FixtureRepository([
            "content/teams/noord.md": "---\nname: Team Noord\npurpose: P.\nphase: learning\nmembers: [an]\n---\n",
            "content/evaluations/noord/2026-11-10.md": Self.evaluation("noord", "2026-11-10", participants: 2, steering: "more"),
        ])
        let built = try BuiltHandbook(repository)
        let data = try JSONSerialization.jsonObject(with: built.contents(of: "reports/data.json")) as! [String: Any]
        let noord = ReportNumbersTests.team(data, "noord")
        #expect(ReportNumbersTests.period(noord, "2026-11")["steering"] as? [String: Int] == ["more": 0, "same": 0, "less": 0])
        #expect((noord["evaluations"] as! [[String: Any]]).allSatisfy { $0["steering"] == nil })
        let portfolio = (data["portfolio"] as! [[String: Any]])[0]["steering"] as! [String: Any]
        #expect(portfolio["latest"] == nil)
        #expect(!String(decoding: built.contents(of: "reports/csv/noord.csv"), as: UTF8.self).contains("meer sturing"))
        for file in built.allFiles() where file.hasPrefix("reports/") {
            let text = String(decoding: built.contents(of: file), as: UTF8.self)
            for answer in ["\"more\" : 1", "1× meer sturing", "<td class=\"tone-neutral\">1</td>"] {
                #expect(!text.contains(answer), "\(file) shows the steering answer of two people: \(answer)")
            }
        }
    }

    @Test func energizersShowCountsOnlyWhenNamedTwice() throws {
        let repository = try FixtureRepository([
            "content/teams/noord.md": "---\nname: Team Noord\npurpose: P.\nphase: learning\nmembers: [an]\n---\n",
            "content/evaluations/noord/2026-10-08.md": "---\nteam: noord\ndate: 2026-10-08\nparticipants: 4\nenergizers: [Samen roosteren, Koffie]\n---\n",
            "content/evaluations/noord/2026-10-22.md": "---\nteam: noord\ndate: 2026-10-22\nparticipants: 4\nenergizers: [' samen roosteren', Nieuwe collega]\n---\n",
        ])
        let built = try BuiltHandbook(repository)
        let page = try String(contentsOfFile: built.output + "/reports/teams/noord.html", encoding: .utf8)
        #expect(page.contains("<li>Samen roosteren (2×)</li>"))
        #expect(page.contains("<li>Nieuwe collega (genoemd op 22 oktober 2026)</li>"))
        #expect(page.contains("<li>Koffie (genoemd op 8 oktober 2026)</li>"))
        #expect(!page.contains("(1×)"))
    }
}

/// The team report's drivers as small multiples that say in words what happened (issue 9).
@Suite struct DriverChartTests {
    @Test func eachDriverHasItsOwnChartThatSaysWhatItDidAndMarksMissedCheckIns() throws {
        let built = try BuiltHandbook(FixtureRepository(ReportNumbersTests.files()))
        let page = try String(contentsOfFile: built.output + "/reports/teams/noord.html", encoding: .utf8)
        for key in DriverScores.keys { #expect(page.contains("id=\"drivers-noord-\(key)-title\""), "\(key)") }
        // Autonomy: 3.0 in September, 3.5 in October; November had one check-in with 2 people.
        #expect(page.contains("<desc id=\"drivers-noord-autonomy-desc\">Autonomie steeg van 3,00 naar 3,50 tussen september 2026 en oktober 2026."))
        #expect(page.contains("<title>nov 26: te weinig deelnemers</title>"))
    }

    @Test func aPeriodWithoutACheckInIsMarkedNotLeftBlank() throws {
        let built = try BuiltHandbook(FixtureRepository([
            "content/teams/noord.md": "---\nname: Team Noord\npurpose: P.\nphase: learning\nmembers: [an]\n---\n",
            "content/stories/s.md": "---\ntitle: S\ndate: 2026-09-05\nkind: success\nteam: noord\n---\n",
            "content/evaluations/noord/2026-10-10.md": "---\nteam: noord\ndate: 2026-10-10\nparticipants: 4\nscores:\n  autonomy: 4\n---\n",
        ]))
        let page = try String(contentsOfFile: built.output + "/reports/teams/noord.html", encoding: .utf8)
        #expect(page.contains("<title>sep 26: geen check-in</title>"))
    }
}
