import Foundation
import Testing
@testable import Kader

/// axe-core (the script the PyPI package axe-playwright-python ships; `scripts/install-deps.sh
/// --test` installs it) on every kind of page of the example handbook and the reports, light
/// and dark, at 1280 and 390 px, in Debian's chromium through `Browser`: no violations.
@Suite(.serialized) struct AxeTests {
    /// axe.min.js from the installed package, found without importing it (it imports Playwright).
    static let axe = Result { () throws -> String in
        let (status, output) = try run("python3", ["-c", """
            import importlib.util, os
            spec = importlib.util.find_spec("axe_playwright_python")
            print(os.path.join(spec.submodule_search_locations[0], "axe.min.js"))
            """])
        let path = output.trimmingCharacters(in: .whitespacesAndNewlines)
        guard status == 0, FileManager.default.fileExists(atPath: path) else {
            throw Browser.Failure(description: "axe-playwright-python is not installed (bash scripts/install-deps.sh --test): \(output)")
        }
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    /// One page of each kind.
    static func pages(_ output: String) throws -> [String] {
        let handbook = output + "/handbook"
        let evaluation = try FileManager.default.contentsOfDirectory(atPath: handbook + "/evaluations/noord").sorted()[1]
        let kinds = ["index.html", "teams/index.html", "teams/noord.html", "evaluations/noord/\(evaluation)", "mandates/index.html",
                     "stories/index.html", "sessions/index.html", "people/index.html", "pages/index.html", "pages/evalueren.html",
                     "pages/welkom.html", "search.html", "404.html"]
        var pages = kinds.map { handbook + "/" + $0 }
        for folder in ["mandates", "stories", "values", "sessions", "people"] {
            let first = try FileManager.default.contentsOfDirectory(atPath: handbook + "/" + folder).filter { $0 != "index.html" && $0.hasSuffix(".html") }.sorted()[0]
            pages.append(handbook + "/" + folder + "/" + first)
        }
        let reports = output + "/reports"
        pages += [reports + "/index.html", reports + "/teams/noord.html"]
        let period = try FileManager.default.contentsOfDirectory(atPath: reports + "/periods").filter { $0.hasSuffix(".html") }.sorted().last!
        pages.append(reports + "/periods/" + period)
        return pages
    }

    struct Violation: Decodable, CustomStringConvertible {
        let id: String
        let impact: String?
        let nodes: [String]
        var description: String { "\(id) (\(impact ?? "?")): \(nodes.joined(separator: " | "))" }
    }

    struct Answer: Decodable {
        let dark: Bool
        let violations: [Violation]
    }

    @Test(arguments: [(390, false), (390, true), (1280, false), (1280, true)])
    func axeFindsNoViolations(width: Int, dark: Bool) throws {
        let axe = try Self.axe.get()
        let output = try BrowserTests.example.get()
        let pages = try Self.pages(output)
        let answers = try Browser.look(atEach: pages, width: width, dark: dark, prelude: axe, """
            // The probe's own script and the search form's query typed by nobody are the page as shipped.
            return axe.run(document, { resultTypes: ["violations"] }).then(function (results) {
              return {
                dark: matchMedia("(prefers-color-scheme: dark)").matches,
                violations: results.violations.map(function (violation) {
                  return { id: violation.id, impact: violation.impact,
                           nodes: violation.nodes.slice(0, 3).map(function (node) { return node.target.join(" ") + " " + node.html.slice(0, 120); }) };
                })
              };
            });
            """, as: Answer.self)
        #expect(answers.count == pages.count)
        for (page, answer) in zip(pages, answers) {
            #expect(answer.dark == dark, "\(page)")
            #expect(answer.violations.isEmpty, "\(page.replacingOccurrences(of: output + "/", with: "")) at \(width) px\(dark ? ", dark" : ""): \(answer.violations)")
        }
    }
}
