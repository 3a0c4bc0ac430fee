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
    public let isPrivate: Bool
    /// The lists, held by one reference: the reports copy evaluations by the ten thousand, and six
    /// lists retained on each copy were a tenth of their figures' time.
    private let lists: Lists
    public var wentWell: [String] { lists.wentWell }
    public var couldImprove: [String] { lists.couldImprove }
    public var energizers: [String] { lists.energizers }
    public var drainers: [String] { lists.drainers }
    public var actions: [Action] { lists.actions }
    public var mandateReviews: [MandateReview] { lists.mandateReviews }

    private final class Lists: Sendable {
        let wentWell: [String]
        let couldImprove: [String]
        let energizers: [String]
        let drainers: [String]
        let actions: [Action]
        let mandateReviews: [MandateReview]

        init(_ record: Record) {
            wentWell = record.texts("went_well")
            couldImprove = record.texts("could_improve")
            energizers = record.texts("energizers")
            drainers = record.texts("drainers")
            actions = record.records("actions").compactMap(Action.init)
            mandateReviews = record.records("mandate_reviews").compactMap(MandateReview.init)
        }
    }

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
        lists = Lists(record)
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
