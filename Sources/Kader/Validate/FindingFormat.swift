import Foundation

/// How `kader check` prints findings: for people, for GitHub Actions, for programs.
public enum FindingFormat: String, Sendable, CaseIterable {
    case text, github, json

    public func render(_ findings: [Finding], colour: Bool = false) -> String {
        switch self {
        case .text: findings.map { Self.text($0, colour: colour) + "\n" }.joined()
        case .github: findings.map { Self.github($0) + "\n" }.joined()
        case .json: Self.json(findings) + "\n"
        }
    }

    public static func summary(files: Int, errors: Int, warnings: Int) -> String {
        "\(files) file\(files == 1 ? "" : "s") checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    static func text(_ finding: Finding, colour: Bool) -> String {
        let severity = finding.severity.rawValue
        let label = colour ? (finding.severity == .error ? "\u{1B}[1;31m\(severity)\u{1B}[0m" : "\u{1B}[1;33m\(severity)\u{1B}[0m") : severity
        return "\(finding.file):\(finding.line):\(finding.column): \(label): \(finding.message) [\(finding.rule.rawValue)]"
    }

    /// A workflow command, so the finding shows on the pull request's diff.
    static func github(_ finding: Finding) -> String {
        let command = finding.severity == .error ? "error" : "warning"
        return "::\(command) file=\(escapeProperty(finding.file)),line=\(finding.line),col=\(finding.column),title=\(escapeProperty(finding.rule.rawValue))::\(escapeData(finding.message))"
    }

    static func json(_ findings: [Finding]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(findings)) ?? Data("[]".utf8), as: UTF8.self)
    }

    // The escapes of GitHub's toolkit (`@actions/core` command.ts).
    private static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
