public enum Steering: String, Sendable, Codable {
    case more, same, less
}

public enum ReviewDecision: String, Sendable, Codable {
    case keep, raise, lower, revoke
}

/// The four drivers of intrinsic motivation, as team averages.
public struct Scores: Sendable, Equatable, Codable {
    public var autonomy: Double?
    public var mastery: Double?
    public var purpose: Double?
    public var motivation: Double?
}

/// A check-in: `content/evaluations/<team>/<date>.md`.
public struct Evaluation: Sendable {
    public let team: Located<String>?
    public let date: Located<Day>?
    public let participants: Int?
    public let scores: Scores
    public let steering: Steering?
    public let wentWell: [String]
    public let couldImprove: [String]
    public let energizers: [String]
    public let drainers: [String]
    public let actions: [Action]
    public let mandateReviews: [MandateReview]
    public let isPrivate: Bool

    init(_ record: Record) {
        team = record.located("team")
        date = record.date("date")
        participants = record.integer("participants")
        var scores = Scores()
        for (key, value) in record.numbers("scores") {
            switch key {
            case "autonomy": scores.autonomy = value
            case "mastery": scores.mastery = value
            case "purpose": scores.purpose = value
            default: scores.motivation = value
            }
        }
        self.scores = scores
        steering = record.text("steering").flatMap(Steering.init)
        wentWell = record.texts("went_well")
        couldImprove = record.texts("could_improve")
        energizers = record.texts("energizers")
        drainers = record.texts("drainers")
        actions = record.records("actions").compactMap(Action.init)
        mandateReviews = record.records("mandate_reviews").compactMap(MandateReview.init)
        isPrivate = record.bool("private") ?? false
    }
}

public struct MandateReview: Sendable {
    public let mandate: Located<String>
    public let decision: ReviewDecision
    public let note: String?

    init?(_ record: Record) {
        guard let mandate = record.located("mandate"), let decision = record.text("decision").flatMap(ReviewDecision.init) else { return nil }
        self.mandate = mandate
        self.decision = decision
        note = record.text("note")
    }
}
