// A team's report: drivers, steering, delegation, actions, energy, stories and reviews over time.
extension ReportViews {

    /// "Autonomie steeg van 2,80 naar 4,20 tussen januari 2026 en november 2026."
    func driverStory(_ name: String, values: [Double?], periods: [Period?]) -> String {
        let known = zip(values, periods).compactMap { value, period in both(value, period) }
        guard let first = known.first, let last = known.last else { return "\(name): \(labels["no_data"]). \(privacyNote)" }
        if known.count == 1 { return "\(name): \(labels.decimal(first.0)) (\(labels.period(first.1))). \(privacyNote)" }
        let change = Rounding.two(last.0 - first.0)
        let verb = labels[ReportBuilder.trend(change) == .up ? "story.rose" : ReportBuilder.trend(change) == .down ? "story.fell" : "story.level"]
        return "\(name) \(verb) \(labels.decimal(first.0)) \(labels["story.to"]) \(labels.decimal(last.0)) \(labels["story.between"]) \(labels.period(first.1)) \(labels["story.and"]) \(labels.period(last.1)). \(privacyNote)"
    }

    /// What a driver did over the chart, with the 0.1 rule: a line that fell is drawn red, one
    /// that rose green, as its description says; level or a single value, neutral.
    func driverMeaning(values: [Double?]) -> ChartSeries.Meaning {
        let known = values.compactMap { $0 }
        guard let first = known.first, let last = known.last, known.count > 1 else { return .neutral }
        switch ReportBuilder.trend(Rounding.two(last - first)) {
        case .up: return .good
        case .down: return .bad
        case .flat: return .neutral
        }
    }

    /// "budget: 3 → 5 in maart 2026", "budget: overgedragen op niveau 3 in januari 2026",
    /// "budget: 5 → ingetrokken in oktober 2026". Where two of the team's mandates share an area,
    /// the mandate's title follows it: "budget (Inkoop): …".
    func moveSentence(_ move: MandateMove, title: String?) -> String {
        let subject = title.map { "\(move.area) (\($0))" } ?? move.area
        let when = "\(labels["in_month"]) \(labels.month(move.date.month, year: move.date.year))"
        let what: String
        switch (move.from, move.to) {
        case let (from?, to?): what = "\(from) → \(to)"
        case let (nil, to?): what = "\(labels["handed_over"]) \(to)"
        case let (from, nil):
            let status = labels["status.\((move.status ?? .paused).rawValue)"]
            what = from.map { "\($0) → \(status)" } ?? status
        }
        return "\(subject): \(what) \(when)"
    }

    func moveSentences(_ report: TeamReport) -> [String] {
        let titles = Dictionary(report.mandates.map { ($0.mandate, $0.title) }, uniquingKeysWith: { first, _ in first })
        let areas = Dictionary(grouping: Set(report.moves.map(\.mandate)), by: { id in report.moves.first { $0.mandate == id }!.area })
        return report.moves.map { move in
            moveSentence(move, title: (areas[move.area]?.count ?? 0) > 1 ? titles[move.mandate] ?? move.mandate : nil)
        }
    }

    func team(_ full: TeamReport, root: String = "../") -> ReportDocument {
        // Months before a team's first evaluation or story would only say "no data".
        let start = full.periods.firstIndex { $0.evaluations > 0 || $0.stories.total > 0 } ?? 0
        let report = full.trimmed(from: start)
        let periods = report.periods.map(\.period)
        // Periods without data are left out; where time is skipped, the charts show a column "…"
        // with no value, so a line never joins two periods that are not next to each other.
        var columns: [PeriodFigures?] = []
        for figures in report.periods {
            if let last = columns.last ?? nil, last.period.next != figures.period { columns.append(nil) }
            columns.append(figures)
        }
        let axis = columns.map { $0.map { labels.shortPeriod($0.period) } ?? "…" }
        let pages = Set(report.periodsWithPages)
        let rowHeads = periods.map { LinkView(url: pages.contains($0) ? root + Self.periodURL($0, team: report.team) : nil, label: labels.period($0)) }
        var sections: [ReportSection] = []

        // One small chart per driver: four lines on one axis are unreadable on a phone. Each says
        // in words what the numbers did, and marks the periods without a counted check-in.
        let drivers = DriverScores.keys.map { key in
            let values = columns.map { $0?.scores[key] }
            let missing = columns.map { column -> String? in
                guard let column, column.scores[key] == nil else { return nil }
                return labels[column.evaluations == 0 ? "no_check_in" : "too_few"]
            }
            return SVGChart.line(id: "drivers-\(report.team)-\(key)", title: driverName(key),
                                 description: driverStory(driverName(key), values: values, periods: columns.map { $0?.period }),
                                 labels: axis, series: [ChartSeries(name: driverName(key), values: values, meaning: driverMeaning(values: values))], yRange: 1...Double(data.scale), yStep: 1,
                                 missing: missing)
        }.joined()
        sections.append(ReportSection(
            id: "drivers", title: labels["drivers_over_time"],
            chart: drivers,
            table: ReportTable(caption: labels["drivers_over_time"], headers: [labels["period"]] + DriverScores.keys.map(driverName) + [labels["evaluations_counted"]],
                               rows: zip(rowHeads, report.periods).map { head, figures in
                                   ReportRow(head: head, cells: DriverScores.keys.map { score(figures.scores[$0], evaluations: figures.evaluations, counted: figures.evaluationsCounted) }
                                             + [ReportCell(text: "\(figures.evaluationsCounted) / \(figures.evaluations)", tone: "neutral")])
                               })))

        // Asking for more or less steering is neither good nor bad: its series have no meaning,
        // so they are drawn in neutral colours, never red or green.
        let steeringKinds: [(String, KeyPath<SteeringCounts, Int>)] = [("more", \.more), ("same", \.same), ("less", \.less)]
        sections.append(ReportSection(
            id: "steering", title: labels["steering_over_time"],
            chart: SVGChart.bars(id: "steering-\(report.team)", title: labels["steering_over_time"], description: labels["steering_over_time"],
                                 labels: axis, series: steeringKinds.map { name, path in ChartSeries(name: labels["steering.\(name)"], values: columns.map { $0.map { Double($0.steering[keyPath: path]) } }) },
                                 stacked: true),
            table: ReportTable(caption: labels["steering_over_time"], headers: [labels["period"]] + steeringKinds.map { labels["steering.\($0.0)"] } + [labels["steering_balance"]],
                               rows: zip(rowHeads, report.periods).map { head, figures in
                                   ReportRow(head: head, cells: steeringKinds.map { ReportCell(text: String(figures.steering[keyPath: $0.1]), tone: "neutral") }
                                             + [figures.steering.balance.map { ReportCell(text: labels.signed($0), tone: "neutral") } ?? score(nil, evaluations: figures.evaluations, counted: figures.evaluationsCounted)])
                               })))

        sections.append(ReportSection(
            id: "delegation", title: labels["delegation_progress"],
            chart: SVGChart.bars(id: "delegation-\(report.team)", title: labels["delegation_progress"], description: labels["delegation_progress"],
                                 labels: axis, series: DelegationLevel.range.map { level in ChartSeries(name: "\(level) \(labels.levelName(level))", values: columns.map { $0.map { Double($0.mandatesPerLevel[level - 1]) } }) },
                                 stacked: true),
            table: ReportTable(caption: labels["delegation_progress"], headers: [labels["period"]] + DelegationLevel.range.map { "\($0) \(labels.levelName($0))" } + [labels["average_level"]],
                               rows: zip(rowHeads, report.periods).map { head, figures in
                                   ReportRow(head: head, cells: figures.mandatesPerLevel.map { ReportCell(text: String($0), tone: "neutral") }
                                             + [figures.averageLevel.map { ReportCell(text: labels.decimal($0), tone: "neutral") } ?? noData])
                               }),
            // Each move of each mandate in words, oldest first: what the bars only count.
            items: moveSentences(report)))

        if !report.mandates.isEmpty {
            let series = report.mandates.map { mandate in
                ChartSeries(name: mandate.title, values: columns.map { column in
                    // The line ends where the mandate stopped counting, and is not drawn without an end date.
                    column.flatMap { figures -> Double? in
                        if mandate.endUnknown { return nil }
                        if let end = mandate.end, figures.period.first >= end { return nil }
                        return mandate.steps.last { $0.date <= min(figures.period.last, data.today) }.map { Double($0.level) }
                    }
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
                                           ReportCell(text: labels["status.\(mandate.status.rawValue)"]
                                                        + (mandate.endUnknown ? " (\(labels["end_unknown"]))" : mandate.end.map { " (\(labels["counted_until"]) \(labels.date($0.adding(days: -1))))" } ?? ""),
                                                      tone: mandate.status == .active ? "neutral" : "none"),
                                           ReportCell(text: mandate.steps.map { "\($0.level) (\(labels.date($0.date)))" }.joined(separator: " → "), tone: "neutral"),
                                       ])
                                   })))
        }

        let actionKinds: [(String, KeyPath<PeriodFigures, Int>)] = [("opened", \.actionsOpened), ("closed", \.actionsClosed), ("overdue", \.actionsOverdue)]
        let actionMeanings: [String: ChartSeries.Meaning] = ["opened": .neutral, "closed": .good, "overdue": .bad]
        sections.append(ReportSection(
            id: "actions", title: labels["actions_per_period"],
            chart: SVGChart.bars(id: "actions-\(report.team)", title: labels["actions_per_period"], description: labels["actions_per_period"],
                                 labels: axis, series: actionKinds.map { name, path in ChartSeries(name: labels[name], values: columns.map { $0.map { Double($0[keyPath: path]) } }, meaning: actionMeanings[name]) },
                                 stacked: false),
            table: ReportTable(caption: labels["actions_per_period"], headers: [labels["period"]] + actionKinds.map { labels[$0.0] },
                               rows: zip(rowHeads, report.periods).map { head, figures in
                                   ReportRow(head: head, cells: actionKinds.map { ReportCell(text: String(figures[keyPath: $0.1]), tone: $0.0 == "overdue" && figures[keyPath: $0.1] > 0 ? "bad" : "neutral") })
                               })))

        // A count only where a text was named twice or more; otherwise when it was named.
        func named(_ entry: TextCount) -> String {
            if let count = entry.count { return "\(entry.text) (\(count)×)" }
            return entry.lastNamed.map { "\(entry.text) (\(labels["named_on"]) \(labels.date($0)))" } ?? entry.text
        }
        sections.append(ReportSection(id: "energizers", title: labels["top_energizers"], items: report.energizers.map(named), empty: labels["no_data"]))
        sections.append(ReportSection(id: "drainers", title: labels["top_drainers"], items: report.drainers.map(named), empty: labels["no_data"]))

        let storyKinds: [(String, KeyPath<StoryCounts, Int>)] = [("success", \.success), ("lesson", \.lesson), ("experiment", \.experiment)]
        sections.append(ReportSection(
            id: "stories", title: labels["stories_per_kind"],
            chart: SVGChart.bars(id: "stories-\(report.team)", title: labels["stories_per_kind"], description: labels["stories_per_kind"],
                                 labels: axis, series: storyKinds.map { name, path in ChartSeries(name: labels["kind.\(name)"], values: columns.map { $0.map { Double($0.stories[keyPath: path]) } }, meaning: ChartSeries.Meaning(rawValue: name)) },
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
        return ReportDocument(title: report.name, intro: intro, sections: sections.map(keyed),
                              related: [LinkView(url: root + Self.portfolioURL(), label: labels["portfolio"]),
                                        LinkView(url: root + "csv/\(report.team).csv", label: "\(report.team).csv")])
    }
}
