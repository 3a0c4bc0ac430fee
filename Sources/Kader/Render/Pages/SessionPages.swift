// Joint sessions.
extension Handbook {
    func sessionsPage() -> OutputFile {
        let url = SiteURL.sessions
        let link = links(url)
        let sessions = site.sessions.sorted { ($0.value.date ?? Day(ordinal: 0), $1.id) > ($1.value.date ?? Day(ordinal: 0), $0.id) }
            .map(link.sessionSummary)
        return page(url, template: "sessions", title: labels["sessions"], section: "sessions", SessionsPageView(sessions: sessions))
    }

    func sessionPage(_ session: Item<Session>) -> OutputFile {
        let url = SiteURL.session(session.id)
        let link = links(url)
        let value = session.value
        let body = self.body(session, url: url)
        let main = SessionPageView(
            date: link.date(value.date) ?? "", topic: value.topic.map { labels["topic.\($0.rawValue)"] } ?? "",
            teams: value.teams.map { link.team($0.value) }, values: value.values.map { link.value($0.value) },
            agreements: value.agreements, decisions: value.decisions, openQuestions: value.openQuestions,
            body: body?.html, toc: body?.contents)
        return page(url, template: "session", title: value.title, section: "sessions", trail: [sectionCrumb("sessions", link)], source: session.path, main)
    }
}
