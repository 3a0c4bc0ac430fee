import Testing
@testable import Kader

/// `ContentIndex.shapeFingerprint` hashes the values relations hold field by field; a field added
/// to one of them must be added there too, or a page showing it could be kept when it changed.
@Suite struct IndexShapeTests {
    func fields(_ value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label) }

    @Test func theFingerprintKnowsEveryFieldOfWhatRelationsHold() throws {
        let site = try Project(root: ExampleContentTests.repositoryRoot).check(today: Day("2026-11-22")!).site
        let role = try #require(site.relations.rolesByHolder.values.first?.first?.role)
        let review = try #require(site.relations.reviewsByMandate.values.first?.first?.review)
        let action = try #require(site.relations.actions.first)
        #expect(fields(role) == ["id", "name", "holder", "accountabilities"])
        #expect(fields(review) == ["mandate", "decision", "note"])
        #expect(fields(action) == ["team", "id", "latest", "latestPath", "latestDate", "firstMentioned", "closed"])
        #expect(fields(action.latest) == ["id", "title", "owner", "due", "status", "statusIsInvalid"])
    }

    @Test func aChangeOfOrderOrRelationChangesTheShapeAndATitleDoesNot() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        let today = Day("2026-11-22")!
        let shape = { try Project(root: repository.root).check(today: today).site.shapeFingerprint() }
        let before = try shape()
        let story = repository.root + "/content/stories/rooster.md"
        let text = try String(contentsOfFile: story, encoding: .utf8)
        try repository.write("content/stories/rooster.md", text.replacingOccurrences(of: "title: Het rooster hield stand", with: "title: Het rooster hield"))
        #expect(try shape() == before)
        try repository.write("content/stories/rooster.md", text.replacingOccurrences(of: "values: [vertrouwen]", with: "values: []"))
        #expect(try shape() != before)
    }
}
