// kader-views: a Mustache lookup is generated for every struct in this file.

/// A report as a reader sees it, in one shape for every output: HTML pages, the terminal and
/// Markdown. Every number is already formatted in the site's language.
struct ReportDocument: Sendable {
    let title: String
    let intro: [String]
    var sections: [ReportSection]
    /// Links to other reports (previous and next period, the teams), relative to this page.
    let related: [LinkView]
}

struct ReportSection: Sendable {
    let id: String
    let title: String
    /// Inline SVG, with the same data as `table`.
    let chart: String?
    var table: ReportTable?
    let items: [String]
    /// Items that link to the page they are about.
    let links: [LinkView]
    /// Said when there is nothing to show.
    let empty: String?
    /// What the table's marked cells mean ("te weinig deelnemers", "geen gegevens"), each
    /// shown as such a cell looks.
    let key: [ReportKey]

    init(id: String, title: String, chart: String? = nil, table: ReportTable? = nil, items: [String] = [], links: [LinkView] = [], empty: String? = nil,
         key: [ReportKey] = []) {
        self.id = id
        self.title = title
        self.chart = chart
        self.table = table
        self.items = items
        self.links = links
        self.key = key
        self.empty = (table?.rows.isEmpty ?? true) && items.isEmpty && links.isEmpty && chart == nil ? empty : nil
    }
}

struct ReportTable: Sendable {
    let caption: String
    let headers: [String]
    var rows: [ReportRow]
    /// On a phone each row becomes a card whose values carry their column's name.
    let cards: Bool

    init(caption: String, headers: [String], rows: [ReportRow], cards: Bool = false) {
        self.caption = caption
        self.headers = headers
        self.cards = cards
        self.rows = cards ? rows.map { row in
            ReportRow(head: row.head, cells: zip(row.cells, headers.dropFirst()).map { cell, header in
                var labelled = cell
                labelled.label = header
                return labelled
            })
        } : rows
    }
}

/// A marking of table cells and its meaning in words: "te weinig deelnemers: er was een
/// check-in, maar …".
struct ReportKey: Sendable {
    let tone: String
    let term: String
    let meaning: String
}

struct ReportRow: Sendable {
    let head: LinkView
    let cells: [ReportCell]
    /// The cells as `report-cell.mustache` renders them, side by side; set for the HTML page only
    /// (`ReportSite.renderingCells`).
    var cellsHTML: String? = nil
}

/// A value as text, and a tone (good, bad, neutral, none) shown as colour and as a word or arrow.
struct ReportCell: Hashable, Sendable {
    let text: String
    let tone: String
    /// Words for a screen reader where the text is a sign (`=`, `↑`), read after it.
    var spoken: String? = nil
    /// The column's name, shown before the value where the row is a card.
    var label: String? = nil
    /// A small inline SVG of the last periods, before the value.
    var sparkline: String? = nil
}
