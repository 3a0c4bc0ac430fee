public enum MandateStatus: String, Sendable, Codable {
    case active, paused, revoked
}

/// A decision handed over to a team: `content/mandates/<mandate>.md`.
public struct Mandate: Sendable {
    public let title: String
    public let team: Located<String>
    public let area: String
    public let holder: Located<String>
    public let level: Int
    public let limit: String
    public let escalateTo: Located<String>?
    public let since: Located<Day>
    public let review: Located<Day>
    public let history: [HistoryStep]
    public let status: MandateStatus

    /// Nil when a required field is missing or wrong: that is already a finding, and a half mandate
    /// would only raise follow-up findings that say the same thing.
    init?(_ record: Record) {
        guard let team = record.located("team"), let holder = record.located("holder"),
              let level = record.integer("level"), let since = record.date("since"),
              let review = record.date("review") else { return nil }
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
