import Foundation
import Testing
@testable import Kader

@Suite struct NewFileTests {
    static let today = Day("2026-11-22")!

    static func make(_ repository: FixtureRepository, _ kind: NewFile.Kind, _ id: String?, team: String? = nil, teams: [String] = [], storyKind: String? = nil) throws -> String {
        var options = NewFile.Options()
        options.team = team
        options.teams = teams
        options.kind = storyKind
        let site = try repository.check(today: today.description).site
        let (path, text) = try NewFile(site: site, today: today).make(kind, id: id, options: options)
        try repository.write(path, text)
        return path
    }

    @Test func everyTypeMakesAFileThatPassesCheck() throws {
        let repository = try FixtureRepository(valid: ["content/teams/zuid.md": "---\nname: Zuid\npurpose: P.\nphase: design\nmembers: [cas]\n---\n",
                                                       "content/evaluations/zuid/2026-11-10.md": "---\nteam: zuid\ndate: 2026-11-10\nparticipants: 3\n---\n"])
        let paths = [
            try Self.make(repository, .team, "west"),
            try Self.make(repository, .person, "dewi-de-vries"),
            try Self.make(repository, .mandate, "inkoop", team: "noord"),
            try Self.make(repository, .story, "succes", team: "noord"),
            try Self.make(repository, .story, "les", storyKind: "lesson"),
            try Self.make(repository, .story, "proef", team: "zuid", storyKind: "experiment"),
            try Self.make(repository, .session, "begroting", teams: ["noord", "zuid"]),
            try Self.make(repository, .page, "welkom"),
            try Self.make(repository, .evaluation, nil, team: "noord"),
        ]
        #expect(paths == ["content/teams/west.md", "content/people/dewi-de-vries.md", "content/mandates/inkoop.md", "content/stories/succes.md",
                          "content/stories/les.md", "content/stories/proef.md", "content/sessions/begroting.md", "content/pages/welkom.md",
                          "content/evaluations/noord/2026-11-22.md"])
        let findings = try repository.findings()
        // The new team has no evaluation yet: that is the one thing left to do.
        #expect(findings.map(\.summary) == ["stale-team content/teams/west.md:1:1"])
        let person = try String(contentsOfFile: repository.root + "/content/people/dewi-de-vries.md", encoding: .utf8)
        #expect(person.contains("name: Dewi de vries") && person.contains("# autonomy: more | as-is | less"))
    }

    @Test func aNewEvaluationCarriesOverOpenActionsAndListsDueReviews() throws {
        let repository = try FixtureRepository(valid: [
            "content/evaluations/noord/2026-11-01.md": """
                ---
                team: noord
                date: 2026-11-01
                participants: 4
                actions:
                  - id: rooster
                    title: "Rooster: afmaken"
                    owner: an
                    due: 2026-11-30
                    status: doing
                  - id: klaar
                    title: Klaar
                    status: done
                ---
                """,
            "content/mandates/budget.md": "---\ntitle: Budget\nteam: noord\narea: budget\nholder: team\nlevel: 5\nlimit: L.\nsince: 2026-05-01\nreview: 2026-11-15\n---\n",
            "content/mandates/later.md": "---\ntitle: Later\nteam: noord\narea: planning\nholder: team\nlevel: 4\nlimit: L.\nsince: 2026-05-01\nreview: 2027-06-01\n---\n",
        ])
        let path = try Self.make(repository, .evaluation, nil, team: "noord")
        let text = try String(contentsOfFile: repository.root + "/" + path, encoding: .utf8)
        #expect(text.contains("date: 2026-11-22"))
        #expect(text.contains("  - id: rooster\n    title: 'Rooster: afmaken'\n    owner: an\n    due: 2026-11-30\n    status: doing"))
        #expect(!text.contains("id: klaar"))
        #expect(text.contains("  - mandate: budget"))
        #expect(!text.contains("mandate: later"))
        // With the review listed, the mandate is no longer overdue.
        #expect(try repository.findings().map(\.summary) == [])
    }

    @Test func aSessionNeedsTwoTeams() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        #expect(throws: UsageError.self) { try Self.make(repository, .session, "alleen", teams: ["noord"]) }
        #expect(throws: UsageError.self) { try Self.make(repository, .mandate, "x", team: "noordd") }
        #expect(throws: UsageError.self) { try Self.make(repository, .page, "Niet Geldig") }
        #expect(throws: UsageError.self) { try Self.make(repository, .story, "x", storyKind: "les") }
    }
}
