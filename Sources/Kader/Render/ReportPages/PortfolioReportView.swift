// The portfolio: one row per team, the latest state and its trend.
extension ReportViews {

    func portfolio(root: String = "") -> ReportDocument {
        let headers = [labels["team"], labels["phase"]] + DriverScores.keys.map(driverName)
            + [labels["steering"], labels["average_level"], labels["mandate_count"], labels["reviews_overdue"],
               labels["actions_open"], labels["actions_overdue"], labels["stories_in_period"], labels["days_since"], labels["participation"]]
        let teams = Dictionary(data.teams.map { ($0.team, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = data.portfolio.map { row -> ReportRow in
            // A missing figure is "te weinig deelnemers" when the team held check-ins that did not
            // count, and "geen gegevens" when nothing was measured.
            let uncounted = (teams[row.team]?.evaluations ?? []).contains { !$0.counted && $0.date <= data.today }
            let missing = uncounted ? tooFew : noData
            var cells = [ReportCell(text: labels["phase.\(row.phase.rawValue)"] + (row.ended.map { " (\(labels["archived"]) \(labels.date($0)))" } ?? ""), tone: "neutral")]
            for key in DriverScores.keys {
                let driver = row.drivers[key]!
                guard let latest = driver.latest else { cells.append(missing); continue }
                // A figure from an earlier period says which, so it is never read as current.
                let asOf = driver.latestPeriod.flatMap { $0 == data.currentPeriod ? nil : $0 }
                var cell = valueWithChange(labels.decimal(latest), change: driver.change, trend: driver.trend, asOf: asOf) {
                    $0 == .up ? "good" : $0 == .down ? "bad" : "neutral"
                }
                let recent = (teams[row.team]?.periods ?? []).filter { $0.period <= data.currentPeriod }.suffix(6).map { $0.scores[key] }
                if recent.compactMap({ $0 }).count > 1 {
                    let spoken = recent.map { $0.map { labels.decimal($0) } ?? "–" }.joined(separator: "; ")
                    cell.sparkline = SVGChart.sparkline(id: "spark-\(row.team)-\(key)", values: recent, yRange: 1...Double(data.scale),
                                                        title: "\(driverName(key)), \(labels["last_periods"])", description: spoken)
                }
                cells.append(cell)
            }
            if let latest = row.steering.latest {
                let counts = [("more", latest.more), ("same", latest.same), ("less", latest.less)].filter { $0.1 > 0 }
                    .map { "\($0.1)× \(labels["steering.\($0.0)"])" }.joined(separator: ", ")
                let trend = row.steering.trend.map { " \(arrow($0)) \(labels["trend.\($0.rawValue)"])" } ?? ""
                let asOf = row.steering.latestPeriod.flatMap { $0 == data.currentPeriod ? nil : " · \(labels.asOf($0))" } ?? ""
                cells.append(ReportCell(text: counts + trend + asOf, tone: "neutral"))
            } else {
                cells.append(missing)
            }
            if let average = row.delegation.averageLevel {
                cells.append(valueWithChange(labels.decimal(average), change: row.delegation.change, trend: row.delegation.change.map(ReportBuilder.trend)) {
                    $0 == .up ? "good" : $0 == .down ? "bad" : "neutral"
                })
            } else {
                cells.append(noData)
            }
            cells.append(ReportCell(text: String(row.delegation.activeMandates), tone: "neutral"))
            cells.append(count(row.reviewsOverdue, badWhenAbove: 0))
            cells.append(ReportCell(text: String(row.actionsOpen), tone: "neutral"))
            cells.append(count(row.actionsOverdue, badWhenAbove: 0))
            cells.append(ReportCell(text: String(row.storiesInPeriod), tone: "neutral"))
            // Stale: the latest counted check-in is older than stale_after_days, so every score of
            // this row is old; said on the row itself.
            let stale = row.stale ? " · \(labels["stale"])" : ""
            if let days = row.daysSinceLastEvaluation {
                cells.append(ReportCell(text: String(days) + stale, tone: row.stale ? "bad" : "neutral"))
            } else {
                cells.append(ReportCell(text: labels["no_data"] + stale, tone: row.ended == nil ? "bad" : "no-data"))
            }
            if let participation = row.participation {
                let low = participation.participants < site.configuration.anonymityThreshold
                cells.append(ReportCell(text: "\(participation.participants)/\(participation.members) · \(labels.asOf(Period(containing: participation.date, kind: data.periodKind)))",
                                        tone: low ? "bad" : "neutral"))
            } else {
                cells.append(noData)
            }
            return ReportRow(head: LinkView(url: root + Self.teamURL(row.team), label: row.name), cells: cells)
        }
        let table = ReportTable(caption: labels["portfolio"], headers: headers, rows: rows, cards: true)
        let periods = data.periods.reversed().map { LinkView(url: root + Self.periodURL($0), label: labels.period($0)) }
        return ReportDocument(
            title: labels["portfolio"],
            intro: [labels["portfolio_intro"], privacyNote, "\(labels["period"]): \(labels.period(data.currentPeriod)) · \(labels.date(data.today))"],
            sections: [attention(root: root),
                       ReportSection(id: "portfolio", title: labels["teams"], table: table, key: key(for: table))],
            related: periods + [LinkView(url: root + "data.json", label: "data.json")]
                + data.teams.map { LinkView(url: root + "csv/\($0.team).csv", label: "\($0.team).csv") })
    }

    /// First on the portfolio: one sentence per reason to look, each linking to its team's report.
    func attention(root: String) -> ReportSection {
        ReportSection(id: "attention", title: labels["attention"],
                      links: data.attention.map { LinkView(url: root + $0.url, label: $0.text) }, empty: labels["attention_none"])
    }

    func count(_ value: Int, badWhenAbove limit: Int) -> ReportCell {
        ReportCell(text: String(value), tone: value > limit ? "bad" : "neutral")
    }
}
