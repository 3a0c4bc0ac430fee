/// Why a command cannot run (a `UsageError`, exit status 2), and the lines a command prints
/// besides findings: the facts, put into words per language in `Message+English.swift` and
/// `Message+Dutch.swift`.
public enum UsageMessage: Sendable, Hashable {
    case verbatim(String)

    // The repository
    case noFolder(root: String)
    case noContentFolder(root: String)
    case contentUnlistable(root: String, reason: Message.ReadFailure)
    case configurationLinkMissing
    case configurationNotRegular
    case configurationUnreadable(reason: Message.ReadFailure)

    // kader report and kader new
    case attentionAlone
    case notAPeriod(period: String)
    case noTeam(team: String, suggestion: String?, teams: [String])
    case evaluationNeedsTeam
    case sessionNeedsTwoTeams(example: [String])
    case mandateNeedsTeam
    case notAStoryKind(kind: String, suggestion: String?)
    case newNeedsID(kind: String)
    case invalidNewID(id: String, advice: Message.IDAdvice)

    // kader build's output folder
    case outputIsRepository(output: String)
    case outputInsideForbidden(output: String, folder: String)
    case outputNotFolder(path: String)
    case markerUnreadable(path: String)
    case outputUnreadable(output: String)
    case outputNotOurs(output: String, marker: String)
    case outputWriteFailed(output: String, detail: String)
    case wouldReplace(path: String)
    case wouldRemove(path: String)
    case couldNotWrite(path: String, detail: String)
    /// A file of the build could not be written, so the build changed nothing (`output` as given).
    case pageNotWritten(path: String, output: String, detail: String)

    public func text(_ language: Configuration.Language) -> String {
        switch language {
        case .nl: dutch
        case .en: english
        }
    }
}

/// The lines `kader check`, `build` and `report` print around the findings.
public enum CommandMessage: Sendable, Hashable {
    case summary(files: Int, errors: Int, warnings: Int)
    case nothingWritten
    case noReport
    case wrote(count: Int, folder: String)
    case alreadyExists(path: String)
    case upToDate(folder: String)
    case cacheUnusable(path: String, problem: CacheProblem)

    public func text(_ language: Configuration.Language) -> String {
        switch language {
        case .nl: dutch
        case .en: english
        }
    }
}
