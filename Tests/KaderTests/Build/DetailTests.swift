import Foundation
import Testing
@testable import Kader

/// The smaller points of issue 10: task lists, accountabilities, the steering answer, plurals and
/// the 404 page from disk.
@Suite(.serialized) struct DetailTests {
    static let files: [String: String] = FixtureRepository.valid.merging([
        "content/pages/taken.md": "---\ntitle: Taken\n---\n- [x] Rooster **gemaakt**\n- [ ] Evaluatie plannen\n- Gewoon punt\n",
        "content/teams/noord.md": "---\nname: Team Noord\npurpose: Thuiszorg in Noord.\nphase: learning\nmembers: [an, bert]\nroles:\n  - id: planner\n    name: Planner\n    holder: an\n    accountabilities: [Beheert het materiaalbudget., Doet de planning.]\n---\n",
        "content/evaluations/noord/2026-11-01.md": "---\nteam: noord\ndate: 2026-11-01\nparticipants: 4\nsteering: less\n---\n",
        "content/evaluations/noord/2026-10-01.md": "---\nteam: noord\ndate: 2026-10-01\nparticipants: 2\nsteering: more\n---\n",
    ]) { _, new in new }

    @Test func tasksAreLabelledCheckboxesWithoutBullets() throws {
        let built = try BuiltHandbook(FixtureRepository(Self.files))
        let page = try built.page("pages/taken.html")
        #expect(page.contains(#"<li class="task-item"><label><input type="checkbox" checked="" disabled="" /> Rooster <strong>gemaakt</strong></label></li>"#), "\(page)")
        #expect(page.contains(#"<li class="task-item"><label><input type="checkbox" disabled="" /> Evaluatie plannen</label></li>"#))
        #expect(page.contains("<li>Gewoon punt</li>"))
        struct Seen: Decodable { let names: [String]; let bullets: [String] }
        let seen = try Browser.look(at: built.handbook + "/pages/taken.html", """
            var boxes = Array.prototype.slice.call(document.querySelectorAll(".prose input[type=checkbox]"));
            return { names: boxes.map(function (box) { return box.labels.length ? probe.text(box.labels[0]) : ""; }),
                     bullets: Array.prototype.map.call(document.querySelectorAll(".prose li"), function (li) { return getComputedStyle(li).listStyleType; }) };
            """, as: Seen.self)
        #expect(seen.names == ["Rooster gemaakt", "Evaluatie plannen"])
        #expect(seen.bullets == ["none", "none", "disc"])
    }

    @Test func accountabilitiesAreAList() throws {
        let person = try BuiltHandbook(FixtureRepository(Self.files)).page("people/an.html")
        #expect(person.contains("<ul><li>Beheert het materiaalbudget.</li><li>Doet de planning.</li></ul>"))
        #expect(!person.contains("materiaalbudget.; "))
    }

    @Test func theEvaluationShowsTheSteeringAnswerWithEnoughParticipants() throws {
        let built = try BuiltHandbook(FixtureRepository(Self.files))
        #expect(try built.page("evaluations/noord/2026-11-01.html").contains("<div><dt>Behoefte aan sturing</dt><dd>minder sturing</dd></div>"))
        // Two participants: the answer would be theirs, as in the reports.
        let few = try built.page("evaluations/noord/2026-10-01.html")
        #expect(!few.contains("Behoefte aan sturing") && !few.contains("meer sturing"))
    }

    @Test func oneEvaluationIsSingular() throws {
        let built = try BuiltHandbook(FixtureRepository(Self.files))
        let period = String(decoding: built.contents(of: "reports/periods/2026-11/noord.html"), as: UTF8.self)
        #expect(period.contains("<li>1 evaluatie, 1 meegeteld voor scores</li>"), "\(period)")
    }

    struct NotFound: Decodable {
        let styled: Bool
        let home: String
        let stylesheet: String
    }

    @Test func theNotFoundPageWorksFromDisk() throws {
        let built = try BuiltHandbook(FixtureRepository(valid: ["kader.yml": "base_url: https://example.org/handboek/\n"]))
        let html = try built.page("404.html")
        #expect(html.contains(#"<base href="/handboek/">"#))
        #expect(html.contains(#"<link rel="stylesheet" href="style.css">"#))
        let seen = try Browser.look(at: built.handbook + "/404.html", """
            var skip = document.querySelector(".skip");
            return { styled: getComputedStyle(skip).position === "absolute",
                     home: document.querySelector(".breadcrumbs a").href,
                     stylesheet: document.querySelector("link[rel=stylesheet]").href };
            """, as: NotFound.self)
        #expect(seen.styled, "the stylesheet applies from disk")
        #expect(seen.home == URL(fileURLWithPath: built.handbook + "/index.html").absoluteString, "\(seen.home)")
        #expect(seen.stylesheet == URL(fileURLWithPath: built.handbook + "/style.css").absoluteString)
    }
}
