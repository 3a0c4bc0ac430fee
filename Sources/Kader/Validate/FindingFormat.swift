import Foundation

/// How `kader check` prints findings: for people (with the source line under each finding), in
/// one line each, for GitHub Actions, for programs.
public enum FindingFormat: String, Sendable, CaseIterable {
    case text, short, github, json

    /// - Parameters:
    ///   - language: the language of the sentences and of the severity words in text.
    ///   - source: where `text` finds the lines it shows; without it, `text` is `short`.
    public func render(_ findings: [Finding], language: Configuration.Language = .en, colour: Bool = false, source: SourceLines? = nil) -> String {
        switch self {
        case .text:
            findings.map { finding in
                let line = Self.line(finding, language: language, colour: colour) + "\n"
                guard let source, let snippet = Self.snippet(for: finding, in: source, colour: colour) else { return line }
                return line + snippet
            }.joined()
        case .short: findings.map { Self.line($0, language: language, colour: colour) + "\n" }.joined()
        case .github: findings.map { Self.github($0, language: language) + "\n" }.joined()
        case .json: Self.json(findings, language: language) + "\n"
        }
    }

    public static func summary(files: Int, errors: Int, warnings: Int, language: Configuration.Language = .en) -> String {
        CommandMessage.summary(files: files, errors: errors, warnings: warnings).text(language)
    }

    /// `path:line:column: severity: sentence [rule-id]`, the line editors' problem matchers read.
    static func line(_ finding: Finding, language: Configuration.Language, colour: Bool) -> String {
        let severity = finding.severity.word(language)
        let label = colour ? "\(finding.severity.colour)\(severity)\u{1B}[0m" : severity
        return "\(finding.file):\(finding.line):\(finding.column): \(label): \(finding.message(in: language)) [\(finding.rule.rawValue)]"
    }

    /// The source line under a finding, with its number and a caret under the column, as rustc
    /// and Elm show it; nil for a finding about the file as a whole or a line that is not there.
    public static func snippet(for finding: Finding, in source: SourceLines, colour: Bool = false) -> String? {
        guard !finding.isAboutTheWholeFile, finding.rule != .invalidEncoding,
              let text = source.line(finding.line, of: finding.file) else { return nil }
        return snippet(line: text, number: finding.line, column: finding.column, spanning: finding.rule != .yamlSyntax,
                       colour: colour ? finding.severity.colour : nil)
    }

    /// Tabs become spaces up to the next multiple of four, in the line and before the caret alike,
    /// so the caret stands under the character the column counts to.
    static func snippet(line: String, number: Int, column: Int, spanning: Bool = true, colour: String? = nil) -> String {
        let characters = Array(line)
        var shown = "", offset = 0
        for (index, character) in characters.enumerated() {
            if index == column - 1 { offset = shown.count }
            if character == "\t" {
                shown += String(repeating: " ", count: 4 - shown.count % 4)
            } else {
                shown.append(character)
            }
        }
        if column - 1 >= characters.count { offset = shown.count + max(0, column - 1 - characters.count) }
        let width = spanning ? caretWidth(characters, at: column - 1) : 1
        let gutter = String(number)
        let pad = String(repeating: " ", count: max(4, gutter.count))
        let numbered = String(repeating: " ", count: max(0, 4 - gutter.count)) + gutter
        let carets = String(repeating: " ", count: offset) + String(repeating: "^", count: width)
        guard let colour else {
            return "\(numbered) | \(shown)\n\(pad) | \(carets)\n"
        }
        let blue = "\u{1B}[1;34m", reset = "\u{1B}[0m"
        return "\(blue)\(numbered) |\(reset) \(shown)\n\(blue)\(pad) |\(reset) \(colour)\(carets)\(reset)\n"
    }

    /// A key, id, date or number starting at `index` is underlined whole; a quoted text to its
    /// closing quote; anything else gets one caret.
    private static func caretWidth(_ characters: [Character], at index: Int) -> Int {
        guard index >= 0, index < characters.count else { return 1 }
        func isWord(_ character: Character) -> Bool {
            character.isLetter || character.isNumber || character == "-" || character == "_" || character == "."
        }
        let first = characters[index]
        if first == "\"" || first == "'" {
            if let close = characters[(index + 1)...].firstIndex(of: first) { return close - index + 1 }
            return 1
        }
        guard isWord(first), index == 0 || !isWord(characters[index - 1]) else { return 1 }
        var end = index
        while end < characters.count, isWord(characters[end]) { end += 1 }
        return end - index
    }

    /// A workflow command, so the finding shows on the pull request's diff.
    static func github(_ finding: Finding, language: Configuration.Language) -> String {
        let command = finding.severity == .error ? "error" : "warning"
        return "::\(command) file=\(escapeProperty(finding.file)),line=\(finding.line),col=\(finding.column),title=\(escapeProperty(finding.rule.rawValue))::\(escapeData(finding.message(in: language)))"
    }

    private struct Row: Encodable {
        let rule: Rule, severity: Severity, file: String, line: Int, column: Int, message: String
    }

    static func json(_ findings: [Finding], language: Configuration.Language) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let rows = findings.map { Row(rule: $0.rule, severity: $0.severity, file: $0.file, line: $0.line, column: $0.column, message: $0.message(in: language)) }
        return String(decoding: (try? encoder.encode(rows)) ?? Data("[]".utf8), as: UTF8.self)
    }

    // The escapes of GitHub's toolkit (`@actions/core` command.ts).
    private static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

/// The lines of the repository's files, read when a snippet first needs them.
public final class SourceLines: @unchecked Sendable {
    private let root: String
    private var cache: [String: [Substring]?] = [:]
    private let lock = NSLock()

    public init(root: String) { self.root = root }

    /// Line `number` (1-based) of `file`, a path relative to the root, without its line break.
    public func line(_ number: Int, of file: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        if cache[file] == nil {
            let lines: [Substring]? = FileManager.default.contents(atPath: root + "/" + file).map {
                // By bytes: "\r\n" is one character, and a split by characters missed it (and
                // took 40 µs a finding).
                String(decoding: $0, as: UTF8.self).utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
            }
            cache[file] = .some(lines)
        }
        guard let lines = cache[file] ?? nil, number >= 1, number <= lines.count else { return nil }
        var line = lines[number - 1]
        if line.hasSuffix("\r") { line = line.dropLast() }
        return String(line)
    }
}

extension Severity {
    /// `fout`/`waarschuwing` in Dutch, `error`/`warning` in English.
    public func word(_ language: Configuration.Language) -> String {
        switch (self, language) {
        case (.error, .nl): "fout"
        case (.warning, .nl): "waarschuwing"
        default: rawValue
        }
    }

    var colour: String { self == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m" }
}
