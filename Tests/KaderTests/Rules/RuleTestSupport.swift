import Foundation
@testable import Kader

/// Shorthands for the rule tests: a fixture is the valid repository with some files replaced or
/// added, and its findings are compared as `severity rule file:line:column` lines, so one `#expect`
/// pins rule, severity, file, line and column, and that nothing else was found.
enum RuleCheck {
    static func lines(_ overrides: [String: String], today: String = "2026-11-22") throws -> [String] {
        try FixtureRepository(valid: overrides).findings(today: today).map(\.described)
    }

    static func findings(_ overrides: [String: String], today: String = "2026-11-22") throws -> [Finding] {
        try FixtureRepository(valid: overrides).findings(today: today)
    }

    /// The valid repository without some of its files.
    static func lines(without removed: [String], adding overrides: [String: String] = [:], today: String = "2026-11-22") throws -> [String] {
        var files = FixtureRepository.valid.merging(overrides) { _, new in new }
        for path in removed { files[path] = nil }
        return try FixtureRepository(files).findings(today: today).map(\.described)
    }

    /// A second team that needs no evaluation (it has ended), for fixtures that need two teams.
    static let endedTeam = """
        ---
        name: Team Zuid
        purpose: Thuiszorg in Zuid.
        phase: design
        members: [an]
        ended: 2026-01-01
        ---
        """
}

extension Finding {
    /// `severity rule file:line:column`.
    var described: String { "\(severity.rawValue) \(summary)" }
}
