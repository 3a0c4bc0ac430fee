import Foundation
import Testing
@testable import Kader

/// The portfolio as a manager sees it (issue 9): every column on a 1280 px screen without
/// scrolling sideways, one card per team on a phone.
@Suite(.serialized) struct PortfolioLayoutTests {
    struct Seen: Decodable {
        let innerWidth: Int
        let scrollWidth: Int
        let tableRight: Double
        let wrapScrolls: Bool
        let headerVisible: Bool
        let rows: [Row]
        struct Row: Decodable {
            let right: Double
            let visible: Bool
            let text: String
        }
    }

    static let script = """
        var table = document.querySelector("#portfolio ~ .table-wrap table, section[aria-labelledby=portfolio] table");
        var wrap = table.closest(".table-wrap");
        var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
        return {
          innerWidth: innerWidth, scrollWidth: document.documentElement.scrollWidth,
          tableRight: table.getBoundingClientRect().right,
          wrapScrolls: wrap.scrollWidth > wrap.clientWidth + 1,
          headerVisible: probe.visible(table.querySelector("thead")),
          rows: rows.map(function (row) { return { right: row.getBoundingClientRect().right, visible: probe.visible(row), text: probe.text(row) }; })
        };
        """

    @Test func everyColumnFitsADesktopScreen() throws {
        let (output, _) = try ExampleHandbookTests.build()
        let seen = try Browser.look(at: output + "/reports/index.html", width: 1280, Self.script, as: Seen.self)
        #expect(seen.scrollWidth <= seen.innerWidth)
        #expect(!seen.wrapScrolls, "the portfolio table scrolls sideways at 1280 px")
        #expect(seen.headerVisible)
        #expect(seen.rows.count == 5 && seen.rows.allSatisfy { $0.visible && $0.right <= Double(seen.innerWidth) })
    }

    @Test func eachTeamIsACardOnAPhone() throws {
        let (output, _) = try ExampleHandbookTests.build()
        let seen = try Browser.look(at: output + "/reports/index.html", width: 390, Self.script, as: Seen.self)
        #expect(seen.scrollWidth <= seen.innerWidth)
        #expect(!seen.wrapScrolls, "the portfolio table scrolls sideways at 390 px")
        #expect(!seen.headerVisible, "a card needs no header row")
        for row in seen.rows {
            #expect(row.visible && row.right <= Double(seen.innerWidth) + 0.5, "\(row)")
            // Each value says what it is, since the header row is gone.
            #expect(row.text.contains("Autonomie") && row.text.contains("Dagen sinds evaluatie"), "\(row.text.prefix(300))")
        }
    }
}
