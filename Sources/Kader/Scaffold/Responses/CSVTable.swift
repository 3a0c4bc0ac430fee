import Foundation

/// A small RFC 4180 reader for survey exports, so kader needs no CSV library: UTF-8 with or
/// without a byte-order mark, `,` or `;` between fields (Dutch Excel and Microsoft Forms write
/// `;`), CRLF or LF line ends, and quoted fields that hold separators, `""` and line breaks.
enum CSVTable {
    static func read(_ data: Data) throws -> ResponseTable {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            throw ResponseError.notATable("the file is UTF-16 text, not UTF-8")
        }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.contains(0) {
            throw ResponseError.notATable("the file is neither CSV nor xlsx")
        }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw ResponseError.notATable("the file is neither CSV nor xlsx (it is not UTF-8 text)")
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw ResponseError.empty }
        let grid = parse(text, separator: separator(of: text))
        // A record is one spreadsheet row, line breaks inside quotes or not: the header is row 1.
        return try ResponseTable(grid: grid, rowNumbers: grid.indices.map { $0 + 1 })
    }

    /// `;` when the header row has more semicolons than commas outside quotes, else `,`.
    static func separator(of text: String) -> Character {
        var commas = 0, semicolons = 0, quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            else if !quoted && (character == "\n" || character == "\r\n" || character == "\r") { break }
            else if !quoted && character == "," { commas += 1 }
            else if !quoted && character == ";" { semicolons += 1 }
        }
        return semicolons > commas ? ";" : ","
    }

    /// The records of the text, each a list of fields.
    static func parse(_ text: String, separator: Character) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var fieldWasQuoted = false
        var atRecordStart = true
        // Swift reads "\r\n" as one Character, so CRLF and LF are one case.
        for character in text {
            atRecordStart = false
            if quoted {
                if character == "\"" { quoted = false } else { field.append(character == "\r\n" ? "\n" : character) }
                continue
            }
            switch character {
            case "\"":
                // A quote inside a field that started quoted and was closed is `""`: one quote.
                if fieldWasQuoted { field.append("\"") }
                quoted = true
                fieldWasQuoted = true
            case separator:
                record.append(field)
                field = ""
                fieldWasQuoted = false
            case "\n", "\r\n", "\r":
                record.append(field)
                records.append(record)
                record = []
                field = ""
                fieldWasQuoted = false
                atRecordStart = true
            default:
                field.append(character)
            }
        }
        if !atRecordStart || !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }
}
