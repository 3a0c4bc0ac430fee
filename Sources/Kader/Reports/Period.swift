/// A reporting period: a month (`2026-10`) or a quarter (`2026-Q4`).
public struct Period: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    /// The month (1...12) or the quarter (1...4).
    public let index: Int
    public let kind: Configuration.ReportPeriod

    public init(containing day: Day, kind: Configuration.ReportPeriod) {
        year = day.year
        index = kind == .month ? day.month : (day.month - 1) / 3 + 1
        self.kind = kind
    }

    init(year: Int, index: Int, kind: Configuration.ReportPeriod) {
        self.year = year
        self.index = index
        self.kind = kind
    }

    /// Parses `2026-10` or `2026-Q4`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        if parts[1].hasPrefix("Q"), let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter), parts[1].count == 2 {
            self.init(year: year, index: quarter, kind: .quarter)
        } else if parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) {
            self.init(year: year, index: month, kind: .month)
        } else {
            return nil
        }
    }

    public var first: Day {
        Day(year: year, month: kind == .month ? index : (index - 1) * 3 + 1, day: 1)!
    }

    public var last: Day { next.first.adding(days: -1) }

    public var next: Period {
        let count = kind == .month ? 12 : 4
        return index == count ? Period(year: year + 1, index: 1, kind: kind) : Period(year: year, index: index + 1, kind: kind)
    }

    public var previous: Period {
        let count = kind == .month ? 12 : 4
        return index == 1 ? Period(year: year - 1, index: count, kind: kind) : Period(year: year, index: index - 1, kind: kind)
    }

    public func contains(_ day: Day) -> Bool { first <= day && day <= last }

    public var description: String {
        kind == .month ? "\(year)-\(index < 10 ? "0" : "")\(index)" : "\(year)-Q\(index)"
    }

    public static func < (lhs: Period, rhs: Period) -> Bool { (lhs.year, lhs.index) < (rhs.year, rhs.index) }

    /// Every period from the one holding `start` to the one holding `end`.
    public static func range(from start: Day, to end: Day, kind: Configuration.ReportPeriod) -> [Period] {
        var periods: [Period] = []
        var period = Period(containing: start, kind: kind)
        let last = Period(containing: end, kind: kind)
        while period <= last {
            periods.append(period)
            period = period.next
        }
        return periods
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let period = Period(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a period: \(text)"))
        }
        self = period
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
