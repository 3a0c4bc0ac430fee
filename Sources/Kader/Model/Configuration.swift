import Foundation

/// `kader.yml`, with the defaults of the content model for every key left out.
public struct Configuration: Sendable {
    public enum Language: String, Sendable, Codable { case nl, en }
    public enum ReportPeriod: String, Sendable, Codable { case month, quarter }
    public enum LastUpdated: String, Sendable, Codable { case git, off }

    public var title = "Handbook"
    public var language = Language.nl
    public var baseURL = "/"
    public var scale = 5
    public var anonymityThreshold = 3
    public var reportPeriod = ReportPeriod.month
    public var staleAfterDays = 42
    public var unsafeHTML = false
    public var severities: [Rule: Severity] = [:]
    public var today: Day?
    /// Where a content file is edited: `{path}` becomes its path in the repository.
    public var editURL: String?
    /// `git`: pages say when their content file last changed in a commit.
    public var lastUpdated = LastUpdated.git

    public init() {}

    init(_ record: Record) {
        title = record.text("title") ?? title
        language = record.text("language").flatMap(Language.init) ?? language
        baseURL = record.text("base_url") ?? baseURL
        scale = record.integer("scale") ?? scale
        anonymityThreshold = record.integer("anonymity_threshold") ?? anonymityThreshold
        reportPeriod = record.text("report_period").flatMap(ReportPeriod.init) ?? reportPeriod
        staleAfterDays = record.integer("stale_after_days") ?? staleAfterDays
        unsafeHTML = record.bool("unsafe_html") ?? unsafeHTML
        for (key, value) in record.keyedTexts("rules") {
            if let rule = Rule(rawValue: key), let severity = Severity(rawValue: value) { severities[rule] = severity }
        }
        today = record.date("today")?.value
        editURL = record.text("edit_url")
        lastUpdated = record.text("last_updated").flatMap(LastUpdated.init) ?? lastUpdated
    }

    public static let fileName = "kader.yml"

    /// A `kader.yml` that exists must be a file kader can read: ignoring it would build with
    /// defaults the repository did not choose (and a FIFO or `/dev/zero` would never end).
    static func checkReadable(root: String) throws {
        let path = root + "/" + fileName
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard stat(path, &info) == 0 else {
            throw UsageError(.configurationLinkMissing)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw UsageError(.configurationNotRegular)
        }
        guard access(path, R_OK) == 0 else {
            throw UsageError(.configurationUnreadable(reason: FileReader.reason(errno)))
        }
    }

    /// Reads `kader.yml` from the repository root; a missing file means every default.
    static func load(root: String) -> (Configuration, [Finding]) {
        let path = root + "/" + fileName
        guard let data = FileManager.default.contents(atPath: path) else { return (Configuration(), []) }
        return decode(Array(data))
    }

    /// `kader.yml`'s bytes checked and read, with the findings about them.
    static func decode(_ bytes: [UInt8]) -> (Configuration, [Finding]) {
        let text: String
        switch TextDecoding.decode(bytes) {
        case .invalid(let position):
            return (Configuration(), [Finding(.invalidEncoding, fileName, position, .configurationInvalidEncoding)])
        case .text(let decoded):
            text = decoded
        }
        switch YAMLParser.parse(text, firstLine: 1, subject: .configuration) {
        case .failure(let failure):
            return (Configuration(), [Finding(.yamlSyntax, fileName, failure.position, failure.message)])
        case .success(let root):
            var checker = SchemaChecker(file: fileName, scale: 10)
            let record = checker.check(root: root, against: ContentModel.configuration)
            return (record.map(Configuration.init) ?? Configuration(), checker.findings)
        }
    }
}

extension Day {
    /// The local date on this machine: the only place kader reads the clock, used when neither
    /// `--today` nor `today:` in kader.yml fixes it.
    public static func localToday() -> Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
