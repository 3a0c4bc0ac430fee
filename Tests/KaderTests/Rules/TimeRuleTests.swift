import Testing
@testable import Kader

/// Rules measured against `today` (2026-11-22 unless a test says otherwise), and the ones that look
/// at the whole handbook: review-overdue, action-overdue, stale-team, value-without-story,
/// experiment-open-long.
@Suite struct TimeRuleTests {
    static let evaluation = "content/evaluations/noord/2026-11-01.md"
    static let mandate = "content/mandates/uitgaven.md"
    static let story = "content/stories/proef.md"

    // MARK: review-overdue

    static func mandate(review: String, status: String = "active") -> String {
        """
        ---
        title: Uitgaven tot 500 euro
        team: noord
        area: budget
        holder: team
        level: 5
        limit: Tot 500 euro per uitgave.
        since: 2026-05-01
        review: \(review)
        status: \(status)
        ---
        """
    }

    static func evaluation(date: String, reviews: String) -> String {
        """
        ---
        team: noord
        date: \(date)
        participants: 4
        mandate_reviews:
          - mandate: \(reviews)
            decision: keep
        ---
        """
    }

    @Test func aReviewDateBeforeTodayWithoutReview() throws {
        let found = try RuleCheck.lines([Self.mandate: Self.mandate(review: "2026-11-01")])
        #expect(found == ["warning review-overdue \(Self.mandate):9:1"])
    }

    @Test func aReviewDueTodayIsNotOverdue() throws {
        #expect(try RuleCheck.lines([Self.mandate: Self.mandate(review: "2026-11-22")]) == [])
    }

    @Test func anEvaluationOnTheReviewDateReviewsIt() throws {
        let found = try RuleCheck.lines([
            Self.mandate: Self.mandate(review: "2026-11-01"),
            Self.evaluation: Self.evaluation(date: "2026-11-01", reviews: "uitgaven"),
        ])
        #expect(found == [])
    }

    @Test func aReviewBeforeTheReviewDateDoesNotCount() throws {
        let found = try RuleCheck.lines([
            Self.mandate: Self.mandate(review: "2026-11-02"),
            Self.evaluation: Self.evaluation(date: "2026-11-01", reviews: "uitgaven"),
        ])
        #expect(found == ["warning review-overdue \(Self.mandate):9:1"])
    }

    @Test func aPausedMandateIsNotOverdue() throws {
        #expect(try RuleCheck.lines([Self.mandate: Self.mandate(review: "2026-11-01", status: "paused")]) == [])
    }

    // MARK: action-overdue

    static func action(due: String, status: String = "open") -> String {
        """
        ---
        team: noord
        date: 2026-11-01
        participants: 4
        actions:
          - id: wissels
            title: Wisselprotocol uitproberen
            owner: an
            due: \(due)
            status: \(status)
        ---
        """
    }

    @Test func anOpenActionPastItsDueDate() throws {
        let found = try RuleCheck.lines([Self.evaluation: Self.action(due: "2026-11-21")])
        #expect(found == ["warning action-overdue \(Self.evaluation):9:5"])
    }

    @Test func aDoingActionPastItsDueDate() throws {
        let found = try RuleCheck.lines([Self.evaluation: Self.action(due: "2026-11-21", status: "doing")])
        #expect(found == ["warning action-overdue \(Self.evaluation):9:5"])
    }

    @Test func anActionDueTodayIsNotOverdue() throws {
        #expect(try RuleCheck.lines([Self.evaluation: Self.action(due: "2026-11-22")]) == [])
    }

    @Test func aDoneOrDroppedActionIsNotOverdue() throws {
        #expect(try RuleCheck.lines([Self.evaluation: Self.action(due: "2026-10-01", status: "done")]) == [])
        #expect(try RuleCheck.lines([Self.evaluation: Self.action(due: "2026-10-01", status: "dropped")]) == [])
    }

    @Test func onlyTheLatestMentionCounts() throws {
        // Overdue in the earlier evaluation, done in the later one: closed.
        let closed = try RuleCheck.lines([
            "content/evaluations/noord/2026-10-18.md": Self.action(due: "2026-10-25").replacingOccurrences(of: "2026-11-01", with: "2026-10-18"),
            Self.evaluation: Self.action(due: "2026-10-25", status: "done"),
        ])
        #expect(closed == [])
        // Carried over and still open: the later file gets the finding, once.
        let open = try RuleCheck.lines([
            "content/evaluations/noord/2026-10-18.md": Self.action(due: "2026-10-25").replacingOccurrences(of: "2026-11-01", with: "2026-10-18"),
            Self.evaluation: Self.action(due: "2026-10-25"),
        ])
        #expect(open == ["warning action-overdue \(Self.evaluation):9:5"])
    }

    @Test func anOverdueActionInATeamGoal() throws {
        let found = try RuleCheck.lines(["content/teams/noord.md": """
            ---
            name: Team Noord
            purpose: Thuiszorg in Noord.
            phase: learning
            members: [an, bert]
            goals:
              - id: eigen-rooster
                title: Noord maakt zijn eigen rooster
                actions:
                  - id: wissels
                    title: Wisselprotocol uitproberen
                    due: 2026-11-01
            ---
            """])
        #expect(found == ["warning action-overdue content/teams/noord.md:12:9"])
    }

    // MARK: stale-team

    @Test func aTeamWithoutEvaluation() throws {
        let found = try RuleCheck.lines(without: [Self.evaluation])
        #expect(found == ["warning stale-team content/teams/noord.md:1:1"])
    }

    @Test func aLatestEvaluationOneDayTooOld() throws {
        // 2026-11-01 + 43 days: more than 42.
        #expect(try RuleCheck.lines([:], today: "2026-12-14") == ["warning stale-team content/teams/noord.md:1:1"])
    }

    @Test func aLatestEvaluationExactlyStaleAfterDaysOld() throws {
        // 2026-11-01 + 42 days: not more than 42.
        #expect(try RuleCheck.lines([:], today: "2026-12-13") == [])
    }

    @Test func anEndedTeamIsNeverStale() throws {
        #expect(try RuleCheck.lines(["content/teams/zuid.md": RuleCheck.endedTeam], today: "2026-11-22") == [])
    }

    // MARK: value-without-story

    @Test func aValueThatNoStoryShows() throws {
        let found = try RuleCheck.lines(["content/organization.md": """
            ---
            title: Ons kader
            mission: Zorg dicht bij huis.
            vision: Teams die zelf beslissen.
            values:
              - id: vertrouwen
                name: Vertrouwen
              - id: moed
                name: Moed
            ---
            """])
        #expect(found == ["warning value-without-story content/organization.md:8:5"])
    }

    @Test func aValueThatOneStoryShows() throws {
        let found = try RuleCheck.lines([
            "content/organization.md": """
                ---
                title: Ons kader
                mission: Zorg dicht bij huis.
                vision: Teams die zelf beslissen.
                values:
                  - id: vertrouwen
                    name: Vertrouwen
                  - id: moed
                    name: Moed
                ---
                """,
            "content/stories/fout.md": """
                ---
                title: De fout in het rooster
                date: 2026-10-10
                kind: lesson
                values: [moed]
                learned: Fouten melden helpt.
                ---
                """,
        ])
        #expect(found == [])
    }

    // MARK: experiment-open-long

    static func experiment(date: String, status: String? = nil) -> String {
        """
        ---
        title: Zelf roosteren
        date: \(date)
        kind: experiment
        hypothesis: Het rooster wordt beter.
        values: [vertrouwen]
        \(status.map { "status: \($0)" } ?? "")
        ---
        """
    }

    @Test func anExperimentRunningNinetyOneDaysPointsAtKind() throws {
        // 2026-08-23 to 2026-11-22 is 91 days.
        let found = try RuleCheck.lines([Self.story: Self.experiment(date: "2026-08-23")])
        #expect(found == ["warning experiment-open-long \(Self.story):4:1"])
    }

    @Test func anExperimentRunningNinetyOneDaysPointsAtStatus() throws {
        let found = try RuleCheck.lines([Self.story: Self.experiment(date: "2026-08-23", status: "running")])
        #expect(found == ["warning experiment-open-long \(Self.story):7:1"])
    }

    @Test func anExperimentExactlyNinetyDaysOld() throws {
        #expect(try RuleCheck.lines([Self.story: Self.experiment(date: "2026-08-24")]) == [])
    }

    @Test func aDoneExperimentIsNeverOpenLong() throws {
        let done = Self.experiment(date: "2025-01-01", status: "done\noutcome: stop")
        #expect(try RuleCheck.lines([Self.story: done]) == [])
    }
}
