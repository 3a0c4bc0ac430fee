/// Every rule of the content model, by its public id. Rules are data: an id and a default severity;
/// the checks that raise them live beside the stage that can see what they need.
public enum Rule: String, Sendable, Codable, CaseIterable {
    case yamlSyntax = "yaml-syntax"
    case invalidEncoding = "invalid-encoding"
    case unsafePath = "unsafe-path"
    case unreadableFile = "unreadable-file"
    case fileTooLarge = "file-too-large"
    case missingFrontMatter = "missing-front-matter"
    case unknownLocation = "unknown-location"
    case invalidID = "invalid-id"
    case duplicateID = "duplicate-id"
    case missingField = "missing-field"
    case wrongType = "wrong-type"
    case invalidValue = "invalid-value"
    case unknownField = "unknown-field"
    case unknownReference = "unknown-reference"
    case pathMismatch = "path-mismatch"
    case historyOrder = "history-order"
    case holderNotMember = "holder-not-member"
    case brokenLink = "broken-link"
    case reviewOverdue = "review-overdue"
    case actionOverdue = "action-overdue"
    case staleTeam = "stale-team"
    case valueWithoutStory = "value-without-story"
    case experimentOpenLong = "experiment-open-long"
    /// Not in the content model's table: a template that does not compile or render.
    case templateError = "template-error"

    public var defaultSeverity: Severity {
        switch self {
        case .unknownField, .reviewOverdue, .actionOverdue, .staleTeam, .valueWithoutStory, .experimentOpenLong:
            .warning
        default:
            .error
        }
    }

    /// A file that cannot be read as content gives this one finding and no more.
    var endsTheFile: Bool {
        switch self {
        case .yamlSyntax, .invalidEncoding, .missingFrontMatter, .unreadableFile, .fileTooLarge: true
        default: false
        }
    }
}
