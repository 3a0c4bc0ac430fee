// The home page: the organization's frame and the teams.
extension Handbook {
    func homePage() -> OutputFile {
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
        return page(url, template: "home", title: site.organization?.value.title ?? site.configuration.title, section: "home",
                    source: site.organization?.path, main)
    }

    func valueView(_ value: Value, link: PageLinks) -> ValueView {
        ValueView(id: value.id.value, name: value.name, description: value.description, behaviors: value.behaviors,
                  url: link.to(SiteURL.value(value.id.value)),
                  stories: (site.relations.storiesByValue[value.id.value] ?? []).map(link.story))
    }
}
