/// Turns report numbers into report documents: the portfolio, a team's report, a period's report.
struct ReportViews {
    let data: ReportData
    let labels: Labels
    let site: Site

    static func portfolioURL() -> String { "index.html" }
    static func teamURL(_ team: String) -> String { "teams/\(team).html" }
    static func periodURL(_ period: Period, team: String? = nil) -> String {
        team.map { "periods/\(period)/\($0).html" } ?? "periods/\(period).html"
    }

    var privacyNote: String {
        labels["privacy_note"].replacingOccurrences(of: "{n}", with: String(data.anonymityThreshold))
    }

    func driverName(_ key: String) -> String { labels["driver.\(key)"] }

    /// A missing score says why: no evaluation at all, or none with enough participants.
    func score(_ value: Double?, evaluations: Int = 1) -> ReportCell {
        if let value { return ReportCell(text: labels.decimal(value), tone: "neutral") }
        return ReportCell(text: labels[evaluations == 0 ? "no_data" : "too_few"], tone: "none")
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
