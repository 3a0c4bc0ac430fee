/// How long a mandate counts (Revision 2: history is never rewritten). An active mandate counts
/// from its first step on; a paused or revoked one until the day its status changed:
/// `status_since`, or for a revoked one without it, the date of the first evaluation of its team
/// that reviews it with `revoke`. Without either date it counts in no period at all.
struct MandateSpan: Sendable {
    let mandate: Item<Mandate>
    /// The first day it no longer counts; nil while it is active.
    let end: Day?
    /// Paused or revoked, with no date to end it on.
    let endUnknown: Bool

    /// Its levels by date (`DelegationProgress.steps`), and the history among them, taken out once:
    /// the figures ask for a span's level and moves in every period of every report.
    let steps: [MandateTimeline.LevelStep]
    private let history: ArraySlice<MandateTimeline.LevelStep>
    private let since: MandateTimeline.LevelStep?

    init(_ mandate: Item<Mandate>, revokedOn: Day?) {
        self.mandate = mandate
        let value = mandate.value
        steps = DelegationProgress.steps(of: value)
        since = both(value.since?.value, value.level).map { MandateTimeline.LevelStep(date: $0, level: $1) }
        history = steps.dropLast(since == nil ? 0 : 1)
        switch value.status {
        case .active:
            end = nil
            endUnknown = false
        case .paused:
            end = value.statusSince?.value
            endUnknown = end == nil
        case .revoked:
            end = value.statusSince?.value ?? revokedOn
            endUnknown = end == nil
        }
    }

    /// The level in force on `day`, or nil when it does not count that day.
    func level(on day: Day) -> Int? {
        if endUnknown { return nil }
        if let end, day >= end { return nil }
        // As `DelegationProgress.level(of:on:)`, on what was taken out.
        if let since, day >= since.date { return since.level }
        return history.last { $0.date <= day }?.level
    }

    /// The first revoke review of each mandate, from the evaluations of its own team.
    static func spans(of mandates: [Item<Mandate>], in site: ContentIndex) -> [MandateSpan] {
        mandates.map { mandate in
            let revoked = mandate.value.status == .revoked && mandate.value.statusSince == nil
                ? (site.relations.reviewsByMandate[mandate.id] ?? []).filter { $0.review.decision == .revoke }
                    .compactMap(\.evaluation.value.date?.value).min()
                : nil
            return MandateSpan(mandate, revokedOn: revoked)
        }
    }
}
