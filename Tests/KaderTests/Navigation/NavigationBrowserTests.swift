import Foundation
import Testing
@testable import Kader

/// The navigation of the example handbook in chromium, as a person sees it on a phone and a desktop.
@Suite(.serialized) struct NavigationBrowserTests {
    struct Home: Decodable {
        let innerHeight: Int
        let teamsTop: Double
        let teamLinks: [String]
        let bodyTop: Double
        let visionBottom: Double
    }

    /// On a phone (390 × 844), the organization's own words follow its frame (mission, vision and
    /// its teams at a glance), so the teams are within two screens, however long the words.
    @Test func onAPhoneTheTeamsAreWithinTwoScreens() throws {
        let output = try BrowserTests.example.get()
        let home = try Browser.look(at: output + "/handbook/index.html", width: 390, height: 844, """
            function top(element) { return element.getBoundingClientRect().top + scrollY; }
            var teams = document.getElementById("our-teams");
            return {
              innerHeight: innerHeight, teamsTop: top(teams),
              teamLinks: probe.visibleTexts(".teams-at-a-glance li a"),
              bodyTop: top(document.querySelector("main .prose")),
              visionBottom: document.getElementById("vision").parentElement.getBoundingClientRect().bottom + scrollY
            };
            """, as: Home.self)
        #expect(home.innerHeight == 844)
        #expect(home.teamsTop < 2 * Double(home.innerHeight), "the teams start at \(home.teamsTop) px")
        #expect(home.teamLinks.contains("Team Noord"), "\(home.teamLinks)")
        #expect(home.teamsTop + 100 < home.bodyTop && home.bodyTop > home.visionBottom)
    }

    struct Seen: Decodable {
        let innerWidth: Int
        let scrollWidth: Int
        let current: [String]
        let crumbs: [String]
        let sidebarPages: [String]
        let sections: [String]
        let pager: [String]
    }

    static let look = """
        return {
          innerWidth: innerWidth, scrollWidth: document.documentElement.scrollWidth,
          current: probe.visibleTexts(".site-nav [aria-current=page]"),
          crumbs: probe.visibleTexts(".breadcrumbs li"),
          sidebarPages: probe.visibleTexts(".sidebar-pages li"),
          sections: probe.visibleTexts(".sidebar-sections li"),
          pager: probe.visibleTexts(".pager a")
        };
        """

    @Test(arguments: [390, 1280])
    func aFreePageShowsItsSectionBreadcrumbsAndPager(width: Int) throws {
        let output = try BrowserTests.example.get()
        let seen = try Browser.look(at: output + "/handbook/pages/evalueren.html", width: width, Self.look, as: Seen.self)
        #expect(seen.scrollWidth <= seen.innerWidth)
        #expect(seen.current == ["Pagina's"])
        #expect(seen.crumbs == ["Kader", "Pagina's", "Werkwijze", "De teamevaluatie"])
        #expect(seen.sidebarPages == ["Hoe we vergaderen", "De teamevaluatie"])
        #expect(seen.sections == ["Algemeen", "Werkwijze"])
        #expect(seen.pager == ["Vorige: Hoe we vergaderen"])
    }

    @Test(arguments: [390, 1280])
    func anEvaluationHighlightsTeamsAndLeadsToTheNextEvaluation(width: Int) throws {
        let handbook = try BrowserTests.example.get() + "/handbook"
        let evaluations = try FileManager.default.contentsOfDirectory(atPath: handbook + "/evaluations/noord").sorted()
        #expect(evaluations.count >= 3)
        let seen = try Browser.look(at: handbook + "/evaluations/noord/" + evaluations[1], width: width, Self.look, as: Seen.self)
        #expect(seen.scrollWidth <= seen.innerWidth)
        #expect(seen.current == ["Teams"])
        #expect(seen.crumbs.prefix(3) == ["Kader", "Teams", "Team Noord"])
        #expect(seen.pager.count == 2 && seen.pager[0].hasPrefix("Vorige: ") && seen.pager[1].hasPrefix("Volgende: "), "\(seen.pager)")
        #expect(seen.sidebarPages.isEmpty)
    }

    /// Under the welcome page of the example: who looks after it, where to edit it and, in this
    /// repository's git work tree, when its file last changed.
    @Test func aPageShowsItsOwnerEditLinkAndLastUpdate() throws {
        let handbook = try BrowserTests.example.get() + "/handbook"
        let seen = try Browser.look(at: handbook + "/pages/welkom.html", width: 390, """
            var edit = document.querySelector(".page-meta a.edit-link");
            return { texts: probe.visibleTexts(".page-meta p"), edit: edit ? edit.getAttribute("href") : "",
                     scrollWidth: document.documentElement.scrollWidth, innerWidth: innerWidth };
            """, as: [String: JSONValue].self)
        let texts = seen["texts"]?.strings ?? []
        #expect(texts.contains("Beheerd door An Bakker"), "\(texts)")
        #expect(texts.contains("Bewerk deze pagina"), "\(texts)")
        #expect(seen["edit"] == .string("https://github.com/zorggroep-de-linde/handboek/edit/main/content/pages/welkom.md"))
        if let day = GitHistory.lastChanged(root: ExampleContentTests.repositoryRoot)["content/pages/welkom.md"] {
            #expect(texts.contains("Laatst bijgewerkt op \(Labels(.nl).date(day))"), "\(texts)")
        }
        #expect((seen["scrollWidth"]?.number ?? 9999) <= (seen["innerWidth"]?.number ?? 0))
    }

    @Test func theTeamsAndPagesIndexesFitAPhone() throws {
        let handbook = try BrowserTests.example.get() + "/handbook"
        let seen = try Browser.look(atEach: [handbook + "/teams/index.html", handbook + "/pages/index.html"], width: 390, """
            return { innerWidth: innerWidth, scrollWidth: document.documentElement.scrollWidth,
                     current: probe.visibleTexts(".site-nav [aria-current=page]"),
                     items: probe.visibleTexts("main li:not(.breadcrumbs li)") };
            """, as: [String: JSONValue].self)
        #expect(seen[0]["current"] == .array([.string("Teams")]))
        #expect(seen[1]["current"] == .array([.string("Pagina's")]))
        for page in seen { #expect((page["scrollWidth"]?.number ?? 9999) <= (page["innerWidth"]?.number ?? 0)) }
        let teamItems = seen[0]["items"]?.strings ?? []
        #expect(teamItems.contains { $0.hasPrefix("Team Noord Oogsten Wijkverpleging") }, "\(teamItems)")
        #expect(teamItems.contains { $0.hasPrefix("Team West Gearchiveerd") }, "\(teamItems)")
        #expect((seen[1]["items"]?.strings ?? []).contains { $0.hasPrefix("Welkom bij het handboek") })
    }
}

/// A JSON value as the probe returns it.
enum JSONValue: Decodable, Equatable {
    case string(String), number(Double), bool(Bool), array([JSONValue]), object([String: JSONValue]), null

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    var number: Double? { if case .number(let value) = self { value } else { nil } }
    var strings: [String] { if case .array(let values) = self { values.compactMap { if case .string(let text) = $0 { text } else { nil } } } else { [] } }
}
