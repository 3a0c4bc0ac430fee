import Foundation
import Testing
@testable import Kader

/// A report's table cells go through `report-cell.mustache` once per distinct cell of a page
/// (`ReportSite.renderingCells`) and are placed by the row; the pages must read as when the
/// page's template looped over the cells itself.
@Suite struct ReportCellTests {
    /// The example's content and kader.yml, with `templates` as the repository's own theme files.
    static func example(templates: [String: String]) throws -> String {
        let folder = Scratch.path("kader-cells")
        try FileManager.default.createDirectory(atPath: folder + "/templates", withIntermediateDirectories: true)
        for name in ["content", "kader.yml"] {
            try FileManager.default.copyItem(atPath: ExampleContentTests.repositoryRoot + "/" + name, toPath: folder + "/" + name)
        }
        for (name, text) in templates { try text.write(toFile: folder + "/templates/" + name, atomically: true, encoding: .utf8) }
        return folder
    }

    /// Every report page, path → text.
    static func reports(_ root: String) throws -> [String: String] {
        let result = try Project(root: root).build(output: root + "/output", today: Day("2026-11-22")!)
        #expect(result.check.errorCount == 0)
        return Dictionary(uniqueKeysWithValues: (result.files["reports"] ?? []).filter { $0.path.hasSuffix(".html") }
            .map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    /// The built-in report template with the cell's markup looped over inline, as it was written
    /// before the cells were rendered apart.
    static func inlineLoop(cell: String) throws -> String {
        let report = try #require(Theme.builtIn["report.mustache"])
        #expect(report.contains("{{{cellsHTML}}}"))
        let markup = cell.hasSuffix("\n") ? String(cell.dropLast()) : cell
        return report.replacingOccurrences(of: "{{{cellsHTML}}}", with: "{{#cells}}\(markup){{/cells}}")
    }

    @Test func cellsRenderedApartReadAsTheCellsLoopedOverInline() throws {
        let cell = try #require(Theme.builtIn["report-cell.mustache"])
        let apart = try Self.reports(Self.example(templates: [:]))
        let inline = try Self.reports(Self.example(templates: ["report.mustache": Self.inlineLoop(cell: cell)]))
        #expect(apart.count > 20)
        #expect(apart.keys.sorted() == inline.keys.sorted())
        var cells = 0
        for (path, page) in apart {
            #expect(page == inline[path], "\(path)")
            cells += page.components(separatedBy: "<td class=\"tone-").count - 1
        }
        // Many cells repeat a value; the pages have every one of them.
        #expect(cells > 500, "\(cells)")
    }

    /// A theme's own cell template is used for every cell, with each cell's own values, also where
    /// two cells differ only in tone, a label or the words for a screen reader.
    @Test func aRepositoryOverridesTheCellTemplate() throws {
        let cell = "<td data-tone=\"{{tone}}\">{{text}}|{{label}}|{{spoken}}|{{#sparkline}}grafiek{{/sparkline}}</td>\n"
        let apart = try Self.reports(Self.example(templates: ["report-cell.mustache": cell]))
        let inline = try Self.reports(Self.example(templates: ["report.mustache": Self.inlineLoop(cell: cell)]))
        let team = try #require(apart["teams/noord.html"])
        #expect(!team.contains("<td class=\"tone-"))
        #expect(team.contains("<td data-tone=\"neutral\">"))
        // The overview's cards carry their column's name and a sparkline.
        let overview = try #require(apart["index.html"])
        #expect(overview.contains("|Autonomie|") && overview.contains("|grafiek</td>"))
        for (path, page) in apart { #expect(page == inline[path], "\(path)") }
    }
}
