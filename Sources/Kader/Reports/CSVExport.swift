/// One CSV per team of its evaluations over time. With `language: nl` the separator is `;` and
/// decimals have a comma, as Excel expects on a Dutch system; scores of evaluations below the
/// anonymity threshold stay empty.
enum CSVExport {
    static func csv(for team: TeamReport, labels: Labels) -> String {
        let separator = labels.language == .nl ? ";" : ","
        let header = [labels["date"], labels["participants"], labels["evaluations_counted"]] + DriverScores.keys.map { labels["driver.\($0)"] } + [labels["steering"]]
        func field(_ text: String) -> String { quoted(text, separator: separator) }
        var lines = [header.map(field).joined(separator: separator)]
        for row in team.evaluations {
            var fields = [row.date.description, String(row.participants), row.counted ? "1" : "0"]
            fields += DriverScores.keys.map { key in row.scores[key].map { labels.decimal($0) } ?? "" }
            fields.append(row.steering.map { labels["steering.\($0.rawValue)"] } ?? "")
            lines.append(fields.map(field).joined(separator: separator))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Quotes a field that holds a separator, a quote or a line break (RFC 4180). On bytes: all
    /// are ASCII, and looking at characters (with a string made per character) was 2 % of a build.
    static func quoted(_ text: String, separator: String) -> String {
        let separatorByte = separator.utf8.first
        guard text.utf8.contains(where: { $0 == separatorByte || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") })
        else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
