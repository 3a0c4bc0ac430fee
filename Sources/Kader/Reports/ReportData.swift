/// Every number a report shows, in one value: the reports, `data.json`, the CSV files and
/// `kader report` are all written from it. Field names are the documented schema of data.json.
public struct ReportData: Sendable, Codable {
    public let today: Day
    public let periodKind: Configuration.ReportPeriod
    public let anonymityThreshold: Int
    public let scale: Int
    /// The period that holds `today`.
    public let currentPeriod: Period
    /// Every period from the first evaluation, story or mandate step up to the current one.
    public let periods: [Period]
    public let portfolio: [PortfolioRow]
    public let teams: [TeamReport]
    public let organization: [PeriodFigures]
    /// Where to look first: the portfolio's attention list.
    public internal(set) var attention: [AttentionItem]
}

/// A team's average on the four drivers (autonomy, mastery, purpose, motivation). A nil score: no evaluation in that period met the anonymity threshold.
public struct DriverScores: Sendable, Codable, Equatable {
    public var autonomy: Double?
    public var mastery: Double?
    public var purpose: Double?
    public var motivation: Double?

    public static let keys = ["autonomy", "mastery", "purpose", "motivation"]

    public subscript(key: String) -> Double? {
        get {
            switch key {
            case "autonomy": autonomy
            case "mastery": mastery
            case "purpose": purpose
            default: motivation
            }
        }
        set {
            switch key {
            case "autonomy": autonomy = newValue
            case "mastery": mastery = newValue
            case "purpose": purpose = newValue
            default: motivation = newValue
            }
        }
    }
}

public enum Trend: String, Sendable, Codable {
    case up, down, flat
}

/// A driver's latest usable period against the nearest earlier usable one.
public struct DriverTrend: Sendable, Codable, Equatable {
    public let latest: Double?
    public let latestPeriod: Period?
    public let previous: Double?
    public let previousPeriod: Period?
    /// latest − previous, rounded to 2 decimals.
    public let change: Double?
    /// up or down when the change is at least 0.1, flat otherwise; nil without two usable periods.
    public let trend: Trend?
}

public struct SteeringCounts: Sendable, Codable, Equatable {
    public var more = 0
    public var same = 0
    public var less = 0

    public var total: Int { more + same + less }
    /// Share of `more` minus share of `less` answers, −1 to 1, rounded to 2 decimals.
    public var balance: Double? { total == 0 ? nil : Rounding.two(Double(more - less) / Double(total)) }
}

public struct SteeringTrend: Sendable, Codable, Equatable {
    public let latestPeriod: Period?
    public let latest: SteeringCounts?
    public let previousPeriod: Period?
    public let previous: SteeringCounts?
    /// up: more steering asked than before; down: less; by a change of at least 0.1 in the balance.
    public let trend: Trend?
}

public struct DelegationFigures: Sendable, Codable, Equatable {
    public let activeMandates: Int
    /// The mean level of active mandates today.
    public let averageLevel: Double?
    /// The mean level of the same kind at the end of the previous period.
    public let previousAverageLevel: Double?
    public let change: Double?
}

public struct PortfolioRow: Sendable, Codable {
    public let team: String
    public let name: String
    public let phase: Phase
    public let ended: Day?
    /// The latest evaluation that met the anonymity threshold, and whether it is older than
    /// `stale_after_days` (then every score of the row is old news).
    public let lastCountedEvaluation: Day?
    public let stale: Bool
    /// The participants of the latest check-in against the team's members.
    public let participation: Participation?
    public let drivers: [String: DriverTrend]
    public let steering: SteeringTrend
    public let delegation: DelegationFigures
    public let reviewsOverdue: Int
    public let actionsOpen: Int
    public let actionsOverdue: Int
    /// Stories of this team in the current period.
    public let storiesInPeriod: Int
    public let lastEvaluation: Day?
    public let daysSinceLastEvaluation: Int?
}

public struct Participation: Sendable, Codable, Equatable {
    public let participants: Int
    public let members: Int
    public let date: Day
}

public struct StoryCounts: Sendable, Codable, Equatable {
    public var success = 0
    public var lesson = 0
    public var experiment = 0

    public var total: Int { success + lesson + experiment }
}

public struct MandateChange: Sendable, Codable, Equatable {
    public let mandate: String
    public let title: String
    public let team: String
    public let date: Day
    /// Nil when the mandate was first handed over on this date.
    public let from: Int?
    public let to: Int
}

/// One move of a team's mandate: handed over at a first level (no `from`), moved from one level
/// to another, or stopped counting because it was paused or revoked (no `to`, and `status`).
public struct MandateMove: Sendable, Codable, Equatable {
    public let mandate: String
    public let area: String
    public let date: Day
    public let from: Int?
    public let to: Int?
    /// `paused` or `revoked` on the move that ends the mandate's count; nil otherwise.
    public let status: MandateStatus?
}

/// What happened in one period, for one team or the whole organization.
public struct PeriodFigures: Sendable, Codable {
    public let period: Period
    public let evaluations: Int
    /// Evaluations whose participants meet the anonymity threshold: only they count for scores.
    public let evaluationsCounted: Int
    public let participantsCounted: Int
    /// For a team: the participant-weighted mean of its counted evaluations. For the organization:
    /// the mean of the team scores of the period, each team once.
    public internal(set) var scores: DriverScores
    /// Answers of counted evaluations only: with fewer participants, the answer is theirs.
    public let steering: SteeringCounts
    /// Active mandates per level 1...7 at the end of the period (or today).
    public let mandatesPerLevel: [Int]
    public let averageLevel: Double?
    public let mandateChanges: [MandateChange]
    public let actionsOpened: Int
    public let actionsClosed: Int
    /// Open at the end of the period (or today) with a due date before it.
    public let actionsOverdue: Int
    public let stories: StoryCounts
    /// The organization's only: each driver's change against the previous period, over the teams
    /// with a score in both.
    public internal(set) var comparison: [String: DriverComparison]?

    /// An evaluation, a story or a mandate step in this period (of this team, or of any).
    var hasData: Bool { evaluations > 0 || stories.total > 0 || !mandateChanges.isEmpty }
}

/// The organization's change of a driver, like with like.
public struct DriverComparison: Sendable, Codable, Equatable {
    /// The mean now minus the mean then, over `teams` only; nil when no team has both.
    public let change: Double?
    public let trend: Trend?
    /// The teams with a score in both periods.
    public let teams: [String]
    /// The teams with a score in only one of them.
    public let leftOut: [String]
}

public struct MandateTimeline: Sendable, Codable {
    public let mandate: String
    public let title: String
    public let area: String
    public let status: MandateStatus
    public let steps: [LevelStep]
    /// The first day a paused or revoked mandate no longer counts.
    public let end: Day?
    /// Paused or revoked with no date: it counts in no period.
    public let endUnknown: Bool

    public struct LevelStep: Sendable, Codable, Equatable {
        public let date: Day
        public let level: Int
    }
}

/// A text of the energizers or drainers: with its count when named at least twice, otherwise
/// with the date it was last named (free text rarely repeats, and "(1×)" says nothing).
public struct TextCount: Sendable, Codable, Equatable {
    public let text: String
    public let count: Int?
    public let lastNamed: Day?
}

public struct ReviewDue: Sendable, Codable, Equatable {
    public let mandate: String
    public let title: String
    public let review: Day
    /// Negative when overdue.
    public let daysLeft: Int
}

public struct TeamReport: Sendable, Codable {
    public let team: String
    public let name: String
    public let phase: Phase
    public let ended: Day?
    public let periods: [PeriodFigures]
    public let mandates: [MandateTimeline]
    /// Every move of the team's mandates up to today, oldest first.
    public let moves: [MandateMove]
    public let energizers: [TextCount]
    public let drainers: [TextCount]
    public let reviewsDueSoon: [ReviewDue]
    public let reviewsOverdue: [ReviewDue]
    /// Each evaluation, for the CSV export; scores only where the threshold is met.
    public let evaluations: [EvaluationRow]
}

extension TeamReport {
    /// The same report from the period at `index` on.
    /// The periods of this team that get a page of their own: those with its own data.
    var periodsWithPages: [Period] { periods.filter(\.hasData).map(\.period) }

    func trimmed(from index: Int) -> TeamReport {
        TeamReport(team: team, name: name, phase: phase, ended: ended, periods: Array(periods.dropFirst(index)), mandates: mandates, moves: moves,
                   energizers: energizers, drainers: drainers, reviewsDueSoon: reviewsDueSoon, reviewsOverdue: reviewsOverdue,
                   evaluations: evaluations)
    }
}

public struct EvaluationRow: Sendable, Codable {
    public let date: Day
    public let participants: Int
    public let counted: Bool
    public let scores: DriverScores
    public let steering: Steering?
}

enum Rounding {
    static func two(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
