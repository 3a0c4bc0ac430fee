import Foundation
import Testing
@testable import Kader

/// Search in chromium, from disk: ranking, singular and plural, snippets with the matched words
/// marked, the count in words; and the story filters kept in the address.
@Suite(.serialized) struct SearchTests {
    static let files: [String: String] = FixtureRepository.valid.merging([
        "content/pages/rooster.md": "---\ntitle: Rooster\n---\nHoe het rooster gemaakt wordt.\n",
        "content/pages/verhaal.md": "---\ntitle: Ons verhaal\n---\nWaar we vandaan komen.\n",
        "content/pages/code.md": "---\ntitle: Opmaak\n---\nSchrijf `<b>vet</b>` zo, en <i>schuin</i> niet.\n",
        "content/stories/nieuw.md": "---\ntitle: Nieuw rooster\ndate: 2026-11-01\nkind: success\nteam: noord\n---\n",
        "content/evaluations/noord/2026-09-01.md": "---\nteam: noord\ndate: 2026-09-01\nparticipants: 4\n---\nHet rooster liep vast.\n",
        "content/evaluations/noord/2026-11-01.md": "---\nteam: noord\ndate: 2026-11-01\nparticipants: 4\n---\nEen lange aanloop van woorden die niets met de zaak te maken hebben, zodat het fragment moet beginnen bij het woord dat gezocht wordt en niet bij het begin van de tekst; daarna kwam het rooster weer op gang met twee mandaten en drie evaluaties.\n",
        "content/mandates/uitgaven.md": "---\ntitle: Uitgaven\nteam: noord\narea: budget\nholder: team\nlevel: 5\nlimit: Tot 500 euro.\nsince: 2026-05-01\nreview: 2027-05-01\n---\nEen mandaat voor kleine uitgaven van de teams, met stories.\n",
    ]) { _, new in new }

    struct Result: Decodable {
        let titles: [String]
        let kinds: [String]
        let status: String
        let marks: [[String]]
        let snippets: [String]
        let boldElements: Int
    }

    static let probe = """
        var input = document.querySelector("input[name=q]");
        function seen(query) {
          probe.type(input, query);
          var items = Array.prototype.slice.call(document.querySelectorAll("[data-search-results] li")).filter(probe.visible);
          return {
            titles: items.map(function (li) { return probe.text(li.querySelector("a")); }),
            kinds: items.map(function (li) { return probe.text(li.querySelector(".meta")); }),
            status: probe.text(document.querySelector("[data-search-status]")),
            marks: items.map(function (li) { return probe.visibleTexts("mark", li); }),
            snippets: items.map(function (li) { return probe.text(li.querySelector(".search-snippet")); }),
            boldElements: document.querySelectorAll("[data-search-results] b, [data-search-results] i").length
          };
        }
        var answers = {};
        QUERIES.forEach(function (query) { answers[query] = seen(query); });
        return answers;
        """

    static func search(_ queries: [String]) throws -> [String: Result] {
        let built = try BuiltHandbook(FixtureRepository(files))
        #expect(built.result.check.errorCount == 0, "\(built.result.check.findings.map(\.message))")
        let list = "[" + queries.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        return try Browser.look(at: built.handbook + "/search.html", probe.replacingOccurrences(of: "QUERIES", with: list), as: [String: Result].self)
    }

    @Test func rankingExactTitleThenTitleWordsThenBodyTiesNewestFirst() throws {
        let seen = try Self.search(["rooster", "uitgaven"])
        let rooster = try #require(seen["rooster"])
        #expect(rooster.titles == ["Rooster", "Nieuw rooster", "Het rooster hield stand",
                                   "Evaluatie Team Noord, 1 november 2026", "Evaluatie Team Noord, 1 september 2026"], "\(rooster.titles)")
        #expect(rooster.status == "5 resultaten")
        #expect(rooster.kinds[0] == "Pagina" && rooster.kinds[1] == "Verhaal · 1 november 2026", "\(rooster.kinds)")
        #expect(seen["uitgaven"]?.status == "1 resultaat")
        #expect(seen["uitgaven"]?.kinds == ["Mandaat"])
    }

    @Test func singularAndPluralFindEachOther() throws {
        let seen = try Self.search(["verhalen", "verhaal", "mandaat", "mandaten", "evaluatie", "story", "team"])
        #expect(seen["verhalen"]?.titles.contains("Ons verhaal") == true)
        #expect(seen["verhaal"]?.titles.contains("Ons verhaal") == true)
        // "mandaten" in the evaluation's words, "mandaat" in the mandate's.
        for query in ["mandaat", "mandaten"] {
            let titles = seen[query]?.titles ?? []
            #expect(titles.contains("Uitgaven") && titles.contains("Evaluatie Team Noord, 1 november 2026"), "\(query): \(titles)")
        }
        #expect(seen["evaluatie"]?.marks.joined().contains("evaluaties") == true, "\(seen["evaluatie"]?.marks ?? [])")
        #expect(seen["story"]?.titles.contains("Uitgaven") == true)
        #expect(seen["team"]?.marks.contains { $0.contains("teams") } == true)
    }

    @Test func snippetsMarkTheMatchedWordsAsText() throws {
        let seen = try Self.search(["rooster gang", "vet"])
        let both = try #require(seen["rooster gang"])
        #expect(both.titles == ["Evaluatie Team Noord, 1 november 2026"])
        #expect(both.marks == [["rooster", "gang"]])
        // The snippet starts near the first match, not at the start of the text.
        #expect(both.snippets[0].hasPrefix("… ") && both.snippets[0].contains("kwam het rooster weer op gang"), "\(both.snippets)")
        let code = try #require(seen["vet"])
        #expect(code.titles == ["Opmaak"])
        #expect(code.snippets[0].contains("<b>vet</b>"), "\(code.snippets)")
        #expect(code.boldElements == 0, "the index's text is never read as HTML")
        #expect(code.marks == [["vet"]])
    }

    struct Filtered: Decodable {
        let fromAddress: [String]
        let chosen: [String: String]
        let search: String
        let count: String
        let meta: [String]
    }

    /// `?kind=…&team=…&value=…` chooses the filters; choosing writes them back into the address.
    @Test func storyFiltersKeepTheirStateInTheAddress() throws {
        let built = try BuiltHandbook(FixtureRepository(BrowserTests.stories))
        let seen = try Browser.look(at: built.handbook + "/stories/index.html", query: "?kind=success&team=zuid", """
            var form = document.querySelector("[data-story-filter]");
            var fromAddress = probe.visibleTexts(".story-item > a");
            var chosen = { kind: form.elements.kind.value, team: form.elements.team.value, value: form.elements.value.value };
            var count = probe.text(form.querySelector("[aria-live]"));
            probe.choose(form.elements.team, "");
            probe.choose(form.elements.kind, "lesson");
            probe.choose(form.elements.value, "openheid");
            return { fromAddress: fromAddress, chosen: chosen, count: count, search: location.search,
                     meta: probe.visibleTexts(".story-item .meta") };
            """, as: Filtered.self)
        #expect(seen.fromAddress == ["Vaste koppels"])
        #expect(seen.chosen == ["kind": "success", "team": "zuid", "value": ""])
        #expect(seen.count == "1 verhaal getoond")
        #expect(seen.search == "?kind=lesson&value=openheid")
        #expect(seen.meta.count == 1)
    }

    @Test func theStoryListShowsAnExperimentsStatusAndOutcome() throws {
        var files = BrowserTests.stories
        files["content/stories/proef-klaar.md"] = "---\ntitle: Proef\ndate: 2026-09-01\nkind: experiment\nhypothesis: H.\nstatus: done\noutcome: more\n---\n"
        let built = try BuiltHandbook(FixtureRepository(files))
        let list = try built.page("stories/index.html")
        let item = try #require(list.components(separatedBy: "<li class=\"story-item").first { $0.contains(">Proef<") })
        #expect(item.contains(#"<span class="experiment-status">afgerond</span>"#))
        #expect(item.contains(#"<span class="experiment-outcome">Uitkomst: meer hiervan</span>"#))
        let running = try #require(list.components(separatedBy: "<li class=\"story-item").first { $0.contains(">Minder rondes<") })
        #expect(running.contains(#"<span class="experiment-status">loopt</span>"#) && !running.contains("experiment-outcome"))
    }
}
