/// Links and names as one page sees them: every URL is relative to that page.
struct PageLinks {
    let site: ContentIndex
    let labels: Labels
    /// The page's own URL, relative to the handbook root.
    let url: String
    let root: String

    init(site: ContentIndex, labels: Labels, url: String) {
        self.site = site
        self.labels = labels
        self.url = url
        root = SiteURL.root(from: url)
    }

    func to(_ target: String) -> String { root + target }

    func person(_ id: String) -> LinkView {
        if let person = site.peopleByID[id] {
            return LinkView(url: to(SiteURL.person(id)), label: person.value.name)
        }
        return LinkView(url: nil, label: id)
    }

    func team(_ id: String) -> LinkView {
        LinkView(url: site.teamsByID[id] == nil ? nil : to(SiteURL.team(id)), label: site.teamsByID[id]?.value.name ?? id)
    }

    func mandate(_ id: String) -> LinkView {
        LinkView(url: site.mandatesByID[id] == nil ? nil : to(SiteURL.mandate(id)), label: site.mandatesByID[id]?.value.title ?? id)
    }

    func value(_ id: String) -> LinkView {
        let value = site.organization?.value.values.first { $0.id.value == id }
        return LinkView(url: value == nil ? nil : to(SiteURL.value(id)), label: value?.name ?? id)
    }

    func story(_ story: Item<Story>) -> LinkView {
        LinkView(url: to(SiteURL.story(story.id)), label: story.value.title)
    }

    func evaluation(_ evaluation: Item<Evaluation>) -> LinkView {
        LinkView(url: to(SiteURL.evaluation(evaluation.id)), label: evaluation.value.date.map { labels.date($0.value) } ?? evaluation.id)
    }

    func date(_ day: Day?) -> String? { day.map(labels.date) }

    /// An owner is a person when one exists by that id, and free text otherwise.
    func owner(_ owner: Located<String>?) -> LinkView? {
        owner.map { person($0.value) }
    }

    func action(_ action: Action, source: LinkView? = nil) -> ActionView {
        let overdue = !action.status.isClosed && (action.due.map { $0.value < site.today } ?? false)
        return ActionView(title: action.title, owner: owner(action.owner), due: date(action.due?.value),
                          status: labels["action.\(action.status.rawValue)"], statusKey: action.status.rawValue,
                          overdue: overdue, source: source)
    }

    func goal(_ goal: Goal) -> GoalView {
        GoalView(id: goal.id.value, title: goal.title, due: date(goal.due?.value),
                 values: goal.values.map { value($0.value) }, actions: goal.actions.map { action($0) })
    }

    func storySummary(_ story: Item<Story>) -> StoryView {
        let kind = story.value.kind?.value ?? .success
        var view = StoryView(link: self.story(story), date: date(story.value.date?.value) ?? "",
                             kind: labels["kind.\(kind.rawValue)"], kindKey: kind.rawValue,
                             team: story.value.team.map { team($0.value) }, teamID: story.value.team?.value ?? "",
                             values: story.value.values.map { value($0.value) },
                             valueIDs: story.value.values.map(\.value).joined(separator: " "))
        if kind == .experiment {
            view.experimentStatus = labels["experiment.\((story.value.status?.value ?? .running).rawValue)"]
            view.outcome = story.value.outcome.map { labels["outcome.\($0.rawValue)"] }
        }
        return view
    }

    func sessionSummary(_ session: Item<Session>) -> SessionSummary {
        SessionSummary(link: LinkView(url: to(SiteURL.session(session.id)), label: session.value.title), date: date(session.value.date) ?? "",
                       topic: session.value.topic.map { labels["topic.\($0.rawValue)"] } ?? "")
    }

    func teamSummary(_ team: Item<Team>) -> TeamSummary {
        TeamSummary(link: self.team(team.id), purpose: team.value.purpose,
                    phase: labels["phase.\(team.value.phase.rawValue)"], phaseKey: team.value.phase.rawValue,
                    ended: date(team.value.ended))
    }

    /// Decision areas as rows, the seven levels as columns, each mandate in its cell: active,
    /// paused and revoked ones alike, the latter two saying so.
    func board(for teamID: String, withTeam: Bool) -> BoardView? {
        let mandates = site.relations.mandatesByTeam[teamID] ?? []
        guard !mandates.isEmpty else { return nil }
        let areas = Array(Set(mandates.map(\.value.area))).sorted()
        let cells = Dictionary(grouping: mandates) { AreaLevel(area: $0.value.area, level: $0.value.level) }
        let rows = areas.map { area in
            BoardRow(area: area, cells: DelegationLevel.range.map { level in
                BoardCell(level: level, levelName: labels.levelName(level),
                          mandates: (cells[AreaLevel(area: area, level: level)] ?? []).map(boardMandate))
            })
        }
        return BoardView(team: withTeam ? team(teamID) : nil, levels: levelHeaders, rows: rows)
    }

    /// The end of the period before the one that holds today, which "moved" is measured from.
    var previousPeriodEnd: Day {
        Period(containing: site.today, kind: site.configuration.reportPeriod).previous.last
    }

    func boardMandate(_ item: Item<Mandate>) -> BoardMandate {
        let value = item.value
        let level = value.level ?? DelegationLevel.range.lowerBound
        let review = value.review?.value
        let overdue = value.status == .active && (review.map { $0 < site.today } ?? false) && !site.isReviewed(item)
        var moved: String?, movedText: String?
        if value.status == .active {
            let before = DelegationProgress.level(of: value, on: previousPeriodEnd)
            if before == nil {
                moved = labels["board.new"]
                movedText = labels["board.new_text"]
            } else if let before, before != level {
                moved = "\(before < level ? "↑" : "↓") \(labels["board.from"]) \(before)"
                movedText = "\(labels[before < level ? "board.raised" : "board.lowered"]) \(before)"
            }
        }
        return BoardMandate(link: mandate(item.id), level: level, levelName: labels.levelName(level),
                            statusKey: value.status.rawValue,
                            statusText: value.status == .active ? nil : labels["status.\(value.status.rawValue)"],
                            review: review.map(labels.date), reviewOverdue: overdue, moved: moved, movedText: movedText)
    }

    var levelHeaders: [LevelHeader] {
        DelegationLevel.range.map { LevelHeader(level: $0, name: labels.levelName($0), meaning: labels.levelMeaning($0)) }
    }
}

private struct AreaLevel: Hashable {
    let area: String
    let level: Int?
}
