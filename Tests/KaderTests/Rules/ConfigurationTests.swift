import Foundation
import Testing
@testable import Kader

/// kader.yml: severity overrides, and kader.yml checked like content.
@Suite struct ConfigurationTests {
    static let evaluation = "content/evaluations/noord/2026-11-01.md"

    /// The valid repository without its one evaluation (so `stale-team` fires), with this kader.yml.
    static func staleWith(_ configuration: String) throws -> [String] {
        try RuleCheck.lines(without: [evaluation], adding: ["kader.yml": configuration])
    }

    @Test func theDefaultSeveritiesOfTheRulesTable() {
        let warnings: Set<String> = ["unknown-field", "review-overdue", "action-overdue", "stale-team", "value-without-story", "experiment-open-long"]
        let table = ["yaml-syntax", "invalid-encoding", "unsafe-path", "missing-front-matter", "unknown-location", "invalid-id",
                     "duplicate-id", "missing-field", "wrong-type", "invalid-value", "unknown-field", "unknown-reference",
                     "path-mismatch", "history-order", "holder-not-member", "broken-link", "review-overdue", "action-overdue",
                     "stale-team", "value-without-story", "experiment-open-long"]
        for id in table {
            let rule = Rule(rawValue: id)
            #expect(rule?.defaultSeverity == (warnings.contains(id) ? .warning : .error), "\(id)")
        }
    }

    @Test func aWarningRaisedToError() throws {
        #expect(try Self.staleWith("rules:\n  stale-team: error\n") == ["error stale-team content/teams/noord.md:1:1"])
    }

    @Test func anErrorLoweredToWarning() throws {
        let found = try RuleCheck.lines([
            "kader.yml": "rules: {unknown-reference: warning}\n",
            "content/stories/rooster.md": "---\ntitle: Rooster\ndate: 2026-10-01\nkind: success\nauthor: koen\nvalues: [vertrouwen]\n---\n",
        ])
        #expect(found == ["warning unknown-reference content/stories/rooster.md:5:1"])
    }

    @Test(arguments: ["off", "false", "no", "Off", "\"off\""])
    func aRuleSwitchedOff(_ word: String) throws {
        #expect(try Self.staleWith("rules:\n  stale-team: \(word)\n") == [])
    }

    @Test func theDefaultSeverityWithoutOverride() throws {
        #expect(try Self.staleWith("title: Handboek\n") == ["warning stale-team content/teams/noord.md:1:1"])
    }

    @Test func anUnknownRuleIdIsUnknownField() throws {
        let findings = try RuleCheck.findings(["kader.yml": "title: Handboek\nrules:\n  stale-teams: error\n"])
        #expect(findings.map(\.described) == ["warning unknown-field kader.yml:3:3"])
        #expect(findings.first?.message.contains("did you mean `stale-team`?") == true)
    }

    @Test func aSeverityThatIsNone() throws {
        #expect(try RuleCheck.lines(["kader.yml": "rules:\n  stale-team: loud\n"]) == ["error invalid-value kader.yml:2:3"])
    }

    @Test func anUnknownKeyInKaderYml() throws {
        let findings = try RuleCheck.findings(["kader.yml": "titel: Handboek\n"])
        #expect(findings.map(\.described) == ["warning unknown-field kader.yml:1:1"])
        #expect(findings.first?.message.contains("did you mean `title`?") == true)
    }

    @Test func aYamlMistakeInKaderYml() throws {
        #expect(try RuleCheck.lines(["kader.yml": "title: Handboek\nlanguage: nl: en\n"]) == ["error yaml-syntax kader.yml:2:13"])
    }

    @Test func kaderYmlThatIsNotUTF8() throws {
        let repository = try FixtureRepository(valid: [:])
        try repository.write("kader.yml", Data("title: Handboek\nlanguage: ".utf8) + Data([0xE9]) + Data("n\n".utf8))
        #expect(try repository.findings().map(\.described) == ["error invalid-encoding kader.yml:2:11"])
    }

    @Test func aScaleOutOfRange() throws {
        #expect(try RuleCheck.lines(["kader.yml": "scale: 11\n"]) == ["error invalid-value kader.yml:1:1"])
    }

    @Test func scoresFollowTheScale() throws {
        let scores = "---\nteam: noord\ndate: 2026-11-01\nparticipants: 4\nscores:\n  autonomy: 6.5\n---\n"
        #expect(try RuleCheck.lines(["kader.yml": "scale: 7\n", Self.evaluation: scores]) == [])
        #expect(try RuleCheck.lines(["kader.yml": "scale: 6\n", Self.evaluation: scores]) == ["error invalid-value \(Self.evaluation):6:3"])
    }

    @Test func staleAfterDaysFromKaderYml() throws {
        // The latest evaluation is 21 days old.
        #expect(try RuleCheck.lines(["kader.yml": "stale_after_days: 20\n"]) == ["warning stale-team content/teams/noord.md:1:1"])
        #expect(try RuleCheck.lines(["kader.yml": "stale_after_days: 21\n"]) == [])
    }

    @Test func todayFromKaderYmlAndTheOverride() throws {
        let repository = try FixtureRepository(valid: ["kader.yml": "today: 2026-12-14\n"])
        let fromFile = try Project(root: repository.root).check().findings.map(\.described)
        #expect(fromFile == ["warning stale-team content/teams/noord.md:1:1"])
        // `--today` overrides kader.yml.
        #expect(try repository.findings(today: "2026-12-13").map(\.described) == [])
    }
}
