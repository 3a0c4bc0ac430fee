import Foundation
import Testing
@testable import Kader

/// One colour meaning throughout handbook and reports (issue 9): red (`--bad`) is bad, green
/// (`--ok`) good, steering neutral, and success, lesson and experiment in the colours of the
/// handbook's badges; "te weinig deelnemers" and "geen gegevens" look different and say what they
/// mean. Read back in chromium with getComputedStyle, in light and in dark mode.
@Suite(.serialized) struct ReportColourTests {
    /// Noord's autonomy fell from 4.0 (September) to 3.0 (October; November scored nothing), and
    /// it answered more, less and same steering; it wrote a success, a lesson
    /// and an experiment. West held one check-in with one participant (too few); Oost none at all
    /// (no data).
    static func files() -> [String: String] {
        let evaluation = ReportNumbersTests.evaluation
        return [
            "content/organization.md": "---\ntitle: Kader\nmission: M.\nvision: V.\nvalues:\n  - id: vertrouwen\n    name: Vertrouwen\n---\n",
            "content/teams/noord.md": "---\nname: Team Noord\npurpose: P.\nphase: learning\nmembers: [an]\n---\n",
            "content/teams/west.md": "---\nname: Team West\npurpose: P.\nphase: learning\nmembers: [an]\n---\n",
            "content/teams/oost.md": "---\nname: Team Oost\npurpose: P.\nphase: learning\nmembers: [an]\n---\n",
            "content/people/an.md": "---\nname: An\n---\n",
            "content/evaluations/noord/2026-09-10.md": evaluation("noord", "2026-09-10", 4, "  autonomy: 4.0\n", "more", ""),
            "content/evaluations/noord/2026-10-10.md": evaluation("noord", "2026-10-10", 4, "  autonomy: 3.0\n", "less", ""),
            "content/evaluations/noord/2026-11-10.md": evaluation("noord", "2026-11-10", 4, "", "same", ""),
            "content/evaluations/west/2026-11-01.md": evaluation("west", "2026-11-01", 1, "  autonomy: 2.0\n", nil, ""),
            "content/stories/s1.md": "---\ntitle: S1\ndate: 2026-10-03\nkind: success\nteam: noord\n---\n",
            "content/stories/s2.md": "---\ntitle: S2\ndate: 2026-10-05\nkind: lesson\nlearned: L.\nteam: noord\n---\n",
            "content/stories/s3.md": "---\ntitle: S3\ndate: 2026-11-05\nkind: experiment\nhypothesis: H.\nteam: noord\n---\n",
        ]
    }

    struct Seen: Decodable {
        let dark: Bool
        let badges: [String: String]
        let ok: String
        let bad: String
        /// Per chart, per legend entry: its colour, and the outline and pattern colour of its first bar.
        let series: [String: [Series]]
        struct Series: Decodable {
            let name: String
            let colour: String
            let marks: [String]
        }
    }

    /// The colour a span gets on the page: with an inline style (`var(--ok)`), or as a badge.
    static let colourProbes = """
        function colourOf(dress) {
          var span = document.createElement("span");
          dress(span);
          document.body.appendChild(span);
          var colour = getComputedStyle(span).color;
          span.remove();
          return colour;
        }
        function probeColour(style) { return colourOf(function (span) { span.setAttribute("style", style); }); }
        function badge(kind) { return colourOf(function (span) { span.className = "badge badge-" + kind; }); }
        """

    static let teamScript = """
        \(colourProbes)
        function chart(id) {
          var svg = document.getElementById(id + "-title").closest("svg");
          return Array.prototype.slice.call(svg.querySelectorAll(".legend-key")).map(function (key, index) {
            var colourClass = Array.prototype.slice.call(key.classList).filter(function (c) { return /^c-/.test(c); })[0];
            var marks = Array.prototype.slice.call(svg.querySelectorAll(".series." + colourClass + " polyline, rect." + colourClass))
              .map(function (mark) { return getComputedStyle(mark).stroke; });
            var pattern = svg.querySelector("pattern." + colourClass + " > rect");
            if (pattern) marks.push(getComputedStyle(pattern).fill);
            return { name: key.parentNode.querySelectorAll("text")[index].textContent, colour: getComputedStyle(key).color, marks: marks };
          });
        }
        return {
          dark: matchMedia("(prefers-color-scheme: dark)").matches,
          badges: { success: badge("success"), lesson: badge("lesson"), experiment: badge("experiment") },
          ok: probeColour("color: var(--ok)"), bad: probeColour("color: var(--bad)"),
          series: { stories: chart("stories-noord"), steering: chart("steering-noord"), autonomy: chart("drivers-noord-autonomy"),
                    actions: chart("actions-noord") }
        };
        """

    @Test(arguments: [false, true])
    func chartsSpeakTheHandbooksColours(dark: Bool) throws {
        let built = try BuiltHandbook(FixtureRepository(Self.files()))
        #expect(built.result.check.errorCount == 0, "\(built.result.check.findings.map(\.summary))")
        let seen = try Browser.look(atEach: [built.output + "/reports/teams/noord.html"], dark: dark, Self.teamScript, as: Seen.self)[0]
        #expect(seen.dark == dark)
        #expect(seen.ok != seen.bad && !seen.ok.isEmpty)
        func series(_ chart: String, _ name: String) -> Seen.Series? { seen.series[chart]?.first { $0.name == name } }

        // Stories: each kind as its badge in the handbook, in the legend and in every bar.
        for (kind, name) in [("success", "Succes"), ("lesson", "Les"), ("experiment", "Experiment")] {
            let entry = series("stories", name)
            #expect(entry?.colour == seen.badges[kind], "\(kind): \(String(describing: entry)) against \(seen.badges)")
            #expect(!(entry?.marks.isEmpty ?? true) && entry?.marks.allSatisfy { $0 == seen.badges[kind] } == true, "\(kind): \(String(describing: entry))")
        }
        #expect(seen.badges["success"] == seen.ok)
        // A falling driver is red: autonomy fell from 4,00 to 3,00.
        let autonomy = series("autonomy", "Autonomie")
        #expect(autonomy?.colour == seen.bad && autonomy?.marks == [seen.bad], "\(String(describing: autonomy)), bad is \(seen.bad)")
        // Steering is neither good nor bad: no answer is drawn red or green.
        let steering = seen.series["steering"] ?? []
        #expect(steering.count == 3)
        for entry in steering {
            #expect(entry.colour != seen.ok && entry.colour != seen.bad && entry.marks.allSatisfy { $0 != seen.ok && $0 != seen.bad }, "\(entry)")
        }
        #expect(Set(steering.map(\.colour)).count == 3, "\(steering)")
        // Actions: closed is good, overdue bad.
        #expect(series("actions", "afgesloten")?.colour == seen.ok && series("actions", "te laat")?.colour == seen.bad, "\(seen.series["actions"] ?? [])")
    }

    struct Cells: Decodable {
        let bad: String
        let ok: String
        let cells: [Cell]
        let key: [String]
        struct Cell: Decodable {
            let team: String
            let text: String
            let colour: String
            let background: String
            let outline: String
        }
    }

    @Test(arguments: [false, true])
    func theHeatmapTellsTooFewFromNoData(dark: Bool) throws {
        let built = try BuiltHandbook(FixtureRepository(Self.files()))
        let seen = try Browser.look(atEach: [built.output + "/reports/index.html"], dark: dark, """
            \(Self.colourProbes)
            var rows = Array.prototype.slice.call(document.querySelectorAll("section[aria-labelledby=portfolio] tbody tr"));
            return {
              bad: probeColour("color: var(--bad)"), ok: probeColour("color: var(--ok)"),
              // The autonomy column, the first after the phase.
              cells: rows.map(function (row) {
                var cell = row.querySelectorAll("td")[1];
                var style = getComputedStyle(cell);
                var label = cell.querySelector(".cell-label");
                return { team: probe.text(row.querySelector("th")), text: cell.textContent.replace(label ? label.textContent : "", "").trim(),
                         colour: style.color, background: style.backgroundImage, outline: style.outlineStyle + " " + style.outlineWidth };
              }),
              key: probe.visibleTexts("section[aria-labelledby=portfolio] .tone-key li")
            };
            """, as: Cells.self)[0]
        func cell(_ team: String) -> Cells.Cell? { seen.cells.first { $0.team == team } }
        // Noord's autonomy fell: red, whichever mode.
        #expect(cell("Team Noord")?.text.contains("↓") == true && cell("Team Noord")?.colour == seen.bad, "\(seen.cells), bad is \(seen.bad)")
        let tooFew = try #require(cell("Team West")), noData = try #require(cell("Team Oost"))
        #expect(tooFew.text == "te weinig deelnemers" && noData.text == "geen gegevens", "\(seen.cells)")
        // Not only another word: hatched against a dotted border.
        #expect(tooFew.background.contains("repeating-linear-gradient") && tooFew.outline.hasPrefix("none"), "\(tooFew)")
        #expect(noData.background == "none" && noData.outline.hasPrefix("dotted"), "\(noData)")
        #expect(tooFew.colour != seen.bad && tooFew.colour != seen.ok && noData.colour != seen.bad)
        // The key under the table says what each means.
        #expect(seen.key.count == 2, "\(seen.key)")
        #expect(seen.key.contains { $0.hasPrefix("te weinig deelnemers:") && $0.contains("minder dan 3 deelnemers") }, "\(seen.key)")
        #expect(seen.key.contains { $0.hasPrefix("geen gegevens:") && $0.contains("niets gemeten") }, "\(seen.key)")
    }
}
