/// Every reference of the content read backwards, made in one pass per kind when the site is
/// assembled: a team's stories, sessions, mandates and actions; a value's stories and teams; a
/// person's teams, roles and mandates; a mandate's reviews. Pages, rules and reports read these
/// instead of scanning every entity per entity, so a build stays linear in files plus references.
public struct Relations: Sendable {
    /// Newest first, ties by id, as every list of stories shows them.
    public internal(set) var storiesNewestFirst: [Item<Story>] = []
    public internal(set) var storiesByTeam: [String: [Item<Story>]] = [:]
    public internal(set) var storiesByValue: [String: [Item<Story>]] = [:]
    /// Newest first.
    public internal(set) var sessionsByTeam: [String: [Item<Session>]] = [:]
    /// In the site's order (by path).
    public internal(set) var mandatesByTeam: [String: [Item<Mandate>]] = [:]
    public internal(set) var teamsByValue: [String: [Item<Team>]] = [:]
    public internal(set) var teamsByMember: [String: [Item<Team>]] = [:]
    public internal(set) var teamsByCoach: [String: [Item<Team>]] = [:]
    public internal(set) var teamsByManager: [String: [Item<Team>]] = [:]
    public internal(set) var rolesByHolder: [String: [(team: String, role: Role)]] = [:]
    /// Mandates a person holds, themselves or through a role of the mandate's team.
    public internal(set) var mandatesByPerson: [String: [Item<Mandate>]] = [:]
    /// Per mandate, the reviews of it in evaluations of its own team (the evaluation's `team`),
    /// in evaluation order.
    public internal(set) var reviewsByMandate: [String: [(evaluation: Item<Evaluation>, review: MandateReview)]] = [:]
    /// The action ledger, computed once (see `ActionLedger`).
    public internal(set) var actions: [TrackedAction] = []
    /// Each team's part of `actions`, which lists a team's actions together: a slice shares the
    /// ledger's storage (a copy per team was 12 MB at 49,000 files).
    public internal(set) var actionsByTeam: [String: ArraySlice<TrackedAction>] = [:]
    public internal(set) var evaluationsByPath: [String: Item<Evaluation>] = [:]
    /// Where each evaluation stands in its team's series (`ContentIndex.evaluationsByTeam`).
    public internal(set) var evaluationPlace: [String: Int] = [:]

    init() {}

    /// Three parts made side by side (the preview assembles the index on every save): the
    /// references of stories, sessions, teams and mandates; the evaluations' reviews and places;
    /// the action ledger. With `last`, the preview's previous index, a part whose items are all
    /// the same objects as then (`IndexMemo`) is taken from it instead.
    init(of site: ContentIndex, last: ContentIndex? = nil) {
        let same = last.map { Unchanged(site, $0) } ?? Unchanged()
        let kept = last?.relations
        nonisolated(unsafe) var references = Relations(), evaluations = Relations(), ledger = Relations()
        // Each writes only its own part.
        concurrently([
            { references = same.references ? kept! : Relations(referencesOf: site) },
            { evaluations = same.evaluations ? kept! : Relations(evaluationsOf: site) },
            { ledger = same.ledger ? kept! : Relations(ledgerOf: site) },
        ])
        self = references
        (reviewsByMandate, evaluationsByPath, evaluationPlace) = (evaluations.reviewsByMandate, evaluations.evaluationsByPath, evaluations.evaluationPlace)
        (actions, actionsByTeam) = (ledger.actions, ledger.actionsByTeam)
    }

    /// Which parts read only items that are the same objects as in the last index.
    private struct Unchanged {
        var references = false, evaluations = false, ledger = false

        init() {}

        init(_ site: ContentIndex, _ last: ContentIndex) {
            let teams = site.teams.isIdentical(to: last.teams), mandates = site.mandates.isIdentical(to: last.mandates)
            let evaluations = site.evaluations.isIdentical(to: last.evaluations)
            references = teams && mandates && site.stories.isIdentical(to: last.stories) && site.sessions.isIdentical(to: last.sessions)
            self.evaluations = evaluations && mandates
            ledger = evaluations && teams && site.organization === last.organization
        }
    }

    private init(referencesOf site: ContentIndex) {
        let newest = site.stories.sorted { ($0.value.date?.value ?? Day(ordinal: 0), $1.id) > ($1.value.date?.value ?? Day(ordinal: 0), $0.id) }
        storiesNewestFirst = newest
        var byTeam: [String: [Item<Story>]] = [:], byValue: [String: [Item<Story>]] = [:]
        for story in newest {
            if let team = story.value.team?.value { byTeam[team, default: []].append(story) }
            // A story that names a value twice is listed once.
            for value in Set(story.value.values.map(\.value)).sorted() { byValue[value, default: []].append(story) }
        }
        storiesByTeam = byTeam
        storiesByValue = byValue

        var sessions: [String: [Item<Session>]] = [:]
        let sessionOrder = site.sessions.enumerated().sorted { lhs, rhs in
            let (left, right) = (lhs.element.value.date ?? Day(ordinal: 0), rhs.element.value.date ?? Day(ordinal: 0))
            return left != right ? left > right : lhs.offset < rhs.offset
        }.map(\.element)
        for session in sessionOrder {
            for team in Set(session.value.teams.map(\.value)).sorted() { sessions[team, default: []].append(session) }
        }
        sessionsByTeam = sessions

        mandatesByTeam = Dictionary(grouping: site.mandates) { $0.value.team.value }

        var teamsByValue: [String: [Item<Team>]] = [:], members: [String: [Item<Team>]] = [:]
        var coaches: [String: [Item<Team>]] = [:], managers: [String: [Item<Team>]] = [:]
        var roles: [String: [(team: String, role: Role)]] = [:]
        for team in site.teams {
            for value in Set(team.value.values.map(\.value)).sorted() { teamsByValue[value, default: []].append(team) }
            for member in Set(team.value.memberIDs).sorted() { members[member, default: []].append(team) }
            if let coach = team.value.coach?.value { coaches[coach, default: []].append(team) }
            if let manager = team.value.manager?.value { managers[manager, default: []].append(team) }
            for role in team.value.roles {
                if let holder = role.holder?.value { roles[holder, default: []].append((team.id, role)) }
            }
        }
        self.teamsByValue = teamsByValue
        teamsByMember = members
        teamsByCoach = coaches
        teamsByManager = managers
        rolesByHolder = roles

        var byPerson: [String: [Item<Mandate>]] = [:]
        for mandate in site.mandates {
            let holder = mandate.value.holder.value
            var people: Set<String> = [holder]
            if let team = site.teamsByID[mandate.value.team.value] {
                for role in team.value.roles where role.id.value == holder {
                    if let person = role.holder?.value { people.insert(person) }
                }
            }
            for person in people.sorted() { byPerson[person, default: []].append(mandate) }
        }
        mandatesByPerson = byPerson
    }

    private init(evaluationsOf site: ContentIndex) {
        var reviews: [String: [(evaluation: Item<Evaluation>, review: MandateReview)]] = [:]
        var byPath: [String: Item<Evaluation>] = [:]
        let teamOf = Dictionary(site.mandates.map { ($0.id, $0.value.team.value) }, uniquingKeysWith: { first, _ in first })
        for evaluation in site.evaluations {
            byPath[evaluation.path] = evaluation
            guard let team = evaluation.value.team?.value else { continue }
            for review in evaluation.value.mandateReviews where teamOf[review.mandate.value] == team {
                reviews[review.mandate.value, default: []].append((evaluation, review))
            }
        }
        reviewsByMandate = reviews
        for series in site.evaluationsByTeam.values {
            for (place, evaluation) in series.enumerated() { evaluationPlace[evaluation.id] = place }
        }
        evaluationsByPath = byPath
    }

    private init(ledgerOf site: ContentIndex) {
        let ledger = ActionLedger.actions(in: site)
        actions = ledger
        var actionsByTeam: [String: ArraySlice<TrackedAction>] = [:]
        var start = ledger.startIndex
        while start < ledger.endIndex {
            let team = ledger[start].team
            let end = ledger[start...].firstIndex { $0.team != team } ?? ledger.endIndex
            if let team {
                assert(actionsByTeam[team] == nil, "a team's actions lie together in the ledger")
                actionsByTeam[team] = ledger[start..<end]
            }
            start = end
        }
        self.actionsByTeam = actionsByTeam
    }
}
