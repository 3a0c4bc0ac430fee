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
    /// The folder the file is in (Revision 2: an evaluation is placed by its path), at the place of
    /// the `team` key.
    public private(set) var team: Located<String>?
    /// The file name's date, at the place of the `date` key; nil when the name is not a date.
    public private(set) var date: Located<Day>?
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

    /// The same check-in, placed by its path whatever its fields say: every rule and every report
    /// sees the team of its folder and the date of its file name.
    func placed(team folder: String?, date fileName: String) -> Evaluation {
        var placed = self
        if let folder, Identifier.isValid(folder) { placed.team = Located(folder, at: team?.position ?? .file) }
        if let day = Day(fileName), day.isInModelRange {
            placed.date = Located(day, at: date?.position ?? .file)
        } else {
            placed.date = nil
        }
        return placed
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
