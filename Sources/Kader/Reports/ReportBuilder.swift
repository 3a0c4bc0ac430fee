import Foundation

/// Works out every number of the reports from the site. The rules are in the README ("How the
/// numbers are made") and the tests hold them to a fixture worked out by hand.
public struct ReportBuilder: Sendable {
    let site: ContentIndex
    let filter: AnonymityFilter
    let kind: Configuration.ReportPeriod
    let actions: [TrackedAction]
    let spans: [MandateSpan]
    /// The spans by team, made once: a team's figures read its own and scan no others.
    let spansByTeam: [String: [MandateSpan]]
    /// What making each team's spans read (`Trace`), which its report then read too.
    let spanReads: [String: [Int32]]
    /// The period that holds today, and every period with data up to it.
    let current: Period
    let periods: [Period]

    public init(site: ContentIndex) {
        self.site = site
        filter = AnonymityFilter(threshold: site.configuration.anonymityThreshold)
        kind = site.configuration.reportPeriod
        actions = site.relations.actions
        let traced = site.mandates.map { mandate in Trace.run { MandateSpan.spans(of: [mandate], in: site)[0] } }
        spans = traced.map(\.0)
        var spansByTeam: [String: [MandateSpan]] = [:], spanReads: [String: [Int32]] = [:]
        for (span, reads) in traced {
            let team = span.mandate.value.team.value
            spansByTeam[team, default: []].append(span)
            spanReads[team, default: []] += reads
        }
        (self.spansByTeam, self.spanReads) = (spansByTeam, spanReads)
        current = Period(containing: site.today, kind: kind)
        periods = Self.periodsWithData(in: site, kind: kind, upTo: current)
    }

    public func build() -> ReportData {
        build(teams: site.teams.parallelMap { teamReport($0) })
    }

    /// The figures, with what each team's report read (`Trace`): a team whose files did not
    /// change since the last build has the same report, and `data.json` keeps its bytes.
    func buildTraced() -> (data: ReportData, teamReads: [[Int32]]) {
        let traced = site.teams.parallelMap { team in
            Trace.run {
                Trace.replay(spanReads[team.id] ?? [])
                return teamReport(team)
            }
        }
        return (build(teams: traced.map(\.0)), traced.map(\.1))
    }

    private func build(teams: [TeamReport]) -> ReportData {
        let (current, periods) = (current, periods)
        let everything = inputs(team: nil).split(by: periods)
        // Each period counts every input: on all cores.
        let organization = Array(periods.indices).parallelMap { index in
            let period = periods[index]
            let previous = index > 0 && periods[index - 1] == period.previous ? index - 1 : nil
            return organizationFigures(figures(for: period, everything[index]),
                                       now: teams.map { ($0.team, $0.periods[index].scores) },
                                       before: previous.map { previous in teams.map { ($0.team, $0.periods[previous].scores) } } ?? [])
        }
        let portfolio = Array(teams.indices).parallelMap { portfolioRow(site.teams[$0], teamReport: teams[$0], current: current) }
        let attention = AttentionList(site: site, filter: filter, spans: spans).items(portfolio: portfolio, teams: teams)
        return ReportData(
            today: site.today, periodKind: kind, anonymityThreshold: filter.threshold, scale: site.configuration.scale,
            currentPeriod: current, periods: periods,
            portfolio: portfolio,
            teams: teams, organization: organization, attention: attention)
    }

    /// The periods with an evaluation, a story or a mandate step in them, up to today's (Revision
    /// 2): as many as the content has, whatever its dates. One story in 1900 once made 1,524
    /// monthly periods and 48,627 report files.
    private static func periodsWithData(in site: ContentIndex, kind: Configuration.ReportPeriod, upTo current: Period) -> [Period] {
        var periods = Set<Period>()
        func add(_ day: Day?) {
            guard let day else { return }
            let period = Period(containing: day, kind: kind)
            if period <= current { periods.insert(period) }
        }
        for evaluation in site.evaluations { add(evaluation.value.date?.value) }
        for story in site.stories { add(story.value.date?.value) }
        for mandate in site.mandates { DelegationProgress.steps(of: mandate.value).forEach { add($0.date) } }
        return periods.sorted()
    }

    private func evaluations(of team: String) -> [Evaluation] {
        (site.evaluationsByTeam[team] ?? []).map(\.value).filter { $0.date != nil }
    }

    // MARK: - One period

    /// The figures of any period, of either kind, for one team or (nil) the whole organization.
    public func figures(for period: Period, team: String?) -> PeriodFigures {
        if let team { return figures(for: period, inputs(team: team)) }
        func teamScores(_ period: Period) -> [(String, DriverScores)] {
            site.teams.map { ($0.id, figures(for: period, inputs(team: $0.id)).scores) }
        }
        return organizationFigures(figures(for: period, inputs(team: nil)), now: teamScores(period), before: teamScores(period.previous))
    }

    /// The organization compares like with like (Revision 2): its score is the mean of the team
    /// scores, each team once, and its change is taken over the teams with a score in both
    /// periods, naming the others. A team that met three times weighs no more than one that met once.
    func organizationFigures(_ base: PeriodFigures, now: [(team: String, scores: DriverScores)], before: [(team: String, scores: DriverScores)]) -> PeriodFigures {
        var figures = base
        func mean(_ values: [Double]) -> Double? { values.isEmpty ? nil : Rounding.two(values.reduce(0, +) / Double(values.count)) }
        var means = DriverScores()
        var comparison: [String: DriverComparison] = [:]
        let previous = Dictionary(before.map { ($0.team, $0.scores) }, uniquingKeysWith: { first, _ in first })
        for key in DriverScores.keys {
            let current = now.compactMap { entry in entry.scores[key].map { (entry.team, $0) } }
            means[key] = mean(current.map(\.1))
            let both = current.compactMap { team, value in previous[team]?[key].map { (team, value, $0) } }
            let scoringNow = Set(current.map(\.0))
            let onlyBefore = before.filter { $0.scores[key] != nil && !scoringNow.contains($0.team) }.map(\.team)
            let onlyNow = current.filter { previous[$0.0]?[key] == nil }.map(\.0)
            let change = both.isEmpty ? nil : Rounding.two((mean(both.map(\.1)) ?? 0) - (mean(both.map(\.2)) ?? 0))
            comparison[key] = DriverComparison(change: change, trend: change.map(Self.trend), teams: both.map(\.0),
                                               leftOut: (onlyNow + onlyBefore).sorted())
        }
        figures.scores = means
        figures.comparison = comparison
        return figures
    }

    /// The days of an action that the figures count by, taken out once: an action's texts are not
    /// copied for every period.
    struct ActionDates {
        let opened: Day?
        let closed: Day?
        let due: Day?

        init(_ action: TrackedAction) {
            (opened, closed, due) = (action.firstMentioned, action.closed, action.latest.due?.value)
        }
    }

    /// What a team's figures (or, for nil, the whole organization's) are made from.
    struct Inputs {
        let evaluations: [Evaluation]
        let mandates: [MandateSpan]
        let actions: [ActionDates]
        let stories: [Story]

        /// The same inputs for each of `periods` (all of one kind), with only the evaluations and
        /// stories dated in it: a report's periods then cost its inputs once, not once per period.
        /// The order within a period stays, so the sums come out the same to the last bit.
        func split(by periods: [Period]) -> [Inputs] {
            guard let kind = periods.first?.kind else { return [] }
            var evaluationsIn: [Period: [Evaluation]] = [:], storiesIn: [Period: [Story]] = [:]
            for evaluation in evaluations {
                if let date = evaluation.date?.value { evaluationsIn[Period(containing: date, kind: kind), default: []].append(evaluation) }
            }
            for story in stories {
                if let date = story.date?.value { storiesIn[Period(containing: date, kind: kind), default: []].append(story) }
            }
            return periods.map { Inputs(evaluations: evaluationsIn[$0] ?? [], mandates: mandates, actions: actions, stories: storiesIn[$0] ?? []) }
        }
    }

    func inputs(team: String?) -> Inputs {
        guard let team else {
            return Inputs(evaluations: site.evaluations.map(\.value), mandates: spans, actions: actions.map(ActionDates.init), stories: site.stories.map(\.value))
        }
        // Stories are only counted, so their order (newest first in the index) does not matter.
        return Inputs(evaluations: evaluations(of: team), mandates: spansByTeam[team] ?? [],
                      actions: (site.relations.actionsByTeam[team] ?? []).map(ActionDates.init), stories: (site.relations.storiesByTeam[team] ?? []).map(\.value))
    }

    func figures(for period: Period, _ inputs: Inputs) -> PeriodFigures {
        let (evaluations, mandates, actions, stories) = (inputs.evaluations, inputs.mandates, inputs.actions, inputs.stories)
        let end = min(period.last, site.today)
        let inPeriod = evaluations.filter { $0.date.map { period.contains($0.value) } ?? false }
        let counted = inPeriod.filter(filter.counts)
        var steering = SteeringCounts()
        for evaluation in counted {
            switch evaluation.steering {
            case .more?: steering.more += 1
            case .same?: steering.same += 1
            case .less?: steering.less += 1
            case nil: break
            }
        }
        let distribution = DelegationProgress.distribution(mandates, on: end)
        var storyCounts = StoryCounts()
        for story in stories {
            guard let date = story.date?.value, period.contains(date) else { continue }
            switch story.kind?.value {
            case .success?: storyCounts.success += 1
            case .lesson?: storyCounts.lesson += 1
            case .experiment?: storyCounts.experiment += 1
            case nil: break
            }
        }
        return PeriodFigures(
            period: period,
            evaluations: inPeriod.count,
            evaluationsCounted: counted.count,
            participantsCounted: counted.reduce(0) { $0 + ($1.participants ?? 0) },
            scores: filter.scores(of: inPeriod),
            steering: steering,
            mandatesPerLevel: distribution.perLevel,
            averageLevel: distribution.average,
            mandateChanges: DelegationProgress.changes(mandates, in: period),
            actionsOpened: actions.count { $0.opened.map(period.contains) ?? false },
            actionsClosed: actions.count { $0.closed.map(period.contains) ?? false },
            actionsOverdue: actions.count { action in
                guard let first = action.opened, first <= end, let due = action.due, due < end else { return false }
                return action.closed.map { $0 > end } ?? true
            },
            stories: storyCounts, comparison: nil)
    }

    // MARK: - One team

    private func teamReport(_ team: Item<Team>) -> TeamReport {
        let inputs = inputs(team: team.id)
        let (evaluations, mandates) = (inputs.evaluations, inputs.mandates)
        let perPeriod = zip(periods, inputs.split(by: periods)).map { self.figures(for: $0, $1) }
        let active = mandates.map(\.mandate).filter { $0.value.status == .active }
        let reviews = active.compactMap { mandate in
            mandate.value.review.map { ReviewDue(mandate: mandate.id, title: mandate.value.title, review: $0.value, daysLeft: $0.value.days(since: site.today)) }
        }
        let overdueIDs = Set(active.filter { ($0.value.review?.value).map { $0 < site.today } ?? false && !site.isReviewed($0) }.map(\.id))
        return TeamReport(
            team: team.id, name: team.value.name, phase: team.value.phase, ended: team.value.ended,
            periods: perPeriod,
            mandates: mandates.map { span in
                let mandate = span.mandate
                return MandateTimeline(mandate: mandate.id, title: mandate.value.title, area: mandate.value.area, status: mandate.value.status,
                                       steps: span.steps, end: span.end, endUnknown: span.endUnknown)
            },
            // Oldest first; on one day, by mandate, each mandate's moves in their own order.
            moves: mandates.flatMap { DelegationProgress.moves(of: $0, until: site.today).enumerated() }
                .sorted { ($0.element.date, $0.element.mandate, $0.offset) < ($1.element.date, $1.element.mandate, $1.offset) }.map(\.element),
            energizers: Self.mostFrequent(evaluations.flatMap { evaluation in evaluation.energizers.map { ($0, evaluation.date?.value) } }),
            drainers: Self.mostFrequent(evaluations.flatMap { evaluation in evaluation.drainers.map { ($0, evaluation.date?.value) } }),
            reviewsDueSoon: reviews.filter { (0...30).contains($0.daysLeft) }.sorted { ($0.review, $0.mandate) < ($1.review, $1.mandate) },
            reviewsOverdue: reviews.filter { overdueIDs.contains($0.mandate) }.sorted { ($0.review, $0.mandate) < ($1.review, $1.mandate) },
            evaluations: evaluations.sorted { $0.date!.value < $1.date!.value }.map { evaluation in
                let counted = filter.counts(evaluation)
                let scores = evaluation.scores
                return EvaluationRow(date: evaluation.date!.value, participants: evaluation.participants ?? 0, counted: counted,
                                     scores: counted ? DriverScores(autonomy: scores.autonomy, mastery: scores.mastery, purpose: scores.purpose, motivation: scores.motivation) : DriverScores(),
                                     steering: counted ? evaluation.steering : nil)
            })
    }

    /// Up to five texts: first those named at least twice (case and surrounding blanks ignored),
    /// most often first, then alphabetically; then, to fill up, the latest of the others with the
    /// date they were named.
    static func mostFrequent(_ texts: [(String, Day?)], limit: Int = 5) -> [TextCount] {
        var counts: [String: (text: String, count: Int, last: Day?)] = [:]
        for (text, date) in texts {
            let trimmed = text.trimmedWhitespace
            guard !trimmed.isEmpty else { continue }
            let key = trimmed.lowercased()
            let seen = counts[key]
            counts[key] = (seen?.text ?? trimmed, (seen?.count ?? 0) + 1, [seen?.last, date].compactMap { $0 }.max())
        }
        let repeated = counts.values.filter { $0.count >= 2 }.sorted { ($1.count, $0.text) < ($0.count, $1.text) }
            .prefix(limit).map { TextCount(text: $0.text, count: $0.count, lastNamed: nil) }
        let single = counts.values.filter { $0.count < 2 }
            .sorted { ($0.last ?? Day.earliest, $1.text) > ($1.last ?? Day.earliest, $0.text) }
            .prefix(limit - repeated.count).map { TextCount(text: $0.text, count: nil, lastNamed: $0.last) }
        return repeated + single
    }

    // MARK: - The portfolio

    private func portfolioRow(_ team: Item<Team>, teamReport: TeamReport, current: Period) -> PortfolioRow {
        let upToNow = teamReport.periods.filter { $0.period <= current }
        var drivers: [String: DriverTrend] = [:]
        for key in DriverScores.keys {
            let usable = upToNow.filter { $0.scores[key] != nil }
            let latest = usable.last
            let previous = usable.dropLast().last
            let change = latest.flatMap { l in previous.map { Rounding.two(l.scores[key]! - $0.scores[key]!) } }
            drivers[key] = DriverTrend(latest: latest?.scores[key], latestPeriod: latest?.period,
                                       previous: previous?.scores[key], previousPeriod: previous?.period,
                                       change: change, trend: change.map(Self.trend))
        }
        let answered = upToNow.filter { $0.steering.total > 0 }
        let latestSteering = answered.last
        let previousSteering = answered.dropLast().last
        let steeringChange = latestSteering.flatMap { l in previousSteering.map { Rounding.two(l.steering.balance! - $0.steering.balance!) } }
        let teamSpans = spansByTeam[team.id] ?? []
        let mandates = teamSpans.map(\.mandate.value)
        let now = DelegationProgress.distribution(teamSpans, on: site.today)
        let before = DelegationProgress.distribution(teamSpans, on: current.previous.last)
        // One pass over the team's check-ins up to today: the latest, and the latest that counted.
        let held = evaluations(of: team.id).filter { $0.date!.value <= site.today }
        let latest = held.max { $0.date!.value < $1.date!.value }
        let lastCounted = held.filter(filter.counts).compactMap(\.date?.value).max()
        let teamActions = (site.relations.actionsByTeam[team.id] ?? []).filter { !$0.latest.status.isClosed }
        let lastEvaluation = latest?.date?.value
        return PortfolioRow(
            team: team.id, name: team.value.name, phase: team.value.phase, ended: team.value.ended,
            lastCountedEvaluation: lastCounted,
            stale: team.value.ended == nil && (lastCounted.map { site.today.days(since: $0) > site.configuration.staleAfterDays } ?? true),
            participation: latest.map { Participation(participants: $0.participants ?? 0, members: team.value.memberIDs.count, date: $0.date!.value) },
            drivers: drivers,
            steering: SteeringTrend(latestPeriod: latestSteering?.period, latest: latestSteering?.steering,
                                    previousPeriod: previousSteering?.period, previous: previousSteering?.steering,
                                    trend: steeringChange.map(Self.trend)),
            delegation: DelegationFigures(activeMandates: mandates.filter { $0.status == .active }.count,
                                          averageLevel: now.average, previousAverageLevel: before.average,
                                          change: now.average.flatMap { n in before.average.map { Rounding.two(n - $0) } }),
            reviewsOverdue: teamReport.reviewsOverdue.count,
            actionsOpen: teamActions.count,
            actionsOverdue: teamActions.filter { ($0.latest.due?.value).map { $0 < site.today } ?? false }.count,
            storiesInPeriod: teamReport.periods.first { $0.period == current }.map { $0.stories.total } ?? 0,
            lastEvaluation: lastEvaluation,
            daysSinceLastEvaluation: lastEvaluation.map { site.today.days(since: $0) })
    }

    /// An arrow needs a change of at least 0.1.
    static func trend(_ change: Double) -> Trend {
        change >= 0.1 - 1e-9 ? .up : change <= -0.1 + 1e-9 ? .down : .flat
    }
}
