public enum SessionTopic: String, Sendable, Codable {
    case budget, strategy, change, direction
}

/// A joint session where all parties sit at one table: `content/sessions/<session>.md`.
public struct Session: Sendable {
    public let title: String
    public let date: Day?
    public let topic: SessionTopic?
    public let teams: [Located<String>]
    public let values: [Located<String>]
    public let agreements: [String]
    public let decisions: [String]
    public let openQuestions: [String]

    init(_ record: Record) {
        title = record.text("title") ?? ""
        date = record.date("date")?.value
        topic = record.text("topic").flatMap(SessionTopic.init)
        teams = record.references("teams")
        values = record.references("values")
        agreements = record.texts("agreements")
        decisions = record.texts("decisions")
        openQuestions = record.texts("open_questions")
    }
}
