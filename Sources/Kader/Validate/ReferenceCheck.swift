/// unknown-reference, holder-not-member, and a mandate review of another team's mandate.
struct ReferenceCheck: SiteCheck {
    func check(_ site: ContentIndex) -> [Finding] {
        var resolver = Resolver(site: site)
        if let organization = site.organization {
            resolver.goals(organization.value.goals, team: nil, path: organization.path)
        }
        for team in site.teams {
            let value = team.value
            resolver.person(value.coach, field: "coach", path: team.path)
            resolver.person(value.manager, field: "manager", path: team.path)
            for role in value.roles {
                guard let holder = role.holder else { continue }
                if !value.memberIDs.contains(holder.value) {
                    if site.personIDs.contains(holder.value) {
                        resolver.report(.holderNotMember, team.path, holder.position, .roleHolderNotMember(holder: holder.value, role: role.id.value))
                    } else {
                        resolver.person(holder, field: "holder", path: team.path)
                    }
                }
            }
            resolver.values(value.values, path: team.path)
            resolver.goals(value.goals, team: team.id, path: team.path)
        }
        for mandate in site.mandates {
            let value = mandate.value
            guard let team = resolver.team(value.team, path: mandate.path) else { continue }
            let roles = team.value.roles.map(\.id.value)
            let holder = value.holder.value
            if holder != "team", !roles.contains(holder), !team.value.memberIDs.contains(holder) {
                if site.personIDs.contains(holder) {
                    resolver.report(.holderNotMember, mandate.path, value.holder.position, .mandateHolderNotMember(holder: holder, team: team.id))
                } else {
                    resolver.report(.unknownReference, mandate.path, value.holder.position,
                        .unknownHolder(holder: holder, team: team.id, suggestion: Suggestion.closest(to: holder, in: ["team"] + roles + Array(site.personIDs))))
                }
            }
            if let escalation = value.escalateTo, !roles.contains(escalation.value), !site.personIDs.contains(escalation.value) {
                resolver.report(.unknownReference, mandate.path, escalation.position,
                    .unknownEscalation(id: escalation.value, team: team.id, suggestion: Suggestion.closest(to: escalation.value, in: roles + Array(site.personIDs))))
            }
        }
        for story in site.stories {
            if let team = story.value.team { resolver.team(team, path: story.path) }
            resolver.person(story.value.author, field: "author", path: story.path)
            resolver.values(story.value.values, path: story.path)
        }
        for evaluation in site.evaluations {
            let value = evaluation.value
            if let team = value.team { resolver.team(team, path: evaluation.path) }
            for action in value.actions { resolver.owner(action, path: evaluation.path) }
            for review in value.mandateReviews {
                guard let mandate = site.mandatesByID[review.mandate.value] else {
                    if !site.exists(.mandate, review.mandate.value) {
                        resolver.report(.unknownReference, evaluation.path, review.mandate.position,
                            .noMandate(id: review.mandate.value, suggestion: resolver.hint(review.mandate.value, .mandate)))
                    }
                    continue
                }
                // A mandate of an unknown team has its one finding already.
                if let team = value.team?.value, mandate.value.team.value != team, site.exists(.team, mandate.value.team.value) {
                    resolver.report(.invalidValue, evaluation.path, review.mandate.position,
                        .mandateOfOtherTeam(mandate: review.mandate.value, owner: mandate.value.team.value, team: team))
                }
            }
        }
        for page in site.pages {
            resolver.person(page.value.owner, field: "owner", path: page.path)
        }
        for session in site.sessions {
            for team in session.value.teams { resolver.team(team, path: session.path) }
            resolver.values(session.value.values, path: session.path)
        }
        return resolver.findings
    }

    private struct Resolver {
        let site: ContentIndex
        /// Made once: every team, story, session and goal names values.
        let valueIDs: Set<String>
        var findings: [Finding] = []

        init(site: ContentIndex) {
            self.site = site
            valueIDs = site.valueIDs
        }

        mutating func report(_ rule: Rule, _ path: String, _ position: Position, _ message: Message) {
            findings.append(Finding(rule, path, position, message))
        }

        func hint(_ id: String, _ kind: ContentKind) -> String? {
            Suggestion.closest(to: id, in: site.ids[kind] ?? [])
        }

        @discardableResult
        mutating func team(_ reference: Located<String>, path: String) -> Item<Team>? {
            if let team = site.teamsByID[reference.value] { return team }
            if !site.exists(.team, reference.value) {
                report(.unknownReference, path, reference.position, .noTeam(id: reference.value, suggestion: hint(reference.value, .team)))
            }
            return nil
        }

        mutating func person(_ reference: Located<String>?, field: String, path: String) {
            guard let reference, !site.personIDs.contains(reference.value) else { return }
            report(.unknownReference, path, reference.position,
                   .notAPerson(field: field, id: reference.value, suggestion: Suggestion.closest(to: reference.value, in: site.personIDs)))
        }

        mutating func owner(_ action: Action, path: String) {
            guard site.hasPeopleFolder else { return }
            person(action.owner, field: "owner", path: path)
        }

        mutating func values(_ references: [Located<String>], path: String) {
            // An organization.md that could not be read has its one finding; its values are unknown, not missing.
            guard site.organization != nil || !site.exists(.organization, "organization") else { return }
            for reference in references where !valueIDs.contains(reference.value) {
                report(.unknownReference, path, reference.position, .noValue(id: reference.value, suggestion: Suggestion.closest(to: reference.value, in: valueIDs)))
            }
        }

        mutating func goals(_ goals: [Goal], team: String?, path: String) {
            for goal in goals {
                values(goal.values, path: path)
                for action in goal.actions { owner(action, path: path) }
            }
        }
    }
}
