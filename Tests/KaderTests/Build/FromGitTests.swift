import Foundation
import Testing
@testable import Kader

/// `edit_url`, `last_updated` and a page's `owner` (content model, Revision 2), with a real git
/// repository and real commits.
@Suite struct FromGitTests {
    /// Runs git in `root` with fixed names and dates, so the commits are what the test says.
    @discardableResult
    static func git(_ root: String, _ arguments: [String], date: String = "2026-10-01T12:00:00+02:00") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root, "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_AUTHOR_DATE"] = date
        environment["GIT_COMMITTER_DATE"] = date
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments): \(output)")
        return output
    }

    static let page = "---\ntitle: Welkom\nowner: an\n---\nHallo.\n"

    /// The fixture, committed on 1 October; the team changed again on 3 November (late in the
    /// evening, in the committer's time zone); a page added but never committed.
    static func repository(config: String = "edit_url: https://git.example.org/handbook/-/edit/main/{path}\n") throws -> FixtureRepository {
        let repository = try FixtureRepository(valid: ["kader.yml": config, "content/pages/welkom.md": page])
        try git(repository.root, ["init", "-q", "-b", "main"])
        try git(repository.root, ["add", "."])
        try git(repository.root, ["commit", "-q", "-m", "Begin"])
        try repository.write("content/teams/noord.md", FixtureRepository.valid["content/teams/noord.md"]! + "\nNieuwe tekst.\n")
        try git(repository.root, ["commit", "-q", "-a", "-m", "Noord"], date: "2026-11-03T23:30:00+01:00")
        try repository.write("content/pages/nieuw.md", "---\ntitle: Nieuw\n---\n")
        return repository
    }

    static func meta(_ html: String) -> String {
        guard let start = html.range(of: #"<footer class="page-meta">"#) else { return "" }
        return String(html[start.upperBound...].prefix { _ in true }.components(separatedBy: "</footer>")[0])
    }

    @Test func pagesShowTheLastCommitOfTheirFileAndLinkToTheirSource() throws {
        let repository = try Self.repository()
        let built = try BuiltHandbook(repository)
        #expect(built.result.check.errorCount == 0, "\(built.result.check.findings.map(\.message))")
        let team = Self.meta(try built.page("teams/noord.html"))
        #expect(team.contains(#"<p>Laatst bijgewerkt op <time datetime="2026-11-03">3 november 2026</time></p>"#), "\(team)")
        #expect(team.contains(#"<a class="edit-link" href="https://git.example.org/handbook/-/edit/main/content/teams/noord.md">Bewerk deze pagina</a>"#))
        let welkom = Self.meta(try built.page("pages/welkom.html"))
        #expect(welkom.contains(#"<time datetime="2026-10-01">1 oktober 2026</time>"#))
        #expect(welkom.contains(#"<p>Beheerd door <a href="../people/an.html">An</a></p>"#))
        #expect(welkom.contains("content/pages/welkom.md"))
        // Every page made from a content file links to its source.
        for (page, source) in [("index.html", "content/organization.md"), ("people/an.html", "content/people/an.md"),
                               ("stories/rooster.html", "content/stories/rooster.md"),
                               ("evaluations/noord/2026-11-01.html", "content/evaluations/noord/2026-11-01.md")] {
            let meta = Self.meta(try built.page(page))
            #expect(meta.contains("edit/main/\(source)\"") && meta.contains("1 oktober 2026"), "\(page): \(meta)")
        }
        // Committed files only: a page never committed has no date, but still its edit link.
        let new = Self.meta(try built.page("pages/nieuw.html"))
        #expect(!new.contains("Laatst bijgewerkt") && new.contains("content/pages/nieuw.md"))
        // Index pages are made from no content file.
        #expect(!(try built.page("teams/index.html")).contains("page-meta"))
    }

    @Test func theSameCommitGivesTheSameOutputAndAnUncommittedChangeMovesNoDate() throws {
        let repository = try Self.repository()
        let first = try BuiltHandbook(repository).page("pages/welkom.html")
        try repository.write("content/pages/welkom.md", Self.page + "Nog niet gecommit.\n")
        let second = try BuiltHandbook(repository).page("pages/welkom.html")
        #expect(Self.meta(first) == Self.meta(second))
        try Self.git(repository.root, ["commit", "-q", "-a", "-m", "Welkom"], date: "2026-11-20T09:00:00+01:00")
        #expect(Self.meta(try BuiltHandbook(repository).page("pages/welkom.html")).contains("20 november 2026"))
    }

    @Test func outsideAGitWorkTreeAndWithLastUpdatedOffThereAreNoDates() throws {
        let plain = try BuiltHandbook(FixtureRepository(valid: ["content/pages/welkom.md": Self.page]))
        #expect(!(try plain.page("teams/noord.html")).contains("page-meta"))
        #expect(!(try plain.page("pages/welkom.html")).contains("Laatst bijgewerkt"))
        let off = try BuiltHandbook(Self.repository(config: "last_updated: off\n"))
        #expect(!(try off.page("teams/noord.html")).contains("page-meta"))
        #expect(!(try off.page("pages/welkom.html")).contains("Laatst bijgewerkt"))
        #expect(try off.page("pages/welkom.html").contains("Beheerd door"))
        #expect(GitHistory.lastChanged(root: Scratch.path("kader-no-such")).isEmpty)
    }

    /// One `git log` for the whole history, however many files: a git that counts its runs.
    @Test func oneGitProcessForAllFiles() throws {
        let repository = try Self.repository()
        for number in 0..<40 { try repository.write("content/pages/p\(number).md", "---\ntitle: P\(number)\n---\n") }
        try Self.git(repository.root, ["add", "."])
        try Self.git(repository.root, ["commit", "-q", "-m", "Veel"], date: "2026-11-10T10:00:00+01:00")
        let log = repository.root + "/git-runs.log"
        let wrapper = repository.root + "/counting-git"
        try repository.write("counting-git", "#!/bin/sh\necho run >> '\(log)'\nexec git \"$@\"\n")
        chmod(wrapper, 0o755)
        let dates = GitHistory.lastChanged(root: repository.root, git: wrapper)
        #expect(try String(contentsOfFile: log, encoding: .utf8) == "run\n")
        #expect(dates["content/pages/p39.md"] == Day("2026-11-10"))
        #expect(dates["content/teams/noord.md"] == Day("2026-11-03"))
        #expect(dates["content/organization.md"] == Day("2026-10-01"))
        #expect(dates["content/pages/nieuw.md"] == Day("2026-11-10"))
    }

    @Test func aPageOwnerMustBeAPerson() throws {
        let repository = try FixtureRepository(valid: ["content/pages/welkom.md": "---\ntitle: Welkom\nowner: niemand\n---\n"])
        #expect(try repository.findings().map(\.summary) == ["unknown-reference content/pages/welkom.md:3:1"])
    }

    @Test func theConfigurationChecksItsNewKeys() throws {
        let repository = try FixtureRepository(valid: ["kader.yml": "last_updated: sometimes\nedit_url: [a]\n"])
        let findings = try repository.findings().map(\.summary).sorted()
        #expect(findings == ["invalid-value kader.yml:1:1", "wrong-type kader.yml:2:1"], "\(findings)")
    }
}
