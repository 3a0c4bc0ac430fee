// A page per check-in; a private one without its notes.
extension Handbook {
    func evaluationPage(_ evaluation: Item<Evaluation>) -> OutputFile {
        let url = SiteURL.evaluation(evaluation.id)
        let link = links(url)
        let value = evaluation.value
        let teamID = value.team?.value ?? String(evaluation.id.split(separator: "/").first ?? "")
        // The steering answer, like the scores, only with enough participants that it is nobody's own.
        let steering = (value.participants ?? 0) >= site.configuration.anonymityThreshold ? value.steering.map { labels["steering.\($0.rawValue)"] } : nil
        // A private evaluation's notes are never rendered, not even into the search index.
        let body = value.isPrivate ? nil : self.body(evaluation, url: url)
        let main = EvaluationPageView(
            team: link.team(teamID), date: link.date(value.date?.value) ?? evaluation.id,
            participants: value.participants ?? 0,
            wentWell: value.wentWell, couldImprove: value.couldImprove,
            energizers: value.energizers, drainers: value.drainers,
            actions: value.actions.map { link.action($0) },
            reviews: value.mandateReviews.map { reviewView($0, link: link, evaluation: nil) },
            private: value.isPrivate, steering: steering, body: body?.html, toc: body?.contents)
        let title = "\(labels["evaluation"]) \(link.team(teamID).label), \(link.date(value.date?.value) ?? evaluation.id)"
        // Previous and next: the team's evaluations by date (their ids end in the date).
        let series = site.evaluationsByTeam[teamID] ?? []
        let position = site.relations.evaluationPlace[evaluation.id]
        func neighbour(_ offset: Int) -> LinkView? {
            guard let position, series.indices.contains(position + offset) else { return nil }
            return link.evaluation(series[position + offset])
        }
        return page(url, template: "evaluation", title: title, section: "teams", trail: [sectionCrumb("teams", link), link.team(teamID)],
                    source: evaluation.path, pager: PagerView(previous: neighbour(-1), next: neighbour(1)), main)
    }
}
