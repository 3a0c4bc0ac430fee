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

    private var privacyNote: String {
        labels["privacy_note"].replacingOccurrences(of: "{n}", with: String(data.anonymityThreshold))
    }

    private func driverName(_ key: String) -> String { labels["driver.\(key)"] }

    /// A missing score says why: no evaluation at all, or none with enough participants.
    private func score(_ value: Double?, evaluations: Int = 1) -> ReportCell {
        if let value { return ReportCell(text: labels.decimal(value), tone: "neutral") }
        return ReportCell(text: labels[evaluations == 0 ? "no_data" : "too_few"], tone: "none")
    }

    private func arrow(_ trend: Trend?) -> String {
        switch trend {
        case .up?: "↑"
        case .down?: "↓"
        case .flat?: "→"
        case nil: ""
        }
    }

    // MARK: - Portfolio

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

    private func count(_ value: Int, badWhenAbove limit: Int) -> ReportCell {
        ReportCell(text: String(value), tone: value > limit ? "bad" : "neutral")
    }

    // MARK: - Team

    func team(_ full: TeamReport, root: String = "../") -> ReportDocument {
        // Months before a team's first evaluation or story would only say "no data".
        let start = full.periods.firstIndex { $0.evaluations > 0 || $0.stories.success + $0.stories.lesson + $0.stories.experiment > 0 } ?? 0
        let report = full.trimmed(from: start)
        let periods = report.periods.map(\.period)
        let axis = periods.map(labels.shortPeriod)
        let rowHeads = periods.map { LinkView(url: root + Self.periodURL($0, team: report.team), label: labels.period($0)) }
        var sections: [ReportSection] = []

        let drivers = Scores4.keys.map { key in ChartSeries(name: driverName(key), values: report.periods.map { $0.scores[key] }) }
        sections.append(ReportSection(
            id: "drivers", title: labels["drivers_over_time"],
            chart: SVGChart.line(id: "drivers-\(report.team)", title: labels["drivers_over_time"], description: privacyNote,
                                 labels: axis, series: drivers, yRange: 1...Double(data.scale), yStep: 1),
            table: ReportTable(caption: labels["drivers_over_time"], headers: [labels["period"]] + Scores4.keys.map(driverName) + [labels["evaluations_counted"]],
                               rows: zip(rowHeads, report.periods).map { head, figures in
                                   ReportRow(head: head, cells: Scores4.keys.map { score(figures.scores[$0], evaluations: figures.evaluations) }
                                             + [ReportCell(text: "\(figures.evaluationsCounted) / \(figures.evaluations)", tone: "neutral")])
                               })))

        let steeringKinds: [(String, KeyPath<SteeringCounts, Int>)] = [("more", \.more), ("same", \.same), ("less", \.less)]
        sections.append(ReportSection(
            id: "steering", title: labels["steering_over_time"],
            chart: SVGChart.bars(id: "steering-\(report.team)", title: labels["steering_over_time"], description: labels["steering_over_time"],
                                 labels: axis, series: steeringKinds.map { name, path in ChartSeries(name: labels["steering.\(name)"], values: report.periods.map { Double($0.steering[keyPath: path]) }) },
                                 stacked: true),
            table: ReportTable(caption: labels["steering_over_time"], headers: [labels["period"]] + steeringKinds.map { labels["steering.\($0.0)"] } + [labels["steering_balance"]],
                               rows: zip(rowHeads, report.periods).map { head, figures in
                                   ReportRow(head: head, cells: steeringKinds.map { ReportCell(text: String(figures.steering[keyPath: $0.1]), tone: "neutral") }
                                             + [figures.steering.balance.map { ReportCell(text: labels.signed($0), tone: "neutral") } ?? ReportCell(text: labels["no_data"], tone: "none")])
                               })))

        sections.append(ReportSection(
            id: "delegation", title: labels["delegation_progress"],
            chart: SVGChart.bars(id: "delegation-\(report.team)", title: labels["delegation_progress"], description: labels["delegation_progress"],
                                 labels: axis, series: DelegationLevel.range.map { level in ChartSeries(name: "\(level) \(labels.levelName(level))", values: report.periods.map { Double($0.mandatesPerLevel[level - 1]) }) },
                                 stacked: true),
            table: ReportTable(caption: labels["delegation_progress"], headers: [labels["period"]] + DelegationLevel.range.map { "\($0) \(labels.levelName($0))" } + [labels["average_level"]],
                               rows: zip(rowHeads, report.periods).map { head, figures in
                                   ReportRow(head: head, cells: figures.mandatesPerLevel.map { ReportCell(text: String($0), tone: "neutral") }
                                             + [figures.averageLevel.map { ReportCell(text: labels.decimal($0), tone: "neutral") } ?? ReportCell(text: labels["no_data"], tone: "none")])
                               })))

        if !report.mandates.isEmpty {
            let series = report.mandates.map { mandate in
                ChartSeries(name: mandate.title, values: periods.map { period in
                    mandate.steps.last { $0.date <= min(period.last, data.today) }.map { Double($0.level) }
                })
            }
            sections.append(ReportSection(
                id: "mandates", title: labels["mandate_levels"],
                chart: SVGChart.line(id: "mandates-\(report.team)", title: labels["mandate_levels"], description: labels["mandate_levels"],
                                     labels: axis, series: series, yRange: 1...7, yStep: 1),
                table: ReportTable(caption: labels["mandate_levels"], headers: [labels["mandate"], labels["area"], labels["status"], labels["history"]],
                                   rows: report.mandates.map { mandate in
                                       ReportRow(head: LinkView(url: nil, label: mandate.title), cells: [
                                           ReportCell(text: mandate.area, tone: "neutral"),
                                           ReportCell(text: labels["status.\(mandate.status.rawValue)"], tone: mandate.status == .active ? "neutral" : "none"),
                                           ReportCell(text: mandate.steps.map { "\($0.level) (\(labels.date($0.date)))" }.joined(separator: " → "), tone: "neutral"),
                                       ])
                                   })))
        }

        let actionKinds: [(String, KeyPath<PeriodFigures, Int>)] = [("opened", \.actionsOpened), ("closed", \.actionsClosed), ("overdue", \.actionsOverdue)]
        sections.append(ReportSection(
            id: "actions", title: labels["actions_per_period"],
            chart: SVGChart.bars(id: "actions-\(report.team)", title: labels["actions_per_period"], description: labels["actions_per_period"],
                                 labels: axis, series: actionKinds.map { name, path in ChartSeries(name: labels[name], values: report.periods.map { Double($0[keyPath: path]) }) },
                                 stacked: false),
            table: ReportTable(caption: labels["actions_per_period"], headers: [labels["period"]] + actionKinds.map { labels[$0.0] },
                               rows: zip(rowHeads, report.periods).map { head, figures in
                                   ReportRow(head: head, cells: actionKinds.map { ReportCell(text: String(figures[keyPath: $0.1]), tone: $0.0 == "overdue" && figures[keyPath: $0.1] > 0 ? "bad" : "neutral") })
                               })))

        sections.append(ReportSection(id: "energizers", title: labels["top_energizers"], items: report.energizers.map { "\($0.text) (\($0.count)×)" }, empty: labels["no_data"]))
        sections.append(ReportSection(id: "drainers", title: labels["top_drainers"], items: report.drainers.map { "\($0.text) (\($0.count)×)" }, empty: labels["no_data"]))

        let storyKinds: [(String, KeyPath<StoryCounts, Int>)] = [("success", \.success), ("lesson", \.lesson), ("experiment", \.experiment)]
        sections.append(ReportSection(
            id: "stories", title: labels["stories_per_kind"],
            chart: SVGChart.bars(id: "stories-\(report.team)", title: labels["stories_per_kind"], description: labels["stories_per_kind"],
                                 labels: axis, series: storyKinds.map { name, path in ChartSeries(name: labels["kind.\(name)"], values: report.periods.map { Double($0.stories[keyPath: path]) }) },
                                 stacked: true),
            table: ReportTable(caption: labels["stories_per_kind"], headers: [labels["period"]] + storyKinds.map { labels["kind.\($0.0)"] },
                               rows: zip(rowHeads, report.periods).map { head, figures in
                                   ReportRow(head: head, cells: storyKinds.map { ReportCell(text: String(figures.stories[keyPath: $0.1]), tone: "neutral") })
                               })))

        func review(_ due: ReviewDue) -> String {
            "\(due.title): \(labels.date(due.review)) (\(due.daysLeft) \(labels["days_left"]))"
        }
        sections.append(ReportSection(id: "reviews-due", title: labels["reviews_due"], items: report.reviewsDueSoon.map(review), empty: labels["none"]))
        sections.append(ReportSection(id: "reviews-late", title: labels["reviews_late"], items: report.reviewsOverdue.map(review), empty: labels["none"]))

        var intro = [labels["phase.\(report.phase.rawValue)"] + ": " + labels["phase.\(report.phase.rawValue).meaning"], privacyNote]
        if let ended = report.ended { intro.insert("\(labels["archived_since"]) \(labels.date(ended)).", at: 0) }
        return ReportDocument(title: report.name, intro: intro, sections: sections,
                              related: [LinkView(url: root + Self.portfolioURL(), label: labels["portfolio"]),
                                        LinkView(url: root + "csv/\(report.team).csv", label: "\(report.team).csv")])
    }

    // MARK: - Period

    /// What changed in one period, for one team or (team nil) the whole organization.
    func period(_ period: Period, team: TeamReport?, root: String, figures override: [PeriodFigures]? = nil) -> ReportDocument {
        let figures = override ?? (team?.periods ?? data.organization)
        let current = figures.first { $0.period == period } ?? emptyFigures(period, team: team?.team)
        let previous = figures.first { $0.period == period.previous }
        var sections: [ReportSection] = []
        sections.append(ReportSection(
            id: "scores", title: labels["scores"],
            table: ReportTable(caption: labels["scores"], headers: ["", labels.period(period), labels["previous_period"], labels["change"]],
                               rows: Scores4.keys.map { key in
                                   let now = current.scores[key], before = previous?.scores[key]
                                   let change = now.flatMap { n in before.map { Rounding.two(n - $0) } }
                                   let trend = change.map(ReportBuilder.trend)
                                   return ReportRow(head: LinkView(url: nil, label: driverName(key)), cells: [
                                       score(now, evaluations: current.evaluations), score(before, evaluations: previous?.evaluations ?? 0),
                                       change.map { ReportCell(text: "\(arrow(trend)) \(labels.signed($0))", tone: trend == .up ? "good" : trend == .down ? "bad" : "neutral") } ?? ReportCell(text: "", tone: "none"),
                                   ])
                               })))
        sections.append(ReportSection(id: "evaluations", title: labels["evaluations_held"],
                                      items: ["\(current.evaluations) \(labels["evaluations"].lowercased()), \(current.evaluationsCounted) \(labels["evaluations_counted"])",
                                              "\(labels["steering"]): \(current.steering.more)× \(labels["steering.more"]), \(current.steering.same)× \(labels["steering.same"]), \(current.steering.less)× \(labels["steering.less"])"]))
        sections.append(ReportSection(id: "changes", title: labels["period_changes"], items: current.mandateChanges.map { change in
            let team = site.teamsByID[change.team]?.value.name ?? change.team
            let step = change.from.map { "\(labels["moved"]) \($0) \(labels["to_level"]) \(change.to)" } ?? "\(labels["handed_over"]) \(change.to)"
            return "\(labels.date(change.date)): \(change.title) (\(team)) \(step) (\(labels.levelName(change.to)))"
        }, empty: labels["none"]))
        sections.append(ReportSection(id: "actions", title: labels["actions"], items: [
            "\(labels["opened"]): \(current.actionsOpened)", "\(labels["closed"]): \(current.actionsClosed)", "\(labels["overdue"]): \(current.actionsOverdue)",
        ]))
        sections.append(ReportSection(id: "stories", title: labels["stories"], items: [
            "\(labels["kind.success"]): \(current.stories.success)", "\(labels["kind.lesson"]): \(current.stories.lesson)", "\(labels["kind.experiment"]): \(current.stories.experiment)",
        ]))
        var related: [LinkView] = [LinkView(url: root + Self.portfolioURL(), label: labels["portfolio"])]
        if override == nil, data.periods.contains(period.previous) { related.append(LinkView(url: root + Self.periodURL(period.previous, team: team?.team), label: "← " + labels.period(period.previous))) }
        if override == nil, data.periods.contains(period.next) { related.append(LinkView(url: root + Self.periodURL(period.next, team: team?.team), label: labels.period(period.next) + " →")) }
        if let team {
            related.append(LinkView(url: root + Self.teamURL(team.team), label: team.name))
            related.append(LinkView(url: root + Self.periodURL(period), label: labels["whole_organization"]))
        } else {
            related += data.teams.map { LinkView(url: root + Self.periodURL(period, team: $0.team), label: $0.name) }
        }
        let subject = team?.name ?? labels["whole_organization"]
        return ReportDocument(title: "\(labels["period_report"]) \(labels.period(period)): \(subject)", intro: [privacyNote],
                              sections: sections, related: related)
    }

    private func emptyFigures(_ period: Period, team: String?) -> PeriodFigures {
        PeriodFigures(period: period, evaluations: 0, evaluationsCounted: 0, participantsCounted: 0, scores: Scores4(), steering: SteeringCounts(),
                      mandatesPerLevel: Array(repeating: 0, count: 7), averageLevel: nil, mandateChanges: [], actionsOpened: 0, actionsClosed: 0,
                      actionsOverdue: 0, stories: StoryCounts())
    }
}
