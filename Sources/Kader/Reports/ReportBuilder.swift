import Foundation

/// Works out every number of the reports from the site. The rules are in the README ("How the
/// numbers are made") and the tests hold them to a fixture worked out by hand.
public struct ReportBuilder: Sendable {
    let site: Site
    let filter: AnonymityFilter
    let kind: Configuration.ReportPeriod
    let actions: [TrackedAction]

    public init(site: Site) {
        self.site = site
        filter = AnonymityFilter(threshold: site.configuration.anonymityThreshold)
        kind = site.configuration.reportPeriod
        actions = ActionLedger.actions(in: site)
    }

    public func build() -> ReportData {
        let current = Period(containing: site.today, kind: kind)
        let periods = periodsWithData(upTo: current)
        let teams = site.teams.map { teamReport($0, periods: periods) }
        let everything = inputs(team: nil)
        let organization = periods.map { figures(for: $0, everything) }
        return ReportData(
            today: site.today, periodKind: kind, anonymityThreshold: filter.threshold, scale: site.configuration.scale,
            currentPeriod: current, periods: periods,
            portfolio: zip(site.teams, teams).map { portfolioRow($0, teamReport: $1, current: current) },
            teams: teams, organization: organization)
    }

    /// The periods with an evaluation, a story or a mandate step in them, up to today's (Revision
    /// 2): as many as the content has, whatever its dates. One story in 1900 once made 1,524
    /// monthly periods and 48,627 report files.
    private func periodsWithData(upTo current: Period) -> [Period] {
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
        figures(for: period, inputs(team: team))
    }

    /// What a team's figures (or, for nil, the whole organization's) are made from.
    struct Inputs {
        let evaluations: [Evaluation]
        let mandates: [Item<Mandate>]
        let actions: [TrackedAction]
        let stories: [Story]
    }

    func inputs(team: String?) -> Inputs {
        guard let team else {
            return Inputs(evaluations: site.evaluations.map(\.value), mandates: site.mandates, actions: actions, stories: site.stories.map(\.value))
        }
        return Inputs(evaluations: evaluations(of: team), mandates: site.mandates.filter { $0.value.team.value == team },
                      actions: actions.filter { $0.team == team }, stories: site.stories.filter { $0.value.team?.value == team }.map(\.value))
    }

    func figures(for period: Period, _ inputs: Inputs) -> PeriodFigures {
        let (evaluations, mandates, actions, stories) = (inputs.evaluations, inputs.mandates, inputs.actions, inputs.stories)
        let end = min(period.last, site.today)
        let inPeriod = evaluations.filter { $0.date.map { period.contains($0.value) } ?? false }
        var steering = SteeringCounts()
        for evaluation in inPeriod {
            switch evaluation.steering {
            case .more?: steering.more += 1
            case .same?: steering.same += 1
            case .less?: steering.less += 1
            case nil: break
            }
        }
        let counted = inPeriod.filter(filter.counts)
        let distribution = DelegationProgress.distribution(mandates.map(\.value), on: end)
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
            actionsOpened: actions.filter { $0.firstMentioned.map(period.contains) ?? false }.count,
            actionsClosed: actions.filter { $0.closed.map(period.contains) ?? false }.count,
            actionsOverdue: actions.filter { action in
                guard let first = action.firstMentioned, first <= end, let due = action.latest.due?.value, due < end else { return false }
                return action.closed.map { $0 > end } ?? true
            }.count,
            stories: storyCounts)
    }

    // MARK: - One team

    private func teamReport(_ team: Item<Team>, periods: [Period]) -> TeamReport {
        let inputs = inputs(team: team.id)
        let (evaluations, mandates) = (inputs.evaluations, inputs.mandates)
        let perPeriod = periods.map { self.figures(for: $0, inputs) }
        let active = mandates.filter { $0.value.status == .active }
        let reviews = active.compactMap { mandate in
            mandate.value.review.map { ReviewDue(mandate: mandate.id, title: mandate.value.title, review: $0.value, daysLeft: $0.value.days(since: site.today)) }
        }
        let overdueIDs = Set(active.filter { ($0.value.review?.value).map { $0 < site.today } ?? false && !ReviewOverdueCheck.isReviewed($0, in: site) }.map(\.id))
        return TeamReport(
            team: team.id, name: team.value.name, phase: team.value.phase, ended: team.value.ended,
            periods: perPeriod,
            mandates: mandates.map { MandateTimeline(mandate: $0.id, title: $0.value.title, area: $0.value.area, status: $0.value.status,
                                                     steps: DelegationProgress.steps(of: $0.value)) },
            energizers: Self.mostFrequent(evaluations.flatMap(\.energizers)),
            drainers: Self.mostFrequent(evaluations.flatMap(\.drainers)),
            reviewsDueSoon: reviews.filter { (0...30).contains($0.daysLeft) }.sorted { ($0.review, $0.mandate) < ($1.review, $1.mandate) },
            reviewsOverdue: reviews.filter { overdueIDs.contains($0.mandate) }.sorted { ($0.review, $0.mandate) < ($1.review, $1.mandate) },
            evaluations: evaluations.sorted { $0.date!.value < $1.date!.value }.map { evaluation in
                let counted = filter.counts(evaluation)
                let scores = evaluation.scores
                return EvaluationRow(date: evaluation.date!.value, participants: evaluation.participants ?? 0, counted: counted,
                                     scores: counted ? Scores4(autonomy: scores.autonomy, mastery: scores.mastery, purpose: scores.purpose, motivation: scores.motivation) : Scores4(),
                                     steering: evaluation.steering)
            })
    }

    /// The five texts named most often (case and surrounding blanks ignored), then alphabetically.
    static func mostFrequent(_ texts: [String], limit: Int = 5) -> [TextCount] {
        var counts: [String: (text: String, count: Int)] = [:]
        for text in texts {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            let key = trimmed.lowercased()
            counts[key] = (counts[key]?.text ?? trimmed, (counts[key]?.count ?? 0) + 1)
        }
        return counts.values.sorted { ($1.count, $0.text) < ($0.count, $1.text) }.prefix(limit).map { TextCount(text: $0.text, count: $0.count) }
    }

    // MARK: - The portfolio

    private func portfolioRow(_ team: Item<Team>, teamReport: TeamReport, current: Period) -> PortfolioRow {
        let upToNow = teamReport.periods.filter { $0.period <= current }
        var drivers: [String: DriverTrend] = [:]
        for key in Scores4.keys {
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
        let mandates = site.mandates.filter { $0.value.team.value == team.id }.map(\.value)
        let now = DelegationProgress.distribution(mandates, on: site.today)
        let before = DelegationProgress.distribution(mandates, on: current.previous.last)
        let teamActions = actions.filter { $0.team == team.id && !$0.latest.status.isClosed }
        let lastEvaluation = evaluations(of: team.id).compactMap(\.date?.value).filter { $0 <= site.today }.max()
        return PortfolioRow(
            team: team.id, name: team.value.name, phase: team.value.phase, ended: team.value.ended,
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
