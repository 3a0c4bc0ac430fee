/// What a finding says, without its words: the facts of one sentence. It is put into words when
/// it is printed, in Dutch (`Message+Dutch.swift`) or English (`Message+English.swift`); one file
/// per language keeps every sentence of that language together, to read and review as a whole.
public enum Message: Sendable, Hashable {
    /// Text kader cannot put in other words (a library's own error, or a test's), the same in every language.
    case verbatim(String)
    /// A sentence as both languages put it, for a finding kept by the build cache.
    case kept(dutch: String, english: String, wholeFile: Bool)

    // Reading files and folders
    case folderUnreadable(folder: String, reason: ReadFailure)
    case assetUnreadable(reason: ReadFailure)
    case fileUnreadable(reason: ReadFailure)
    case fileTooLarge(size: Int)
    case linkLoop(path: String)
    case linkTargetForbidden(path: String)
    case linkTargetMissing(path: String)
    case linkOutside(path: String, target: String)
    case invalidEncoding
    case configurationInvalidEncoding
    case emptyFile(kind: String)
    case noFrontMatter(kind: String)
    case frontMatterNotClosed

    // Where a file is and what it is called
    case folderNotTeamID(folder: String, advice: IDAdvice)
    case pagesFolderNotID(folder: String, advice: IDAdvice)
    case fileNameNotID(fileName: String, advice: IDAdvice)
    case unknownLocation(path: String)
    case teamDiffersFromFolder(team: String, folder: String)
    case dateDiffersFromFileName(date: String, fileName: String)
    case fileNameNotDate(fileName: String, date: String)
    case duplicateFileID(kind: String, id: String, first: String)

    // YAML
    case yamlUnreadable(detail: String)
    case yamlTooLarge(nodes: Int, depth: Int)
    case yamlTooDeep(depth: Int)
    case yamlKeyNotPlain
    case yamlAliasUnresolved
    case yamlQuoteNotClosed(subject: YAMLSubject)
    case yamlTab(subject: YAMLSubject)
    case yamlInvalid(subject: YAMLSubject, problem: String, hint: YAMLHint)
    case yamlDuplicateKey(keys: [String])

    // Fields against the schema
    case rootNotMapping(configuration: Bool, found: NodeDescription)
    case unknownField(field: String, schema: String, suggestion: String?)
    case requiredFieldEmpty(field: String, schema: String, summary: String)
    case missingField(field: String, schema: String, summary: String)
    case missingConditionalField(field: String, schema: String, when: [Condition], summary: String?)
    case fieldNotApplicable(field: String, when: [Condition])
    case wrongType(field: String, expected: Expected, found: NodeDescription)
    case invalidIDValue(value: String, field: String, advice: IDAdvice)
    case notARealDate(field: String, value: String)
    case dateOutOfRange(field: String, value: String)
    case numberOutOfRange(field: String, minimum: Int, maximum: Int, value: String)
    case scoreOutOfRange(field: String, scale: Int, value: String)
    case notAChoice(field: String, options: [String], value: String, suggestion: String?)
    case emptyListItem(field: String)
    case tooFewItems(field: String, minimum: Int, count: Int)
    case unknownKey(key: String, field: String, keys: [String], suggestion: String?)
    case notARuleID(key: String, suggestion: String?)
    case invalidSeverity(rule: String)

    // References between files
    case noTeam(id: String, suggestion: String?)
    case notAPerson(field: String, id: String, suggestion: String?)
    case noValue(id: String, suggestion: String?)
    case noMandate(id: String, suggestion: String?)
    case roleHolderNotMember(holder: String, role: String)
    case mandateHolderNotMember(holder: String, team: String)
    case unknownHolder(holder: String, team: String, suggestion: String?)
    case unknownEscalation(id: String, team: String, suggestion: String?)
    case mandateOfOtherTeam(mandate: String, owner: String, team: String)
    case duplicateInnerID(kind: String, id: String)
    case goalIDUsed(id: String, owner: String)
    case brokenLink(destination: String, target: String)

    // History and time
    case historyStepNotAfter(date: String, previous: String)
    case historyStepNotBefore(date: String, since: String)
    case statusSinceBeforeSince(statusSince: String, since: String)
    case reviewOverdue(due: String, team: String)
    case actionOverdue(id: String, owner: String?, due: String, status: String)
    case teamWithoutEvaluation(team: String)
    case teamStale(team: String, latest: String, days: Int, limit: Int)
    case valueWithoutStory(value: String)
    case experimentOpenLong(since: String, days: Int)

    // Theme templates
    case templateSyntax(detail: String)
    case templateUnreadable(detail: String)
    case missingPartial(partial: String, suggestion: String?)

    /// Why a file or folder could not be read.
    public enum ReadFailure: Sendable, Hashable {
        case permissionDenied
        /// The system's own words (`strerror`).
        case other(String)
    }

    /// How to write a valid id: with an example made from what was written, or in general.
    public enum IDAdvice: Sendable, Hashable {
        case example(String)
        case general
    }

    public enum YAMLSubject: Sendable, Hashable { case frontMatter, configuration }

    /// What to try after libyaml's own description of a syntax error.
    public enum YAMLHint: Sendable, Hashable { case quoteColon, indentation, undefinedAlias, general }

    /// What was written where something else belongs.
    public enum NodeDescription: Sendable, Hashable {
        case scalar(String)
        case list
        case mapping
    }

    /// What a field should hold.
    public enum Expected: Sendable, Hashable {
        case text, identifier, date, wholeNumber, number, bool, list, severities
        case choice([String])
        case object(schema: String)
        case keyed([String])
    }

    /// `key` is one of `values`: when a field applies or is needed.
    public struct Condition: Sendable, Hashable {
        public let key: String
        public let values: [String]
        public init(key: String, values: [String]) {
            self.key = key
            self.values = values
        }
    }

    public func text(_ language: Configuration.Language) -> String {
        switch language {
        case .nl: dutch
        case .en: english
        }
    }
}

extension Message: Codable {
    /// A finding read back from JSON holds its sentence as it was printed.
    public init(from decoder: Decoder) throws {
        self = .verbatim(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(english)
    }
}

extension Configuration.Language {
    /// `--lang`, else the repository's `language`, else Dutch.
    public static func resolve(_ option: Configuration.Language?, root: String?) -> Configuration.Language {
        if let option { return option }
        guard let root else { return .nl }
        return Configuration.load(root: root).0.language
    }
}

/// The separators of a list: "a, b or c" / "a, b of c".
func listed(_ items: [String], _ last: String) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " \(last) " + items.last!
}
