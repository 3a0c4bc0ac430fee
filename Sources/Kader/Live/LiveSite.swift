import Foundation

/// The site `kader serve` shows, kept in memory between changes. A refresh runs the pipeline up to
/// the findings again, reading and decoding only the files whose stamp changed; a page is made
/// when a browser asks for it, by the same job a build runs, and kept until the next change. So a
/// change costs what the findings cost plus the pages looked at, whatever depends on it, and the
/// preview cannot show a page other than the one `kader build` writes for the same content.
public final class LiveSite: @unchecked Sendable {
    /// What a refresh found.
    public struct Refresh: Sendable {
        /// The findings that are errors; while there are any, the preview shows them instead of pages.
        public let errors: [Finding]
        public let language: Configuration.Language
        /// Content files read and decoded again, of `files`.
        public let decoded: Int
        public let files: Int
    }

    let project: Project
    let today: Day?
    private let cache = DecodedFiles()
    private let themes = ThemeCache()
    private let memo = IndexMemo()
    /// The last refresh without errors, whose files are served.
    private let good = Locked<Generation?>(nil)
    /// `git rev-parse HEAD` and the dates of the history at it: one `git log` per commit, not per save.
    private let history = Locked<(head: String, dates: [String: Day])?>(nil)

    public init(project: Project, today: Day?) {
        self.project = project
        self.today = today
    }

    /// Runs the pipeline again over what changed on disk. `touched`: the repository paths the file
    /// events named since the last refresh, when they are known; nil walks and stats everything.
    public func refresh(touched: Set<String>? = nil) -> Refresh {
        cache.touch(touched, root: project.root)
        // The next site's table of pages is made while the site checks run; it is served only
        // when they find no error.
        let made = Locked<Generation?>(nil)
        let (result, _) = project.check(today: today, reusing: cache, themes: themes, memo: memo) { [self] site, theme in
            let dates = site.configuration.lastUpdated == .git ? lastChanged() : [:]
            let handbook = Handbook(site: site, theme: theme, lastChanged: dates)
            let next = Generation(handbook: handbook, reports: ReportSite.Lazy(site: site, theme: theme), root: project.root)
            made.withLock { $0 = next }
        }
        let refresh = Refresh(errors: result.findings.filter { $0.severity == .error }, language: result.site.configuration.language,
                              decoded: cache.decodedLastRun, files: result.filesChecked)
        if refresh.errors.isEmpty, let next = made.withLock({ $0 }) {
            let previous = good.withLock { generation in
                defer { generation = next }
                return generation
            }
            // Freeing the last site takes a while at scale; the new one is served meanwhile.
            let last = Locked(previous)
            DispatchQueue.global().async {
                last.withLock { $0 = nil }
                FreedMemory.giveBack()
            }
        }
        return refresh
    }

    /// The bytes of `path` in `tree` (`handbook`, `reports`) as the last good refresh makes them;
    /// nil when there is no such file.
    public func file(tree: String, path: String) -> [UInt8]? {
        good.withLock { $0 }?.file(tree: tree, path: path)
    }

    /// Every path of `tree`, in the order a build makes them (for tests).
    public func paths(tree: String) -> [String] {
        good.withLock { $0 }?.paths(tree: tree) ?? []
    }

    private func lastChanged() -> [String: Day] {
        let head = GitHistory.head(root: project.root)
        if let kept = history.withLock({ $0 }), kept.head == head, head != nil { return kept.dates }
        let dates = GitHistory.lastChanged(root: project.root)
        history.withLock { $0 = (head ?? "", dates) }
        return dates
    }
}

/// Jobs by path, and the paths in the order a build makes them.
struct JobTable: Sendable {
    let byPath: [String: OutputJob]
    let order: [String]

    init(_ jobs: [OutputJob]) {
        byPath = Dictionary(jobs.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        order = jobs.map(\.path)
    }
}

/// One refresh's site: the jobs by path, run on demand, each file kept once made.
final class Generation: @unchecked Sendable {
    private let handbook: JobTable
    private let reports: ReportSite.Lazy
    private let made = Locked<[String: OutputFile]>([:])

    init(handbook: Handbook, reports: ReportSite.Lazy, root: String) {
        let jobs = handbook.jobs(root: root)
        let order = jobs.map(\.path)
        self.handbook = JobTable(jobs + [OutputJob.make(Handbook.tree, "sitemap.xml") { handbook.sitemap(written: order) }])
        self.reports = reports
    }

    private func table(_ tree: String) -> JobTable? {
        switch tree {
        case Handbook.tree: handbook
        case ReportSite.tree: reports.table
        default: nil
        }
    }

    func file(tree: String, path: String) -> [UInt8]? {
        let key = tree + "/" + path
        if let file = made.withLock({ $0[key] }) { return file.bytes }
        guard let job = table(tree)?.byPath[path] else { return nil }
        // Joined once, not at each request.
        let rendered = job.file(), file = OutputFile(path: rendered.path, bytes: rendered.bytes)
        made.withLock { $0[key] = file }
        return file.bytes
    }

    func paths(tree: String) -> [String] { table(tree)?.order ?? [] }
}

extension ReportSite {
    /// The reports, computed when the first report is asked for: most changes are previewed in
    /// the handbook only.
    final class Lazy: @unchecked Sendable {
        private let site: ContentIndex
        private let theme: Theme
        private let built = Locked<JobTable?>(nil)

        init(site: ContentIndex, theme: Theme) {
            self.site = site
            self.theme = theme
        }

        var table: JobTable {
            built.withLock { built in
                if let built { return built }
                let table = JobTable(ReportSite(site: site, theme: theme).jobs())
                built = table
                return table
            }
        }
    }
}
