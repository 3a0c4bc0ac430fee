import Testing
@testable import Kader

@Suite struct RelationsTests {
    /// A team's actions are its part of the ledger, shared rather than copied: every team's list is
    /// the ledger's actions of that team, in the ledger's order, and together they are all of them.
    @Test func aTeamsActionsAreItsPartOfTheLedger() throws {
        let site = try Project(root: ExampleContentTests.repositoryRoot).check(today: Day("2026-11-22")!).site
        let relations = site.relations
        let teams = Set(relations.actions.compactMap(\.team))
        #expect(teams.count >= 2)
        #expect(Set(relations.actionsByTeam.keys) == teams)
        for team in teams {
            let listed = try #require(relations.actionsByTeam[team])
            #expect(listed.map(\.id) == relations.actions.filter { $0.team == team }.map(\.id), "\(team)")
        }
        #expect(relations.actionsByTeam.values.map(\.count).reduce(0, +) == relations.actions.filter { $0.team != nil }.count)
    }
}
