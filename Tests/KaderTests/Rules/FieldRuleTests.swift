import Testing
@testable import Kader

/// Rules about the fields of one file: missing-field, wrong-type, invalid-value, unknown-field and
/// invalid-id of an inner id, with the conditional fields of stories.
@Suite struct FieldRuleTests {
    static let team = "content/teams/noord.md"
    static let evaluation = "content/evaluations/noord/2026-11-01.md"
    static let story = "content/stories/rooster.md"

    // MARK: missing-field

    @Test func aRequiredTopLevelFieldAbsentPointsAtTheFile() throws {
        let found = try RuleCheck.lines(["content/people/an.md": """
            ---
            title: Coach
            ---
            """])
        #expect(found == ["error missing-field content/people/an.md:1:1"])
    }

    @Test func aRequiredFieldAbsentInAListItemPointsAtTheItem() throws {
        let found = try RuleCheck.lines([Self.team: """
            ---
            name: Team Noord
            purpose: Thuiszorg in Noord.
            phase: learning
            members: [an, bert]
            roles:
              - id: planner
                holder: an
            ---
            """])
        #expect(found == ["error missing-field \(Self.team):7:5"])
    }

    @Test func aRequiredFieldAbsentInAFlowItemPointsAtItsFirstKey() throws {
        let found = try RuleCheck.lines([Self.team: """
            ---
            name: Team Noord
            purpose: Thuiszorg in Noord.
            phase: learning
            members: [an, bert]
            roles: [{id: planner, holder: an}]
            ---
            """])
        // `roles: [{` is 9 characters; the first key `id` is column 10.
        #expect(found == ["error missing-field \(Self.team):6:10"])
    }

    @Test func anActionWithoutTitle() throws {
        let found = try RuleCheck.lines([Self.evaluation: """
            ---
            team: noord
            date: 2026-11-01
            participants: 4
            actions:
              - id: wissels
                due: 2026-12-01
            ---
            """])
        #expect(found == ["error missing-field \(Self.evaluation):6:5"])
    }

    @Test func aRequiredFieldWrittenEmptyPointsAtItsKey() throws {
        // Present but empty: the key is there to point at.
        let found = try RuleCheck.lines(["content/people/an.md": """
            ---
            name:
            title: Coach
            ---
            """])
        #expect(found == ["error missing-field content/people/an.md:2:1"])
    }

    // MARK: wrong-type

    @Test func aQuotedNumberIsWrongType() throws {
        let found = try RuleCheck.lines([Self.evaluation: """
            ---
            team: noord
            date: 2026-11-01
            participants: "5"
            ---
            """])
        #expect(found == ["error wrong-type \(Self.evaluation):4:1"])
    }

    @Test func aPlainNumberIsAnInteger() throws {
        let found = try RuleCheck.lines([Self.evaluation: """
            ---
            team: noord
            date: 2026-11-01
            participants: 1
            ---
            """])
        #expect(found == [])
    }

    @Test func textForAList() throws {
        let found = try RuleCheck.lines([Self.evaluation: """
            ---
            team: noord
            date: 2026-11-01
            participants: 4
            went_well: Het rooster hield stand.
            ---
            """])
        #expect(found == ["error wrong-type \(Self.evaluation):5:1"])
    }

    @Test func aListAsFrontMatter() throws {
        let found = try RuleCheck.lines(["content/people/an.md": """
            ---
            - name: An
            ---
            """])
        #expect(found == ["error wrong-type content/people/an.md:2:1"])
    }

    // MARK: invalid-value

    @Test func anEnumValueWithASuggestion() throws {
        let findings = try RuleCheck.findings([Self.team: """
            ---
            name: Team Noord
            purpose: Thuiszorg in Noord.
            phase: lerning
            members: [an, bert]
            ---
            """])
        #expect(findings.map(\.described) == ["error invalid-value \(Self.team):4:1"])
        #expect(findings.first?.message.contains("did you mean `learning`?") == true)
    }

    @Test func aDateThatDoesNotExist() throws {
        let found = try RuleCheck.lines([Self.team: """
            ---
            name: Team Noord
            purpose: Thuiszorg in Noord.
            phase: learning
            since: 2026-02-29
            members: [an, bert]
            ---
            """])
        #expect(found == ["error invalid-value \(Self.team):5:1"])
    }

    @Test func aLeapDayIsARealDate() throws {
        let found = try RuleCheck.lines([Self.team: """
            ---
            name: Team Noord
            purpose: Thuiszorg in Noord.
            phase: learning
            since: 2028-02-29
            members: [an, bert]
            ---
            """])
        #expect(found == [])
    }

    @Test func participantsBelowOne() throws {
        let found = try RuleCheck.lines([Self.evaluation: """
            ---
            team: noord
            date: 2026-11-01
            participants: 0
            ---
            """])
        #expect(found == ["error invalid-value \(Self.evaluation):4:1"])
    }

    @Test func aScoreAboveTheScale() throws {
        let found = try RuleCheck.lines([Self.evaluation: """
            ---
            team: noord
            date: 2026-11-01
            participants: 4
            scores:
              autonomy: 5.5
              mastery: 1
            ---
            """])
        #expect(found == ["error invalid-value \(Self.evaluation):6:3"])
    }

    @Test func scoresOnTheEdgesOfTheScale() throws {
        let found = try RuleCheck.lines([Self.evaluation: """
            ---
            team: noord
            date: 2026-11-01
            participants: 4
            scores:
              autonomy: 5
              mastery: 1
              purpose: 4.5
            ---
            """])
        #expect(found == [])
    }

    @Test func aListShorterThanRequired() throws {
        let found = try RuleCheck.lines([Self.team: """
            ---
            name: Team Noord
            purpose: Thuiszorg in Noord.
            phase: learning
            members: []
            ---
            """])
        #expect(found == ["error invalid-value \(Self.team):5:1"])
    }

    @Test func aSessionNeedsTwoTeams() throws {
        let session = """
            ---
            title: Budgetoverleg
            date: 2026-10-15
            topic: budget
            teams: [noord]
            ---
            """
        #expect(try RuleCheck.lines(["content/sessions/budget.md": session]) == ["error invalid-value content/sessions/budget.md:5:1"])
        let two = session.replacingOccurrences(of: "[noord]", with: "[noord, zuid]")
        #expect(try RuleCheck.lines(["content/sessions/budget.md": two, "content/teams/zuid.md": RuleCheck.endedTeam]) == [])
    }

    // MARK: unknown-field

    @Test func anUnknownFieldWithASuggestion() throws {
        let findings = try RuleCheck.findings([Self.team: """
            ---
            name: Team Noord
            purpose: Thuiszorg in Noord.
            phase: learning
            members: [an, bert]
            vaues: [vertrouwen]
            ---
            """])
        #expect(findings.map(\.described) == ["warning unknown-field \(Self.team):6:1"])
        #expect(findings.first?.message.contains("did you mean `values`?") == true)
    }

    @Test func anUnknownFieldInsideAListItem() throws {
        let findings = try RuleCheck.findings([Self.team: """
            ---
            name: Team Noord
            purpose: Thuiszorg in Noord.
            phase: learning
            members: [an, bert]
            roles:
              - id: planner
                name: Planner
                holdr: an
            ---
            """])
        #expect(findings.map(\.described) == ["warning unknown-field \(Self.team):9:5"])
        #expect(findings.first?.message.contains("did you mean `holder`?") == true)
    }

    @Test func anUnknownFieldFarFromEveryNameHasNoSuggestion() throws {
        let findings = try RuleCheck.findings(["content/people/an.md": """
            ---
            name: An
            telefoonnummer: "0612345678"
            ---
            """])
        #expect(findings.map(\.described) == ["warning unknown-field content/people/an.md:3:1"])
        #expect(findings.first?.message.contains("did you mean") == false)
    }

    // MARK: invalid-id of an inner id

    @Test func aRoleIdThatIsNotAnId() throws {
        let found = try RuleCheck.lines([Self.team: """
            ---
            name: Team Noord
            purpose: Thuiszorg in Noord.
            phase: learning
            members: [an, bert]
            roles:
              - id: Planner
                name: Planner
                holder: an
            ---
            """])
        #expect(found == ["error invalid-id \(Self.team):7:5"])
    }

    // MARK: text fields and ids take the YAML source text

    @Test func textFieldsKeepTheirSourceText() throws {
        let result = try FixtureRepository(valid: [
            "content/pages/over.md": "---\ntitle: Yes\nsummary: 2026\norder: 3\n---\n",
            "content/people/an.md": "---\nname: 2026\ntitle: no\n---\n",
            Self.team: """
                ---
                name: Team Noord
                purpose: Thuiszorg in Noord.
                phase: learning
                members: [an, bert]
                roles:
                  - id: 2026
                    name: true
                    holder: an
                ---
                """,
        ]).check()
        #expect(result.findings.map(\.described) == [])
        #expect(result.site.pages.first?.value.title == "Yes")
        #expect(result.site.pages.first?.value.summary == "2026")
        #expect(result.site.people.first?.value.name == "2026")
        #expect(result.site.people.first?.value.title == "no")
        #expect(result.site.teams.first?.value.roles.first?.id.value == "2026")
        #expect(result.site.teams.first?.value.roles.first?.name == "true")
    }

    // MARK: fields that apply only to some stories

    @Test func learnedOnASuccessIsUnknown() throws {
        let found = try RuleCheck.lines([Self.story: """
            ---
            title: Het rooster hield stand
            date: 2026-10-01
            kind: success
            team: noord
            values: [vertrouwen]
            learned: Vroeg beginnen helpt.
            ---
            """])
        #expect(found == ["warning unknown-field \(Self.story):7:1"])
    }

    @Test func aLessonWithoutLearned() throws {
        let found = try RuleCheck.lines([Self.story: """
            ---
            title: Het rooster liep vast
            date: 2026-10-01
            kind: lesson
            team: noord
            values: [vertrouwen]
            ---
            """])
        #expect(found == ["error missing-field \(Self.story):1:1"])
    }

    @Test func aLessonWithLearned() throws {
        let found = try RuleCheck.lines([Self.story: """
            ---
            title: Het rooster liep vast
            date: 2026-10-01
            kind: lesson
            team: noord
            values: [vertrouwen]
            learned: Vroeg beginnen helpt.
            ---
            """])
        #expect(found == [])
    }

    @Test func outcomeOnARunningExperimentIsUnknown() throws {
        let found = try RuleCheck.lines([Self.story: """
            ---
            title: Zelf roosteren
            date: 2026-10-01
            kind: experiment
            team: noord
            values: [vertrouwen]
            hypothesis: Het rooster wordt beter.
            outcome: more
            ---
            """])
        #expect(found == ["warning unknown-field \(Self.story):8:1"])
    }

    @Test func aDoneExperimentWithoutOutcome() throws {
        let found = try RuleCheck.lines([Self.story: """
            ---
            title: Zelf roosteren
            date: 2026-10-01
            kind: experiment
            team: noord
            values: [vertrouwen]
            hypothesis: Het rooster wordt beter.
            status: done
            ---
            """])
        #expect(found == ["error missing-field \(Self.story):1:1"])
    }

    @Test func aDoneExperimentWithOutcome() throws {
        let found = try RuleCheck.lines([Self.story: """
            ---
            title: Zelf roosteren
            date: 2026-10-01
            kind: experiment
            team: noord
            values: [vertrouwen]
            hypothesis: Het rooster wordt beter.
            status: done
            outcome: more
            ---
            """])
        #expect(found == [])
    }

    @Test func anExperimentWithoutHypothesis() throws {
        let found = try RuleCheck.lines([Self.story: """
            ---
            title: Zelf roosteren
            date: 2026-10-01
            kind: experiment
            team: noord
            values: [vertrouwen]
            ---
            """])
        #expect(found == ["error missing-field \(Self.story):1:1"])
    }

    @Test func statusOnASuccessIsUnknown() throws {
        let found = try RuleCheck.lines([Self.story: """
            ---
            title: Het rooster hield stand
            date: 2026-10-01
            kind: success
            team: noord
            values: [vertrouwen]
            status: done
            ---
            """])
        #expect(found == ["warning unknown-field \(Self.story):7:1"])
    }
}
