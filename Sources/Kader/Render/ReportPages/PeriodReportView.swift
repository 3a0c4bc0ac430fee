// What changed in one period, for one team or the whole organization.
extension ReportViews {

    /// What changed in one period, for one team or (team nil) the whole organization.
    func period(_ period: Period, team: TeamReport?, root: String, figures override: [PeriodFigures]? = nil) -> ReportDocument {
        let figures = override ?? (team?.periods ?? data.organization)
        let current = figures.first { $0.period == period } ?? emptyFigures(period, team: team?.team)
        let previous = figures.first { $0.period == period.previous }
        var sections: [ReportSection] = []
        sections.append(ReportSection(
            id: "scores", title: labels["scores"],
            table: ReportTable(caption: labels["scores"], headers: [labels["driver"], labels.period(period), labels["previous_period"], labels["change"]],
                               rows: DriverScores.keys.map { key in
                                   let now = current.scores[key], before = previous?.scores[key]
                                   // The organization's change is over the teams scored in both.
                                   let change = current.comparison.map { $0[key]?.change } ?? now.flatMap { n in before.map { Rounding.two(n - $0) } }
                                   return ReportRow(head: LinkView(url: nil, label: driverName(key)), cells: [
                                       score(now, evaluations: current.evaluations, counted: current.evaluationsCounted),
                                       score(before, evaluations: previous?.evaluations ?? 0, counted: previous?.evaluationsCounted ?? 0),
                                       changeOnly(change, trend: change.map(ReportBuilder.trend)),
                                   ])
                               })))
        if let comparison = current.comparison {
            let name = { (id: String) in site.teamsByID[id]?.value.name ?? id }
            let compared = DriverScores.keys.compactMap { key -> String? in
                guard let entry = comparison[key], !entry.teams.isEmpty else { return nil }
                return "\(driverName(key)): \(entry.teams.map(name).joined(separator: ", "))"
            }
            let leftOut = DriverScores.keys.compactMap { key -> String? in
                guard let entry = comparison[key], !entry.leftOut.isEmpty else { return nil }
                return "\(driverName(key)): \(entry.leftOut.map(name).joined(separator: ", "))"
            }
            if !compared.isEmpty { sections.append(ReportSection(id: "compared", title: labels["compared_over"], items: compared)) }
            if !leftOut.isEmpty { sections.append(ReportSection(id: "left-out", title: labels["left_out"], items: leftOut)) }
        }
        sections.append(ReportSection(id: "evaluations", title: labels["evaluations_held"],
                                      items: ["\(current.evaluations) \((current.evaluations == 1 ? labels["evaluation"] : labels["evaluations"]).lowercased()), \(current.evaluationsCounted) \(labels["evaluations_counted"])",
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
        // Neighbours among the periods that have a page: an empty period has none.
        let pages = team?.periodsWithPages ?? data.periods
        if override == nil, let earlier = pages.last(where: { $0 < period }) {
            related.append(LinkView(url: root + Self.periodURL(earlier, team: team?.team), label: "← " + labels.period(earlier)))
        }
        if override == nil, let later = pages.first(where: { $0 > period }) {
            related.append(LinkView(url: root + Self.periodURL(later, team: team?.team), label: labels.period(later) + " →"))
        }
        if let team {
            related.append(LinkView(url: root + Self.teamURL(team.team), label: team.name))
            related.append(LinkView(url: root + Self.periodURL(period), label: labels["whole_organization"]))
        } else {
            related += data.teams.filter { $0.periodsWithPages.contains(period) }.map { LinkView(url: root + Self.periodURL(period, team: $0.team), label: $0.name) }
        }
        let subject = team?.name ?? labels["whole_organization"]
        return ReportDocument(title: "\(labels["period_report"]) \(labels.period(period)): \(subject)", intro: [privacyNote],
                              sections: sections.map(keyed), related: related)
    }

    func emptyFigures(_ period: Period, team: String?) -> PeriodFigures {
        PeriodFigures(period: period, evaluations: 0, evaluationsCounted: 0, participantsCounted: 0, scores: DriverScores(), steering: SteeringCounts(),
                      mandatesPerLevel: Array(repeating: 0, count: 7), averageLevel: nil, mandateChanges: [], actionsOpened: 0, actionsClosed: 0,
                      actionsOverdue: 0, stories: StoryCounts())
    }
}
