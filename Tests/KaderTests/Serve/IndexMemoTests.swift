import Foundation
import Testing
@testable import Kader

/// The preview's index takes again what did not change (`IndexMemo`): the same item objects for
/// unchanged files, the relations of kinds no file of which changed, and what changed made anew.
@Suite struct IndexMemoTests {
    let story = "content/stories/dagbesteding-moestuin.md"
    let evaluation = "content/evaluations/dagbesteding/2026-11-18.md"

    @Test func aSavedStoryIsNewAndEverythingElseIsTakenAgain() throws {
        let (repository, project, files, memo) = try Self.preview()
        defer { try? FileManager.default.removeItem(atPath: repository) }
        let before = project.check(today: nil, reusing: files, memo: memo).result.site
        try Self.edit(repository + "/" + story, replacing: #"(?m)^title: .*$"#, with: "title: Een nieuwe moestuin")
        files.touch([story], root: repository)
        let after = project.check(today: nil, reusing: files, memo: memo).result.site

        #expect(after.teams.isIdentical(to: before.teams))
        #expect(after.evaluations.isIdentical(to: before.evaluations))
        let saved = try #require(after.stories.first { $0.path == story })
        #expect(before.stories.contains { $0 === saved } == false)
        #expect(after.stories.filter { $0.path != story }.isIdentical(to: before.stories.filter { $0.path != story }))
        // The stories' relations hold the new story; the others are those of an index made anew.
        #expect(after.relations.storiesNewestFirst.contains { $0 === saved })
        #expect(after.relations.storiesNewestFirst.map(\.value.title).contains("Een nieuwe moestuin"))
        Self.expectSameRelations(after, try Self.fresh(repository))
    }

    @Test func aSavedCheckInRemakesTheActionLedger() throws {
        let (repository, project, files, memo) = try Self.preview()
        defer { try? FileManager.default.removeItem(atPath: repository) }
        let before = project.check(today: nil, reusing: files, memo: memo).result.site
        try Self.edit(repository + "/" + evaluation, replacing: #"(?m)^    title: .*$"#, with: "    title: Een ander zomerprogramma")
        files.touch([evaluation], root: repository)
        let after = project.check(today: nil, reusing: files, memo: memo).result.site

        #expect(after.stories.isIdentical(to: before.stories))
        #expect(after.relations.actions.map(\.latest.title).contains("Een ander zomerprogramma"))
        #expect(!before.relations.actions.map(\.latest.title).contains("Een ander zomerprogramma"))
        Self.expectSameRelations(after, try Self.fresh(repository))
    }

    static func preview() throws -> (String, Project, DecodedFiles, IndexMemo) {
        let repository = try LiveSiteIdentityTests.exampleCopy()
        return (repository, try Project(root: repository), DecodedFiles(), IndexMemo())
    }

    static func fresh(_ repository: String) throws -> ContentIndex {
        try Project(root: repository).check(today: nil, reusing: nil).result.site
    }

    static func edit(_ path: String, replacing pattern: String, with replacement: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let range = try #require(text.range(of: pattern, options: .regularExpression))
        try text.replacingCharacters(in: range, with: replacement).write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func expectSameRelations(_ kept: ContentIndex, _ fresh: ContentIndex) {
        let (one, other) = (kept.relations, fresh.relations)
        #expect(one.storiesNewestFirst.map(\.path) == other.storiesNewestFirst.map(\.path))
        #expect(one.storiesByTeam.mapValues { $0.map(\.path) } == other.storiesByTeam.mapValues { $0.map(\.path) })
        #expect(one.mandatesByPerson.mapValues { $0.map(\.path) } == other.mandatesByPerson.mapValues { $0.map(\.path) })
        #expect(one.reviewsByMandate.mapValues { $0.map(\.evaluation.path) } == other.reviewsByMandate.mapValues { $0.map(\.evaluation.path) })
        #expect(one.evaluationPlace == other.evaluationPlace)
        #expect(one.actions.map { "\($0.team ?? "")/\($0.id) \($0.latest.title) \($0.latestPath)" }
                == other.actions.map { "\($0.team ?? "")/\($0.id) \($0.latest.title) \($0.latestPath)" })
    }
}
