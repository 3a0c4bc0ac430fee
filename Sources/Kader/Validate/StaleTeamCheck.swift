/// stale-team: an active team with no evaluation, or none for more than `stale_after_days`.
struct StaleTeamCheck: SiteCheck {
    func check(_ site: ContentIndex) -> [Finding] {
        site.teams.compactMap { team in
            guard team.value.ended == nil else { return nil }
            let latest = (site.evaluationsByTeam[team.id] ?? []).compactMap(\.value.date?.value).max()
            guard let latest else {
                return Finding(.staleTeam, team.path, .file,
                    .teamWithoutEvaluation(team: team.id))
            }
            let age = site.today.days(since: latest)
            guard age > site.configuration.staleAfterDays else { return nil }
            return Finding(.staleTeam, team.path, .file,
                .teamStale(team: team.id, latest: latest.description, days: age, limit: site.configuration.staleAfterDays))
        }
    }
}
