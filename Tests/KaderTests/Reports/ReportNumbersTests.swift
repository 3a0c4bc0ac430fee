import Foundation
import Testing
@testable import Kader

/// A small repository whose numbers were worked out by hand (see the comments), asserted exactly
/// in data.json as a manager's tools would read it.
@Suite struct ReportNumbersTests {
    static func evaluation(_ team: String, _ date: String, participants: Int, scores: String = "", steering: String? = nil, actions: String = "") -> String {
        "---\nteam: \(team)\ndate: \(date)\nparticipants: \(participants)\n" + (scores.isEmpty ? "" : "scores:\n\(scores)")
            + (steering.map { "steering: \($0)\n" } ?? "") + actions + "---\n"
    }

    static func files(period: String = "month") -> [String: String] {
        [
            "kader.yml": "report_period: \(period)\n",
            "content/organization.md": "---\ntitle: Kader\nmission: M.\nvision: V.\nvalues:\n  - id: vertrouwen\n    name: Vertrouwen\n---\n",
            "content/teams/noord.md": "---\nname: Team Noord\npurpose: P.\nphase: learning\nmembers: [an, bert]\n---\n",
            "content/teams/zuid.md": "---\nname: Team Zuid\npurpose: P.\nphase: design\nmembers: [cas]\n---\n",
            "content/people/an.md": "---\nname: An\n---\n",
            // September: only the first counts (4 participants): autonomy 3.0, mastery 2.0.
            "content/evaluations/noord/2026-09-10.md": evaluation("noord", "2026-09-10", participants: 4, scores: "  autonomy: 3.0\n  mastery: 2.0\n", steering: "more"),
            "content/evaluations/noord/2026-09-24.md": evaluation("noord", "2026-09-24", participants: 2, scores: "  autonomy: 5.0\n", steering: "less"),
            // October: (4.0 × 3 + 3.2 × 5) / 8 = 3.5 autonomy; mastery only from the first: 3.0.
            "content/evaluations/noord/2026-10-08.md": evaluation("noord", "2026-10-08", participants: 3, scores: "  autonomy: 4.0\n  mastery: 3.0\n", steering: "same"),
            "content/evaluations/noord/2026-10-22.md": evaluation("noord", "2026-10-22", participants: 5, scores: "  autonomy: 3.2\n", steering: "less",
                actions: "actions:\n  - id: a1\n    title: Eerste\n    due: 2026-10-30\n  - id: a2\n    title: Tweede\n    due: 2026-12-01\n"),
            // November: below the threshold, so no score; a1 is closed on 2026-11-05.
            "content/evaluations/noord/2026-11-05.md": evaluation("noord", "2026-11-05", participants: 2, scores: "  autonomy: 1.0\n", steering: "less",
                actions: "actions:\n  - id: a1\n    title: Eerste\n    due: 2026-10-30\n    status: done\n"),
            "content/evaluations/zuid/2026-10-15.md": evaluation("zuid", "2026-10-15", participants: 3, scores: "  autonomy: 5.0\n"),
            "content/evaluations/zuid/2026-11-20.md": evaluation("zuid", "2026-11-20", participants: 1),
            // Level 3 from 2026-08-01, level 5 from 2026-11-10; its review of 2026-11-15 is overdue.
            "content/mandates/m1.md": "---\ntitle: Budget\nteam: noord\narea: budget\nholder: team\nlevel: 5\nlimit: L.\nsince: 2026-11-10\nreview: 2026-11-15\nhistory:\n  - date: 2026-08-01\n    level: 3\n---\n",
            // Level 2 from 2026-09-01; review in 18 days.
            "content/mandates/m2.md": "---\ntitle: Planning\nteam: noord\narea: planning\nholder: team\nlevel: 2\nlimit: L.\nsince: 2026-09-01\nreview: 2026-12-10\n---\n",
            "content/stories/s1.md": "---\ntitle: S1\ndate: 2026-11-03\nkind: success\nteam: noord\nvalues: [vertrouwen]\n---\n",
            "content/stories/s2.md": "---\ntitle: S2\ndate: 2026-10-05\nkind: lesson\nlearned: L.\nteam: noord\n---\n",
        ]
    }

    static func data(period: String = "month") throws -> [String: Any] {
        let built = try BuiltHandbook(FixtureRepository(files(period: period)))
        #expect(built.result.check.errorCount == 0, "\(built.result.check.findings.map(\.summary))")
        return try JSONSerialization.jsonObject(with: built.contents(of: "reports/data.json")) as! [String: Any]
    }

    static func team(_ data: [String: Any], _ id: String) -> [String: Any] {
        (data["teams"] as! [[String: Any]]).first { $0["team"] as? String == id }!
    }

    static func period(_ team: [String: Any], _ period: String) -> [String: Any] {
        (team["periods"] as! [[String: Any]]).first { $0["period"] as? String == period }!
    }

    static func scores(_ figures: [String: Any]) -> [String: Double] {
        (figures["scores"] as! [String: Any]).compactMapValues { $0 as? Double }
    }

    @Test func monthlyPeriodsScoresAndSteering() throws {
        let data = try Self.data()
        #expect(data["periods"] as? [String] == ["2026-08", "2026-09", "2026-10", "2026-11"])
        #expect(data["currentPeriod"] as? String == "2026-11")
        let noord = Self.team(data, "noord")
        let september = Self.period(noord, "2026-09")
        #expect(Self.scores(september) == ["autonomy": 3.0, "mastery": 2.0])
        #expect(september["evaluations"] as? Int == 2 && september["evaluationsCounted"] as? Int == 1 && september["participantsCounted"] as? Int == 4)
        // The second check-in had two participants: its steering answer is theirs, so not counted.
        #expect(september["steering"] as? [String: Int] == ["more": 1, "same": 0, "less": 0])
        let october = Self.period(noord, "2026-10")
        #expect(Self.scores(october) == ["autonomy": 3.5, "mastery": 3.0])
        #expect(october["participantsCounted"] as? Int == 8)
        let november = Self.period(noord, "2026-11")
        #expect(Self.scores(november).isEmpty)
        #expect(november["evaluations"] as? Int == 1 && november["evaluationsCounted"] as? Int == 0)
        #expect(Self.scores(Self.period(noord, "2026-08")).isEmpty)
    }

    @Test func organizationScoresAreTeamMeansComparedLikeWithLike() throws {
        let organization = try Self.data()["organization"] as! [[String: Any]]
        let october = organization.first { $0["period"] as? String == "2026-10" }!
        // Each team once: noord 3.5 (its weighted mean), zuid 5.0 → 4.25; not (4.0 × 3 + 3.2 × 5 +
        // 5.0 × 3) / 11 = 3.91, which let the team that met twice weigh double.
        #expect(Self.scores(october) == ["autonomy": 4.25, "mastery": 3.0])
        #expect(october["evaluations"] as? Int == 3)
        // The change against September only over noord, the one team scored in both: 3.5 − 3.0.
        // Zuid, scored in October only, is named as left out.
        let comparison = october["comparison"] as! [String: [String: Any]]
        #expect(comparison["autonomy"]?["change"] as? Double == 0.5)
        #expect(comparison["autonomy"]?["trend"] as? String == "up")
        #expect(comparison["autonomy"]?["teams"] as? [String] == ["noord"])
        #expect(comparison["autonomy"]?["leftOut"] as? [String] == ["zuid"])
        #expect(comparison["mastery"]?["change"] as? Double == 1.0)
        #expect(comparison["purpose"]?["change"] == nil && comparison["purpose"]?["teams"] as? [String] == [])
        let november = organization.first { $0["period"] as? String == "2026-11" }!
        #expect(Self.scores(november).isEmpty)
    }

    @Test func delegationProgressAndActionsPerPeriod() throws {
        let noord = Self.team(try Self.data(), "noord")
        let expected: [(String, [Int], Double, Int, Int, Int)] = [
            // period, mandates per level at its end (or today), average, opened, closed, overdue
            ("2026-08", [0, 0, 1, 0, 0, 0, 0], 3.0, 0, 0, 0),
            ("2026-09", [0, 1, 1, 0, 0, 0, 0], 2.5, 0, 0, 0),
            ("2026-10", [0, 1, 1, 0, 0, 0, 0], 2.5, 2, 0, 1),
            ("2026-11", [0, 1, 0, 0, 1, 0, 0], 3.5, 0, 1, 0),
        ]
        for (period, levels, average, opened, closed, overdue) in expected {
            let figures = Self.period(noord, period)
            #expect(figures["mandatesPerLevel"] as? [Int] == levels, "\(period)")
            #expect(figures["averageLevel"] as? Double == average, "\(period)")
            #expect(figures["actionsOpened"] as? Int == opened, "\(period)")
            #expect(figures["actionsClosed"] as? Int == closed, "\(period)")
            #expect(figures["actionsOverdue"] as? Int == overdue, "\(period)")
        }
        let changes = (Self.period(noord, "2026-11")["mandateChanges"] as! [[String: Any]])
        #expect(changes.count == 1 && changes[0]["mandate"] as? String == "m1" && changes[0]["from"] as? Int == 3 && changes[0]["to"] as? Int == 5)
        let august = (Self.period(noord, "2026-08")["mandateChanges"] as! [[String: Any]])
        #expect(august.count == 1 && august[0]["from"] == nil && august[0]["to"] as? Int == 3)
        #expect(Self.period(noord, "2026-10")["stories"] as? [String: Int] == ["success": 0, "lesson": 1, "experiment": 0])
        #expect((noord["reviewsDueSoon"] as! [[String: Any]]).map { $0["mandate"] as! String } == ["m2"])
        #expect((noord["reviewsDueSoon"] as! [[String: Any]]).first?["daysLeft"] as? Int == 18)
        #expect((noord["reviewsOverdue"] as! [[String: Any]]).map { $0["mandate"] as! String } == ["m1"])
    }

    @Test func portfolioTrends() throws {
        let data = try Self.data()
        let row = (data["portfolio"] as! [[String: Any]]).first { $0["team"] as? String == "noord" }!
        let drivers = row["drivers"] as! [String: [String: Any]]
        #expect(drivers["autonomy"]?["latest"] as? Double == 3.5)
        #expect(drivers["autonomy"]?["latestPeriod"] as? String == "2026-10")
        #expect(drivers["autonomy"]?["previous"] as? Double == 3.0)
        #expect(drivers["autonomy"]?["previousPeriod"] as? String == "2026-09")
        #expect(drivers["autonomy"]?["change"] as? Double == 0.5)
        #expect(drivers["autonomy"]?["trend"] as? String == "up")
        #expect(drivers["mastery"]?["change"] as? Double == 1.0)
        #expect(drivers["purpose"]?["latest"] == nil && drivers["purpose"]?["trend"] == nil)
        let steering = row["steering"] as! [String: Any]
        // November's one check-in had two participants: its answer counts nowhere. October (same,
        // less: balance −0.5) against September (more: 1.0).
        #expect(steering["latestPeriod"] as? String == "2026-10" && steering["previousPeriod"] as? String == "2026-09")
        #expect(steering["trend"] as? String == "down")
        let delegation = row["delegation"] as! [String: Any]
        #expect(delegation["activeMandates"] as? Int == 2)
        #expect(delegation["averageLevel"] as? Double == 3.5 && delegation["previousAverageLevel"] as? Double == 2.5)
        #expect(delegation["change"] as? Double == 1.0)
        #expect(row["reviewsOverdue"] as? Int == 1)
        #expect(row["actionsOpen"] as? Int == 1 && row["actionsOverdue"] as? Int == 0)
        #expect(row["storiesInPeriod"] as? Int == 1)
        #expect(row["lastEvaluation"] as? String == "2026-11-05" && row["daysSinceLastEvaluation"] as? Int == 17)
    }

    @Test func quarterlyPeriods() throws {
        let data = try Self.data(period: "quarter")
        #expect(data["periods"] as? [String] == ["2026-Q3", "2026-Q4"])
        let noord = Self.team(data, "noord")
        #expect(Self.scores(Self.period(noord, "2026-Q3")) == ["autonomy": 3.0, "mastery": 2.0])
        #expect(Self.scores(Self.period(noord, "2026-Q4")) == ["autonomy": 3.5, "mastery": 3.0])
        #expect(Self.period(noord, "2026-Q4")["steering"] as? [String: Int] == ["more": 0, "same": 1, "less": 1])
        #expect(Self.period(noord, "2026-Q3")["mandatesPerLevel"] as? [Int] == [0, 1, 1, 0, 0, 0, 0])
        #expect((Self.period(noord, "2026-Q3")["mandateChanges"] as! [Any]).count == 2)
        let row = (data["portfolio"] as! [[String: Any]]).first { $0["team"] as? String == "noord" }!
        #expect((row["steering"] as! [String: Any])["trend"] as? String == "down")
        #expect((row["delegation"] as! [String: Any])["previousAverageLevel"] as? Double == 2.5)
    }

    @Test func periodBoundaries() {
        #expect(Period("2026-10")!.first == Day("2026-10-01")! && Period("2026-10")!.last == Day("2026-10-31")!)
        #expect(Period("2026-Q1")!.last == Day("2026-03-31")! && Period("2024-02")!.last == Day("2024-02-29")!)
        #expect(Period("2026-12")!.next.description == "2027-01" && Period("2026-Q1")!.previous.description == "2025-Q4")
        #expect(Period(containing: Day("2026-09-30")!, kind: .quarter).description == "2026-Q3")
        #expect(Period(containing: Day("2026-10-01")!, kind: .quarter).description == "2026-Q4")
        #expect(Period("2026-13") == nil && Period("2026-Q5") == nil && Period("26-10") == nil)
    }

    @Test func csvUsesTheLanguagesSeparatorAndHidesScoresBelowTheThreshold() throws {
        let dutch = try BuiltHandbook(FixtureRepository(Self.files()))
        let csv = String(decoding: dutch.contents(of: "reports/csv/noord.csv"), as: UTF8.self)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == "Datum;Deelnemers;meegeteld voor scores;Autonomie;Meesterschap;Zingeving;Motivatie;Sturing")
        #expect(lines[1] == "2026-09-10;4;1;3,00;2,00;;;meer sturing")
        // Below the threshold: no score and no steering answer.
        #expect(lines[2] == "2026-09-24;2;0;;;;;")
        let english = try BuiltHandbook(FixtureRepository(Self.files().merging(["kader.yml": "language: en\n"]) { _, new in new }))
        let englishLines = String(decoding: english.contents(of: "reports/csv/noord.csv"), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(englishLines[1] == "2026-09-10,4,1,3.00,2.00,,,more steering")
    }
}
