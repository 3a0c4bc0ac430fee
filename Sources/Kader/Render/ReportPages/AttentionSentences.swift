/// One sentence per attention item, in the site's language: what the reason is, about which team,
/// and what to look at. It never names a person.
struct AttentionSentences {
    let labels: Labels
    let site: ContentIndex

    func sentence(_ item: AttentionItem) -> String {
        let facts = item.facts
        let dutch = labels.language == .nl
        let team = item.team.map { site.teamsByID[$0]?.value.name ?? $0 } ?? (dutch ? "De organisatie" : "The organization")
        let title = "‘\(facts.title ?? "")’"
        let date = facts.date.map(labels.date) ?? ""
        let days = facts.days ?? 0
        let count = facts.count ?? 0
        func plural(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        switch item.kind {
        case .reviewOverdue:
            return dutch
                ? "\(team): de evaluatie van het mandaat \(title) stond op \(date) en is \(plural(days, "dag", "dagen")) te laat."
                : "\(team): the review of the mandate \(title) was due on \(date), \(plural(days, "day", "days")) ago."
        case .reviewDue:
            return dutch
                ? "\(team): de evaluatie van het mandaat \(title) staat op \(date), over \(plural(days, "dag", "dagen"))."
                : "\(team): the review of the mandate \(title) is due on \(date), in \(plural(days, "day", "days"))."
        case .stale:
            guard facts.date != nil else {
                return dutch ? "\(team): nog geen check-in met genoeg deelnemers; er zijn geen scores." : "\(team): no check-in with enough participants yet; there are no scores."
            }
            return dutch
                ? "\(team): de laatste check-in met genoeg deelnemers was op \(date), \(plural(days, "dag", "dagen")) geleden; de scores zijn verouderd."
                : "\(team): the latest check-in with enough participants was on \(date), \(plural(days, "day", "days")) ago; its scores are stale."
        case .missedCheckIns:
            let rhythm = dutch
                ? ["weekly": "wekelijks", "biweekly": "om de twee weken", "monthly": "maandelijks"][facts.cadence ?? ""] ?? ""
                : ["weekly": "weekly", "biweekly": "every two weeks", "monthly": "monthly"][facts.cadence ?? ""] ?? ""
            let last = facts.date.map { dutch ? "; de laatste was op \(labels.date($0))" : "; the last was on \(labels.date($0))" }
                ?? (dutch ? "; er is nog geen check-in" : "; there is no check-in yet")
            return dutch
                ? "\(team): \(plural(count, "check-in", "check-ins")) gemist volgens het afgesproken ritme (\(rhythm))\(last)."
                : "\(team): \(plural(count, "check-in", "check-ins")) missed against the agreed rhythm (\(rhythm))\(last)."
        case .driverFell:
            let driver = labels["driver.\(item.subject ?? "")"]
            let from = facts.from.map { labels.decimal($0) } ?? "", to = facts.to.map { labels.decimal($0) } ?? ""
            let fromPeriod = facts.fromPeriod.map(labels.asOf) ?? "", toPeriod = facts.toPeriod.map(labels.asOf) ?? ""
            return dutch
                ? "\(team): \(driver.lowercased()) daalde van \(from) (\(fromPeriod)) naar \(to) (\(toPeriod))."
                : "\(team): \(driver.lowercased()) fell from \(from) (\(fromPeriod)) to \(to) (\(toPeriod))."
        case .moreSteeringAtHighLevels:
            let titles = facts.titles.map { "‘\($0)’" }.joined(separator: dutch ? " en " : " and ")
            return dutch
                ? "\(team) vroeg in de laatste twee check-ins om meer sturing, terwijl het mandaten op niveau 5 tot 7 heeft: bespreek \(titles)."
                : "\(team) asked for more steering in its last two check-ins while it holds mandates at level 5 to 7: talk about \(titles)."
        case .lessSteeringAtLowLevels:
            return dutch
                ? "\(team) vroeg in de laatste twee check-ins om minder sturing, terwijl zijn mandaten op niveau 1 tot 3 staan: klaar om meer over te dragen?"
                : "\(team) asked for less steering in its last two check-ins while its mandates are at level 1 to 3: ready to hand over more?"
        case .actionsOverdue:
            return dutch
                ? "\(team): \(plural(count, "actie is", "acties zijn")) over de afgesproken datum."
                : "\(team): \(plural(count, "action is", "actions are")) past the agreed date."
        case .experimentOpenLong:
            return dutch
                ? "\(team): het experiment \(title) loopt al \(plural(days, "dag", "dagen")), sinds \(date); sluit het af met een uitkomst."
                : "\(team): the experiment \(title) has been running for \(plural(days, "day", "days")), since \(date); close it with an outcome."
        }
    }
}
