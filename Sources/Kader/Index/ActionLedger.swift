/// Actions over time: an action is one per team and id, wherever it is mentioned. The latest
/// evaluation that lists it gives its state; it is closed on the date of the first evaluation that
/// lists it done or dropped.
public struct TrackedAction: Sendable {
    /// Nil for the organization's own actions.
    public let team: String?
    public let id: String
    /// The latest mention, whose title, owner, due date and status count.
    public let latest: Action
    public let latestPath: String
    /// The date of the latest mention (nil when only a goal lists it).
    public let latestDate: Day?
    public let firstMentioned: Day?
    public let closed: Day?
}

public enum ActionLedger {
    /// The organization's actions, then each team's together, teams in the byte order of their
    /// ids (`Relations.actionsByTeam` is each team's part of this list).
    public static func actions(in site: ContentIndex) -> [TrackedAction] {
        var result: [TrackedAction] = []
        if let organization = site.organization {
            for goal in organization.value.goals {
                for action in goal.actions {
                    result.append(TrackedAction(team: nil, id: action.id.value, latest: action, latestPath: organization.path,
                                                latestDate: nil, firstMentioned: nil, closed: nil))
                }
            }
        }
        // A team file that could not be parsed hides nothing of its evaluations.
        var teamIDs = Set(site.evaluationsByTeam.keys)
        teamIDs.formUnion(site.teams.map(\.id))
        for teamID in teamIDs.sorted(by: { $0.precedesInBytes($1) }) {
            let team = site.teamsByID[teamID]
            var order: [String] = []
            var mentions: [String: [(action: Action, path: String, date: Day?)]] = [:]
            func mention(_ action: Action, _ path: String, _ date: Day?) {
                if mentions[action.id.value] == nil { order.append(action.id.value) }
                mentions[action.id.value, default: []].append((action, path, date))
            }
            for goal in team?.value.goals ?? [] {
                for action in goal.actions { mention(action, team!.path, nil) }
            }
            let evaluations = (site.evaluationsByTeam[teamID] ?? []).sorted { ($0.value.date?.value, $0.path) < ($1.value.date?.value, $1.path) }
            for evaluation in evaluations {
                for action in evaluation.value.actions { mention(action, evaluation.path, evaluation.value.date?.value) }
            }
            for id in order {
                let list = mentions[id]!
                let latest = list.last!
                result.append(TrackedAction(
                    team: teamID, id: id, latest: latest.action, latestPath: latest.path, latestDate: latest.date,
                    firstMentioned: list.compactMap(\.date).first,
                    closed: list.first(where: { $0.action.status.isClosed && $0.date != nil })?.date))
            }
        }
        return result
    }
}

private func < (lhs: (Day?, String), rhs: (Day?, String)) -> Bool {
    switch (lhs.0, rhs.0) {
    case let (l?, r?) where l != r: return l < r
    case (nil, _?): return true
    case (_?, nil): return false
    default: return lhs.1.precedesInBytes(rhs.1)
    }
}
