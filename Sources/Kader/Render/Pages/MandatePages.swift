// The delegation boards of all teams, and a page per mandate.
extension Handbook {
    func mandatesPage() -> OutputFile {
        let url = SiteURL.mandates
        let link = links(url)
        let boards = site.teams.compactMap { link.board(for: $0.id, withTeam: true) }
        return page(url, template: "mandates", title: labels["mandates"], section: "mandates",
                    MandatesPageView(boards: boards, levels: link.levelHeaders))
    }

    func mandatePage(_ mandate: Item<Mandate>) -> OutputFile {
        let url = SiteURL.mandate(mandate.id)
        let link = links(url)
        let value = mandate.value
        let team = site.teamsByID[value.team.value]
        func holder(_ id: String) -> LinkView {
            if id == "team" { return LinkView(url: link.team(value.team.value).url, label: labels["team_holder"]) }
            if let role = team?.value.roles.first(where: { $0.id.value == id }) {
                let holderName = role.holder.map { " (\(link.person($0.value).label))" } ?? ""
                return LinkView(url: nil, label: role.name + holderName)
            }
            return link.person(id)
        }
        var history = value.history.map { step in
            HistoryView(date: labels.date(step.date.value), level: step.level, levelName: labels.levelName(step.level), note: step.note, current: false)
        }
        // A build only runs without errors, so the level and dates are there.
        let level = value.level ?? DelegationLevel.range.lowerBound
        let since = value.since?.value ?? site.today, review = value.review?.value ?? site.today
        history.append(HistoryView(date: labels.date(since), level: level, levelName: labels.levelName(level), note: nil, current: true))
        let reviews = (site.relations.reviewsByMandate[mandate.id] ?? []).map { reviewView($0.review, link: link, evaluation: $0.evaluation) }
        let body = self.body(mandate, url: url)
        let main = MandatePageView(
            team: link.team(value.team.value), area: value.area, holder: holder(value.holder.value),
            level: level, levelName: labels.levelName(level), levelMeaning: labels.levelMeaning(level),
            limit: value.limit, since: labels.date(since), review: labels.date(review),
            reviewOverdue: value.status == .active && review < site.today && !site.isReviewed(mandate),
            status: labels["status.\(value.status.rawValue)"], statusKey: value.status.rawValue,
            history: history, reviews: reviews, levels: link.levelHeaders,
            escalateTo: value.escalateTo.map { holder($0.value) }, body: body?.html, toc: body?.contents)
        return page(url, template: "mandate", title: value.title, section: "mandates", trail: [sectionCrumb("mandates", link)], source: mandate.path, main)
    }
}
