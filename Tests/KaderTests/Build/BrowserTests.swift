import Foundation
import Testing
@testable import Kader

/// The handbook in a real headless browser (Debian's chromium): it renders at phone and desktop
/// width, and its search works from disk with no server.
@Suite(.serialized) struct BrowserTests {
    /// A fresh profile per run, so browsers started by tests running side by side never share one.
    static var chromium: [String] {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("kader-chromium-\(UUID().uuidString)").path
        return ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=\(profile)"]
    }

    static func screenshot(_ url: String, width: Int, to path: String) throws -> Int {
        try? FileManager.default.removeItem(atPath: path)
        let (status, output) = try run("chromium", chromium + ["--window-size=\(width),1600", "--screenshot=\(path)", url])
        #expect(status == 0, "\(output)")
        return (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    @Test(arguments: [390, 1280])
    func theHomePageRendersAtPhoneAndDesktopWidth(width: Int) throws {
        let (output, _) = try ExampleHandbookTests.build()
        let folder = output + "/shots"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("<!DOCTYPE html><title>leeg</title>".utf8).write(to: URL(fileURLWithPath: folder + "/blank.html"))
        let blank = try Self.screenshot("file://\(folder)/blank.html", width: width, to: folder + "/blank.png")
        let home = try Self.screenshot("file://\(output)/handbook/index.html", width: width, to: folder + "/home-\(width).png")
        #expect(blank > 0)
        // A page with text, cards and colour compresses far worse than an empty one.
        #expect(home > blank * 5, "home \(home) bytes, blank \(blank) bytes")
    }

    @Test func searchFindsAStoryByAWordOfItsBodyFromDisk() throws {
        let repository = try FixtureRepository(valid: ["content/stories/rooster.md": """
            ---
            title: Het rooster hield stand
            date: 2026-10-01
            kind: success
            team: noord
            values: [vertrouwen]
            ---
            Tijdens de griepgolf bleek het zelfgemaakte rooster een zeppelinvaart waard.
            """])
        let built = try BuiltHandbook(repository)
        let (status, dom) = try run("chromium", Self.chromium + ["--virtual-time-budget=5000", "--dump-dom",
                                                                 "file://\(built.handbook)/search.html?q=Zeppelinvaart"])
        #expect(status == 0)
        let results = try #require(dom.range(of: "data-search-results")).upperBound
        #expect(dom[results...].contains(#"<a href="stories/rooster.html">Het rooster hield stand</a>"#), "\(dom.suffix(1500))")
        let (_, nothing) = try run("chromium", Self.chromium + ["--virtual-time-budget=5000", "--dump-dom",
                                                                "file://\(built.handbook)/search.html?q=onvindbaarwoord"])
        #expect(nothing.contains("Niets gevonden."))
    }

    @Test func theStoryFilterShowsItselfWithJavaScript() throws {
        let built = try BuiltHandbook(FixtureRepository(FixtureRepository.valid))
        let (_, dom) = try run("chromium", Self.chromium + ["--virtual-time-budget=5000", "--dump-dom", "file://\(built.handbook)/stories/index.html"])
        #expect(dom.contains("data-story-filter=\"\""))
        #expect(!dom.contains("data-story-filter=\"\" hidden"))
        #expect(dom.contains("<output name=\"count\">1</output>"))
    }

    @Test func aTeamPagePrintsAsAHandoutWithoutTheMenus() throws {
        let (output, _) = try ExampleHandbookTests.build()
        let pdf = output + "/noord.pdf"
        let (status, log) = try run("chromium", Self.chromium + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://\(output)/handbook/teams/noord.html"])
        #expect(status == 0, "\(log)")
        let (_, text) = try run("pdftotext", ["-layout", pdf, "-"])
        #expect(text.contains("Team Noord") && text.contains("Delegatiebord") && text.contains("Open acties"))
        // The print stylesheet leaves out the menu, the footer and the search.
        #expect(!text.contains("Zoeken") && !text.contains("Gemaakt met kader"), "\(text.prefix(1500))")
    }
}
