import Foundation
import Testing
@testable import Kader

/// Rules about a file as a whole: it cannot be read, it is in the wrong place, or it is named wrong.
@Suite struct FileRuleTests {
    // MARK: yaml-syntax

    @Test func yamlSyntaxPointsWhereTheParserStopped() throws {
        let found = try RuleCheck.lines(["content/teams/noord.md": """
            ---
            name: Team Noord
            purpose: Thuiszorg: in Noord.
            phase: learning
            members: [an, bert]
            ---
            """])
        // The second `:` on file line 3 is where a plain text may not hold `: `.
        #expect(found == ["error yaml-syntax content/teams/noord.md:3:19"])
    }

    @Test func yamlSyntaxOfATab() throws {
        let found = try RuleCheck.lines(["content/people/an.md": "---\nname: An\n\ttitle: Coach\n---\n"])
        #expect(found == ["error yaml-syntax content/people/an.md:3:1"])
    }

    @Test func frontMatterNeverClosedIsYamlSyntaxOfTheWholeFile() throws {
        let found = try RuleCheck.lines(["content/people/an.md": """
            ---
            name: An
            """])
        #expect(found == ["error yaml-syntax content/people/an.md:1:1"])
    }

    @Test func anUnreadableFileStillHasItsIdSoReferencesHold() throws {
        // The story and the evaluation name team noord; noord cannot be read, and that is the only finding.
        let found = try RuleCheck.lines(["content/teams/noord.md": """
            ---
            name: [Team Noord
            ---
            """])
        // The parser runs to the end of the YAML (file line 3) looking for the `]`.
        #expect(found == ["error yaml-syntax content/teams/noord.md:3:1"])
    }

    @Test func anUnreadableOrganizationDoesNotMakeEveryValueUnknown() throws {
        // The story names the value `vertrouwen` of an organization.md that cannot be read.
        let found = try RuleCheck.lines(["content/organization.md": """
            ---
            title: [Ons kader
            ---
            """])
        #expect(found == ["error yaml-syntax content/organization.md:3:1"])
    }

    @Test func aValueReferenceWithoutAnyOrganizationIsUnknown() throws {
        let found = try RuleCheck.lines(without: ["content/organization.md"])
        #expect(found == ["error unknown-reference content/stories/rooster.md:6:1"])
    }

    @Test func aDuplicateKeyPointsAtItsSecondOccurrence() throws {
        // Revision 2: the mistake is the repetition, not the key the coach meant first.
        let top = try RuleCheck.findings(["content/people/an.md": "---\nname: An\ntitle: Coach\nname: Bert\n---\n"])
        #expect(top.map(\.described) == ["error yaml-syntax content/people/an.md:4:1"])
        #expect(top.first?.message.contains("`name`") == true)
        let inner = try RuleCheck.lines(["content/teams/noord.md": """
            ---
            name: Team Noord
            purpose: Thuiszorg in Noord.
            phase: learning
            members: [an, bert]
            roles:
              - id: planner
                name: Planner
                name: Tweede naam
            ---
            """])
        #expect(inner == ["error yaml-syntax content/teams/noord.md:9:5"])
    }

    @Test func aliasesThatExpandTooFarAreYamlSyntax() throws {
        // 10 × 10 × 10 × 10 values after expansion: more than 10,000 nodes.
        let found = try RuleCheck.lines(["content/people/an.md": """
            ---
            name: An
            a: &a [x, x, x, x, x, x, x, x, x, x]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
            ---
            """])
        // The YAML as a whole is refused: it points at its first line.
        #expect(found == ["error yaml-syntax content/people/an.md:2:1"])
    }

    @Test func aFewAliasesAreFine() throws {
        let found = try RuleCheck.lines(["content/organization.md": """
            ---
            title: Ons kader
            mission: Zorg dicht bij huis.
            vision: Teams die zelf beslissen.
            values:
              - &waarde
                id: vertrouwen
                name: Vertrouwen
            fixed: &vast [Het jaarbudget.]
            coordination: *vast
            ---
            """])
        #expect(found == [])
    }

    @Test func nestingDeeperThanAThousandLevelsIsYamlSyntax() throws {
        let deep = String(repeating: "[", count: 1_001) + String(repeating: "]", count: 1_001)
        let found = try RuleCheck.lines(["content/people/an.md": "---\nname: An\ntitle: \(deep)\n---\n"])
        // Refused as a whole, like aliases: it points at the first line of the YAML.
        #expect(found == ["error yaml-syntax content/people/an.md:2:1"])
    }

    @Test func nestingWithinTheLimitIsNotYamlSyntax() throws {
        let deep = String(repeating: "[", count: 50) + String(repeating: "]", count: 50)
        let findings = try RuleCheck.findings(["content/people/an.md": "---\nname: An\ntitle: \(deep)\n---\n"])
        // Deep, but only the wrong type for a text.
        #expect(findings.map(\.described) == ["error wrong-type content/people/an.md:3:1"])
    }

    // MARK: invalid-encoding

    @Test func invalidEncodingNamesTheFirstBadByte() throws {
        let repository = try FixtureRepository(valid: [:])
        try repository.write("content/people/an.md", Data("---\nname: An\ntitle: é".utf8) + Data([0xFF]) + Data(" coach\n---\n".utf8))
        // "title: é" is 8 characters (9 bytes): the bad byte is character 9 of line 3.
        #expect(try repository.findings().map(\.described) == ["error invalid-encoding content/people/an.md:3:9"])
    }

    @Test func invalidEncodingAfterABOM() throws {
        let repository = try FixtureRepository(valid: [:])
        try repository.write("content/people/an.md", Data([0xEF, 0xBB, 0xBF]) + Data("---\nname: ".utf8) + Data([0xC3]) + Data("\n---\n".utf8))
        #expect(try repository.findings().map(\.described) == ["error invalid-encoding content/people/an.md:2:7"])
    }

    // MARK: unsafe-path

    @Test func aLinkToAFileOutsideTheRepositoryIsUnsafe() throws {
        let repository = try FixtureRepository(valid: [:])
        // A sibling whose name starts with the repository's own: still outside.
        let outside = repository.root + "-buiten"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try Data("---\nname: Buiten\n---\n".utf8).write(to: URL(fileURLWithPath: outside + "/buiten.md"))
        try FileManager.default.createSymbolicLink(atPath: repository.root + "/content/people/buiten.md", withDestinationPath: outside + "/buiten.md")
        #expect(try repository.findings().map(\.described) == ["error unsafe-path content/people/buiten.md:1:1"])
    }

    @Test func aLinkToAFolderOutsideTheRepositoryIsUnsafe() throws {
        let repository = try FixtureRepository(valid: [:])
        let outside = Scratch.path("kader-outside")
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        try Data("---\ntitle: Buiten\n---\n".utf8).write(to: URL(fileURLWithPath: outside + "/buiten.md"))
        try FileManager.default.createDirectory(atPath: repository.root + "/content/pages", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: repository.root + "/content/pages/extern", withDestinationPath: outside)
        #expect(try repository.findings().map(\.described) == ["error unsafe-path content/pages/extern:1:1"])
    }

    @Test func linksInsideTheRepositoryAndLoopsAreNoFinding() throws {
        let repository = try FixtureRepository(valid: ["content/pages/welkom.md": "---\ntitle: Welkom\n---\n"])
        let pages = repository.root + "/content/pages"
        // A folder link to people/ (walked once, under its real path), a loop, and a file link.
        try FileManager.default.createSymbolicLink(atPath: pages + "/mensen", withDestinationPath: "../people")
        try FileManager.default.createSymbolicLink(atPath: pages + "/rond", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: pages + "/an.md", withDestinationPath: "../people/an.md")
        let result = try repository.check()
        #expect(result.findings.map(\.described) == [])
        #expect(result.site.people.map(\.path) == ["content/people/an.md"])
        #expect(result.site.pages.map(\.path) == ["content/pages/welkom.md"])
    }

    // MARK: missing-front-matter

    @Test func aFileWithoutFrontMatter() throws {
        let found = try RuleCheck.lines(["content/people/an.md": "An is de planner van Noord.\n"])
        #expect(found == ["error missing-front-matter content/people/an.md:1:1"])
    }

    @Test func anEmptyFileHasNoFrontMatter() throws {
        let found = try RuleCheck.lines(["content/people/an.md": ""])
        #expect(found == ["error missing-front-matter content/people/an.md:1:1"])
    }

    @Test func emptyFrontMatterIsFrontMatter() throws {
        // Just inside: the front matter is there, only the required field is missing.
        let found = try RuleCheck.lines(["content/people/an.md": "---\n---\nAn.\n"])
        #expect(found == ["error missing-field content/people/an.md:1:1"])
    }

    // MARK: unknown-location

    @Test func aMarkdownFileOutsideTheKnownFolders() throws {
        let found = try RuleCheck.lines([
            "content/notities.md": "---\ntitle: Notities\n---\n",
            "content/teams/noord/extra.md": "---\nname: Extra\n---\n",
            "content/evaluations/2026-11-08.md": "---\nteam: noord\n---\n",
        ])
        #expect(found == [
            "error unknown-location content/evaluations/2026-11-08.md:1:1",
            "error unknown-location content/notities.md:1:1",
            "error unknown-location content/teams/noord/extra.md:1:1",
        ])
    }

    @Test func markdownUnderAssetsIsAnAsset() throws {
        let found = try RuleCheck.lines(["content/assets/docs/leesmij.md": "no front matter at all"])
        #expect(found == [])
    }

    // MARK: invalid-id of a file or folder name

    @Test func aFileNameThatIsNotAnId() throws {
        let found = try RuleCheck.lines(["content/people/An_de_Vries.md": "---\nname: An de Vries\n---\n"])
        #expect(found == ["error invalid-id content/people/An_de_Vries.md:1:1"])
    }

    @Test func aPagesSubfolderThatIsNotAnId() throws {
        let found = try RuleCheck.lines(["content/pages/Nieuw Hier/welkom.md": "---\ntitle: Welkom\n---\n"])
        #expect(found == ["error invalid-id content/pages/Nieuw Hier/welkom.md:1:1"])
    }

    @Test func anEvaluationFolderThatIsNotATeamId() throws {
        let found = try RuleCheck.lines(["content/evaluations/Noord/2026-11-08.md": "---\nteam: noord\ndate: 2026-11-08\nparticipants: 3\n---\n"])
        #expect(found == ["error invalid-id content/evaluations/Noord/2026-11-08.md:1:1"])
    }

    @Test func digitsAndHyphensAreAValidFileName() throws {
        let found = try RuleCheck.lines(["content/pages/2026-plan.md": "---\ntitle: Plan\n---\n"])
        #expect(found == [])
    }

    // MARK: duplicate-id of files

    @Test func twoPagesWithOneIdInTwoSubfolders() throws {
        // Byte order: content/pages/intro/welkom.md comes before content/pages/welkom.md.
        let found = try RuleCheck.lines([
            "content/pages/welkom.md": "---\ntitle: Welkom\n---\n",
            "content/pages/intro/welkom.md": "---\ntitle: Welkom bij Noord\n---\n",
        ])
        #expect(found == ["error duplicate-id content/pages/welkom.md:1:1"])
    }

    @Test func oneIdInTwoKindsIsFine() throws {
        let found = try RuleCheck.lines([
            "content/people/noord.md": "---\nname: Noord\n---\n",
            "content/pages/an.md": "---\ntitle: Over An\n---\n",
        ])
        #expect(found == [])
    }
}
