import Foundation
@testable import Kader

/// A content repository written inline into a temporary folder, Hugo-style: a test names the files
/// it needs and checks what kader makes of them.
struct FixtureRepository {
    let root: String

    init(_ files: [String: String]) throws {
        root = Scratch.path("kader-test")
        try FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    /// The smallest repository that passes `check` with no finding at all on 2026-11-22; tests
    /// change or add one file to trigger one rule.
    static let valid: [String: String] = [
        "content/organization.md": """
            ---
            title: Ons kader
            mission: Zorg dicht bij huis.
            vision: Teams die zelf beslissen.
            values:
              - id: vertrouwen
                name: Vertrouwen
            ---
            Het kader.
            """,
        "content/teams/noord.md": """
            ---
            name: Team Noord
            purpose: Thuiszorg in Noord.
            phase: learning
            members: [an, bert]
            roles:
              - id: planner
                name: Planner
                holder: an
            ---
            """,
        "content/people/an.md": """
            ---
            name: An
            ---
            """,
        "content/evaluations/noord/2026-11-01.md": """
            ---
            team: noord
            date: 2026-11-01
            participants: 4
            ---
            """,
        "content/stories/rooster.md": """
            ---
            title: Het rooster hield stand
            date: 2026-10-01
            kind: success
            team: noord
            values: [vertrouwen]
            ---
            """,
    ]

    /// `valid` with some files replaced or added.
    init(valid overrides: [String: String]) throws {
        try self.init(Self.valid.merging(overrides) { _, new in new })
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(atPath: root + "/" + path)
    }

    func check(today: String = "2026-11-22") throws -> CheckResult {
        try Project(root: root).check(today: Day(today)!)
    }

    func findings(today: String = "2026-11-22") throws -> [Finding] {
        try check(today: today).findings
    }

    /// Every file under the repository, to prove a command wrote nothing.
    func listing() -> [String] {
        (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).sorted()
    }
}

extension Finding {
    /// `rule file:line:column`, the shape tests compare against.
    var summary: String { "\(rule.rawValue) \(file):\(line):\(column)" }
}
