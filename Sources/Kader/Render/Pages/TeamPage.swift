// The teams index, and a team's page: its own text, frame, delegation board, goals, open actions
// and latest agreements.
extension Handbook {
    /// Active teams with phase and purpose; ended teams apart, as archived.
    func teamsPage() -> OutputFile {
        let url = SiteURL.teams
        let link = links(url)
        let active = site.teams.filter { $0.value.ended == nil }.map(link.teamSummary)
        let archived = site.teams.filter { $0.value.ended != nil }.map(link.teamSummary)
        return page(url, template: "teams", title: labels["teams"], section: "teams", TeamsPageView(teams: active, archivedTeams: archived))
    }

    func teamPage(_ team: Item<Team>) -> OutputFile {
        let url = SiteURL.team(team.id)
        let link = links(url)
        let value = team.value
        let evaluations = site.evaluationsByTeam[team.id] ?? []
        var facts: [Fact] = []
        if let since = value.since { facts.append(Fact(label: labels["since"], value: link.date(since), link: nil)) }
        if let cadence = value.cadence { facts.append(Fact(label: labels["cadence"], value: labels["cadence.\(cadence.rawValue)"], link: nil)) }
        if let coach = value.coach { facts.append(Fact(label: labels["coach"], value: nil, link: link.person(coach.value))) }
        if let manager = value.manager { facts.append(Fact(label: labels["manager"], value: nil, link: link.person(manager.value))) }
        let openActions = (site.relations.actionsByTeam[team.id] ?? []).filter { !$0.latest.status.isClosed }
            .sorted { ($0.latest.due?.value ?? Day(ordinal: Int.max / 4), $0.id) < ($1.latest.due?.value ?? Day(ordinal: Int.max / 4), $1.id) }
            .map { action in link.action(action.latest, source: sourceLink(action.latestPath, team: team.id, link: link)) }
        let latest = evaluations.last.map { latest in
            LatestEvaluationView(evaluation: link.evaluation(latest), actions: latest.value.actions.map { link.action($0) },
                                 reviews: latest.value.mandateReviews.map { reviewView($0, link: link, evaluation: nil) })
        }
        let body = self.body(team, url: url)
        let main = TeamPageView(
            name: value.name, purpose: value.purpose,
            phase: labels["phase.\(value.phase.rawValue)"], phaseKey: value.phase.rawValue,
            phaseMeaning: labels["phase.\(value.phase.rawValue).meaning"],
            members: value.members.map { link.person($0.value) },
            roles: value.roles.map { RoleView(id: $0.id.value, name: $0.name, holder: $0.holder.map { link.person($0.value) }, team: nil, accountabilities: $0.accountabilities) },
            values: value.values.map { link.value($0.value) },
            goals: value.goals.map(link.goal),
            evaluations: evaluations.reversed().map { EvaluationSummary(link: link.evaluation($0), date: link.date($0.value.date?.value) ?? "") },
            stories: (site.relations.storiesByTeam[team.id] ?? []).map(link.storySummary),
            sessions: (site.relations.sessionsByTeam[team.id] ?? []).map(link.sessionSummary),
            facts: facts, ended: link.date(value.ended), board: link.board(for: team.id, withTeam: false),
            openActions: openActions, latest: latest, body: body?.html, toc: body?.contents)
        return page(url, template: "team", title: value.name, section: "teams", trail: [sectionCrumb("teams", link)], source: team.path, main)
    }

    /// Where an action was last mentioned: one of the team's evaluations, or its goals.
    func sourceLink(_ path: String, team: String, link: PageLinks) -> LinkView? {
        guard let target = SiteURL.page(forContentPath: path, in: site) else { return nil }
        if let evaluation = site.relations.evaluationsByPath[path] { return link.evaluation(evaluation) }
        return LinkView(url: link.to(target), label: labels["goals"])
    }

    func reviewView(_ review: MandateReview, link: PageLinks, evaluation: Item<Evaluation>?) -> ReviewView {
        ReviewView(mandate: link.mandate(review.mandate.value), decision: labels["decision.\(review.decision.rawValue)"],
                   note: review.note, evaluation: evaluation.map(link.evaluation))
    }
}
