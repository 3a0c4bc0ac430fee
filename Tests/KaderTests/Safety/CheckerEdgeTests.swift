import Foundation
import Testing
@testable import Kader

/// The checker's edges that differential testing against an independent reading of the model
/// found (issue 8), each as the minimal repository that showed it, and the rules of Revision 2.
@Suite struct CheckerEdgeTests {
    /// Only `kader.yml` and the files given: no fixture around them.
    static func findings(_ files: [String: String], today: String = "2026-06-01") throws -> [String] {
        try FixtureRepository(files).findings(today: today).map(\.described)
    }

    @Test func anUnparseableTeamDoesNotHideTheOverdueActionsOfItsEvaluations() throws {
        let lines = try Self.findings([
            "kader.yml": "today: 2026-06-01\n",
            "content/teams/noord.md": "---\nname: [\n---\n",
            "content/evaluations/noord/2026-03-13.md": "---\nteam: noord\ndate: 2026-03-13\nparticipants: 5\nactions:\n  - id: wissels\n    title: Wisselprotocol\n    due: 2026-03-27\n---\n",
        ])
        #expect(lines.contains { $0.hasPrefix("error yaml-syntax content/teams/noord.md:") })
        #expect(lines.contains("warning action-overdue content/evaluations/noord/2026-03-13.md:8:5"), "\(lines)")
    }

    @Test func aDuplicatePageStillHasItsLinksChecked() throws {
        let lines = try RuleCheck.lines([
            "content/pages/sub/welkom.md": "---\ntitle: A\n---\n",
            "content/pages/welkom.md": "---\ntitle: B\n---\n[x](nope.md)\n",
        ])
        #expect(lines.contains { $0.hasPrefix("error duplicate-id content/pages/welkom.md") }, "\(lines)")
        #expect(lines.contains("error broken-link content/pages/welkom.md:4:1"), "\(lines)")
    }

    @Test func aMandateWithoutATeamStillHasItsLinksChecked() throws {
        let lines = try RuleCheck.lines([
            "content/mandates/inkoop.md": """
                ---
                title: Inkoop
                area: budget
                holder: team
                level: 3
                limit: Tot 100 euro.
                since: 2026-10-01
                review: 2027-01-01
                ---
                Zie [het beleid](../pages/beleid.md).
                """,
        ])
        #expect(lines.contains("error missing-field content/mandates/inkoop.md:1:1"), "\(lines)")
        #expect(lines.contains("error broken-link content/mandates/inkoop.md:10:5"), "\(lines)")
    }

    @Test func aMandateOfAnUnknownTeamGetsOneFindingNotItsReviews() throws {
        let lines = try RuleCheck.lines([
            "content/mandates/inkoop.md": """
                ---
                title: Inkoop
                team: west
                area: budget
                holder: team
                level: 3
                limit: Tot 100 euro.
                since: 2026-01-01
                review: 2026-03-01
                ---
                """,
            "content/evaluations/noord/2026-11-01.md": """
                ---
                team: noord
                date: 2026-11-01
                participants: 4
                mandate_reviews:
                  - mandate: inkoop
                    decision: keep
                ---
                """,
        ])
        #expect(lines == ["error unknown-reference content/mandates/inkoop.md:3:1"], "\(lines)")
    }

    @Test func anActionWhoseStatusHasTheWrongTypeIsNotAlsoOverdue() throws {
        let lines = try RuleCheck.lines([
            "content/evaluations/noord/2026-11-01.md": """
                ---
                team: noord
                date: 2026-11-01
                participants: 4
                actions:
                  - id: bellen
                    title: Bellen
                    due: 2026-11-10
                    status: [open]
                ---
                """,
        ])
        #expect(lines == ["error wrong-type content/evaluations/noord/2026-11-01.md:9:5"], "\(lines)")
    }

    @Test(arguments: ["team:", "team: null", "team: ~", "team: ''", "team: \"\""])
    func anEmptyValueIsAbsent(line: String) throws {
        let lines = try RuleCheck.lines([
            "content/stories/leeg.md": "---\ntitle: Leeg\ndate: 2026-10-02\nkind: success\n\(line)\n---\n",
        ])
        #expect(lines.isEmpty, "\(lines)")
        let required = try RuleCheck.lines([
            "content/evaluations/noord/2026-11-01.md": "---\n\(line)\ndate: 2026-11-01\nparticipants: 4\n---\n",
        ])
        #expect(required == ["error missing-field content/evaluations/noord/2026-11-01.md:2:1"], "\(required)")
    }

    @Test func aStrTaggedNumberIsText() throws {
        let lines = try RuleCheck.lines(["content/evaluations/noord/2026-11-01.md": "---\nteam: noord\ndate: 2026-11-01\nparticipants: !!str 4\n---\n"])
        #expect(lines == ["error wrong-type content/evaluations/noord/2026-11-01.md:4:1"], "\(lines)")
    }

    @Test func aDuplicateKeyIsFoundAtItsSecondOccurrence() throws {
        let lines = try RuleCheck.lines(["content/people/an.md": "---\nname: An\ntitle: Planner\nname: Anna\n---\n"])
        #expect(lines == ["error yaml-syntax content/people/an.md:4:1"], "\(lines)")
    }

    @Test(arguments: ["--- ", "---\t", "---  \t"])
    func aDelimiterMayEndInBlanks(fence: String) throws {
        let lines = try RuleCheck.lines(["content/people/an.md": "\(fence)\nname: An\n\(fence)\nTekst.\n"])
        #expect(lines.isEmpty, "\(lines)")
    }

    @Test func anEvaluationIsPlacedByItsPath() throws {
        // The `team` field is wrong; the evaluation still belongs to noord (its folder), so noord
        // is not stale and the action counts for noord.
        let lines = try RuleCheck.lines([
            "content/evaluations/noord/2026-11-01.md": "---\nteam: zuid\ndate: 2026-11-01\nparticipants: 4\nactions:\n  - id: bellen\n    title: Bellen\n    due: 2026-11-10\n---\n",
            "content/teams/zuid.md": RuleCheck.endedTeam,
        ])
        #expect(lines.sorted() == ["error path-mismatch content/evaluations/noord/2026-11-01.md:2:1",
                                   "warning action-overdue content/evaluations/noord/2026-11-01.md:8:5"], "\(lines)")
    }
}
