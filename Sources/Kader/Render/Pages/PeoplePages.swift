// People: their teams, roles and mandates, and who left.
extension Handbook {
    func peoplePage() -> OutputFile {
        let url = SiteURL.people
        let link = links(url)
        let people = site.people.sorted { ($0.value.name, $0.id) < ($1.value.name, $1.id) }
            .map { PersonSummary(link: link.person($0.id), title: $0.value.title, left: link.date($0.value.left)) }
        return page(url, template: "people", title: labels["people"], section: "people", ["people": people])
    }

    func personPage(_ person: Item<Person>) -> OutputFile {
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
        return page(url, template: "person", title: value.name, section: "people", trail: [sectionCrumb("people", link)], source: person.path, main)
    }
}
