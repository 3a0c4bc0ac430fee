/// The split of a content file into its YAML front matter and its Markdown body.
struct FrontMatter {
    /// The YAML text between the two `---` lines.
    let yaml: String
    /// The file line on which the YAML starts (always 2).
    let yamlFirstLine: Int
    let body: String
    /// The file line on which the body starts.
    let bodyFirstLine: Int

    enum Failure: Error {
        case missing
        case notClosed
    }

    static func split(_ text: String) -> Result<FrontMatter, Failure> {
        let utf8 = text.utf8
        guard let firstEnd = lineEnd(in: utf8, from: utf8.startIndex),
              isFence(utf8[utf8.startIndex..<firstEnd]) else {
            if isFence(utf8[...]) { return .failure(.notClosed) }
            return .failure(.missing)
        }
        let yamlStart = utf8.index(after: firstEnd)
        var lineStart = yamlStart
        var line = 2
        while lineStart < utf8.endIndex {
            let end = lineEnd(in: utf8, from: lineStart) ?? utf8.endIndex
            if isFence(utf8[lineStart..<end]) {
                let yaml = String(text[yamlStart..<lineStart])
                let bodyStart = end < utf8.endIndex ? utf8.index(after: end) : end
                return .success(FrontMatter(yaml: yaml, yamlFirstLine: 2, body: String(text[bodyStart...]), bodyFirstLine: line + 1))
            }
            guard end < utf8.endIndex else { break }
            lineStart = utf8.index(after: end)
            line += 1
        }
        return .failure(.notClosed)
    }

    private static func lineEnd(in utf8: String.UTF8View, from start: String.Index) -> String.Index? {
        utf8[start...].firstIndex(of: 0x0A)
    }

    /// `---`, with trailing blanks forgiven: editors add them and nobody sees them.
    private static func isFence(_ line: Substring.UTF8View) -> Bool {
        var bytes = Array(line)
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        return bytes == [0x2D, 0x2D, 0x2D]
    }
}
