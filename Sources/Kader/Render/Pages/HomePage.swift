// The home page: the organization's frame and the teams.
extension Handbook {
    func homePage() -> OutputFile {
        let url = SiteURL.home
        let link = links(url)
        let active = site.teams.filter { $0.value.ended == nil }.map(link.teamSummary)
        let archived = site.teams.filter { $0.value.ended != nil }.map(link.teamSummary)
        let organization = site.organization
        let value = organization?.value
        let body = organization.flatMap { self.body($0, url: url) }
        let main = HomePageView(
            teams: active, archivedTeams: archived,
            organization: value.map { OrganizationView(title: $0.title, mission: $0.mission, vision: $0.vision, fixed: $0.fixed, free: $0.free, coordination: $0.coordination) },
            values: value.map { $0.values.map { valueView($0, link: link) } }, goals: value.map { $0.goals.map(link.goal) },
            body: body?.html, toc: body?.contents)
        return page(url, template: "home", title: value?.title ?? site.configuration.title, section: "home",
                    source: organization?.path, main)
    }

    func valueView(_ value: Value, link: PageLinks) -> ValueView {
        ValueView(id: value.id.value, name: value.name, description: value.description, behaviors: value.behaviors,
                  url: link.to(SiteURL.value(value.id.value)),
                  stories: (site.relations.storiesByValue[value.id.value] ?? []).map(link.story))
    }
}
