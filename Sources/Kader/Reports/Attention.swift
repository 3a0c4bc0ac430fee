/// Where a manager needs to look, as facts about teams and never about a person. The sentence
/// for each is written by the report pages, in the site's language.
public struct AttentionItem: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case reviewOverdue, reviewDue, stale, missedCheckIns, driverFell, moreSteeringAtHighLevels,
             lessSteeringAtLowLevels, actionsOverdue, experimentOpenLong
    }

    public let kind: Kind
    /// Nil for an organization-wide story.
    public let team: String?
    /// The mandate, story or driver the item is about.
    public let subject: String?
    /// The sentence, filled in by the report pages.
    public internal(set) var text: String = ""
    /// The report page to look at, relative to the reports folder.
    public let url: String
    /// What the sentence is made from; not in data.json (its `text` says it).
    let facts: Facts

    struct Facts: Sendable, Equatable {
        var title: String?
        var date: Day?
        var days: Int?
        var count: Int?
        var from: Double?
        var to: Double?
        var fromPeriod: Period?
        var toPeriod: Period?
        var cadence: String?
        var titles: [String] = []
    }

    enum CodingKeys: String, CodingKey { case kind, team, subject, text, url }

    init(_ kind: Kind, team: String?, subject: String? = nil, url: String, facts: Facts) {
        self.kind = kind
        self.team = team
        self.subject = subject
        self.url = url
        self.facts = facts
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(Kind.self, forKey: .kind)
        team = try container.decodeIfPresent(String.self, forKey: .team)
        subject = try container.decodeIfPresent(String.self, forKey: .subject)
        text = try container.decode(String.self, forKey: .text)
        url = try container.decode(String.self, forKey: .url)
        facts = Facts()
    }
}

/// The attention list of the portfolio, from the figures the report already has.
struct AttentionList {
    let site: ContentIndex
    let filter: AnonymityFilter
    /// By team.
    let spans: [String: [MandateSpan]]

    init(site: ContentIndex, filter: AnonymityFilter, spans: [MandateSpan]) {
        self.site = site
        self.filter = filter
        self.spans = Dictionary(grouping: spans) { $0.mandate.value.team.value }
    }

    /// Days between check-ins that a cadence promises.
    static let cadenceDays = ["weekly": 7, "biweekly": 14, "monthly": 31]
    /// A driver that fell this much between the last two counted periods.
    static let notableFall = 0.3

    func items(portfolio: [PortfolioRow], teams: [TeamReport]) -> [AttentionItem] {
        var items: [AttentionItem] = []
        let today = site.today
        let reportsByTeam = Dictionary(teams.map { ($0.team, $0) }, uniquingKeysWith: { first, _ in first })
        for row in portfolio where row.ended == nil {
            let team = row.team
            let url = "teams/\(team).html"
            let report = reportsByTeam[team]
            for review in report?.reviewsOverdue ?? [] {
                items.append(AttentionItem(.reviewOverdue, team: team, subject: review.mandate, url: url,
                                           facts: .init(title: review.title, date: review.review, days: -review.daysLeft)))
            }
            let overdue = Set(report?.reviewsOverdue.map(\.mandate) ?? [])
            for review in report?.reviewsDueSoon ?? [] where review.daysLeft <= 14 && !overdue.contains(review.mandate) {
                items.append(AttentionItem(.reviewDue, team: team, subject: review.mandate, url: url,
                                           facts: .init(title: review.title, date: review.review, days: review.daysLeft)))
            }
            if row.stale {
                items.append(AttentionItem(.stale, team: team, url: url, facts: .init(date: row.lastCountedEvaluation,
                                                                                       days: row.lastCountedEvaluation.map { today.days(since: $0) })))
            }
            if let cadence = site.teamsByID[team]?.value.cadence, let interval = Self.cadenceDays[cadence.rawValue] {
                let last = row.lastEvaluation ?? site.teamsByID[team]?.value.since
                if let last, today.days(since: last) > interval {
                    items.append(AttentionItem(.missedCheckIns, team: team, url: url,
                                               facts: .init(date: row.lastEvaluation, count: today.days(since: last) / interval, cadence: cadence.rawValue)))
                }
            }
            for key in DriverScores.keys {
                guard let driver = row.drivers[key], let change = driver.change, change <= -Self.notableFall + 1e-9 else { continue }
                items.append(AttentionItem(.driverFell, team: team, subject: key, url: url,
                                           facts: .init(from: driver.previous, to: driver.latest, fromPeriod: driver.previousPeriod, toPeriod: driver.latestPeriod)))
            }
            items += steeringSignals(team: team, url: url)
            if row.actionsOverdue > 0 {
                items.append(AttentionItem(.actionsOverdue, team: team, url: url, facts: .init(count: row.actionsOverdue)))
            }
        }
        for story in site.stories {
            let value = story.value
            guard value.isRunningExperiment, let date = value.date?.value, today.days(since: date) > 90 else { continue }
            if let team = value.team?.value, site.teamsByID[team]?.value.ended != nil { continue }
            items.append(AttentionItem(.experimentOpenLong, team: value.team?.value, subject: story.id,
                                       url: value.team.map { "teams/\($0.value).html" } ?? "index.html",
                                       facts: .init(title: value.title, date: date, days: today.days(since: date))))
        }
        let order = Dictionary(uniqueKeysWithValues: AttentionItem.Kind.allCases.enumerated().map { ($1, $0) })
        return items.sorted { (order[$0.kind]!, $0.team ?? "", $0.subject ?? "") < (order[$1.kind]!, $1.team ?? "", $1.subject ?? "") }
    }

    /// The two signals no other tool gives: a team that asked for more steering in its last two
    /// counted check-ins while it holds mandates at level 5–7 (talk about them), and one that asked
    /// for less while its mandates are at 1–3 (ready to hand over more?).
    private func steeringSignals(team: String, url: String) -> [AttentionItem] {
        let answers = (site.evaluationsByTeam[team] ?? []).map(\.value)
            .filter { filter.counts($0) && ($0.date?.value).map { $0 <= site.today } ?? false }
            .sorted { $0.date!.value < $1.date!.value }
            .suffix(2).map(\.steering)
        guard answers.count == 2, answers[0] == answers[1], let answer = answers[0] else { return [] }
        let levels = (spans[team] ?? []).filter { $0.mandate.value.status == .active }
            .compactMap { span in span.level(on: site.today).map { (span.mandate, $0) } }
        switch answer {
        case .more:
            let high = levels.filter { $0.1 >= 5 }.map(\.0)
            guard !high.isEmpty else { return [] }
            return [AttentionItem(.moreSteeringAtHighLevels, team: team, subject: high.map(\.id).joined(separator: ","), url: url,
                                  facts: .init(titles: high.map(\.value.title)))]
        case .less:
            guard !levels.isEmpty, levels.allSatisfy({ $0.1 <= 3 }) else { return [] }
            return [AttentionItem(.lessSteeringAtLowLevels, team: team, url: url, facts: .init(count: levels.count))]
        case .same:
            return []
        }
    }
}
