import Foundation
import Testing
@testable import Kader

/// The handbook in a real headless browser (Debian's chromium), asserting what a person sees:
/// which elements are laid out visibly, the text they show, and the text of a printed page.
@Suite(.serialized) struct BrowserTests {
    /// The example handbook, built once for the tests that only read it.
    static let example = Result(catching: { try ExampleHandbookTests.build().output })

    /// A heading or landmark as the browser laid it out.
    struct Box: Decodable {
        let text: String
        let visible: Bool
        let left: Double
        let right: Double
    }

    struct Layout: Decodable {
        let innerWidth: Int
        let scrollWidth: Int
        let main: Box
        let navigation: Box
        let headings: [Box]
        let skipOnScreenBeforeFocus: Bool
        let skipOnScreenWhenFocused: Bool
    }

    @Test(arguments: [390, 1280])
    func theHomePageFitsAPhoneAndADesktop(width: Int) throws {
        let output = try Self.example.get()
        let layout = try Browser.look(at: output + "/handbook/index.html", width: width, """
            function box(element) {
              var rect = element ? element.getBoundingClientRect() : { left: 0, right: 0 };
              return { text: probe.text(element), visible: probe.visible(element), left: rect.left, right: rect.right };
            }
            function onScreen(element) {
              var rect = element.getBoundingClientRect();
              return probe.visible(element) && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
            }
            var skip = document.querySelector(".skip");
            var before = onScreen(skip);
            skip.focus();
            var focused = onScreen(skip);
            skip.blur();
            return {
              innerWidth: innerWidth, scrollWidth: document.documentElement.scrollWidth,
              main: box(document.querySelector("main")), navigation: box(document.querySelector("nav.site-nav")),
              headings: Array.prototype.map.call(document.querySelectorAll("main h1, main h2"), box),
              skipOnScreenBeforeFocus: before, skipOnScreenWhenFocused: focused
            };
            """, as: Layout.self)
        #expect(layout.innerWidth == width)
        // Nothing sticks out sideways: no horizontal scrolling on a phone.
        #expect(layout.scrollWidth <= layout.innerWidth, "the page is \(layout.scrollWidth) px wide on a \(layout.innerWidth) px screen")
        #expect(layout.main.visible && layout.navigation.visible)
        #expect(layout.navigation.text.contains("Verhalen"), "\(layout.navigation.text)")
        let title = try #require(layout.headings.first)
        #expect(title.text == "Het kader van Zorggroep De Linde")
        #expect(layout.headings.count >= 3)
        for heading in layout.headings {
            #expect(heading.visible && !heading.text.isEmpty, "\(heading)")
            #expect(heading.left >= 0 && heading.right <= Double(width), "\(heading) sticks out of \(width) px")
        }
        #expect(layout.headings.map(\.text).contains("Missie"), "\(layout.headings.map(\.text))")
        // The skip link stays out of sight until a keyboard user tabs to it.
        #expect(!layout.skipOnScreenBeforeFocus && layout.skipOnScreenWhenFocused)
    }

    struct PageFit: Decodable {
        let innerWidth: Int
        let scrollWidth: Int
        let title: String
        let tooWide: [String]
    }

    /// Every kind of page of the example (each folder's index and first page, and two reports), at
    /// phone width: nothing makes the page scroll sideways.
    @Test func everyKindOfPageFitsAPhone() throws {
        let handbook = try Self.example.get() + "/handbook"
        var pages = ["index.html", "search.html", "404.html", "teams/noord.html", "../reports/index.html", "../reports/teams/noord.html"]
        let folders = try FileManager.default.contentsOfDirectory(atPath: handbook).filter { !$0.contains(".") && $0 != "assets" }.sorted()
        for folder in folders {
            let files = (FileManager.default.enumerator(atPath: handbook + "/" + folder)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".html") }.sorted()
            if files.contains("index.html") { pages.append(folder + "/index.html") }
            if let first = files.first(where: { $0 != "index.html" }), !pages.contains(folder + "/" + first) { pages.append(folder + "/" + first) }
        }
        #expect(pages.count >= 12, "\(pages)")
        let seen = try Browser.look(atEach: pages.map { handbook + "/" + $0 }, width: 390, """
            // To name the culprits: what sticks out on the right and is not clipped by a box that
            // scrolls sideways on its own (a wide table), unless it is positioned out of it.
            var tooWide = Array.prototype.slice.call(document.querySelectorAll("body *")).filter(function (element) {
              if (!probe.visible(element) || element.getBoundingClientRect().right <= innerWidth + 1) return false;
              if (/absolute|fixed/.test(getComputedStyle(element).position)) return true;
              for (var up = element.parentElement; up; up = up.parentElement) {
                if (/auto|scroll|hidden/.test(getComputedStyle(up).overflowX)) return false;
              }
              return true;
            }).slice(0, 5).map(function (element) {
              return element.tagName.toLowerCase() + "." + element.className + " " + JSON.stringify(element.textContent.slice(0, 40));
            });
            return { innerWidth: innerWidth, scrollWidth: document.documentElement.scrollWidth,
                     title: probe.text(document.querySelector("main h1")), tooWide: tooWide };
            """, as: PageFit.self)
        for (page, fit) in zip(pages, seen) {
            #expect(fit.innerWidth == 390, "\(page)")
            #expect(fit.scrollWidth <= fit.innerWidth,
                    "\(page) is \(fit.scrollWidth) px wide on a 390 px screen: \(fit.tooWide)")
            #expect(!fit.title.isEmpty, "\(page) shows no title")
        }
    }

    struct ProbeSelfTest: Decodable {
        let visible: [String: Bool]
        let bodyText: String
        let innerWidth: Int
        let scrollWidth: Int
    }

    /// The probe itself tells shown from hidden and sees a page that is too wide, so the tests
    /// above cannot pass by seeing nothing.
    @Test func theProbeTellsHiddenFromShown() throws {
        let folder = URL(fileURLWithPath: Scratch.path("kader-probe-test"))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html")
        try Data("""
            <!DOCTYPE html><html><head><style>.row { display: flex; }</style></head><body>
            <p id="shown">Zichtbaar</p><p id="hidden" hidden>Weg</p><p id="none" style="display: none">Weg</p>
            <p id="invisible" style="visibility: hidden">Weg</p>
            <div id="empty"></div><div id="wide" style="width: 600px">Breed</div>
            <p id="transparent" style="opacity: 0">Weg, maar innerText leest het</p>
            </body></html>
            """.utf8).write(to: page)
        let seen = try Browser.look(at: page.path, width: 390, """
            var visible = {};
            ["shown", "hidden", "none", "invisible", "transparent", "empty", "wide"].forEach(function (id) {
              visible[id] = probe.visible(document.getElementById(id));
            });
            document.getElementById("transparent").remove();
            return { visible: visible, bodyText: probe.text(document.body), innerWidth: innerWidth,
                     scrollWidth: document.documentElement.scrollWidth };
            """, as: ProbeSelfTest.self)
        #expect(seen.visible == ["shown": true, "hidden": false, "none": false, "invisible": false, "transparent": false,
                                 "empty": false, "wide": true])
        #expect(seen.bodyText == "Zichtbaar Breed")
        #expect(seen.innerWidth == 390 && seen.scrollWidth > 600)
    }

    /// Four stories of two teams, three kinds and two values.
    static let stories: [String: String] = {
        var files = FixtureRepository.valid
        files["content/organization.md"] = """
            ---
            title: Ons kader
            mission: Zorg dicht bij huis.
            vision: Teams die zelf beslissen.
            values:
              - id: vertrouwen
                name: Vertrouwen
              - id: openheid
                name: Openheid
            ---
            """
        files["content/teams/zuid.md"] = "---\nname: Team Zuid\npurpose: Thuiszorg in Zuid.\nphase: learning\nmembers: [an]\n---\n"
        files["content/stories/koppels.md"] = "---\ntitle: Vaste koppels\ndate: 2026-09-01\nkind: success\nteam: zuid\nvalues: [openheid]\n---\n"
        files["content/stories/dubbel.md"] = """
            ---
            title: Twee keer dezelfde cliënt
            date: 2026-08-01
            kind: lesson
            team: noord
            values: [openheid]
            learned: Een ruil staat pas vast in het dossier.
            ---
            """
        files["content/stories/proef.md"] = """
            ---
            title: Minder rondes
            date: 2026-07-01
            kind: experiment
            team: zuid
            values: [vertrouwen, openheid]
            hypothesis: Minder rondes geven meer tijd voor spoed.
            ---
            """
        return files
    }()

    struct Filtered: Decodable {
        let filterVisible: Bool
        let choices: [String]
        let states: [String: State]
        struct State: Decodable {
            let shown: [String]
            let count: String
        }
    }

    @Test func theStoryFiltersShowOnlyTheChosenStories() throws {
        let built = try BuiltHandbook(FixtureRepository(Self.stories))
        #expect(built.result.check.errorCount == 0)
        let seen = try Browser.look(at: built.handbook + "/stories/index.html", """
            var form = document.querySelector("[data-story-filter]");
            var kind = form.elements.kind, team = form.elements.team, value = form.elements.value;
            function state() {
              return { shown: probe.visibleTexts(".story-item > a").sort(), count: probe.text(form.querySelector("[aria-live]")) };
            }
            function choose(k, t, v) { probe.choose(kind, k); probe.choose(team, t); probe.choose(value, v); return state(); }
            var states = { all: state() };
            states.success = choose("success", "", "");
            states.lesson = choose("lesson", "", "");
            states.zuid = choose("", "zuid", "");
            states.openheid = choose("", "", "openheid");
            states.successNoord = choose("success", "noord", "");
            states.reset = choose("", "", "");
            return {
              filterVisible: probe.visible(form),
              choices: [kind, team, value].filter(probe.visible).map(function (s) { return s.name; }),
              states: states
            };
            """, as: Filtered.self)
        #expect(seen.filterVisible)
        #expect(seen.choices == ["kind", "team", "value"])
        let all = ["Het rooster hield stand", "Minder rondes", "Twee keer dezelfde cliënt", "Vaste koppels"]
        let expected: [String: [String]] = [
            "all": all,
            "success": ["Het rooster hield stand", "Vaste koppels"],
            "lesson": ["Twee keer dezelfde cliënt"],
            "zuid": ["Minder rondes", "Vaste koppels"],
            "openheid": ["Minder rondes", "Twee keer dezelfde cliënt", "Vaste koppels"],
            "successNoord": ["Het rooster hield stand"],
            "reset": all,
        ]
        for (name, stories) in expected.sorted(by: { $0.key < $1.key }) {
            let state = try #require(seen.states[name])
            #expect(state.shown == stories, "\(name): visible \(state.shown)")
            #expect(state.count == "\(stories.count) \(stories.count == 1 ? "verhaal" : "verhalen") getoond", "\(name): \(state.count)")
        }
    }

    struct Searched: Decodable {
        let fromAddress: [Hit]
        let typed: [Hit]
        let nothing: [Hit]
        let nothingStatus: String
        struct Hit: Decodable, Equatable {
            let title: String
            let href: String
        }
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
        let seen = try Browser.look(at: built.handbook + "/search.html", query: "?q=Zeppelinvaart", """
            var input = document.querySelector("input[name=q]");
            function hits() {
              return Array.prototype.slice.call(document.querySelectorAll("[data-search-results] a")).filter(probe.visible)
                .map(function (a) { return { title: probe.text(a), href: a.href.replace(/^.*\\/handbook\\//, "") }; });
            }
            var fromAddress = hits();
            probe.type(input, "griepgolf rooster");
            var typed = hits();
            probe.type(input, "onvindbaarwoord");
            return { fromAddress: fromAddress, typed: typed, nothing: hits(),
                     nothingStatus: probe.text(document.querySelector("[data-search-status]")) };
            """, as: Searched.self)
        let rooster = Searched.Hit(title: "Het rooster hield stand", href: "stories/rooster.html")
        #expect(seen.fromAddress == [rooster])
        #expect(seen.typed == [rooster])
        #expect(seen.nothing == [])
        #expect(seen.nothingStatus == "Niets gevonden.")
    }

    @Test func aTeamPagePrintsAsAHandoutWithoutTheMenus() throws {
        let output = try Self.example.get()
        let pdf = output + "/noord.pdf"
        let (status, log) = try Browser.chromium(["--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://\(output)/handbook/teams/noord.html"])
        #expect(status == 0, "\(log)")
        let (_, text) = try run("pdftotext", ["-layout", pdf, "-"])
        #expect(text.contains("Team Noord") && text.contains("Delegatiebord") && text.contains("Open acties"))
        // The print stylesheet leaves out the menu, the footer and the search.
        #expect(!text.contains("Zoeken") && !text.contains("Gemaakt met kader"), "\(text.prefix(1500))")
    }
}
