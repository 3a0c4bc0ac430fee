/// Turns report numbers into report documents: the portfolio, a team's report, a period's report.
struct ReportViews {
    let data: ReportData
    let labels: Labels
    let site: ContentIndex

    static func portfolioURL() -> String { "index.html" }
    static func teamURL(_ team: String) -> String { "teams/\(team).html" }
    static func periodURL(_ period: Period, team: String? = nil) -> String {
        team.map { "periods/\(period)/\($0).html" } ?? "periods/\(period).html"
    }

    var privacyNote: String {
        labels["privacy_note"].replacingOccurrences(of: "{n}", with: String(data.anonymityThreshold))
    }

    func driverName(_ key: String) -> String { labels["driver.\(key)"] }

    /// A missing score says why: nothing measured ("geen gegevens": no evaluation, or only
    /// counted ones that did not score it), or evaluations none of which had enough participants
    /// ("te weinig deelnemers"). The two look different too (`tone-no-data`, `tone-too-few`).
    func score(_ value: Double?, evaluations: Int = 1, counted: Int = 0) -> ReportCell {
        if let value { return ReportCell(text: labels.decimal(value), tone: "neutral") }
        return evaluations > 0 && counted == 0 ? tooFew : noData
    }

    var tooFew: ReportCell { ReportCell(text: labels["too_few"], tone: "too-few") }
    var noData: ReportCell { ReportCell(text: labels["no_data"], tone: "no-data") }

    /// `section` with the key to its table's marked cells.
    func keyed(_ section: ReportSection) -> ReportSection {
        guard let table = section.table, section.key.isEmpty else { return section }
        return ReportSection(id: section.id, title: section.title, chart: section.chart, table: table, items: section.items, links: section.links,
                             empty: section.empty, key: key(for: table))
    }

    /// What the marked cells of `table` mean, for the markings it has.
    func key(for table: ReportTable) -> [ReportKey] {
        let tones = Set(table.rows.flatMap { $0.cells.map(\.tone) })
        return [("too-few", "too_few"), ("no-data", "no_data")].filter { tones.contains($0.0) }.map { tone, name in
            ReportKey(tone: tone, term: labels[name],
                      meaning: labels["key.\(name)"].replacingOccurrences(of: "{n}", with: String(data.anonymityThreshold)))
        }
    }

    /// A value and its change, in a notation that never suggests a change that did not happen:
    /// "3,00 =" when level, "4,50 ↑ +0,10" when it rose; the word a screen reader says matches the
    /// sign. `asOf` is the period of the value when it is not the current one.
    func valueWithChange(_ value: String, change: Double?, trend: Trend?, asOf: Period? = nil, tone: (Trend?) -> String) -> ReportCell {
        let period = asOf.map { " · \(labels.asOf($0))" } ?? ""
        guard let change, let trend else { return ReportCell(text: value + period, tone: "neutral") }
        let notation = trend == .flat ? " =" : " \(arrow(trend)) \(labels.signed(change))"
        return ReportCell(text: value + notation + period, tone: tone(trend), spoken: labels["trend.\(trend.rawValue)"])
    }

    /// The change column alone: "=" or "↑ +0,10".
    func changeOnly(_ change: Double?, trend: Trend?) -> ReportCell {
        guard let change, let trend else { return ReportCell(text: "", tone: "none") }
        let notation = trend == .flat ? "=" : "\(arrow(trend)) \(labels.signed(change))"
        return ReportCell(text: notation, tone: trend == .up ? "good" : trend == .down ? "bad" : "neutral", spoken: labels["trend.\(trend.rawValue)"])
    }

    func arrow(_ trend: Trend?) -> String {
        switch trend {
        case .up?: "↑"
        case .down?: "↓"
        case .flat?: "="
        case nil: ""
        }
    }
}
