import Foundation
import Testing
@testable import Kader

/// Pages are read back and checked for what they must contain.
@Suite struct HandbookPageTests {
    static let mandate = """
        ---
        title: Uitgaven tot 500 euro
        team: noord
        area: budget
        holder: team
        level: 5
        limit: Tot 500 euro per uitgave.
        since: 2026-05-01
        review: 2027-05-01
        history:
          - date: 2026-02-01
            level: 3
            note: Eerste overdracht.
        ---
        """

    @Test func aMandateStandsOnItsTeamsBoardAtItsLevel() throws {
        let built = try BuiltHandbook(FixtureRepository(valid: ["content/mandates/uitgaven.md": Self.mandate]))
        let team = try built.page("teams/noord.html")
        let row = try #require(team.range(of: #"<th scope="row">budget</th>"#))
        let cells = team[row.upperBound...].components(separatedBy: "<td").dropFirst().prefix(7)
        #expect(cells.count == 7)
        for (index, cell) in cells.enumerated() {
            #expect(cell.contains("../mandates/uitgaven.html") == (index == 4), "level \(index + 1)")
        }
        let overview = try built.page("mandates/index.html")
        #expect(overview.contains(#"data-level="5"><span class="board-mandate status-active"><a href="../mandates/uitgaven.html">Uitgaven tot 500 euro</a>"#))
    }

    @Test func theMandatePageShowsLevelHistoryAndOverdueReview() throws {
        let overdue = Self.mandate.replacingOccurrences(of: "review: 2027-05-01", with: "review: 2026-10-01")
        let built = try BuiltHandbook(FixtureRepository(valid: ["content/mandates/uitgaven.md": overdue]))
        let page = try built.page("mandates/uitgaven.html")
        #expect(page.contains("Adviseren"))
        #expect(page.contains("Eerste overdracht."))
        #expect(page.contains(#"<span class="date">1 oktober 2026</span> <strong class="badge badge-overdue">te laat</strong>"#))
        #expect(page.contains("<li><span class=\"date\">1 februari 2026</span> <span class=\"level-badge level-3\">3</span> Raadplegen"))
    }

    @Test func anOverdueActionIsMarked() throws {
        let built = try BuiltHandbook(FixtureRepository(valid: ["content/evaluations/noord/2026-11-01.md": """
            ---
            team: noord
            date: 2026-11-01
            participants: 4
            actions:
              - id: rooster
                title: Rooster afmaken
                owner: an
                due: 2026-11-10
              - id: later
                title: Later klaar
                due: 2026-12-10
            ---
            """]))
        let team = try built.page("teams/noord.html")
        let overdue = try #require(team.components(separatedBy: "<li class=\"action").first { $0.contains("Rooster afmaken") })
        #expect(overdue.contains("is-overdue"))
        #expect(overdue.contains("badge-overdue"))
        let later = try #require(team.components(separatedBy: "<li class=\"action").first { $0.contains("Later klaar") })
        #expect(!later.contains("is-overdue"))
    }

    @Test func aPrivateBodyIsInNoOutputFile() throws {
        let built = try BuiltHandbook(FixtureRepository(valid: ["content/evaluations/noord/2026-11-01.md": """
            ---
            team: noord
            date: 2026-11-01
            participants: 4
            went_well: [Samen gepland]
            private: true
            ---
            Vertrouwelijk: GEHEIMWOORD over een collega.
            """]))
        #expect(try built.page("evaluations/noord/2026-11-01.html").contains("Samen gepland"))
        for file in built.allFiles() {
            #expect(!String(decoding: built.contents(of: file), as: UTF8.self).contains("GEHEIMWOORD"), "\(file)")
        }
    }

    @Test func scriptInAnyFieldShowsAsText() throws {
        let script = "<script>alert(1)</script>"
        let built = try BuiltHandbook(FixtureRepository(valid: [
            "content/teams/noord.md": """
                ---
                name: "\(script)"
                purpose: "\(script)"
                phase: learning
                members: [an, bert]
                roles:
                  - id: planner
                    name: "\(script)"
                    holder: an
                    accountabilities: ["\(script)"]
                ---
                """,
            "content/people/an.md": "---\nname: \"\(script)\"\ntitle: \"\(script)\"\n---\n",
            "content/stories/rooster.md": """
                ---
                title: "\(script)"
                date: 2026-10-01
                kind: lesson
                learned: "\(script)"
                team: noord
                values: [vertrouwen]
                ---
                """,
            "kader.yml": "title: \"\(script)\"\n",
        ]))
        var pages = 0
        for file in built.allFiles() where file.hasSuffix(".html") || file.hasSuffix(".xml") {
            let text = String(decoding: built.contents(of: file), as: UTF8.self)
            #expect(!text.contains(script), "\(file)")
            pages += 1
        }
        #expect(pages > 5)
        #expect(try built.page("teams/noord.html").contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func bodiesLinkToPagesAndAssetsAndGetAnchors() throws {
        let repository = try FixtureRepository(valid: ["content/pages/werkwijze/welkom.md": """
            ---
            title: Welkom
            ---
            ## Eerste stap
            Zie [team Noord](../../teams/noord.md#leden) en ![logo](../../assets/logo.svg).
            ## Tweede stap
            ### Eerste stap
            <div class="rauw">rauw</div>
            """])
        try repository.write("content/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        let built = try BuiltHandbook(repository)
        let page = try built.page("pages/welkom.html")
        #expect(page.contains(#"<a href="../teams/noord.html#leden">team Noord</a>"#))
        #expect(page.contains(#"<img src="../assets/logo.svg" alt="logo" />"#))
        #expect(page.contains(#"<h2 id="eerste-stap">"#) && page.contains(#"<h2 id="tweede-stap">"#) && page.contains(#"<h3 id="eerste-stap-2">"#))
        #expect(page.contains(#"<nav class="toc""#))
        #expect(!page.contains("<div class=\"rauw\">"))
        #expect(FileManager.default.contents(atPath: built.handbook + "/assets/logo.svg") != nil)
        // The section is in the index of pages, not in every page's footer.
        #expect(try built.page("pages/index.html").contains(#"<h2 id="section-werkwijze">Werkwijze</h2>"#))
        #expect(try !built.page("index.html").contains("Werkwijze"))
    }

    @Test func rawHTMLPassesOnlyWithUnsafeHTML() throws {
        let built = try BuiltHandbook(FixtureRepository(valid: [
            "kader.yml": "unsafe_html: true\n",
            "content/pages/rauw.md": "---\ntitle: Rauw\n---\n<div class=\"rauw\">rauw</div>\n",
        ]))
        #expect(try built.page("pages/rauw.html").contains("<div class=\"rauw\">rauw</div>"))
    }

    @Test func everyKindOfPageIsWritten() throws {
        let built = try BuiltHandbook(FixtureRepository(valid: [
            "content/mandates/uitgaven.md": Self.mandate,
            "content/sessions/begroting.md": "---\ntitle: Begroting\ndate: 2026-10-01\ntopic: budget\nteams: [noord, noord]\n---\n",
            "content/pages/welkom.md": "---\ntitle: Welkom\n---\n",
        ]))
        let files = Set(built.allFiles())
        for path in ["index.html", "teams/noord.html", "mandates/index.html", "mandates/uitgaven.html", "stories/index.html",
                     "stories/rooster.html", "values/vertrouwen.html", "evaluations/noord/2026-11-01.html", "sessions/index.html",
                     "sessions/begroting.html", "people/index.html", "people/an.html", "pages/welkom.html", "search.html",
                     "404.html", "feed.xml", "sitemap.xml", "search-index.js", "style.css", "kader.js"] {
            #expect(files.contains("handbook/" + path), "\(path)")
        }
        #expect(try built.page("values/vertrouwen.html").contains("../stories/rooster.html"))
        #expect(try built.page("feed.xml").contains("<id>/stories/rooster.html</id>"))
        #expect(!files.contains { $0.hasPrefix("handbook/reports") })
    }

    @Test func anArchivedTeamIsShownAsArchivedAndThePersonPageShowsTheirWish() throws {
        let built = try BuiltHandbook(FixtureRepository(valid: [
            "content/teams/west.md": "---\nname: Team West\npurpose: Was West.\nphase: design\nmembers: [an]\nended: 2026-07-31\n---\n",
            "content/people/an.md": "---\nname: An\nautonomy: more\nleft: 2026-09-01\n---\n",
        ]))
        #expect(try built.page("teams/west.html").contains("Dit team is gestopt op"))
        #expect(try built.page("index.html").contains("badge-archived"))
        let person = try built.page("people/an.html")
        #expect(person.contains("meer autonomie") && person.contains("Uit dienst sinds"))
        for file in built.allFiles() where file != "handbook/people/an.html" {
            #expect(!String(decoding: built.contents(of: file), as: UTF8.self).contains("meer autonomie"), "\(file)")
        }
    }
}
