import Testing
@testable import Kader

/// broken-link: where the link stands in the file, and which links are fine.
@Suite struct LinkRuleTests {
    static let team = "content/teams/noord.md"

    /// Team noord with `body` from file line 7 on.
    static func team(body: String) -> String {
        "---\nname: Team Noord\npurpose: Thuiszorg in Noord.\nphase: learning\nmembers: [an, bert]\n---\n" + body
    }

    @Test func aLinkToAContentFileThatDoesNotExist() throws {
        let found = try RuleCheck.lines([Self.team: Self.team(body: "Team Noord werkt samen met [team Zuid](zuid.md).\n")])
        // "Team Noord werkt samen met " is 27 characters: the `[` is column 28.
        #expect(found == ["error broken-link \(Self.team):7:28"])
    }

    @Test func theColumnCountsCharactersNotBytes() throws {
        // "Café " is 5 characters but 6 bytes.
        let found = try RuleCheck.lines([Self.team: Self.team(body: "Café [Zuid](zuid.md)\n")])
        #expect(found == ["error broken-link \(Self.team):7:6"])
    }

    @Test func aLinkOnTheSecondLineOfAParagraph() throws {
        let found = try RuleCheck.lines([Self.team: Self.team(body: "Team Noord werkt samen\nmet [Zuid](zuid.md).\n")])
        #expect(found == ["error broken-link \(Self.team):8:5"])
    }

    @Test func aLinkInAListItemAndAQuote() throws {
        let found = try RuleCheck.lines([Self.team: Self.team(body: "\n- Zie [Zuid](zuid.md)\n\n> Zie [Oost](oost.md)\n")])
        #expect(found == ["error broken-link \(Self.team):8:7", "error broken-link \(Self.team):10:7"])
    }

    @Test func aLinkInATableCell() throws {
        let found = try RuleCheck.lines([Self.team: Self.team(body: "| team | pagina |\n|---|---|\n| Zuid | [Zuid](zuid.md) |\n")])
        #expect(found == ["error broken-link \(Self.team):9:10"])
    }

    @Test func aMissingImagePointsAtItsBracket() throws {
        let found = try RuleCheck.lines([Self.team: Self.team(body: "![logo](../assets/logo.png)\n")])
        #expect(found == ["error broken-link \(Self.team):7:2"])
    }

    @Test func linksThatResolve() throws {
        let body = """
            [An](../people/an.md), [rollen](noord.md#rollen), [het rooster](../stories/rooster.md)
            ![logo](../assets/logo.png) [pdf](../assets/docs/rooster%20v2.pdf)
            [web](https://example.org) [boven](#top) [mail](mailto:an@example.org)
            """
        let repository = try FixtureRepository(valid: [
            Self.team: Self.team(body: body),
            "content/assets/logo.png": "PNG",
            "content/assets/docs/rooster v2.pdf": "PDF",
        ])
        #expect(try repository.findings().map(\.described) == [])
    }

    @Test func aLinkToAnUnreadableFileIsNotBroken() throws {
        // The file exists; it only cannot be read, which is its own finding.
        let found = try RuleCheck.lines([
            Self.team: Self.team(body: "[Chris](../people/chris.md)\n"),
            "content/people/chris.md": "Chris, zonder front matter.\n",
        ])
        #expect(found == ["error missing-front-matter content/people/chris.md:1:1"])
    }
}
