import Foundation
import Testing
@testable import Kader

/// The portfolio's attention list (issue 9): one sentence per reason, linking to the team's
/// report, never naming a person. The fixture is worked out by hand for 2026-11-22.
@Suite struct AttentionTests {
    static func mandate(_ id: String, team: String, level: Int, since: String, review: String) -> String {
        "---\ntitle: Mandaat \(id)\nteam: \(team)\narea: budget\nholder: team\nlevel: \(level)\nlimit: L.\nsince: \(since)\nreview: \(review)\n---\n"
    }

    static let files: [String: String] = [
        // Oost: weekly; its last two counted check-ins ask for more steering while it holds a
        // mandate at level 6; autonomy fell 4.0 → 3.6; last check-in 12 days ago: 1 missed.
        "content/teams/oost.md": "---\nname: Team Oost\npurpose: P.\nphase: learning\ncadence: weekly\nmembers: [an]\n---\n",
        "content/evaluations/oost/2026-10-20.md": "---\nteam: oost\ndate: 2026-10-20\nparticipants: 4\nscores:\n  autonomy: 4.0\nsteering: more\n---\n",
        "content/evaluations/oost/2026-11-10.md": "---\nteam: oost\ndate: 2026-11-10\nparticipants: 4\nscores:\n  autonomy: 3.6\nsteering: more\n---\n",
        "content/mandates/oost-budget.md": mandate("oost-budget", team: "oost", level: 6, since: "2026-09-01", review: "2027-01-01"),
        // West: less steering twice, mandates at level 2 only; one review in 8 days, one 21 days
        // late; an experiment running since 2026-07-01 (144 days).
        "content/teams/west.md": "---\nname: Team West\npurpose: P.\nphase: design\nmembers: [an]\n---\n",
        "content/evaluations/west/2026-11-01.md": "---\nteam: west\ndate: 2026-11-01\nparticipants: 3\nsteering: less\n---\n",
        "content/evaluations/west/2026-11-15.md": "---\nteam: west\ndate: 2026-11-15\nparticipants: 3\nsteering: less\n---\n",
        "content/mandates/west-a.md": mandate("west-a", team: "west", level: 2, since: "2026-06-01", review: "2026-11-30"),
        "content/mandates/west-b.md": mandate("west-b", team: "west", level: 2, since: "2026-06-01", review: "2026-11-01"),
        "content/stories/proef.md": "---\ntitle: Proef met thuiswerken\ndate: 2026-07-01\nkind: experiment\nhypothesis: H.\nteam: west\n---\n",
        // Zuid: its only check-in was 82 days ago.
        "content/teams/zuid.md": "---\nname: Team Zuid\npurpose: P.\nphase: design\nmembers: [an]\n---\n",
        "content/evaluations/zuid/2026-09-01.md": "---\nteam: zuid\ndate: 2026-09-01\nparticipants: 4\n---\n",
        "content/people/an.md": "---\nname: Anneke Persoonlijk\n---\n",
    ]

    @Test func theListNamesEveryReasonInOrder() throws {
        let built = try BuiltHandbook(FixtureRepository(Self.files))
        let data = try JSONSerialization.jsonObject(with: built.contents(of: "reports/data.json")) as! [String: Any]
        let attention = data["attention"] as! [[String: Any]]
        let summary = attention.map { "\($0["kind"]!) \($0["team"] ?? "-") \($0["subject"] ?? "-")" }
        #expect(summary == [
            "reviewOverdue west west-b",
            "reviewDue west west-a",
            "stale zuid -",
            "missedCheckIns oost -",
            "driverFell oost autonomy",
            "moreSteeringAtHighLevels oost oost-budget",
            "lessSteeringAtLowLevels west -",
            "experimentOpenLong west proef",
        ], "\(summary)")
        let texts = attention.map { $0["text"] as! String }
        #expect(texts[0] == "Team West: de evaluatie van het mandaat ‘Mandaat west-b’ stond op 1 november 2026 en is 21 dagen te laat.")
        #expect(texts[1] == "Team West: de evaluatie van het mandaat ‘Mandaat west-a’ staat op 30 november 2026, over 8 dagen.")
        #expect(texts[2] == "Team Zuid: de laatste check-in met genoeg deelnemers was op 1 september 2026, 82 dagen geleden; de scores zijn verouderd.")
        #expect(texts[3] == "Team Oost: 1 check-in gemist volgens het afgesproken ritme (wekelijks); de laatste was op 10 november 2026.")
        #expect(texts[4] == "Team Oost: autonomie daalde van 4,00 (okt 2026) naar 3,60 (nov 2026).")
        #expect(texts[5] == "Team Oost vroeg in de laatste twee check-ins om meer sturing, terwijl het mandaten op niveau 5 tot 7 heeft: bespreek ‘Mandaat oost-budget’.")
        #expect(texts[6].hasPrefix("Team West vroeg in de laatste twee check-ins om minder sturing"))
        #expect(texts[7] == "Team West: het experiment ‘Proef met thuiswerken’ loopt al 144 dagen, sinds 1 juli 2026; sluit het af met een uitkomst.")
        #expect(attention.allSatisfy { ($0["url"] as? String)?.hasPrefix("teams/") == true })
        // Never a person: the only person's name appears in no sentence.
        #expect(!texts.joined().contains("Anneke"))
    }

    @Test func thePortfolioOpensWithTheListAndLinksEachItem() throws {
        let built = try BuiltHandbook(FixtureRepository(Self.files))
        let page = try String(contentsOfFile: built.output + "/reports/index.html", encoding: .utf8)
        let attention = try #require(page.range(of: "<h2 id=\"attention\">Aandachtspunten</h2>"))
        let table = try #require(page.range(of: "<table"))
        #expect(attention.lowerBound < table.lowerBound, "the attention list comes before the table")
        #expect(page.contains("<li><a href=\"teams/zuid.html\">Team Zuid: de laatste check-in"))
    }

    @Test func kaderReportAttentionPrintsTheListAlone() throws {
        let repository = try FixtureRepository(Self.files)
        let project = try Project(root: repository.root)
        let text = try project.report(team: nil, period: nil, format: .text, today: Day("2026-11-22")!, attention: true).report ?? ""
        #expect(text.contains("- Team Oost: autonomie daalde van 4,00 (okt 2026) naar 3,60 (nov 2026).\n"))
        #expect(!text.contains("Portefeuille") && !text.contains("|"))
        let markdown = try project.report(team: nil, period: nil, format: .markdown, today: Day("2026-11-22")!, attention: true).report ?? ""
        #expect(markdown.contains("- Team Zuid: de laatste check-in"))
        let json = try project.report(team: nil, period: nil, format: .json, today: Day("2026-11-22")!, attention: true).report ?? ""
        let items = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]
        #expect(items.count == 8)
        #expect(throws: UsageError.self) { try project.report(team: "oost", period: nil, format: .text, today: Day("2026-11-22")!, attention: true) }
    }

    @Test func aTeamThatIsUpToDateGivesNoItem() throws {
        let built = try BuiltHandbook(FixtureRepository(FixtureRepository.valid))
        let data = try JSONSerialization.jsonObject(with: built.contents(of: "reports/data.json")) as! [String: Any]
        #expect((data["attention"] as! [Any]).isEmpty)
        #expect(try String(contentsOfFile: built.output + "/reports/index.html", encoding: .utf8).contains("Geen aandachtspunten"))
    }
}
