/// A report for the terminal (aligned columns) or for a pull-request comment (Markdown).
enum ReportText {
    static func text(_ document: ReportDocument) -> String {
        var out = document.title + "\n" + String(repeating: "=", count: document.title.count) + "\n\n"
        for line in document.intro { out += line + "\n" }
        for section in document.sections {
            out += "\n" + section.title + "\n" + String(repeating: "-", count: section.title.count) + "\n"
            if let table = section.table {
                let rows = [table.headers] + table.rows.map { [$0.head.label] + $0.cells.map(\.text) }
                let widths = (0..<table.headers.count).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
                for (index, row) in rows.enumerated() {
                    out += row.enumerated().map { column, cell in
                        cell + String(repeating: " ", count: max(0, widths[column] - cell.count))
                    }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
                    if index == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
                }
            }
            for entry in section.key { out += "  \(entry.term): \(entry.meaning)\n" }
            for item in section.items { out += "- " + item + "\n" }
            for link in section.links { out += "- " + link.label + "\n" }
            if let empty = section.empty { out += empty + "\n" }
        }
        return out
    }

    static func markdown(_ document: ReportDocument) -> String {
        var out = "# \(escape(document.title))\n\n"
        for line in document.intro { out += escape(line) + "\n\n" }
        for section in document.sections {
            out += "## \(escape(section.title))\n\n"
            if let table = section.table {
                out += "| " + table.headers.map(escape).joined(separator: " | ") + " |\n"
                out += "|" + String(repeating: " --- |", count: table.headers.count) + "\n"
                for row in table.rows {
                    out += "| " + ([row.head.label] + row.cells.map(\.text)).map(escape).joined(separator: " | ") + " |\n"
                }
                out += "\n"
            }
            if !section.key.isEmpty { out += section.key.map { "_\(escape($0.term))_: \(escape($0.meaning))" }.joined(separator: "  \n") + "\n\n" }
            if !section.items.isEmpty { out += section.items.map { "- " + escape($0) }.joined(separator: "\n") + "\n\n" }
            if !section.links.isEmpty { out += section.links.map { "- " + escape($0.label) }.joined(separator: "\n") + "\n\n" }
            if let empty = section.empty { out += "_\(escape(empty))_\n\n" }
        }
        return out
    }

    /// Content text must not turn into Markdown or HTML in a comment.
    private static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { result += "\\" }
            result.append(character)
        }
        return result
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
