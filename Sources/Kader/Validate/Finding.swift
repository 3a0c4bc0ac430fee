/// A place in a file on disk: 1-based line, 1-based column counted in characters.
public struct Position: Sendable, Hashable, Comparable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The file as a whole.
    public static let file = Position(line: 1, column: 1)

    public static func < (lhs: Position, rhs: Position) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// One thing wrong with the content, in one sentence, at one place.
public struct Finding: Error, Sendable, Hashable, Codable {
    public var rule: Rule
    public var severity: Severity
    /// Path relative to the repository root, with `/` separators.
    public var file: String
    public var line: Int
    public var column: Int
    /// What the finding says, put into words only when it is printed.
    public var sentence: Message

    public init(_ rule: Rule, _ file: String, _ at: Position, _ sentence: Message) {
        self.rule = rule
        self.severity = rule.defaultSeverity
        self.file = file
        self.line = at.line
        self.column = at.column
        self.sentence = sentence
    }

    /// A finding whose text is the same in every language (a library's error, or a test's).
    public init(_ rule: Rule, _ file: String, _ at: Position, _ text: String) {
        self.init(rule, file, at, .verbatim(text))
    }

    /// The sentence in English.
    public var message: String { sentence.english }

    public func message(in language: Configuration.Language) -> String { sentence.text(language) }

    enum CodingKeys: String, CodingKey {
        case rule, severity, file, line, column
        case sentence = "message"
    }

    public var position: Position { Position(line: line, column: column) }
}

extension Finding: Comparable {
    /// Sorted by path, then place, then rule: the order a reader walks a repository.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        if lhs.file != rhs.file { return lhs.file.precedesInBytes(rhs.file) }
        if lhs.position != rhs.position { return lhs.position < rhs.position }
        if lhs.rule != rhs.rule { return lhs.rule.rawValue < rhs.rule.rawValue }
        return lhs.message < rhs.message
    }
}

extension Finding {
    /// A finding about the file as a whole (its name, its place, whether it can be read), which
    /// shows no source line.
    public var isAboutTheWholeFile: Bool {
        switch sentence {
        case .folderUnreadable, .assetUnreadable, .fileUnreadable, .fileTooLarge, .linkLoop, .linkTargetForbidden,
             .linkTargetMissing, .linkOutside, .emptyFile, .noFrontMatter, .frontMatterNotClosed, .folderNotTeamID,
             .pagesFolderNotID, .fileNameNotID, .unknownLocation, .duplicateFileID, .teamWithoutEvaluation, .teamStale,
             .templateUnreadable:
            true
        case .missingField, .missingConditionalField, .verbatim:
            position == .file
        case .kept(_, _, let wholeFile):
            wholeFile
        default:
            false
        }
    }
}
