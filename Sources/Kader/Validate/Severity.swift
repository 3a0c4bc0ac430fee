/// How much a finding matters; `off` only appears in overrides and silences a rule.
public enum Severity: String, Sendable, Codable, Comparable {
    case error, warning, off

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .off: 2
        }
    }
}
