/// The team handbook: every page, the search index, the feed and sitemap, the theme's files and
/// the assets, as output files. Pages are built in parallel; the result is the same every run.
public struct Handbook: Sendable {
    let site: Site
    let theme: Theme
    let labels: Labels
    let actions: [TrackedAction]
    /// The list of free pages in every page's footer depends only on the way back to the root, so
    /// it is rendered once per folder depth instead of once per page.
    private var pageNavigation: [String: String] = [:]

    init(site: Site, theme: Theme) {
        self.site = site
        self.theme = theme
        labels = Labels(site.configuration.language)
        actions = ActionLedger.actions(in: site)
        for root in ["", "../", "../../", site.configuration.baseURLWithSlash] {
            pageNavigation[root] = renderPageNavigation(root: root)
        }
    }

    private func renderPageNavigation(root: String) -> String {
        theme.render("page-navigation", ["pageGroups": pageGroups(root: root), "t": labels.strings] as [String: Any])
    }

    /// Every file of the handbook, sorted by path.
    func files(root: String) -> [OutputFile] {
        var jobs: [@Sendable () -> OutputFile] = []
        jobs.append { homePage() }
        for team in site.teams { jobs.append { teamPage(team) } }
        jobs.append { mandatesPage() }
        for mandate in site.mandates { jobs.append { mandatePage(mandate) } }
        jobs.append { storiesPage() }
        for story in site.stories { jobs.append { storyPage(story) } }
        for value in site.organization?.value.values ?? [] { jobs.append { valuePage(value) } }
        for evaluation in site.evaluations { jobs.append { evaluationPage(evaluation) } }
        jobs.append { sessionsPage() }
        for session in site.sessions { jobs.append { sessionPage(session) } }
        jobs.append { peoplePage() }
        for person in site.people { jobs.append { personPage(person) } }
        for page in site.pages { jobs.append { freePage(page) } }
        jobs.append { searchPage() }
        jobs.append { notFoundPage() }
        var files = jobs.parallelMap { $0() }
        files.append(OutputFile(path: "search-index.js", text: SearchIndex.script(for: site, labels: labels)))
        files.append(OutputFile(path: "feed.xml", text: Feed.atom(for: site)))
        files.append(OutputFile(path: "sitemap.xml", text: Sitemap.xml(for: site, pages: files.map(\.path).filter { $0.hasSuffix(".html") && $0 != SiteURL.notFound })))
        for name in ["style.css", "kader.js"] {
            files.append(OutputFile(path: name, text: theme.files[name] ?? ""))
        }
        for asset in site.assets {
            if let bytes = FileReader.read(root + "/" + asset) {
                files.append(OutputFile(path: SiteURL.asset(forContentPath: asset), bytes: bytes))
            }
        }
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    // MARK: - The frame of every page

    private func page(_ url: String, template: String, title: String, section: String?, _ main: [String: Any]) -> OutputFile {
        var context = main
        // A server shows 404.html for a missing page at any depth, so its links start at base_url.
        let root = url == SiteURL.notFound ? site.configuration.baseURLWithSlash : SiteURL.root(from: url)
        context["lang"] = labels.language.rawValue
        context["title"] = title
        context["documentTitle"] = title == site.configuration.title ? title : "\(title) · \(site.configuration.title)"
        context["siteTitle"] = site.configuration.title
        context["root"] = root
        context["t"] = labels.strings
        context["nav"] = navigation(root: root, section: section)
        context["pageNavigation"] = pageNavigation[root] ?? renderPageNavigation(root: root)
        return OutputFile(path: url, text: theme.render(template, context))
    }

    private func navigation(root: String, section: String?) -> [NavItem] {
        let items: [(String, String, String)] = [
            ("home", SiteURL.home, labels["nav.home"]),
            ("mandates", SiteURL.mandates, labels["nav.mandates"]),
            ("stories", SiteURL.stories, labels["nav.stories"]),
            ("sessions", SiteURL.sessions, labels["nav.sessions"]),
            ("people", SiteURL.people, labels["nav.people"]),
            ("search", SiteURL.search, labels["nav.search"]),
        ]
        return items.map { NavItem(url: root + $0.1, label: $0.2, current: $0.0 == section) }
    }

    private func pageGroups(root: String) -> [PageGroup] {
        let sorted = site.pages.sorted { ($0.value.order ?? Int.max, $0.value.title, $0.id) < ($1.value.order ?? Int.max, $1.value.title, $1.id) }
        var groups: [PageGroup] = []
        let top = sorted.filter { $0.value.sections.isEmpty }
        if !top.isEmpty { groups.append(PageGroup(name: nil, pages: top.map { LinkView(url: root + SiteURL.page($0.id), label: $0.value.title) })) }
        let sections = Array(Set(sorted.compactMap(\.value.sections.first))).sorted()
        for section in sections {
            let pages = sorted.filter { $0.value.sections.first == section }
            groups.append(PageGroup(name: section.prefix(1).uppercased() + section.dropFirst().replacingOccurrences(of: "-", with: " "),
                                    pages: pages.map { LinkView(url: root + SiteURL.page($0.id), label: $0.value.title) }))
        }
        return groups
    }

    private func body<T>(_ item: Item<T>, url: String) -> RenderedBody? {
        item.body.map { $0.render(pageURL: url, sourcePath: item.path, site: site, unsafe: site.configuration.unsafeHTML) }
    }

    private func links(_ url: String) -> PageLinks { PageLinks(site: site, labels: labels, url: url) }

    private func newestFirst(_ stories: [Item<Story>]) -> [Item<Story>] {
        stories.sorted { ($0.value.date?.value ?? Day(ordinal: 0), $1.id) > ($1.value.date?.value ?? Day(ordinal: 0), $0.id) }
    }

    // MARK: - Pages

    private func homePage() -> OutputFile {
        let url = SiteURL.home
        let link = links(url)
        var main: [String: Any] = [:]
        let active = site.teams.filter { $0.value.ended == nil }.map(link.teamSummary)
        let archived = site.teams.filter { $0.value.ended != nil }.map(link.teamSummary)
        main["teams"] = active
        main["archivedTeams"] = archived
        if let organization = site.organization {
            let value = organization.value
            main["organization"] = [
                "title": value.title, "mission": value.mission, "vision": value.vision,
                "fixed": value.fixed, "free": value.free, "coordination": value.coordination,
            ] as [String: Any]
            main["values"] = value.values.map { valueView($0, link: link) }
            main["goals"] = value.goals.map(link.goal)
            if let body = body(organization, url: url) { main["body"] = body.html; main["toc"] = body.contents }
        }
        return page(url, template: "home", title: site.organization?.value.title ?? site.configuration.title, section: "home", main)
    }

    private func valueView(_ value: Value, link: PageLinks) -> ValueView {
        ValueView(id: value.id.value, name: value.name, description: value.description, behaviors: value.behaviors,
                  url: link.to(SiteURL.value(value.id.value)),
                  stories: newestFirst(site.stories.filter { $0.value.values.contains { $0.value == value.id.value } }).map(link.story))
    }

    private func teamPage(_ team: Item<Team>) -> OutputFile {
        let url = SiteURL.team(team.id)
        let link = links(url)
        let value = team.value
        let evaluations = site.evaluationsByTeam[team.id] ?? []
        var main: [String: Any] = [
            "name": value.name, "purpose": value.purpose,
            "phase": labels["phase.\(value.phase.rawValue)"], "phaseKey": value.phase.rawValue,
            "phaseMeaning": labels["phase.\(value.phase.rawValue).meaning"],
            "members": value.members.map { link.person($0.value) },
            "roles": value.roles.map { RoleView(id: $0.id.value, name: $0.name, holder: $0.holder.map { link.person($0.value) }, team: nil, accountabilities: $0.accountabilities) },
            "values": value.values.map { link.value($0.value) },
            "goals": value.goals.map(link.goal),
            "evaluations": evaluations.reversed().map { EvaluationSummary(link: link.evaluation($0), date: link.date($0.value.date?.value) ?? "") },
            "stories": newestFirst(site.stories.filter { $0.value.team?.value == team.id }).map(link.storySummary),
            "sessions": site.sessions.filter { $0.value.teams.contains { $0.value == team.id } }
                .sorted { ($0.value.date ?? Day(ordinal: 0)) > ($1.value.date ?? Day(ordinal: 0)) }
                .map { SessionSummary(link: LinkView(url: link.to(SiteURL.session($0.id)), label: $0.value.title), date: link.date($0.value.date) ?? "", topic: $0.value.topic.map { labels["topic.\($0.rawValue)"] } ?? "") },
        ]
        var facts: [Fact] = []
        if let since = value.since { facts.append(Fact(label: labels["since"], value: link.date(since), link: nil)) }
        if let cadence = value.cadence { facts.append(Fact(label: labels["cadence"], value: labels["cadence.\(cadence.rawValue)"], link: nil)) }
        if let coach = value.coach { facts.append(Fact(label: labels["coach"], value: nil, link: link.person(coach.value))) }
        if let manager = value.manager { facts.append(Fact(label: labels["manager"], value: nil, link: link.person(manager.value))) }
        main["facts"] = facts
        if let ended = value.ended { main["ended"] = link.date(ended) }
        main["board"] = link.board(for: team.id, withTeam: false)
        main["openActions"] = actions.filter { $0.team == team.id && !$0.latest.status.isClosed }
            .sorted { ($0.latest.due?.value ?? Day(ordinal: Int.max / 4), $0.id) < ($1.latest.due?.value ?? Day(ordinal: Int.max / 4), $1.id) }
            .map { action in link.action(action.latest, source: sourceLink(action.latestPath, link: link)) }
        if let latest = evaluations.last {
            main["latest"] = [
                "evaluation": link.evaluation(latest),
                "actions": latest.value.actions.map { link.action($0) },
                "reviews": latest.value.mandateReviews.map { reviewView($0, link: link, evaluation: nil) },
            ] as [String: Any]
        }
        if let body = body(team, url: url) { main["body"] = body.html; main["toc"] = body.contents }
        return page(url, template: "team", title: value.name, section: "home", main)
    }

    private func sourceLink(_ path: String, link: PageLinks) -> LinkView? {
        guard let target = SiteURL.page(forContentPath: path, in: site) else { return nil }
        if let evaluation = site.evaluations.first(where: { $0.path == path }) { return link.evaluation(evaluation) }
        return LinkView(url: link.to(target), label: labels["goals"])
    }

    private func reviewView(_ review: MandateReview, link: PageLinks, evaluation: Item<Evaluation>?) -> ReviewView {
        ReviewView(mandate: link.mandate(review.mandate.value), decision: labels["decision.\(review.decision.rawValue)"],
                   note: review.note, evaluation: evaluation.map(link.evaluation))
    }

    private func mandatesPage() -> OutputFile {
        let url = SiteURL.mandates
        let link = links(url)
        let boards = site.teams.compactMap { link.board(for: $0.id, withTeam: true) }
        return page(url, template: "mandates", title: labels["mandates"], section: "mandates",
                    ["boards": boards, "levels": link.levelHeaders])
    }

    private func mandatePage(_ mandate: Item<Mandate>) -> OutputFile {
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
        history.append(HistoryView(date: labels.date(value.since.value), level: value.level, levelName: labels.levelName(value.level), note: nil, current: true))
        let reviews = site.evaluations.filter { $0.value.team?.value == value.team.value }.flatMap { evaluation in
            evaluation.value.mandateReviews.filter { $0.mandate.value == mandate.id }.map { reviewView($0, link: link, evaluation: evaluation) }
        }
        var main: [String: Any] = [
            "team": link.team(value.team.value), "area": value.area, "holder": holder(value.holder.value),
            "level": value.level, "levelName": labels.levelName(value.level), "levelMeaning": labels.levelMeaning(value.level),
            "limit": value.limit, "since": labels.date(value.since.value), "review": labels.date(value.review.value),
            "reviewOverdue": value.status == .active && value.review.value < site.today && !ReviewOverdueCheck.isReviewed(mandate, in: site),
            "status": labels["status.\(value.status.rawValue)"], "statusKey": value.status.rawValue,
            "history": history, "reviews": reviews, "levels": link.levelHeaders,
        ]
        if let escalation = value.escalateTo { main["escalateTo"] = holder(escalation.value) }
        if let body = body(mandate, url: url) { main["body"] = body.html; main["toc"] = body.contents }
        return page(url, template: "mandate", title: value.title, section: "mandates", main)
    }

    private func storiesPage() -> OutputFile {
        let url = SiteURL.stories
        let link = links(url)
        let stories = newestFirst(site.stories).map(link.storySummary)
        let kinds = StoryKind.allCases.map { Choice(value: $0.rawValue, label: labels["kind.\($0.rawValue)"]) }
        let teams = site.teams.filter { team in site.stories.contains { $0.value.team?.value == team.id } }
            .map { Choice(value: $0.id, label: $0.value.name) }
        let values = (site.organization?.value.values ?? []).map { Choice(value: $0.id.value, label: $0.name) }
        return page(url, template: "stories", title: labels["stories"], section: "stories",
                    ["stories": stories, "kinds": kinds, "teamChoices": teams, "valueChoices": values, "count": stories.count])
    }

    private func storyPage(_ story: Item<Story>) -> OutputFile {
        let url = SiteURL.story(story.id)
        let link = links(url)
        let value = story.value
        let kind = value.kind?.value ?? .success
        var main: [String: Any] = [
            "date": link.date(value.date?.value) ?? "", "kind": labels["kind.\(kind.rawValue)"], "kindKey": kind.rawValue,
            "values": value.values.map { link.value($0.value) },
        ]
        if let team = value.team { main["team"] = link.team(team.value) } else { main["organizationWide"] = true }
        if let author = value.author { main["author"] = link.person(author.value) }
        if let learned = value.learned { main["learned"] = learned }
        if let hypothesis = value.hypothesis { main["hypothesis"] = hypothesis }
        if kind == .experiment { main["experimentStatus"] = labels["experiment.\((value.status?.value ?? .running).rawValue)"] }
        if let outcome = value.outcome { main["outcome"] = labels["outcome.\(outcome.rawValue)"] }
        if let body = body(story, url: url) { main["body"] = body.html; main["toc"] = body.contents }
        return page(url, template: "story", title: value.title, section: "stories", main)
    }

    private func valuePage(_ value: Value) -> OutputFile {
        let url = SiteURL.value(value.id.value)
        let link = links(url)
        let stories = newestFirst(site.stories.filter { $0.value.values.contains { $0.value == value.id.value } }).map(link.storySummary)
        let teams = site.teams.filter { $0.value.values.contains { $0.value == value.id.value } }.map { link.team($0.id) }
        return page(url, template: "value", title: value.name, section: "stories",
                    ["value": valueView(value, link: link), "stories": stories, "teams": teams])
    }

    private func evaluationPage(_ evaluation: Item<Evaluation>) -> OutputFile {
        let url = SiteURL.evaluation(evaluation.id)
        let link = links(url)
        let value = evaluation.value
        let teamID = value.team?.value ?? String(evaluation.id.split(separator: "/").first ?? "")
        var main: [String: Any] = [
            "team": link.team(teamID), "date": link.date(value.date?.value) ?? evaluation.id,
            "participants": value.participants ?? 0,
            "wentWell": value.wentWell, "couldImprove": value.couldImprove,
            "energizers": value.energizers, "drainers": value.drainers,
            "actions": value.actions.map { link.action($0) },
            "reviews": value.mandateReviews.map { reviewView($0, link: link, evaluation: nil) },
            "private": value.isPrivate,
        ]
        // A private evaluation's notes are never rendered, not even into the search index.
        if !value.isPrivate, let body = body(evaluation, url: url) { main["body"] = body.html; main["toc"] = body.contents }
        let title = "\(labels["evaluation"]) \(link.team(teamID).label), \(link.date(value.date?.value) ?? evaluation.id)"
        return page(url, template: "evaluation", title: title, section: "home", main)
    }

    private func sessionsPage() -> OutputFile {
        let url = SiteURL.sessions
        let link = links(url)
        let sessions = site.sessions.sorted { ($0.value.date ?? Day(ordinal: 0), $1.id) > ($1.value.date ?? Day(ordinal: 0), $0.id) }
            .map { SessionSummary(link: LinkView(url: link.to(SiteURL.session($0.id)), label: $0.value.title), date: link.date($0.value.date) ?? "", topic: $0.value.topic.map { labels["topic.\($0.rawValue)"] } ?? "") }
        return page(url, template: "sessions", title: labels["sessions"], section: "sessions", ["sessions": sessions])
    }

    private func sessionPage(_ session: Item<Session>) -> OutputFile {
        let url = SiteURL.session(session.id)
        let link = links(url)
        let value = session.value
        var main: [String: Any] = [
            "date": link.date(value.date) ?? "", "topic": value.topic.map { labels["topic.\($0.rawValue)"] } ?? "",
            "teams": value.teams.map { link.team($0.value) }, "values": value.values.map { link.value($0.value) },
            "agreements": value.agreements, "decisions": value.decisions, "openQuestions": value.openQuestions,
        ]
        if let body = body(session, url: url) { main["body"] = body.html; main["toc"] = body.contents }
        return page(url, template: "session", title: value.title, section: "sessions", main)
    }

    private func peoplePage() -> OutputFile {
        let url = SiteURL.people
        let link = links(url)
        let people = site.people.sorted { ($0.value.name, $0.id) < ($1.value.name, $1.id) }
            .map { PersonSummary(link: link.person($0.id), title: $0.value.title, left: link.date($0.value.left)) }
        return page(url, template: "people", title: labels["people"], section: "people", ["people": people])
    }

    private func personPage(_ person: Item<Person>) -> OutputFile {
        let url = SiteURL.person(person.id)
        let link = links(url)
        let value = person.value
        let teams = site.teams.filter { $0.value.memberIDs.contains(person.id) }
        let roles = site.teams.flatMap { team in
            team.value.roles.filter { $0.holder?.value == person.id }.map {
                RoleView(id: $0.id.value, name: $0.name, holder: nil, team: link.team(team.id), accountabilities: $0.accountabilities)
            }
        }
        let mandates = site.mandates.filter { mandate in
            let holder = mandate.value.holder.value
            if holder == person.id { return true }
            let team = site.teamsByID[mandate.value.team.value]
            return team?.value.roles.contains { $0.id.value == holder && $0.holder?.value == person.id } ?? false
        }.map { link.mandate($0.id) }
        var main: [String: Any] = [
            "name": value.name, "teams": teams.map { link.team($0.id) }, "roles": roles, "mandates": mandates,
            "coachOf": site.teams.filter { $0.value.coach?.value == person.id }.map { link.team($0.id) },
            "managerOf": site.teams.filter { $0.value.manager?.value == person.id }.map { link.team($0.id) },
        ]
        if let title = value.title { main["jobTitle"] = title }
        if let left = value.left { main["left"] = link.date(left) }
        // The wish for autonomy is shown here and nowhere else: people are never ranked on it.
        if let autonomy = value.autonomy { main["autonomy"] = labels["autonomy.\(autonomy.rawValue)"] }
        if let body = body(person, url: url) { main["body"] = body.html; main["toc"] = body.contents }
        return page(url, template: "person", title: value.name, section: "people", main)
    }

    private func freePage(_ page: Item<Page>) -> OutputFile {
        let url = SiteURL.page(page.id)
        var main: [String: Any] = [:]
        if let summary = page.value.summary { main["summary"] = summary }
        if let body = body(page, url: url) { main["body"] = body.html; main["toc"] = body.contents }
        return self.page(url, template: "page", title: page.value.title, section: nil, main)
    }

    private func searchPage() -> OutputFile {
        page(SiteURL.search, template: "search", title: labels["search"], section: "search", [:])
    }

    private func notFoundPage() -> OutputFile {
        page(SiteURL.notFound, template: "404", title: labels["notfound"], section: nil, [:])
    }
}
