import Foundation

/// What a team's survey answers add up to, and nothing more: the number of respondents, the mean
/// of each score, the most frequent steering answer, and the free texts without their order.
/// A single score, steering answer, name or time never leaves this type.
public struct ResponseSummary: Sendable, Equatable {
    /// The rows with at least one answer to a question kader maps.
    public var participants: Int
    /// The mean of each score column that has answers, rounded to one decimal.
    public var scores: [ResponseField: Decimal] = [:]
    /// `more`, `same` or `less`; nil when nobody answered.
    public var steering: String?
    /// Each free-text question's answers: trimmed, empty ones dropped, equal ones merged, sorted.
    public var texts: [ResponseField: [String]] = [:]

    public init(table: ResponseTable, columns: ResponseColumns, scale: Int) throws {
        let mapped = columns.columns
        let answered = table.rows.indices.filter { row in
            mapped.values.contains { !Self.isBlank(table.rows[row][$0]) }
        }
        guard !mapped.isEmpty else {
            throw UsageError("no column of the file asks a question kader knows (autonomie, meesterschap, zingeving, motivatie, sturing, wat ging goed, wat kan beter, wat geeft energie, wat kost energie, or their English names); name the columns with --map FIELD=COLUMN")
        }
        guard !answered.isEmpty else {
            throw UsageError("the file has no answers: no row below the header fills in any of \(mapped.sorted { $0.key < $1.key }.map { table.name(ofColumn: $0.value) }.joined(separator: ", "))")
        }
        guard answered.count <= 1000 else {
            throw UsageError("the file has \(answered.count) respondents, and a check-in holds at most 1000 participants; export one team's answers")
        }
        participants = answered.count
        func place(_ row: Int, _ column: Int) -> String { "row \(table.rowNumbers[row]), \(table.name(ofColumn: column))" }

        for field in ResponseField.scores {
            guard let column = mapped[field] else { continue }
            var sum = Decimal(0), count = 0
            for row in answered where !Self.isBlank(table.rows[row][column]) {
                let cell = table.rows[row][column]
                guard let number = Self.number(cell) else {
                    throw UsageError("\(place(row, column)) holds \(Self.quoted(cell)), which is not a number; a score is a number from 1 to \(scale) (a decimal comma is fine), or leave the cell empty")
                }
                guard number >= 1, number <= Decimal(scale) else {
                    throw UsageError("\(place(row, column)) holds \(Self.quoted(cell)), outside the scale: a score runs from 1 to \(scale) (`scale` in kader.yml)")
                }
                sum += number
                count += 1
            }
            guard count > 0 else { continue }
            var mean = sum / Decimal(count)
            var rounded = Decimal()
            NSDecimalRound(&rounded, &mean, 1, .plain)
            scores[field] = rounded
        }

        if let column = mapped[.steering] {
            var counts: [String: Int] = [:]
            for row in answered where !Self.isBlank(table.rows[row][column]) {
                let cell = table.rows[row][column]
                guard let answer = Self.steering(cell) else {
                    throw UsageError("\(place(row, column)) holds \(Self.quoted(cell)), which is not a steering answer; answer meer, zelfde or minder (more, same or less), or leave the cell empty")
                }
                counts[answer, default: 0] += 1
            }
            if let top = counts.values.max() {
                let leaders = counts.filter { $0.value == top }.map(\.key)
                steering = leaders.count == 1 ? leaders[0] : "same"
            }
        }

        for field in ResponseField.texts {
            guard let column = mapped[field] else { continue }
            let answers = Set(answered.map { Self.text(table.rows[$0][column]) }.filter { !$0.isEmpty })
            if !answers.isEmpty { texts[field] = answers.sorted(by: Self.textOrder) }
        }
    }

    /// A score as the check-in writes it: one decimal, a decimal point.
    public static func format(_ score: Decimal) -> String {
        let text = NSDecimalNumber(decimal: score).stringValue
        return text.contains(".") ? text : text + ".0"
    }

    static func isBlank(_ cell: String) -> Bool { cell.allSatisfy { $0.isWhitespace } }

    /// `4`, `3.5` or `3,5`; nothing else (no thousands, no exponents, no words).
    static func number(_ cell: String) -> Decimal? {
        var text = cell.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.contains(","), !text.contains(".") { text = text.replacingOccurrences(of: ",", with: ".") }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// more, same or less from an answer like `Meer sturing`, `Zelfde` or `Less`.
    static func steering(_ cell: String) -> String? {
        let words = Set(ResponseField.normalized(cell).split(whereSeparator: { !$0.isLetter }).map(String.init))
        let answers: [(String, Set<String>)] = [("more", ["meer", "more"]), ("same", ["zelfde", "hetzelfde", "gelijk", "evenveel", "same"]), ("less", ["minder", "less"])]
        let matches = answers.filter { !$0.1.isDisjoint(with: words) }
        return matches.count == 1 ? matches[0].0 : nil
    }

    /// A free text on one line: line breaks and runs of spaces become one space.
    static func text(_ cell: String) -> String {
        cell.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Alphabetical regardless of case and accents, then by the exact text, so the order says
    /// nothing about who answered first.
    static func textOrder(_ a: String, _ b: String) -> Bool {
        let (x, y) = (ResponseField.normalized(a), ResponseField.normalized(b))
        return x != y ? x < y : a < b
    }

    /// A cell as an error message shows it: quoted, on one line, at most 40 characters.
    static func quoted(_ cell: String) -> String {
        let line = text(cell)
        return "\"" + (line.count > 40 ? String(line.prefix(37)) + "..." : line) + "\""
    }
}
