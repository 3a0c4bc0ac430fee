/// duplicate-id for ids inside files: values and roles within their file, actions within one file,
/// and goals across the organization and every team.
struct InnerIDCheck: SiteCheck {
    func check(_ site: ContentIndex) -> [Finding] {
        var findings: [Finding] = []
        func unique(_ ids: [Located<String>], what: String, path: String) {
            var seen: Set<String> = []
            for id in ids where !seen.insert(id.value).inserted {
                findings.append(Finding(.duplicateID, path, id.position, .duplicateInnerID(kind: what, id: id.value)))
            }
        }
        var goalOwners: [String: String] = [:]
        func goals(_ goals: [Goal], path: String) {
            for goal in goals {
                if let owner = goalOwners[goal.id.value] {
                    findings.append(Finding(.duplicateID, path, goal.id.position,
                        .goalIDUsed(id: goal.id.value, owner: owner)))
                } else {
                    goalOwners[goal.id.value] = path
                }
            }
            unique(goals.flatMap { $0.actions.map(\.id) }, what: "action", path: path)
        }
        if let organization = site.organization {
            unique(organization.value.values.map(\.id), what: "value", path: organization.path)
            goals(organization.value.goals, path: organization.path)
        }
        for team in site.teams {
            unique(team.value.roles.map(\.id), what: "role", path: team.path)
            goals(team.value.goals, path: team.path)
        }
        for evaluation in site.evaluations {
            unique(evaluation.value.actions.map(\.id), what: "action", path: evaluation.path)
        }
        return findings
    }
}
