import Foundation
import Testing
@testable import Kader

/// The example handbook at the top of the repository is the first user of every feature.
@Suite struct ExampleContentTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    @Test func exampleContentHasNoErrors() throws {
        let result = try Project(root: Self.repositoryRoot).check(today: Day("2026-11-22")!)
        let errors = result.findings.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.summary))")
        #expect(result.filesChecked >= 60)
    }

    @Test func exampleContentUsesEveryKind() throws {
        let site = try Project(root: Self.repositoryRoot).check(today: Day("2026-11-22")!).site
        #expect(site.organization != nil)
        #expect(site.teams.count >= 3)
        #expect(Set(site.teams.map(\.value.phase)) == Set(Phase.allCases))
        #expect(site.people.count >= 12)
        #expect(site.mandates.count >= 8)
        #expect(site.stories.count >= 12)
        #expect(Set(site.stories.compactMap(\.value.kind?.value)) == Set(StoryKind.allCases))
        #expect(site.sessions.count >= 2)
        #expect(site.pages.count >= 3)
        for team in site.teams where team.value.ended == nil {
            let dates = (site.evaluationsByTeam[team.id] ?? []).compactMap(\.value.date?.value)
            #expect(dates.count >= 6, "\(team.id)")
            if let first = dates.min(), let last = dates.max() { #expect(last.days(since: first) >= 150, "\(team.id)") }
        }
    }
}
