// Stories newest first with filters, a page per story, and a page per value.
extension Handbook {
    func storiesPage() -> OutputFile {
        let url = SiteURL.stories
        let link = links(url)
        let stories = site.relations.storiesNewestFirst.map(link.storySummary)
        let kinds = StoryKind.allCases.map { Choice(value: $0.rawValue, label: labels["kind.\($0.rawValue)"]) }
        let teams = site.teams.filter { site.relations.storiesByTeam[$0.id] != nil }
            .map { Choice(value: $0.id, label: $0.value.name) }
        let values = (site.organization?.value.values ?? []).map { Choice(value: $0.id.value, label: $0.name) }
        return page(url, template: "stories", title: labels["stories"], section: "stories",
                    StoriesPageView(stories: stories, kinds: kinds, teamChoices: teams, valueChoices: values, count: stories.count))
    }

    func storyPage(_ story: Item<Story>) -> OutputFile {
        let url = SiteURL.story(story.id)
        let link = links(url)
        let value = story.value
        let kind = value.kind?.value ?? .success
        let body = self.body(story, url: url)
        let main = StoryPageView(
            date: link.date(value.date?.value) ?? "", kind: labels["kind.\(kind.rawValue)"], kindKey: kind.rawValue,
            values: value.values.map { link.value($0.value) },
            team: value.team.map { link.team($0.value) }, organizationWide: value.team == nil ? true : nil,
            author: value.author.map { link.person($0.value) }, learned: value.learned, hypothesis: value.hypothesis,
            experimentStatus: kind == .experiment ? labels["experiment.\((value.status?.value ?? .running).rawValue)"] : nil,
            outcome: value.outcome.map { labels["outcome.\($0.rawValue)"] }, body: body?.html, toc: body?.contents)
        return page(url, template: "story", title: value.title, section: "stories", trail: [sectionCrumb("stories", link)], source: story.path, main)
    }

    func valuePage(_ value: Value) -> OutputFile {
        let url = SiteURL.value(value.id.value)
        let link = links(url)
        let stories = (site.relations.storiesByValue[value.id.value] ?? []).map(link.storySummary)
        let teams = (site.relations.teamsByValue[value.id.value] ?? []).map { link.team($0.id) }
        return page(url, template: "value", title: value.name, section: "stories", trail: [sectionCrumb("stories", link)],
                    ValuePageView(value: valueView(value, link: link), stories: stories, teams: teams))
    }
}
