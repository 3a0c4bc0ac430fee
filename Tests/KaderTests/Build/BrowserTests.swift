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
            #expect(state.count == "\(stories.count) verhalen getoond", "\(name): \(state.count)")
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
