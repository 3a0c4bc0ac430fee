import Foundation
import Testing
@testable import Kader

/// The menu, the teams and pages indexes, breadcrumbs, previous/next and the free pages' sidebar,
/// read back from built pages.
@Suite struct NavigationTests {
    static let repository: [String: String] = [
        "content/teams/west.md": "---\nname: Team West\npurpose: Was West.\nphase: design\nmembers: [an]\nended: 2026-07-31\n---\n",
        "content/teams/noord.md": "---\nname: Team Noord\npurpose: Thuiszorg in Noord.\nphase: learning\nmembers: [an, bert]\n---\nNOORDTEKST: zo werken wij.\n",
        "content/evaluations/noord/2026-09-01.md": "---\nteam: noord\ndate: 2026-09-01\nparticipants: 4\n---\n",
        "content/evaluations/noord/2026-10-01.md": "---\nteam: noord\ndate: 2026-10-01\nparticipants: 4\n---\n",
        "content/pages/welkom.md": "---\ntitle: Welkom\norder: 1\n---\nHallo.\n",
        "content/pages/afspraken.md": "---\ntitle: Afspraken\norder: 2\n---\n",
        "content/pages/werkwijze/vergaderen.md": "---\ntitle: Vergaderen\norder: 10\nsummary: Hoe we vergaderen.\n---\n",
        "content/pages/werkwijze/evalueren.md": "---\ntitle: Evalueren\norder: 10\n---\n",
        "content/pages/werkwijze/beslissen.md": "---\ntitle: Beslissen\norder: 5\n---\n",
        "content/pages/nieuw-hier/eerste-dag.md": "---\ntitle: Je eerste dag\n---\n",
    ]

    static func build() throws -> BuiltHandbook {
        try BuiltHandbook(FixtureRepository(valid: repository))
    }

    /// The menu's entries, in order, and the one marked current.
    static func menu(_ html: String) -> (labels: [String], current: [String]) {
        guard let start = html.range(of: #"<nav class="site-nav""#), let end = html.range(of: "</nav>", range: start.upperBound..<html.endIndex) else { return ([], []) }
        let nav = String(html[start.upperBound..<end.lowerBound])
        let items = nav.components(separatedBy: "<li>").dropFirst()
        let label = { (item: String) in item.components(separatedBy: ">").dropFirst().first?.components(separatedBy: "<").first ?? "" }
        return (items.map(label), items.filter { $0.contains(#"aria-current="page""#) }.map(label))
    }

    @Test func theMenuHasEverySectionAndMarksTheCurrentOne() throws {
        let built = try Self.build()
        let expected = ["Kader", "Teams", "Mandaten", "Verhalen", "Sessies", "Mensen", "Pagina&#39;s", "Zoeken"]
        let current: [String: String] = [
            "index.html": "Kader", "teams/index.html": "Teams", "teams/noord.html": "Teams",
            "evaluations/noord/2026-10-01.html": "Teams", "mandates/index.html": "Mandaten", "stories/index.html": "Verhalen",
            "stories/rooster.html": "Verhalen", "sessions/index.html": "Sessies", "people/an.html": "Mensen",
            "pages/index.html": "Pagina&#39;s", "pages/vergaderen.html": "Pagina&#39;s", "search.html": "Zoeken",
        ]
        for (path, section) in current {
            let menu = Self.menu(try built.page(path))
            #expect(menu.labels == expected, "\(path)")
            #expect(menu.current == [section], "\(path)")
        }
        #expect(Self.menu(try built.page("404.html")).current == [])
    }

    @Test func theTeamsIndexListsActiveTeamsWithPhaseAndPurposeAndArchivedApart() throws {
        let page = try Self.build().page("teams/index.html")
        let active = try #require(page.range(of: #"<h2 id="teams-list">"#))
        let archived = try #require(page.range(of: #"<h2 id="teams-archive">"#))
        let activePart = String(page[active.upperBound..<archived.lowerBound])
        let archivedPart = String(page[archived.upperBound...])
        #expect(activePart.contains(#"<a href="../teams/noord.html">Team Noord</a> <span class="badge phase-learning">Leren</span><p>Thuiszorg in Noord.</p>"#))
        #expect(!activePart.contains("Team West"))
        #expect(archivedPart.contains(#"<a href="../teams/west.html">Team West</a>"#) && archivedPart.contains("31 juli 2026"))
        #expect(!archivedPart.contains("Team Noord"))
    }

    @Test func thePagesIndexListsThePagesBySection() throws {
        let page = try Self.build().page("pages/index.html")
        let titles = ["Algemeen", "Welkom", "Afspraken", "Nieuw hier", "Je eerste dag", "Werkwijze", "Beslissen", "Evalueren", "Vergaderen"]
        let positions = try titles.map { title in try #require(page.range(of: ">\(title)<")?.lowerBound, "\(title)") }
        #expect(positions == positions.sorted(), "sections alphabetically after the pages in pages/, pages by order then title")
        #expect(page.contains(#"<h2 id="section-werkwijze">Werkwijze</h2>"#))
        #expect(page.contains(#"<span class="meta">Hoe we vergaderen.</span>"#))
    }

    @Test func aFreePageHasASidebarOfItsSectionAndTheSectionsOnly() throws {
        let page = try Self.build().page("pages/evalueren.html")
        let sidebar = String(page[try #require(page.range(of: #"<div class="sidebar">"#)).upperBound...])
        let pagesNav = String(sidebar[..<(try #require(sidebar.range(of: "</nav>"))).lowerBound])
        #expect(pagesNav.contains(#"aria-label="Pagina&#39;s in Werkwijze""#))
        #expect(pagesNav.contains(#"<a href="../pages/evalueren.html" aria-current="page">Evalueren</a>"#))
        #expect(pagesNav.contains("Beslissen") && pagesNav.contains("Vergaderen"))
        for other in ["Welkom", "Afspraken", "Je eerste dag"] { #expect(!page.contains(">\(other)<"), "\(other) is not in this section") }
        #expect(sidebar.contains(#"<a href="../pages/index.html#section-werkwijze" aria-current="true">Werkwijze</a>"#))
        #expect(sidebar.contains(#"<a href="../pages/index.html#pages-top">Algemeen</a>"#))
        #expect(sidebar.contains(#"<a href="../pages/index.html#section-nieuw-hier">Nieuw hier</a>"#))
        // No page outside the free pages lists them.
        for path in ["index.html", "teams/noord.html", "people/an.html"] { #expect(!(try Self.build().page(path)).contains("Welkom"), "\(path)") }
    }

    @Test func breadcrumbsOnEveryPage() throws {
        let built = try Self.build()
        var checked = 0
        for file in built.allFiles() where file.hasPrefix("handbook/") && file.hasSuffix(".html") {
            let html = String(decoding: built.contents(of: file), as: UTF8.self)
            let crumbs = try #require(html.range(of: #"<nav class="breadcrumbs" aria-label="Kruimelpad">"#), "\(file)")
            let list = html[crumbs.upperBound...].prefix { _ in true }.components(separatedBy: "</nav>")[0]
            #expect(list.contains(#"<span aria-current="page">"#), "\(file)")
            checked += 1
        }
        #expect(checked > 15)
        let evaluation = try built.page("evaluations/noord/2026-10-01.html")
        #expect(evaluation.contains("""
            <li><a href="../../index.html">Kader</a></li>
            <li><a href="../../teams/index.html">Teams</a></li>
            <li><a href="../../teams/noord.html">Team Noord</a></li>
            <li><span aria-current="page">Evaluatie Team Noord, 1 oktober 2026</span></li>
            """))
        #expect(try built.page("pages/vergaderen.html").contains("""
            <li><a href="../pages/index.html">Pagina&#39;s</a></li>
            <li><a href="../pages/index.html#section-werkwijze">Werkwijze</a></li>
            <li><span aria-current="page">Vergaderen</span></li>
            """))
    }

    static func pager(_ html: String) -> (previous: String?, next: String?) {
        func target(_ rel: String) -> String? {
            guard let range = html.range(of: #"rel="\#(rel)" href=""#) else { return nil }
            return html[range.upperBound...].components(separatedBy: "\"")[0]
        }
        return (target("prev"), target("next"))
    }

    @Test func previousAndNextFollowATeamsEvaluationsByDateAndASectionsPagesByOrderThenTitle() throws {
        let built = try Self.build()
        #expect(Self.pager(try built.page("evaluations/noord/2026-09-01.html")) == (nil, "../../evaluations/noord/2026-10-01.html"))
        #expect(Self.pager(try built.page("evaluations/noord/2026-10-01.html")) == ("../../evaluations/noord/2026-09-01.html", "../../evaluations/noord/2026-11-01.html"))
        #expect(Self.pager(try built.page("evaluations/noord/2026-11-01.html")) == ("../../evaluations/noord/2026-10-01.html", nil))
        // werkwijze: Beslissen (5), Evalueren (10), Vergaderen (10).
        #expect(Self.pager(try built.page("pages/beslissen.html")) == (nil, "../pages/evalueren.html"))
        #expect(Self.pager(try built.page("pages/evalueren.html")) == ("../pages/beslissen.html", "../pages/vergaderen.html"))
        #expect(Self.pager(try built.page("pages/vergaderen.html")) == ("../pages/evalueren.html", nil))
        #expect(Self.pager(try built.page("pages/welkom.html")) == (nil, "../pages/afspraken.html"))
        // A single page in its section, and pages that are no sequence, have no pager.
        #expect(!(try built.page("pages/eerste-dag.html")).contains(#"class="pager""#))
        #expect(!(try built.page("teams/noord.html")).contains(#"class="pager""#))
    }

    @Test func theHomePageHasTheOrganizationsWordsRightAfterItsFrameThenTheTeams() throws {
        let home = try Self.build().page("index.html")
        let order = try ["id=\"mission\"", "id=\"vision\"", "id=\"our-teams\"", "Het kader.", "id=\"teams\"", "id=\"values\""].map { try #require(home.range(of: $0)?.lowerBound, "\($0)") }
        #expect(order == order.sorted())
    }

    @Test func aTeamPageStartsWithTheTeamsOwnText() throws {
        let team = try Self.build().page("teams/noord.html")
        let order = try ["<h1>Team Noord</h1>", "Thuiszorg in Noord.", "NOORDTEKST", #"<dl class="facts">"#, #"id="members""#].map { try #require(team.range(of: $0)?.lowerBound, "\($0)") }
        #expect(order == order.sorted())
    }

    /// A section far larger than the sidebar shows a window around the page and a link to the
    /// whole section; so does a list of sections.
    @Test func aLongSectionShowsAWindowAroundThePage() throws {
        var files = FixtureRepository.valid
        for number in 0..<100 { files["content/pages/groot/p\(number).md"] = "---\ntitle: Pagina \(number)\norder: \(number)\n---\n" }
        for number in 0..<40 { files["content/pages/s\(number)/q\(number).md"] = "---\ntitle: Q \(number)\n---\n" }
        let built = try BuiltHandbook(FixtureRepository(files))
        let page = try built.page("pages/p50.html")
        let sidebar = String(page[try #require(page.range(of: #"<div class="sidebar">"#)).upperBound...])
        let pages = sidebar.components(separatedBy: "</nav>")[0]
        let listed = pages.components(separatedBy: "<li>").count - 1
        #expect(listed == Handbook.sidebarWindow)
        #expect(pages.contains(">Pagina 50<") && pages.contains(">Pagina 36<") && pages.contains(">Pagina 64<"))
        #expect(!pages.contains(">Pagina 0<") && !pages.contains(">Pagina 99<"))
        #expect(pages.contains(#"<a href="../pages/index.html#section-groot">Alle pagina&#39;s van deze sectie</a>"#))
        let sections = sidebar.components(separatedBy: "</nav>")[1]
        #expect(sections.components(separatedBy: "<li>").count - 1 == Handbook.sidebarWindow)
        #expect(sections.contains(#"<a href="../pages/index.html">Alle secties</a>"#))
        #expect(sections.contains(#"aria-current="true">Groot<"#))
    }

    /// The size of a free page does not grow with the number of pages in the handbook (once its
    /// section is longer than the sidebar's window), and the free pages grow linearly.
    @Test func aFreePageDoesNotGrowWithTheHandbook() throws {
        func size(pages: Int) throws -> (page: Int, handbook: Int) {
            var files = FixtureRepository.valid
            for number in 0..<pages { files["content/pages/s\(number % 8)/p\(number).md"] = "---\ntitle: Pagina \(number)\norder: \(number)\n---\nTekst.\n" }
            let built = try BuiltHandbook(FixtureRepository(files))
            let total = built.allFiles().filter { $0.hasPrefix("handbook/pages/") }.map { built.contents(of: $0).count }.reduce(0, +)
            return (built.contents(of: "handbook/pages/p10.html").count, total)
        }
        let small = try size(pages: 320), large = try size(pages: 1_280)
        #expect(abs(large.page - small.page) * 50 < small.page, "\(small.page) → \(large.page) bytes")
        #expect(Double(large.handbook) <= 4.2 * Double(small.handbook), "\(small) → \(large)")
    }
}
