/// The privacy rule of the reports: an evaluation with fewer participants than the threshold
/// counts for no score anywhere.
struct AnonymityFilter: Sendable {
    let threshold: Int

    func counts(_ evaluation: Evaluation) -> Bool {
        (evaluation.participants ?? 0) >= threshold
    }

    /// The participant-weighted mean of each driver over the evaluations that count, rounded to two
    /// decimals; nil for a driver no counted evaluation scored.
    func scores(of evaluations: [Evaluation]) -> DriverScores {
        let counted = evaluations.filter(counts)
        func mean(_ value: (Scores) -> Double?) -> Double? {
            var sum = 0.0
            var weight = 0
            for evaluation in counted {
                guard let score = value(evaluation.scores), let participants = evaluation.participants else { continue }
                sum += score * Double(participants)
                weight += participants
            }
            return weight == 0 ? nil : Rounding.two(sum / Double(weight))
        }
        return DriverScores(autonomy: mean(\.autonomy), mastery: mean(\.mastery), purpose: mean(\.purpose), motivation: mean(\.motivation))
    }
}
