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
    public var message: String

    public init(_ rule: Rule, _ file: String, _ at: Position, _ message: String) {
        self.rule = rule
        self.severity = rule.defaultSeverity
        self.file = file
        self.line = at.line
        self.column = at.column
        self.message = message
    }

    public var position: Position { Position(line: line, column: column) }
}

extension Finding: Comparable {
    /// Sorted by path, then place, then rule: the order a reader walks a repository.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        if lhs.file != rhs.file { return lhs.file.utf8.lexicographicallyPrecedes(rhs.file.utf8) }
        if lhs.position != rhs.position { return lhs.position < rhs.position }
        if lhs.rule != rhs.rule { return lhs.rule.rawValue < rhs.rule.rawValue }
        return lhs.message < rhs.message
    }
}
