import Foundation

/// The reports folder: the portfolio, a report per team, a report per period for the whole
/// organization and per team, `data.json`, a CSV per team, and the stylesheet. It is written beside
/// the handbook, never inside it, and nothing in the handbook links to it.
struct ReportSite: Sendable {
    let site: ContentIndex
    let theme: Theme
    let builder: ReportBuilder
    let data: ReportData
    let labels: Labels
    /// `data.json`, made first: the figures every report is made from. A build hands its bytes
    /// over to the sink (`jobs(handingOver:)`) and keeps their fingerprint, which tells the next
    /// build whether the figures changed (`PageRecord`): the bytes were 20 MB at 49,000 files,
    /// held while every page was made.
    var dataFile: [UInt8] { dataBytes.withLock { $0 } }
    let dataFingerprint: UInt64
    private let dataBytes: Locked<[UInt8]>

    /// The reports' figures, which need nothing of the build cache: a build makes them while it
    /// reads its records, and `data.json` from them after.
    struct Figures: Sendable {
        let builder: ReportBuilder
        let data: ReportData
        /// What each team's report read (`Trace`), when `traced`.
        let teamReads: [[Int32]]

        init(site: ContentIndex, traced: Bool) {
            builder = ReportBuilder(site: site)
            var (data, teamReads) = traced ? builder.buildTraced() : (builder.build(), [])
            let sentences = AttentionSentences(labels: Labels(site.configuration.language), site: site)
            for index in data.attention.indices { data.attention[index].text = sentences.sentence(data.attention[index]) }
            (self.data, self.teamReads) = (data, teamReads)
        }
    }

    init(site: ContentIndex, theme: Theme) {
        self.init(site: site, theme: theme, figures: Figures(site: site, traced: false))
    }

    /// With `teams` (a build with its cache, whose figures were traced), a team whose files did not
    /// change since the last build keeps its bytes of `data.json`, and what each team read is left
    /// in it for the next.
    init(site: ContentIndex, theme: Theme, figures: Figures, teams: DataFileTeams? = nil) {
        self.site = site
        self.theme = theme
        builder = figures.builder
        labels = Labels(site.configuration.language)
        data = figures.data
        let dataFile = Self.json(figures.data, teams: teams.map { ($0, figures.teamReads) })
        var fingerprint = Fingerprint()
        fingerprint.add(dataFile)
        dataFingerprint = fingerprint.value
        dataBytes = Locked(dataFile)
    }

    var views: ReportViews { ReportViews(data: data, labels: labels, site: site) }

    static let tree = "reports"
    static let dataFileName = "data.json"

    /// Every file of the reports, as jobs for `OutputJobs`. `handingOver`: the job of `data.json`
    /// gives its bytes away, so that it can run only once (a build's run).
    func jobs(handingOver: Bool = false) -> [OutputJob] {
        let dataBytes = dataBytes
        // Each job holds the reports by one reference, not a copy of the index's references each.
        let held = Held(self)
        let dataJob: @Sendable () -> OutputFile = {
            let bytes: [UInt8] = dataBytes.withLock { bytes in
                let held = bytes
                if handingOver { bytes = [] }
                return held
            }
            return OutputFile(path: Self.dataFileName, bytes: bytes)
        }
        var jobs: [(String, @Sendable () -> OutputFile)] = [(Self.dataFileName, dataJob)]
        jobs.append((ReportViews.portfolioURL(), { held.value.page(ReportViews.portfolioURL(), held.value.views.portfolio(root: "")) }))
        for team in data.teams {
            let url = ReportViews.teamURL(team.team)
            jobs.append((url, { held.value.page(url, held.value.views.team(team, root: "../")) }))
            for period in team.periodsWithPages {
                let url = ReportViews.periodURL(period, team: team.team)
                jobs.append((url, { held.value.page(url, held.value.views.period(period, team: team, root: "../../")) }))
            }
        }
        for period in data.periods {
            let url = ReportViews.periodURL(period)
            jobs.append((url, { held.value.page(url, held.value.views.period(period, team: nil, root: "../")) }))
        }
        let labels = labels
        for team in data.teams {
            let path = "csv/\(team.team).csv"
            jobs.append((path, { OutputFile(path: path, text: CSVExport.csv(for: team, labels: labels)) }))
        }
        let theme = theme
        jobs.append(("style.css", { OutputFile(path: "style.css", text: theme.files["style.css"] ?? "") }))
        // Besides items, a report reads only the figures, which are in `data.json`.
        return jobs.map { OutputJob.make(Self.tree, $0.0, $0.1) }
    }

    /// `data.json`. It is the reports' largest file (7 MB at 16,000 content files), and
    /// Foundation's encoder holds a tree of the whole value beside its text; so the teams, nearly
    /// all of it, are encoded one by one and put in their place in the rest. JSON's pretty form
    /// makes that exact: a team's lines are those of the team encoded alone, two levels deeper.
    static func json(_ data: ReportData, teams keeping: (teams: DataFileTeams, reads: [[Int32]])? = nil) -> [UInt8] {
        // One per thread: an encoder is not to be shared between cores.
        @Sendable func encoder() -> JSONEncoder {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return encoder
        }
        let frame = ReportData(today: data.today, periodKind: data.periodKind, anonymityThreshold: data.anonymityThreshold,
                               scale: data.scale, currentPeriod: data.currentPeriod, periods: data.periods, portfolio: data.portfolio,
                               teams: [], organization: data.organization, attention: data.attention)
        // Should the encoder ever write an empty list otherwise, the whole value is encoded at once.
        let whole = { Array((try? encoder().encode(data)) ?? Data()) + Array("\n".utf8) }
        let empty = Array("\n  \"teams\" : [\n\n  ]".utf8)
        guard !data.teams.isEmpty else { return whole() }
        let shape = keeping?.teams.shape(of: data) ?? 0
        // The rest and each team on its own, on all cores (the figures are made first, before any
        // page); a team kept from the last build is its bytes there, indented already.
        let (rest, teams): ([UInt8]?, [(bytes: [UInt8], indented: Bool, reads: [Int32])?]) = inParallel({
            try? Array(encoder().encode(frame))
        }, {
            Array(data.teams.indices).parallelMap { index in
                let team = data.teams[index]
                if let kept = keeping?.teams.kept(team.team, shape: shape) { return (Array(kept.bytes), true, kept.reads) }
                return (try? encoder().encode(team)).map { (Array($0), false, keeping?.reads[index] ?? []) }
            }
        })
        var encoded = consume teams
        guard let rest, let start = rest.firstIndex(of: empty), !encoded.contains(where: { $0 == nil }) else { return whole() }
        // Made in place at its final size: grown by appending, and then put into the rest, it
        // took twice its size and more (47 MB at 49,000 files, the build's peak).
        let opening = Array("\n  \"teams\" : [\n".utf8), separator = Array(",\n".utf8), closing = Array("\n  ]".utf8)
        var size = rest.count - empty.count + opening.count + closing.count + 1 + separator.count * (encoded.count - 1)
        for team in encoded {
            guard let team else { continue }
            size += team.bytes.count + (team.indented ? 0 : 4 * Self.indentedLines(team.bytes))
        }
        var document: [UInt8] = []
        document.reserveCapacity(size)
        document += rest[..<start]
        document += opening
        var made: [FilePart] = []
        for index in encoded.indices {
            guard let team = encoded[index] else { continue }
            // Each team's own encoding is let go once it is in place.
            encoded[index] = nil
            if index > 0 { document += separator }
            let from = document.count
            if team.indented { document += team.bytes } else { Self.appendIndented(team.bytes, by: 4, to: &document) }
            made.append(FilePart(id: data.teams[index].team, reads: team.reads, range: from..<document.count))
        }
        document += closing
        document += rest[(start + empty.count)...]
        document.append(UInt8(ascii: "\n"))
        keeping?.teams.made = (shape, made)
        return document
    }

    /// The lines of `json` that are not empty, each of which `appendIndented` indents.
    static func indentedLines(_ json: [UInt8]) -> Int {
        var count = 0
        var lineStart = true
        for byte in json {
            if lineStart && byte != UInt8(ascii: "\n") { count += 1 }
            lineStart = byte == UInt8(ascii: "\n")
        }
        return count
    }

    /// `json` with `spaces` more at the start of every line that is not empty.
    static func appendIndented(_ json: [UInt8], by spaces: Int, to result: inout [UInt8]) {
        let indent = [UInt8](repeating: UInt8(ascii: " "), count: spaces)
        var lineStart = true
        for byte in json {
            if lineStart && byte != UInt8(ascii: "\n") { result += indent }
            result.append(byte)
            lineStart = byte == UInt8(ascii: "\n")
        }
    }

    func page(_ url: String, _ document: ReportDocument) -> OutputFile {
        OutputFile(path: url, text: html(document, root: SiteURL.root(from: url)))
    }

    func html(_ document: ReportDocument, root: String) -> String {
        theme.render("report", ReportPageView(
            lang: labels.language.rawValue, root: root, t: labels.strings, siteTitle: site.configuration.title, report: renderingCells(of: document),
            title: document.title, documentTitle: "\(document.title) · \(labels["reports"]) · \(site.configuration.title)"))
    }

    /// Each table row with its cells rendered by `report-cell.mustache`, once per distinct cell of
    /// the page (Hugo calls this a cached partial): a team's report is hundreds of cells of a
    /// handful of values ("1", "geen gegevens"), each five Mustache lookups when the page's
    /// template renders it. A cell with a sparkline is unlike any other and is not kept.
    func renderingCells(of document: ReportDocument) -> ReportDocument {
        var document = document
        var rendered: [ReportCell: String] = [:]
        func cellHTML(_ cell: ReportCell) -> String {
            if cell.sparkline != nil { return theme.renderPart("report-cell", cell) }
            if let known = rendered[cell] { return known }
            let made = theme.renderPart("report-cell", cell)
            rendered[cell] = made
            return made
        }
        for section in document.sections.indices {
            guard var table = document.sections[section].table else { continue }
            for row in table.rows.indices {
                table.rows[row].cellsHTML = table.rows[row].cells.map(cellHTML).joined()
            }
            document.sections[section].table = table
        }
        return document
    }
}
