// People: their teams, roles and mandates, and who left.
extension Handbook {
    func peoplePage() -> OutputFile {
        let url = SiteURL.people
        let link = links(url)
        let people = site.people.sorted { ($0.value.name, $0.id) < ($1.value.name, $1.id) }
            .map { PersonSummary(link: link.person($0.id), title: $0.value.title, left: link.date($0.value.left)) }
        return page(url, template: "people", title: labels["people"], section: "people", PeoplePageView(people: people))
    }

    func personPage(_ person: Item<Person>) -> OutputFile {
        let url = SiteURL.person(person.id)
        let link = links(url)
        let value = person.value
        let relations = site.relations
        let teams = relations.teamsByMember[person.id] ?? []
        let roles = (relations.rolesByHolder[person.id] ?? []).map { team, role in
            RoleView(id: role.id.value, name: role.name, holder: nil, team: link.team(team), accountabilities: role.accountabilities)
        }
        let mandates = (relations.mandatesByPerson[person.id] ?? []).map { link.mandate($0.id) }
        let body = self.body(person, url: url)
        let main = PersonPageView(
            name: value.name, teams: teams.map { link.team($0.id) }, roles: roles, mandates: mandates,
            coachOf: (relations.teamsByCoach[person.id] ?? []).map { link.team($0.id) },
            managerOf: (relations.teamsByManager[person.id] ?? []).map { link.team($0.id) },
            jobTitle: value.title, left: link.date(value.left),
            // The wish for autonomy is shown here and nowhere else: people are never ranked on it.
            autonomy: value.autonomy.map { labels["autonomy.\($0.rawValue)"] }, body: body?.html, toc: body?.contents)
        return page(url, template: "person", title: value.name, section: "people", trail: [sectionCrumb("people", link)], source: person.path, main)
    }
}
