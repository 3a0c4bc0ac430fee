import Foundation
import Testing
@testable import Kader

/// The team report tells each move of each mandate (issue 9: "budget: 3 → 5 in maart"), on the
/// page, in `kader report` and in data.json. A fixture worked out by hand, today 2026-11-22.
@Suite struct MandateMoveTests {
    static func mandate(_ id: String, area: String, level: Int, since: String, extra: String = "") -> String {
        "---\ntitle: \(id.uppercased())\nteam: noord\narea: \(area)\nholder: team\nlevel: \(level)\nlimit: L.\nsince: \(since)\nreview: 2027-01-01\n\(extra)---\n"
    }

    static func files(language: String = "nl") -> [String: String] {
        [
            "kader.yml": "language: \(language)\n",
            "content/organization.md": "---\ntitle: Kader\nmission: M.\nvision: V.\nvalues:\n  - id: vertrouwen\n    name: Vertrouwen\n---\n",
            "content/teams/noord.md": "---\nname: Team Noord\npurpose: P.\nphase: learning\nmembers: [an]\n---\n",
            "content/people/an.md": "---\nname: An\n---\n",
            // Its review revokes m3: m3 stops counting on 2026-09-10.
            "content/evaluations/noord/2026-09-10.md": "---\nteam: noord\ndate: 2026-09-10\nparticipants: 4\nmandate_reviews:\n  - mandate: m3\n    decision: revoke\n---\n",
            // Level 3 from 2026-01-01, level 5 from 2026-03-15.
            "content/mandates/m1.md": mandate("m1", area: "budget", level: 5, since: "2026-03-15", extra: "history:\n  - date: 2026-01-01\n    level: 3\n"),
            // Level 2 from 2026-02-01, paused from 2026-10-05.
            "content/mandates/m2.md": mandate("m2", area: "planning", level: 2, since: "2026-02-01", extra: "status: paused\nstatus_since: 2026-10-05\n"),
            // Level 4 from 2026-04-01, revoked at the review of 2026-09-10.
            "content/mandates/m3.md": mandate("m3", area: "hiring", level: 4, since: "2026-04-01", extra: "status: revoked\n"),
            // Level 6 from 2026-05-01, paused on a day nobody wrote down: no end move.
            "content/mandates/m4.md": mandate("m4", area: "scholing", level: 6, since: "2026-05-01", extra: "status: paused\n"),
        ]
    }

    /// The list items of the team report's delegation section, tags removed.
    static func delegationItems(_ html: String) -> [String] {
        guard let start = html.range(of: "aria-labelledby=\"delegation\"") else { return [] }
        let section = html[start.upperBound...].prefix { _ in true }
        let end = section.range(of: "</section>").map { section[..<$0.lowerBound] } ?? section
        return end.components(separatedBy: "<li>").dropFirst().map { item in
            String(item.components(separatedBy: "</li>")[0])
        }
    }

    @Test func theTeamReportListsEveryMoveInDutch() throws {
        let built = try BuiltHandbook(FixtureRepository(Self.files()))
        #expect(built.result.check.errorCount == 0, "\(built.result.check.findings.map(\.summary))")
        let page = try String(contentsOfFile: built.output + "/reports/teams/noord.html", encoding: .utf8)
        let items = Self.delegationItems(page)
        #expect(items.contains("budget: 3 → 5 in maart 2026"), "\(items)")
        #expect(items == [
            "budget: overgedragen op niveau 3 in januari 2026",
            "planning: overgedragen op niveau 2 in februari 2026",
            "budget: 3 → 5 in maart 2026",
            "hiring: overgedragen op niveau 4 in april 2026",
            "scholing: overgedragen op niveau 6 in mei 2026",
            "hiring: 4 → ingetrokken in september 2026",
            "planning: 2 → gepauzeerd in oktober 2026",
        ], "\(items)")
    }

    @Test func dataJSONHasTheMovesOfEachTeam() throws {
        let data = try JSONSerialization.jsonObject(with: BuiltHandbook(FixtureRepository(Self.files())).contents(of: "reports/data.json")) as! [String: Any]
        let moves = ReportNumbersTests.team(data, "noord")["moves"] as? [[String: Any]] ?? []
        func move(_ mandate: String, _ area: String, _ date: String, from: Int? = nil, to: Int? = nil, status: String? = nil) -> NSDictionary {
            var move: [String: Any] = ["mandate": mandate, "area": area, "date": date]
            if let from { move["from"] = from }
            if let to { move["to"] = to }
            if let status { move["status"] = status }
            return move as NSDictionary
        }
        #expect(moves.map { $0 as NSDictionary } == [
            move("m1", "budget", "2026-01-01", to: 3),
            move("m2", "planning", "2026-02-01", to: 2),
            move("m1", "budget", "2026-03-15", from: 3, to: 5),
            move("m3", "hiring", "2026-04-01", to: 4),
            move("m4", "scholing", "2026-05-01", to: 6),
            move("m3", "hiring", "2026-09-10", from: 4, status: "revoked"),
            move("m2", "planning", "2026-10-05", from: 2, status: "paused"),
        ], "\(moves)")
    }

    @Test func kaderReportTellsTheMovesInEnglishInEveryFormat() throws {
        let project = try Project(root: FixtureRepository(Self.files(language: "en")).root)
        let today = Day("2026-11-22")!
        let (text, _) = try project.report(team: "noord", period: nil, format: .text, today: today)
        #expect(text?.contains("- budget: 3 → 5 in March 2026\n") == true, "\(text ?? "")")
        #expect(text?.contains("- budget: handed over at level 3 in January 2026\n") == true)
        #expect(text?.contains("- planning: 2 → paused in October 2026\n") == true)
        let (markdown, _) = try project.report(team: "noord", period: nil, format: .markdown, today: today)
        #expect(markdown?.contains("- hiring: 4 → revoked in September 2026\n") == true, "\(markdown ?? "")")
        let (json, _) = try project.report(team: "noord", period: nil, format: .json, today: today)
        let report = try JSONSerialization.jsonObject(with: Data(json!.utf8)) as! [String: Any]
        #expect((report["moves"] as? [[String: Any]])?.count == 7)
        let (html, _) = try project.report(team: "noord", period: nil, format: .html, today: today)
        #expect(html.map(Self.delegationItems)?.contains("budget: 3 → 5 in March 2026") == true)
    }

    @Test func twoMandatesInOneAreaAreToldApartByTitle() throws {
        var files = Self.files()
        files["content/mandates/m5.md"] = Self.mandate("m5", area: "budget", level: 2, since: "2026-06-01")
        let built = try BuiltHandbook(FixtureRepository(files))
        let items = Self.delegationItems(try String(contentsOfFile: built.output + "/reports/teams/noord.html", encoding: .utf8))
        #expect(items.contains("budget (M1): 3 → 5 in maart 2026") && items.contains("budget (M5): overgedragen op niveau 2 in juni 2026"), "\(items)")
        #expect(items.contains("planning: 2 → gepauzeerd in oktober 2026"), "\(items)")
    }
}
