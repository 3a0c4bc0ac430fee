// The portfolio: one row per team, the latest state and its trend.
extension ReportViews {

    func portfolio(root: String = "") -> ReportDocument {
        let headers = [labels["team"], labels["phase"]] + Scores4.keys.map(driverName)
            + [labels["steering"], labels["average_level"], labels["mandate_count"], labels["reviews_overdue"],
               labels["actions_open"], labels["actions_overdue"], labels["stories_in_period"], labels["days_since"]]
        let rows = data.portfolio.map { row -> ReportRow in
            var cells = [ReportCell(text: labels["phase.\(row.phase.rawValue)"] + (row.ended.map { " (\(labels["archived"]) \(labels.date($0)))" } ?? ""), tone: "neutral")]
            for key in Scores4.keys {
                let driver = row.drivers[key]!
                guard let latest = driver.latest else { cells.append(ReportCell(text: labels["too_few"], tone: "none")); continue }
                let change = driver.change.map { " \(arrow(driver.trend)) \(labels.signed($0))" } ?? ""
                cells.append(ReportCell(text: labels.decimal(latest) + change,
                                        tone: driver.trend == .up ? "good" : driver.trend == .down ? "bad" : "neutral"))
            }
            if let latest = row.steering.latest {
                let counts = [("more", latest.more), ("same", latest.same), ("less", latest.less)].filter { $0.1 > 0 }
                    .map { "\($0.1)× \(labels["steering.\($0.0)"])" }.joined(separator: ", ")
                let trend = row.steering.trend.map { " \(arrow($0)) \(labels["trend.\($0.rawValue)"])" } ?? ""
                cells.append(ReportCell(text: counts + trend, tone: row.steering.trend == .up ? "bad" : row.steering.trend == .down ? "good" : "neutral"))
            } else {
                cells.append(ReportCell(text: labels["no_data"], tone: "none"))
            }
            if let average = row.delegation.averageLevel {
                let change = row.delegation.change.map { " \(arrow(ReportBuilder.trend($0))) \(labels.signed($0))" } ?? ""
                cells.append(ReportCell(text: labels.decimal(average) + change,
                                        tone: (row.delegation.change ?? 0) >= 0.1 ? "good" : (row.delegation.change ?? 0) <= -0.1 ? "bad" : "neutral"))
            } else {
                cells.append(ReportCell(text: labels["no_data"], tone: "none"))
            }
            cells.append(ReportCell(text: String(row.delegation.activeMandates), tone: "neutral"))
            cells.append(count(row.reviewsOverdue, badWhenAbove: 0))
            cells.append(ReportCell(text: String(row.actionsOpen), tone: "neutral"))
            cells.append(count(row.actionsOverdue, badWhenAbove: 0))
            cells.append(ReportCell(text: String(row.storiesInPeriod), tone: "neutral"))
            if let days = row.daysSinceLastEvaluation {
                cells.append(ReportCell(text: String(days), tone: row.ended == nil && days > site.configuration.staleAfterDays ? "bad" : "neutral"))
            } else {
                cells.append(ReportCell(text: labels["no_data"], tone: row.ended == nil ? "bad" : "none"))
            }
            return ReportRow(head: LinkView(url: root + Self.teamURL(row.team), label: row.name), cells: cells)
        }
        let periods = data.periods.reversed().map { LinkView(url: root + Self.periodURL($0), label: labels.period($0)) }
        return ReportDocument(
            title: labels["portfolio"],
            intro: [labels["portfolio_intro"], privacyNote, "\(labels["period"]): \(labels.period(data.currentPeriod)) · \(labels.date(data.today))"],
            sections: [ReportSection(id: "portfolio", title: labels["teams"], table: ReportTable(caption: labels["portfolio"], headers: headers, rows: rows))],
            related: periods + [LinkView(url: root + "data.json", label: "data.json")]
                + data.teams.map { LinkView(url: root + "csv/\($0.team).csv", label: "\($0.team).csv") })
    }

    func count(_ value: Int, badWhenAbove limit: Int) -> ReportCell {
        ReportCell(text: String(value), tone: value > limit ? "bad" : "neutral")
    }
}
