import Testing
@testable import Kader

/// Rules between files and inside them: unknown-reference, duplicate-id of inner ids,
/// holder-not-member, path-mismatch, history-order, and a review of another team's mandate.
@Suite struct ReferenceRuleTests {
    static let team = "content/teams/noord.md"
    static let evaluation = "content/evaluations/noord/2026-11-01.md"
    static let story = "content/stories/rooster.md"
    static let mandate = "content/mandates/uitgaven.md"

    /// A mandate of team noord whose holder (file line 5) and further lines (from line 10) vary.
    static func mandate(holder: String = "team", more: String = "") -> String {
        """
        ---
        title: Uitgaven tot 500 euro
        team: noord
        area: budget
        holder: \(holder)
        level: 5
        limit: Tot 500 euro per uitgave.
        since: 2026-05-01
        review: 2026-12-01
        \(more)
        ---
        """
    }

    static let chris = "---\nname: Chris\n---\n"

    // MARK: unknown-reference

    @Test func anUnknownTeamWithASuggestion() throws {
        let findings = try RuleCheck.findings([Self.story: """
            ---
            title: Het rooster hield stand
            date: 2026-10-01
            kind: success
            team: noordd
            values: [vertrouwen]
            ---
            """])
        #expect(findings.map(\.described) == ["error unknown-reference \(Self.story):5:1"])
        #expect(findings.first?.message.contains("did you mean `noord`?") == true)
    }

    @Test func anUnknownValueInAListPointsAtTheListsKey() throws {
        // The misspelt value leaves `vertrouwen` without a story, too.
        let findings = try RuleCheck.findings([Self.story: """
            ---
            title: Het rooster hield stand
            date: 2026-10-01
            kind: success
            team: noord
            values: [vertrouwn]
            ---
            """])
        #expect(findings.map(\.described) == [
            "warning value-without-story content/organization.md:6:5",
            "error unknown-reference \(Self.story):6:1",
        ])
        #expect(findings.last?.message.contains("did you mean `vertrouwen`?") == true)
    }

    @Test func anUnknownCoach() throws {
        let found = try RuleCheck.lines([Self.team: """
            ---
            name: Team Noord
            purpose: Thuiszorg in Noord.
            phase: learning
            coach: koen
            members: [an, bert]
            ---
            """])
        #expect(found == ["error unknown-reference \(Self.team):5:1"])
    }

    @Test func aMemberWithoutAFileIsAPerson() throws {
        // bert has no file in people/, but is a member of noord.
        let found = try RuleCheck.lines([Self.team: """
            ---
            name: Team Noord
            purpose: Thuiszorg in Noord.
            phase: learning
            coach: bert
            manager: an
            members: [an, bert]
            ---
            """])
        #expect(found == [])
    }

    @Test func anUnknownMandateInAReview() throws {
        let findings = try RuleCheck.findings([
            Self.mandate: Self.mandate(),
            Self.evaluation: """
                ---
                team: noord
                date: 2026-11-01
                participants: 4
                mandate_reviews:
                  - mandate: uitgave
                    decision: keep
                ---
                """,
        ])
        #expect(findings.map(\.described) == ["error unknown-reference \(Self.evaluation):6:5"])
        #expect(findings.first?.message.contains("did you mean `uitgaven`?") == true)
    }

    @Test func anUnknownValueInAGoalPointsAtTheGoalsKey() throws {
        let found = try RuleCheck.lines(["content/organization.md": """
            ---
            title: Ons kader
            mission: Zorg dicht bij huis.
            vision: Teams die zelf beslissen.
            values:
              - id: vertrouwen
                name: Vertrouwen
            goals:
              - id: zelfroosteren
                title: Alle teams maken hun eigen rooster
                values: [vertrouwn]
            ---
            """])
        #expect(found == ["error unknown-reference content/organization.md:11:5"])
    }

    @Test func anEvaluationOfATeamThatDoesNotExist() throws {
        let found = try RuleCheck.lines(["content/evaluations/oost/2026-11-01.md": "---\nteam: oost\ndate: 2026-11-01\nparticipants: 3\n---\n"])
        #expect(found == ["error unknown-reference content/evaluations/oost/2026-11-01.md:2:1"])
    }

    @Test func aSessionWithAnUnknownTeam() throws {
        let found = try RuleCheck.lines(["content/sessions/budget.md": """
            ---
            title: Budgetoverleg
            date: 2026-10-15
            topic: budget
            teams: [noord, west]
            ---
            """])
        #expect(found == ["error unknown-reference content/sessions/budget.md:5:1"])
    }

    // MARK: action owners

    @Test func anActionOwnerMustBeAPersonWhenPeopleExist() throws {
        let found = try RuleCheck.lines([Self.evaluation: """
            ---
            team: noord
            date: 2026-11-01
            participants: 4
            actions:
              - id: wissels
                title: Wisselprotocol uitproberen
                owner: Bert de planner
            ---
            """])
        #expect(found == ["error unknown-reference \(Self.evaluation):8:5"])
    }

    @Test func anActionOwnerIsFreeTextWithoutAPeopleFolder() throws {
        let found = try RuleCheck.lines(without: ["content/people/an.md"], adding: [
            Self.evaluation: """
                ---
                team: noord
                date: 2026-11-01
                participants: 4
                actions:
                  - id: wissels
                    title: Wisselprotocol uitproberen
                    owner: Bert de planner
                ---
                """,
            "content/organization.md": """
                ---
                title: Ons kader
                mission: Zorg dicht bij huis.
                vision: Teams die zelf beslissen.
                values:
                  - id: vertrouwen
                    name: Vertrouwen
                goals:
                  - id: zelfroosteren
                    title: Alle teams maken hun eigen rooster
                    actions:
                      - id: pilot
                        title: Pilot in Noord
                        owner: de directie
                ---
                """,
        ])
        #expect(found == [])
    }

    // MARK: mandate holders, in the order team, role, person

    @Test func theWordTeamARoleAndAMemberHoldMandates() throws {
        for holder in ["team", "planner", "an", "bert"] {
            #expect(try RuleCheck.lines([Self.mandate: Self.mandate(holder: holder)]) == [], "holder: \(holder)")
        }
    }

    @Test func aPersonWhoIsNoMemberIsHolderNotMember() throws {
        let found = try RuleCheck.lines([Self.mandate: Self.mandate(holder: "chris"), "content/people/chris.md": Self.chris])
        #expect(found == ["error holder-not-member \(Self.mandate):5:1"])
    }

    @Test func aHolderThatIsNothingIsUnknownReference() throws {
        let findings = try RuleCheck.findings([Self.mandate: Self.mandate(holder: "planer")])
        #expect(findings.map(\.described) == ["error unknown-reference \(Self.mandate):5:1"])
        #expect(findings.first?.message.contains("did you mean `planner`?") == true)
    }

    @Test func aRoleIdComesBeforeAPersonOfTheSameName() throws {
        // `chris` is a role of noord and also a person who is no member: the role wins.
        let found = try RuleCheck.lines([
            Self.mandate: Self.mandate(holder: "chris"),
            "content/people/chris.md": Self.chris,
            Self.team: """
                ---
                name: Team Noord
                purpose: Thuiszorg in Noord.
                phase: learning
                members: [an, bert]
                roles:
                  - id: chris
                    name: Chris-rol
                ---
                """,
        ])
        #expect(found == [])
    }

    @Test func escalationGoesToARoleOrAPerson() throws {
        #expect(try RuleCheck.lines([Self.mandate: Self.mandate(more: "escalate_to: planner")]) == [])
        #expect(try RuleCheck.lines([Self.mandate: Self.mandate(more: "escalate_to: an")]) == [])
        #expect(try RuleCheck.lines([Self.mandate: Self.mandate(more: "escalate_to: sofie")]) == ["error unknown-reference \(Self.mandate):10:1"])
    }

    @Test func aRoleHolderWhoIsNoMember() throws {
        let found = try RuleCheck.lines(["content/people/chris.md": Self.chris, Self.team: """
            ---
            name: Team Noord
            purpose: Thuiszorg in Noord.
            phase: learning
            members: [an, bert]
            roles:
              - id: planner
                name: Planner
                holder: chris
            ---
            """])
        #expect(found == ["error holder-not-member \(Self.team):9:5"])
    }

    @Test func aRoleHolderWhoIsAMemberOfAnotherTeam() throws {
        let zuid = RuleCheck.endedTeam.replacingOccurrences(of: "members: [an]", with: "members: [an, chris]")
        let found = try RuleCheck.lines(["content/teams/zuid.md": zuid, Self.team: """
            ---
            name: Team Noord
            purpose: Thuiszorg in Noord.
            phase: learning
            members: [an, bert]
            roles:
              - id: planner
                name: Planner
                holder: chris
            ---
            """])
        #expect(found == ["error holder-not-member \(Self.team):9:5"])
    }

    @Test func aRoleHolderWhoIsNobody() throws {
        let found = try RuleCheck.lines([Self.team: """
            ---
            name: Team Noord
            purpose: Thuiszorg in Noord.
            phase: learning
            members: [an, bert]
            roles:
              - id: planner
                name: Planner
                holder: niemand
            ---
            """])
        #expect(found == ["error unknown-reference \(Self.team):9:5"])
    }

    // MARK: a review of another team's mandate

    static func reviewing(_ mandate: String) -> String {
        """
        ---
        team: noord
        date: 2026-11-01
        participants: 4
        mandate_reviews:
          - mandate: \(mandate)
            decision: keep
        ---
        """
    }

    @Test func aReviewOfAnotherTeamsMandate() throws {
        let found = try RuleCheck.lines([
            "content/teams/zuid.md": RuleCheck.endedTeam,
            "content/mandates/rooster-zuid.md": Self.mandate().replacingOccurrences(of: "team: noord", with: "team: zuid"),
            Self.evaluation: Self.reviewing("rooster-zuid"),
        ])
        #expect(found == ["error invalid-value \(Self.evaluation):6:5"])
    }

    @Test func aReviewOfTheTeamsOwnMandate() throws {
        let found = try RuleCheck.lines([Self.mandate: Self.mandate(), Self.evaluation: Self.reviewing("uitgaven")])
        #expect(found == [])
    }

    // MARK: duplicate-id of inner ids

    @Test func aValueIdTwiceInTheOrganization() throws {
        let found = try RuleCheck.lines(["content/organization.md": """
            ---
            title: Ons kader
            mission: Zorg dicht bij huis.
            vision: Teams die zelf beslissen.
            values:
              - id: vertrouwen
                name: Vertrouwen
              - id: vertrouwen
                name: Nog eens vertrouwen
            ---
            """])
        #expect(found == ["error duplicate-id content/organization.md:8:5"])
    }

    @Test func aRoleIdTwiceInATeam() throws {
        let found = try RuleCheck.lines([Self.team: """
            ---
            name: Team Noord
            purpose: Thuiszorg in Noord.
            phase: learning
            members: [an, bert]
            roles:
              - id: planner
                name: Planner
              - id: planner
                name: Tweede planner
            ---
            """])
        #expect(found == ["error duplicate-id \(Self.team):9:5"])
    }

    @Test func oneRoleIdInTwoTeamsIsFine() throws {
        let zuid = RuleCheck.endedTeam.replacingOccurrences(of: "ended: 2026-01-01", with: "ended: 2026-01-01\nroles:\n  - id: planner\n    name: Planner")
        #expect(try RuleCheck.lines(["content/teams/zuid.md": zuid]) == [])
    }

    @Test func anActionIdTwiceInOneEvaluation() throws {
        let found = try RuleCheck.lines([Self.evaluation: """
            ---
            team: noord
            date: 2026-11-01
            participants: 4
            actions:
              - id: wissels
                title: Wisselprotocol uitproberen
              - id: wissels
                title: Wisselprotocol evalueren
            ---
            """])
        #expect(found == ["error duplicate-id \(Self.evaluation):8:5"])
    }

    @Test func anActionIdTwiceInTheGoalsOfOneTeam() throws {
        let found = try RuleCheck.lines([Self.team: """
            ---
            name: Team Noord
            purpose: Thuiszorg in Noord.
            phase: learning
            members: [an, bert]
            goals:
              - id: rooster
                title: Eigen rooster
                actions:
                  - id: wissels
                    title: Wisselprotocol
              - id: budget
                title: Eigen budget
                actions:
                  - id: wissels
                    title: Wisselgeld
            ---
            """])
        #expect(found == ["error duplicate-id \(Self.team):15:9"])
    }

    @Test func oneActionInATeamGoalAndTwoEvaluations() throws {
        let found = try RuleCheck.lines([
            Self.team: """
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
                ---
                """,
            "content/evaluations/noord/2026-10-18.md": """
                ---
                team: noord
                date: 2026-10-18
                participants: 4
                actions:
                  - id: wissels
                    title: Wisselprotocol uitproberen
                    status: doing
                ---
                """,
            Self.evaluation: """
                ---
                team: noord
                date: 2026-11-01
                participants: 4
                actions:
                  - id: wissels
                    title: Wisselprotocol uitproberen
                    status: done
                ---
                """,
        ])
        #expect(found == [])
    }

    static let organizationWithGoal = """
        ---
        title: Ons kader
        mission: Zorg dicht bij huis.
        vision: Teams die zelf beslissen.
        values:
          - id: vertrouwen
            name: Vertrouwen
        goals:
          - id: zelfroosteren
            title: Alle teams maken hun eigen rooster
        ---
        """

    static func team(goal: String, name: String = "Team Noord", ended: String = "") -> String {
        """
        ---
        name: \(name)
        purpose: Thuiszorg.
        phase: learning
        members: [an, bert]
        goals:
          - id: \(goal)
            title: Een eigen rooster
        \(ended)
        ---
        """
    }

    @Test func aTeamMayNotReuseAnOrganizationGoalId() throws {
        let found = try RuleCheck.lines(["content/organization.md": Self.organizationWithGoal, Self.team: Self.team(goal: "zelfroosteren")])
        #expect(found == ["error duplicate-id \(Self.team):7:5"])
    }

    @Test func aTeamMayNotReuseAnotherTeamsGoalId() throws {
        let found = try RuleCheck.lines([
            Self.team: Self.team(goal: "eigen-rooster"),
            "content/teams/zuid.md": Self.team(goal: "eigen-rooster", name: "Team Zuid", ended: "ended: 2026-01-01"),
        ])
        #expect(found == ["error duplicate-id content/teams/zuid.md:7:5"])
    }

    @Test func distinctGoalIdsAreFine() throws {
        let found = try RuleCheck.lines(["content/organization.md": Self.organizationWithGoal, Self.team: Self.team(goal: "noord-rooster")])
        #expect(found == [])
    }

    // MARK: path-mismatch

    static func evaluation(team: String = "noord", date: String) -> String {
        "---\nteam: \(team)\ndate: \(date)\nparticipants: 3\n---\n"
    }

    @Test func aDateThatDiffersFromTheFileName() throws {
        let found = try RuleCheck.lines(["content/evaluations/noord/2026-11-08.md": Self.evaluation(date: "2026-11-09")])
        #expect(found == ["error path-mismatch content/evaluations/noord/2026-11-08.md:3:1"])
    }

    @Test func aFileNameThatIsNotADate() throws {
        let found = try RuleCheck.lines(["content/evaluations/noord/week-45.md": Self.evaluation(date: "2026-11-08")])
        #expect(found == ["error path-mismatch content/evaluations/noord/week-45.md:3:1"])
    }

    @Test func aTeamThatDiffersFromTheFolder() throws {
        let found = try RuleCheck.lines([
            "content/teams/zuid.md": RuleCheck.endedTeam,
            "content/evaluations/noord/2026-11-08.md": Self.evaluation(team: "zuid", date: "2026-11-08"),
        ])
        #expect(found == ["error path-mismatch content/evaluations/noord/2026-11-08.md:2:1"])
    }

    @Test func anEvaluationThatMatchesItsPath() throws {
        #expect(try RuleCheck.lines(["content/evaluations/noord/2026-11-08.md": Self.evaluation(date: "2026-11-08")]) == [])
    }

    // MARK: history-order

    static func history(_ first: String, _ second: String) -> String {
        mandate(more: "history:\n  - date: \(first)\n    level: 3\n  - date: \(second)\n    level: 4")
    }

    @Test func historyNotAscending() throws {
        let found = try RuleCheck.lines([Self.mandate: Self.history("2026-03-01", "2026-02-01")])
        // The second step's `date` key: file line 13, column 5.
        #expect(found == ["error history-order \(Self.mandate):13:5"])
    }

    @Test func historyOnOneDateTwice() throws {
        let found = try RuleCheck.lines([Self.mandate: Self.history("2026-03-01", "2026-03-01")])
        #expect(found == ["error history-order \(Self.mandate):13:5"])
    }

    @Test func historyOnTheDayOfSince() throws {
        let found = try RuleCheck.lines([Self.mandate: Self.history("2026-03-01", "2026-05-01")])
        #expect(found == ["error history-order \(Self.mandate):13:5"])
    }

    @Test func historyStrictlyAscendingAndBeforeSince() throws {
        let found = try RuleCheck.lines([Self.mandate: Self.history("2026-02-01", "2026-04-30")])
        #expect(found == [])
    }
}
