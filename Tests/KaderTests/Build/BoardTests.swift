import Foundation
import Testing
@testable import Kader

/// The delegation board's cards: status in words, review date and overdue badge, the move since
/// the previous period; and on a phone a list by area with the level's name.
@Suite(.serialized) struct BoardTests {
    static func mandate(_ title: String, level: Int, since: String, review: String = "2027-05-01", status: String = "active",
                        history: String = "", area: String = "budget") -> String {
        "---\ntitle: \(title)\nteam: noord\narea: \(area)\nholder: team\nlevel: \(level)\nlimit: Binnen budget.\nsince: \(since)\nreview: \(review)\nstatus: \(status)\n\(history)---\n"
    }

    static let files: [String: String] = FixtureRepository.valid.merging([
        "content/mandates/uitgaven.md": mandate("Uitgaven", level: 5, since: "2026-11-05", history: "history:\n  - date: 2026-02-01\n    level: 3\n"),
        "content/mandates/inkoop.md": mandate("Inkoop", level: 2, since: "2026-11-05", history: "history:\n  - date: 2026-02-01\n    level: 4\n"),
        "content/mandates/rooster.md": mandate("Rooster", level: 6, since: "2026-03-01", review: "2026-10-01", area: "planning"),
        "content/mandates/vakantie.md": mandate("Vakantie", level: 4, since: "2026-11-10", area: "planning"),
        "content/mandates/scholing.md": mandate("Scholing", level: 3, since: "2026-03-01", status: "paused"),
        "content/mandates/werving.md": mandate("Werving", level: 2, since: "2026-03-01", status: "revoked", area: "personeel"),
    ]) { _, new in new }

    static func card(_ html: String, _ title: String) -> String {
        html.components(separatedBy: #"<span class="board-mandate"#).first { $0.contains(">\(title)</a>") } ?? ""
    }

    @Test func eachCardSaysItsStatusReviewAndMove() throws {
        let built = try BuiltHandbook(FixtureRepository(Self.files))
        #expect(built.result.check.errorCount == 0, "\(built.result.check.findings.map(\.message))")
        for page in ["teams/noord.html", "mandates/index.html"] {
            let html = try built.page(page)
            let uitgaven = Self.card(html, "Uitgaven")
            #expect(uitgaven.contains(#"<span class="board-moved" aria-hidden="true">↑ van 3</span><span class="visually-hidden"> (sinds de vorige periode verhoogd, was niveau 3)</span>"#), "\(uitgaven)")
            #expect(uitgaven.contains(#"Evaluatiemoment: <span class="date">1 mei 2027</span></span>"#) && !uitgaven.contains("badge-overdue"))
            #expect(Self.card(html, "Inkoop").contains("↓ van 4"))
            let rooster = Self.card(html, "Rooster")
            #expect(rooster.contains(#"<span class="date">1 oktober 2026</span> <strong class="badge badge-overdue">te laat</strong>"#), "\(rooster)")
            #expect(!rooster.contains("board-moved"))
            #expect(Self.card(html, "Vakantie").contains(">nieuw</span>"))
            let paused = Self.card(html, "Scholing")
            #expect(paused.hasPrefix(" status-paused") && paused.contains(#"<span class="badge badge-paused">gepauzeerd</span>"#))
            let revoked = Self.card(html, "Werving")
            #expect(revoked.hasPrefix(" status-revoked") && revoked.contains(#"<span class="badge badge-revoked">ingetrokken</span>"#))
            #expect(!paused.contains("badge-overdue") && !revoked.contains("board-moved"))
        }
    }

    struct Seen: Decodable {
        let innerWidth: Int
        let scrollWidth: Int
        let headsVisible: Bool
        let areas: [String]
        let cards: [String]
        let levelsVisible: [String]
    }

    @Test(arguments: [390, 1280])
    func onAPhoneTheBoardIsAListByAreaWithTheLevelsName(width: Int) throws {
        let built = try BuiltHandbook(FixtureRepository(Self.files))
        let seen = try Browser.look(at: built.handbook + "/teams/noord.html", width: width, """
            var board = document.querySelector("table.board");
            return { innerWidth: innerWidth, scrollWidth: document.documentElement.scrollWidth,
                     headsVisible: probe.visible(board.querySelector("thead th.level-head")),
                     areas: probe.visibleTexts("tbody th", board),
                     cards: probe.visibleTexts(".board-mandate", board),
                     // Wider than the one pixel a visually hidden text keeps.
                     levelsVisible: Array.prototype.filter.call(board.querySelectorAll(".board-level"), function (element) {
                       return probe.visible(element) && element.getBoundingClientRect().width > 1;
                     }).map(probe.text) };
            """, as: Seen.self)
        #expect(seen.scrollWidth <= seen.innerWidth, "\(seen.scrollWidth) px on \(seen.innerWidth)")
        #expect(seen.areas == ["budget", "personeel", "planning"])
        #expect(seen.cards.count == 6)
        #expect(seen.cards.contains { $0.hasPrefix("Scholing") && $0.contains("gepauzeerd") }, "\(seen.cards)")
        if width == 390 {
            #expect(!seen.headsVisible)
            #expect(seen.levelsVisible.contains("(Niveau 5, Adviseren)"), "\(seen.levelsVisible)")
            #expect(seen.levelsVisible.count == 6)
        } else {
            #expect(seen.headsVisible && seen.levelsVisible.isEmpty)
        }
    }
}
