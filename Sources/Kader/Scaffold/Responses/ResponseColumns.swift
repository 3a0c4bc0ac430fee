import Foundation

/// A question of the weekly check-in, as an evaluation's front matter names it.
public enum ResponseField: String, CaseIterable, Sendable, Comparable {
    case autonomy, mastery, purpose, motivation, steering
    case wentWell = "went_well", couldImprove = "could_improve", energizers, drainers

    public static func < (a: Self, b: Self) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }

    public static let scores: [ResponseField] = [.autonomy, .mastery, .purpose, .motivation]
    public static let texts: [ResponseField] = [.wentWell, .couldImprove, .energizers, .drainers]

    /// What a header contains (lower case, without accents) when it asks this question, in Dutch
    /// and English; docs/questionnaire.md gives the full question texts.
    public var keywords: [String] {
        switch self {
        case .autonomy: return ["autonomie", "autonomy"]
        case .mastery: return ["meesterschap", "mastery"]
        case .purpose: return ["zingeving", "purpose"]
        case .motivation: return ["motivatie", "motivation"]
        case .steering: return ["sturing", "steering"]
        case .wentWell: return ["wat ging goed", "went well"]
        case .couldImprove: return ["wat kan beter", "wat kan anders", "could improve", "could be better", "could be different"]
        case .energizers: return ["wat geeft energie", "geeft je energie", "energizer", "gives energy", "gives you energy"]
        case .drainers: return ["wat kost energie", "kost je energie", "drainer", "takes energy", "costs energy", "drains energy", "takes your energy"]
        }
    }

    /// Lower case, accents and repeated spaces gone: how headers are compared.
    static func normalized(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// Which column answers which question: by its header, or as `--map FIELD=COLUMN` says (a header
/// or a column letter). Every other column (name, e-mail, start and end time, response id) is
/// ignored, and never read beyond its header.
public struct ResponseColumns: Sendable, Equatable {
    public private(set) var columns: [ResponseField: Int] = [:]
    /// The columns that answer no question, in order.
    public private(set) var ignored: [Int] = []

    public init(table: ResponseTable, maps: [String] = []) throws {
        var mapped: [ResponseField: Int] = [:]
        for map in maps {
            let parts = map.split(separator: "=", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw UsageError("--map \(map) should read FIELD=COLUMN, e.g. --map autonomy=F or --map \"went_well=Wat ging goed?\"")
            }
            guard let field = ResponseField(rawValue: parts[0]) else {
                let names = ResponseField.allCases.map(\.rawValue)
                throw UsageError("--map \(map) names no question kader knows\(Suggestion.hint(for: parts[0], in: names)); the fields are \(names.joined(separator: ", "))")
            }
            guard mapped[field] == nil else { throw UsageError("--map names \(field.rawValue) twice; keep one of the two") }
            let wanted = ResponseField.normalized(parts[1])
            let column: Int
            if let byHeader = table.headers.firstIndex(where: { ResponseField.normalized($0) == wanted }) {
                column = byHeader
            } else if let byLetter = ResponseTable.column(letter: parts[1]), byLetter < table.headers.count {
                column = byLetter
            } else {
                throw UsageError("--map \(map) names a column that does not exist: no header reads \"\(parts[1])\", and the columns run from A to \(ResponseTable.letter(max(table.headers.count - 1, 0)))")
            }
            if let other = mapped.first(where: { $0.value == column })?.key {
                throw UsageError("--map gives \(table.name(ofColumn: column)) to both \(other.rawValue) and \(field.rawValue); a column answers one question")
            }
            mapped[field] = column
        }
        var found: [ResponseField: [Int]] = [:]
        for (column, header) in table.headers.enumerated() where !mapped.values.contains(column) {
            let text = ResponseField.normalized(header)
            // The question a header starts with wins: "Motivatie: ... zingeving ..." is motivation.
            let matches = ResponseField.allCases.filter { mapped[$0] == nil }.compactMap { field -> (ResponseField, String.Index)? in
                field.keywords.compactMap { text.range(of: $0)?.lowerBound }.min().map { (field, $0) }
            }
            if let best = matches.min(by: { $0.1 < $1.1 }) { found[best.0, default: []].append(column) }
        }
        for (field, candidates) in found.sorted(by: { $0.key < $1.key }) {
            guard candidates.count == 1 else {
                let names = candidates.map { table.name(ofColumn: $0) }
                throw UsageError("\(names.joined(separator: " and ")) both look like the question \(field.rawValue); choose one with --map \(field.rawValue)=\(ResponseTable.letter(candidates[0]))")
            }
            mapped[field] = candidates[0]
        }
        columns = mapped
        ignored = table.headers.indices.filter { !mapped.values.contains($0) }
    }
}
