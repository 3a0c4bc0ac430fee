import Foundation
import Testing
@testable import Kader

/// The preview's index takes again what did not change (`IndexMemo`): the same item objects for
/// unchanged files, the relations of kinds no file of which changed, and what changed made anew.
@Suite struct IndexMemoTests {
    let story = "content/stories/dagbesteding-moestuin.md"
    let evaluation = "content/evaluations/dagbesteding/2026-11-18.md"

    @Test func aSavedStoryIsNewAndEverythingElseIsTakenAgain() throws {
        let (repository, before, after) = try Self.save(story, replacing: #"(?m)^title: .*$"#, with: "title: Een nieuwe moestuin")
        defer { try? FileManager.default.removeItem(atPath: repository) }

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
        let (repository, before, after) = try Self.save(evaluation, replacing: #"(?m)^    title: .*$"#, with: "    title: Een ander zomerprogramma")
        defer { try? FileManager.default.removeItem(atPath: repository) }

        #expect(after.stories.isIdentical(to: before.stories))
        #expect(after.relations.actions.map(\.latest.title).contains("Een ander zomerprogramma"))
        #expect(!before.relations.actions.map(\.latest.title).contains("Een ander zomerprogramma"))
        Self.expectSameRelations(after, try Self.fresh(repository))
    }

    /// A copy of the example checked as the preview does, then `path` saved with one line replaced
    /// and checked again: the repository and the index before and after the save.
    static func save(_ path: String, replacing pattern: String, with replacement: String) throws -> (String, ContentIndex, ContentIndex) {
        let repository = try LiveSiteIdentityTests.exampleCopy()
        do {
            let (project, files, memo) = (try Project(root: repository), DecodedFiles(), IndexMemo())
            let before = project.check(today: nil, reusing: files, memo: memo).result.site
            try edit(repository + "/" + path, replacing: pattern, with: replacement)
            files.touch([path], root: repository)
            return (repository, before, project.check(today: nil, reusing: files, memo: memo).result.site)
        } catch {
            try? FileManager.default.removeItem(atPath: repository)
            throw error
        }
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
