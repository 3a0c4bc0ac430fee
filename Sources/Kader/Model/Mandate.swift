public enum MandateStatus: String, Sendable, Codable {
    case active, paused, revoked
}

/// A decision handed over to a team: `content/mandates/<mandate>.md`.
public struct Mandate: Sendable {
    public let title: String
    public let team: Located<String>
    public let area: String
    public let holder: Located<String>
    /// Nil only when the file has an error there (then nothing is built from it).
    public let level: Int?
    public let limit: String
    public let escalateTo: Located<String>?
    public let since: Located<Day>?
    public let review: Located<Day>?
    public let history: [HistoryStep]
    public let status: MandateStatus
    /// When a paused or revoked status took effect: the mandate counts until that day.
    public let statusSince: Located<Day>?

    /// Nil without a team or holder, which the rules about a mandate all start from. A missing or
    /// wrong level or date is already a finding; the other rules still run.
    init?(_ record: Record) {
        guard let team = record.located("team"), let holder = record.located("holder") else { return nil }
        let level = record.integer("level"), since = record.date("since"), review = record.date("review")
        title = record.text("title") ?? ""
        self.team = team
        area = record.text("area") ?? ""
        self.holder = holder
        self.level = level
        limit = record.text("limit") ?? ""
        escalateTo = record.located("escalate_to")
        self.since = since
        self.review = review
        history = record.records("history").compactMap(HistoryStep.init)
        status = record.text("status").flatMap(MandateStatus.init) ?? .active
        statusSince = record.date("status_since")
    }
}

public struct HistoryStep: Sendable {
    public let date: Located<Day>
    public let level: Int
    public let note: String?

    init?(_ record: Record) {
        guard let date = record.date("date"), let level = record.integer("level") else { return nil }
        self.date = date
        self.level = level
        note = record.text("note")
    }
}

/// The seven delegation levels, 1 (tell) to 7 (delegate).
public enum DelegationLevel {
    public static let range = 1...7
    public static let names = ["tell", "sell", "consult", "agree", "advise", "inquire", "delegate"]
}
