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

    func arrow(_ trend: Trend?) -> String {
        switch trend {
        case .up?: "↑"
        case .down?: "↓"
        case .flat?: "→"
        case nil: ""
        }
    }
}
