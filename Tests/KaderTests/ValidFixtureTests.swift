import Testing
@testable import Kader

@Suite struct ValidFixtureTests {
    @Test func theValidFixtureHasNoFinding() throws {
        let findings = try FixtureRepository(FixtureRepository.valid).findings()
        #expect(findings.map(\.summary) == [])
    }
}
