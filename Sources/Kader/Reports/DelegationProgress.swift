/// The level of each mandate over time, from its history and its current level since `since`.
enum DelegationProgress {
    /// The level in force on `day`, or nil before the mandate was first handed over.
    static func level(of mandate: Mandate, on day: Day) -> Int? {
        if let since = mandate.since?.value, let level = mandate.level, day >= since { return level }
        return mandate.history.last { $0.date.value <= day }?.level
    }

    static func steps(of mandate: Mandate) -> [MandateTimeline.LevelStep] {
        mandate.history.map { MandateTimeline.LevelStep(date: $0.date.value, level: $0.level) }
            + (both(mandate.since?.value, mandate.level).map { [MandateTimeline.LevelStep(date: $0, level: $1)] } ?? [])
    }

    /// Mandates that count on `day`, per level 1...7, and their mean level.
    static func distribution(_ spans: [MandateSpan], on day: Day) -> (perLevel: [Int], average: Double?) {
        var perLevel = [Int](repeating: 0, count: 7)
        var sum = 0
        var count = 0
        for span in spans {
            guard let level = span.level(on: day), DelegationLevel.range.contains(level) else { continue }
            perLevel[level - 1] += 1
            sum += level
            count += 1
        }
        return (perLevel, count == 0 ? nil : Rounding.two(Double(sum) / Double(count)))
    }

    /// How a mandate moved, up to `today`: its first level, each change of level, and the day a
    /// paused or revoked one stopped counting (its span's end: `status_since`, or the revoke
    /// review's date). A step on or after that end does not count, as in the charts; a paused or
    /// revoked mandate without an end date has no end move (the report says its end is unknown).
    static func moves(of span: MandateSpan, until today: Day) -> [MandateMove] {
        let mandate = span.mandate
        var moves: [MandateMove] = []
        var previous: Int?
        for step in span.steps where step.date <= today {
            if let end = span.end, step.date >= end { break }
            guard step.level != previous else { continue }
            moves.append(MandateMove(mandate: mandate.id, area: mandate.value.area, date: step.date, from: previous, to: step.level, status: nil))
            previous = step.level
        }
        if let end = span.end, end <= today {
            moves.append(MandateMove(mandate: mandate.id, area: mandate.value.area, date: end, from: previous, to: nil, status: mandate.value.status))
        }
        return moves
    }

    /// Every step that falls in `period`: a first hand-over, or a move from one level to another.
    static func changes(_ spans: [MandateSpan], in period: Period) -> [MandateChange] {
        var changes: [MandateChange] = []
        for span in spans {
            let mandate = span.mandate
            var previous: Int?
            for step in span.steps {
                if period.contains(step.date), step.level != previous {
                    changes.append(MandateChange(mandate: mandate.id, title: mandate.value.title, team: mandate.value.team.value,
                                                 date: step.date, from: previous, to: step.level))
                }
                previous = step.level
            }
        }
        return changes.sorted { ($0.date, $0.mandate) < ($1.date, $1.mandate) }
    }
}
