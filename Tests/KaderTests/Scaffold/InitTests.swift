import Foundation
import Testing
@testable import Kader

@Suite struct InitTests {
    static func emptyFolder() throws -> String {
        let folder = Scratch.path("kader-init")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test(arguments: [Configuration.Language.nl, .en])
    func theStarterPassesCheckAndBuilds(language: Configuration.Language) throws {
        let folder = try Self.emptyFolder()
        let today = Day("2026-11-22")!
        let written = try Starter.write(to: folder, language: language, today: today, theme: false)
        for path in ["kader.yml", "content/organization.md", ".gitignore", ".github/workflows/kader.yml", ".gitlab-ci.yml"] {
            #expect(written.contains(path), "\(path)")
        }
        let kinds = Set(written.compactMap { path -> ContentKind? in
            guard case .success(let location) = ContentLocation.classify(path) else { return nil }
            return location.kind
        })
        #expect(kinds == Set(ContentKind.allCases.filter { $0 != .session }))
        let result = try Project(root: folder).build(output: folder + "/output", today: today)
        #expect(result.check.findings.map(\.summary) == [])
        #expect((result.files["handbook"]?.count ?? 0) > 10)
        let configuration = try String(contentsOfFile: folder + "/kader.yml", encoding: .utf8)
        #expect(configuration.contains("language: \(language.rawValue)"))
        // The build cache is kept between CI runs with the output it vouches for, inside it.
        #expect(FileManager.default.fileExists(atPath: folder + "/output/.kader-cache.json"))
        let github = try String(contentsOfFile: folder + "/.github/workflows/kader.yml", encoding: .utf8)
        #expect(github.contains("uses: actions/cache@v4\n        with:\n          path: output\n"))
        let gitlab = try String(contentsOfFile: folder + "/.gitlab-ci.yml", encoding: .utf8)
        #expect(gitlab.contains("- key: kader-build\n      paths:\n        - output/\n"))
        let page = try #require(result.files["handbook"]?.first { $0.path.hasPrefix("pages/") && $0.path != SiteURL.pages })
        let html = String(decoding: page.bytes, as: UTF8.self)
        // The way of working: the ten keys, the three phases, the four drivers.
        for word in language == .nl ? ["Zelfsturing", "Autonomie", "Meesterschap", "delegeren"] : ["self-steering", "Autonomy", "Mastery", "delegate"] {
            #expect(html.localizedCaseInsensitiveContains(word), "\(word)")
        }
        // The dates are the day init ran, not fixed ones: another day gives the same clean start.
        let other = try Self.emptyFolder()
        try Starter.write(to: other, language: language, today: Day("2031-02-03")!, theme: false)
        #expect(try Project(root: other).check(today: Day("2031-02-03")!).findings.map(\.summary) == [])
    }

    @Test func initRefusesWhenAFileExistsAndChangesNothing() throws {
        let folder = try Self.emptyFolder()
        try Data("title: Mijn eigen\n".utf8).write(to: URL(fileURLWithPath: folder + "/kader.yml"))
        #expect(throws: Starter.Conflict.self) { try Starter.write(to: folder, language: .nl, today: Day("2026-11-22")!, theme: false) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["kader.yml"])
        #expect(try String(contentsOfFile: folder + "/kader.yml", encoding: .utf8) == "title: Mijn eigen\n")
    }

    @Test func themeCopiesTheTemplates() throws {
        let folder = try Self.emptyFolder()
        let written = try Starter.write(to: folder, language: .en, today: Day("2026-11-22")!, theme: true)
        #expect(written.contains("templates/layout.mustache") && written.contains("templates/style.css"))
        let result = try Project(root: folder).build(output: folder + "/output", today: Day("2026-11-22")!)
        #expect(result.check.errorCount == 0)
    }
}
