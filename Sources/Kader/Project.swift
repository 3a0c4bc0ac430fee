import Foundation

/// Why kader could not run at all (exit status 2), as opposed to findings about the content.
public struct UsageError: Error, CustomStringConvertible {
    public let message: UsageMessage
    /// The language `description` speaks; a command sets it once it knows the repository's.
    public var language: Configuration.Language = .en
    public init(_ message: UsageMessage) { self.message = message }
    public init(_ text: String) { self.message = .verbatim(text) }
    public var description: String { message.text(language) }

    /// Runs `body`, and gives a usage error it throws `language`.
    public static func speaking<T>(_ language: Configuration.Language, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch var error as UsageError {
            error.language = language
            throw error
        }
    }
}

/// What `kader check` learns about a repository.
public struct CheckResult: Sendable {
    /// Every finding whose rule is not switched off, sorted by path, then place.
    public let findings: [Finding]
    public let filesChecked: Int
    public let site: ContentIndex

    public var errorCount: Int { findings.filter { $0.severity == .error }.count }
    public var warningCount: Int { findings.filter { $0.severity == .warning }.count }

    /// The same findings and counts, with an empty index of the same configuration and day.
    func withoutIndex() -> CheckResult {
        CheckResult(findings: findings, filesChecked: filesChecked, site: .empty(site.configuration, today: site.today))
    }
}

/// What `kader build` did: the checks, and the files written per output folder (none when a
/// finding is an error).
public struct BuildResult: Sendable {
    /// The findings and counts, with an empty index: a build lets go of its index before it
    /// writes its records, and one from the cache has none.
    public let check: CheckResult
    public let files: [String: [WrittenFile]]
    /// Whether nothing was written because the output already is what this build would write.
    public var upToDate = false
    /// Why a cache that was there could not be used (a full build was made).
    public var cacheNote: CommandMessage? = nil
    /// With the cache, how many content files were decoded from their bytes, the others coming
    /// from the last build's `DecodedStore`.
    public var filesDecoded: Int? = nil
    /// With the cache, how many output files were made (the others kept from the last build).
    public var pagesMade: Int? = nil
}

/// A file a build wrote; its bytes are read back from the output folder when asked for.
public struct WrittenFile: Sendable {
    /// Relative to its tree (`teams/noord.html`).
    public let path: String
    /// Its tree's folder on disk.
    let folder: String
    /// Where it is on disk, made when asked for: a build lists 19,000 files and the command line
    /// only counts them.
    public var location: String { folder + "/" + path }

    public var bytes: [UInt8] {
        if case .bytes(let bytes) = FileReader.read(location) { return bytes }
        return []
    }
}

/// A content repository, and the pipeline over it: load → parse → model → index → validate / render / reports → write.
public struct Project: Sendable {
    public let root: String

    public init(root: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError(.noFolder(root: root))
        }
        guard FileManager.default.fileExists(atPath: root + "/content", isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError(.noContentFolder(root: root))
        }
        // Checking an unreadable repository would report an empty one as fine (Revision 2).
        guard ContentWalker.list(root + "/content") != nil else {
            throw UsageError(.contentUnlistable(root: root, reason: FileReader.reason(errno)))
        }
        try Configuration.checkReadable(root: root)
        self.root = root
    }

    public func check(today override: Day? = nil) -> CheckResult {
        checkWithTheme(today: override).result
    }

    /// Every check, the theme's templates included, so that `kader check` in CI catches a broken
    /// template override before `kader build` does. A build's store in the default output folder
    /// (`DecodedStore`) spares it decoding the files that did not change since; it only reads it.
    func checkWithTheme(today override: Day?) -> (result: CheckResult, theme: Theme) {
        let store = DecodedStore.load(output: root + "/output", key: DecodedStore.key(root: root))
        return check(today: override, reusing: nil, stored: store.map { StoreUpdate(store: $0, hashes: [:]) })
    }

    /// The pipeline up to the findings. With `cache` (the preview), a file whose stamp did not
    /// change since the last run is not read or decoded again; a changed `kader.yml` empties it.
    /// With `stored` (a build with its cache), a file whose bytes are those the last build decoded
    /// is taken from the store, and what to store for the next build is left in it.
    /// With `memo` (the preview), the index's items and relations that did not change are taken
    /// from the last run's. `walked` is a walk of `content/` made just before (by the cache key).
    /// `alongside` runs beside the site checks with the finished index and theme, whatever they find.
    func check(today override: Day?, reusing cache: DecodedFiles?, themes: ThemeCache? = nil, memo: IndexMemo? = nil, stored: StoreUpdate? = nil, walked: ContentTree? = nil,
               alongside: (@Sendable (ContentIndex, Theme) -> Void)? = nil)
        -> (result: CheckResult, theme: Theme) {
        // 1. Configuration, checked like content.
        let (configuration, configurationFindings) = Configuration.load(root: root)
        let today = override ?? configuration.today ?? Day.localToday()
        cache?.use(configuration: FileStamp(root + "/kader.yml"))
        // 2. One walk over content/ (or, in the preview, the last one when the file events say it stands).
        let tree = walked ?? cache?.standingTree ?? ContentWalker(root: root).walk()
        cache?.remember(tree)
        var findings = configurationFindings + tree.findings
        // 3. Every file read once, decoded on all cores.
        let decoder = DocumentDecoder(configuration: configuration)
        let root = self.root
        let decoded: [(Document?, [Finding])]
        if let stored {
            decoded = stored.collect(tree.markdown.parallelMap { stored.decode($0, root: root, decoder: decoder) }).map { ($0.document, $0.findings) }
        } else if let cache {
            let untouched = cache.untouched(tree.markdown), paths = tree.markdown
            decoded = Array(paths.indices).parallelMap { index in
                if let kept = untouched[index] { return kept }
                let path = paths[index]
                // Stamped before reading: a save during the read shows as a change next time.
                let readAt = FileStamp.now()
                let stamp = FileStamp(root + "/" + path)
                if let kept = cache[path, stamp] { return kept }
                let result = Self.decode(path, root: root, decoder: decoder)
                cache.keep(path, stamp: stamp, readAt: readAt, result)
                return result
            }
        } else {
            decoded = tree.markdown.parallelMap { Self.decode($0, root: root, decoder: decoder) }
        }
        cache?.keep(only: tree.markdown)
        findings += decoded.flatMap(\.1)
        // 4. The index: every entity by id, every reference read backwards, while 5. the theme
        // loads: the built-in templates with the repository's own overrides. Then 6. the rules
        // that need the whole picture, independent of each other, so on all cores, beside what
        // `alongside` makes of the index (the preview's pages).
        let documents = decoded.compactMap(\.0)
        let labels = Labels(configuration.language)
        let ((site, indexFindings), (theme, themeFindings)) = inParallel({
            ContentIndex.assemble(documents: documents, tree: tree, configuration: configuration, today: today, memo: memo)
        }, {
            themes?.theme(root: root, labels: labels) ?? Theme.load(root: root, labels: labels)
        })
        let checks: @Sendable () -> [Finding] = { SiteChecks.all.parallelMap { $0.check(site) }.flatMap { $0 } }
        let siteFindings = if let alongside { inParallel(checks, { alongside(site, theme) }).0 } else { checks() }
        findings += indexFindings
        findings += siteFindings + themeFindings
        let result = CheckResult(findings: Self.applySeverities(findings, configuration), filesChecked: tree.markdown.count, site: site)
        return (result, theme)
    }

    static func decode(_ path: String, root: String, decoder: DocumentDecoder) -> (Document?, [Finding]) {
        switch ContentLocation.classify(path) {
        case .failure(let finding):
            return (nil, [finding])
        case .success(let location):
            switch FileReader.read(root + "/" + path, limit: FileReader.maximumMarkdownSize) {
            case .bytes(let bytes):
                let (document, findings) = decoder.decode(SourceFile(path: path, bytes: bytes), at: location)
                return (document, findings)
            case .tooLarge(let size):
                return decoder.placeholder(path: path, at: location, .fileTooLarge, .fileTooLarge(size: size))
            case .unreadable(let reason):
                return decoder.placeholder(path: path, at: location, .unreadableFile, .fileUnreadable(reason: reason))
            }
        }
    }

    /// `kader build`: every check first; with no error, the handbook (and the reports) written to
    /// `output` through a temporary folder. With an error, nothing is written.
    /// `force` writes into a non-empty folder that kader did not fill before, beside what is there.
    /// `cache`: use and keep the output folder's `.kader-cache.json` (`BuildCache`); `--no-cache` turns it off.
    public func build(output: String? = nil, today override: Day? = nil, force: Bool = false, cache useCache: Bool = true) throws -> BuildResult {
        // The folder as it was given, as the lines that say what was written name it.
        let given = output ?? root + "/output"
        let folder = OutputWriter.absolute(given)
        let cache = useCache ? BuildCache(root: root, output: folder) : nil
        // While the inputs are fingerprinted, the output folder is claimed (its marker read, its
        // trees checked; a refusal is thrown all the same, before anything is written) and the last
        // build's store is read: it is only used on a miss, which is nearly every build that is not a no-op.
        let storeKey = DecodedStore.key(root: root), root = self.root
        let claimed = Locked<Result<OutputWriter, UsageError>?>(nil)
        let (key, store) = inParallel({ cache?.key(today: override, trusting: InputStamps.load(output: folder)) }, {
            claimed.withLock { claim in
                do { claim = .success(try OutputWriter(repository: root, output: given, force: force)) } catch {
                    claim = .failure(error as? UsageError ?? UsageError("\(error)"))
                }
            }
            return cache == nil ? nil : DecodedStore.load(output: folder, key: storeKey)
        })
        let writer = try claimed.withLock { $0! }.get()
        var note: CommandMessage?
        if let cache, let key {
            switch cache.lookup(key.key) {
            case .hit(let record, let files):
                return BuildResult(check: cached(record), files: writtenFiles(files, in: writer.output), upToDate: true)
            case .unusable(let problem): note = .cacheUnusable(path: given + "/" + BuildCache.file, problem: problem)
            case .miss: break
            }
        }
        let stored = key.map { StoreUpdate(store: store, hashes: $0.files) }
        // Beside the site checks, which only add findings: the dates from git (one `git log` for the
        // whole build, not one per file), then the reports' figures and the last build's page record,
        // each on its own core. A build with an error does not use them.
        // With the cache, a page made from nothing that changed since the last build is kept
        // (`PageRecord`), and what each page reads is traced for the next.
        let early = Locked<(lastChanged: [String: Day], figures: ReportSite.Figures, inputs: PageRecord.Inputs?, last: (PageRecord?, DataFileTeams.Last?))?>(nil)
        let (result, theme) = check(today: override, reusing: nil, stored: stored, walked: key?.tree) { site, _ in
            let lastChanged = site.configuration.lastUpdated == .git ? GitHistory.lastChanged(root: root) : [:]
            let (figures, (inputs, last)) = inParallel({ key == nil ? ReportSite.Figures(site: site, traced: false) : Trace.on { ReportSite.Figures(site: site, traced: true) } }, {
                let inputs = key.flatMap { Self.pageInputs($0, site: site, lastChanged: lastChanged) }
                let last = inputs.flatMap { PageRecord.load(output: folder, inputs: $0) }
                return (inputs, (last, last?.lastDataFile(output: folder)))
            })
            early.withLock { $0 = (lastChanged, figures, inputs, last) }
        }
        guard result.errorCount == 0 else { return BuildResult(check: result, files: [:], cacheNote: note, filesDecoded: stored?.decodedCount) }
        // Each file goes to disk as soon as it is made; the trees are swapped in at the end.
        let staged = try writer.stage()
        // The store of decoded files is written now, not with the other records, so that its
        // entries (20 MB of records at 49,000 files) are let go before data.json and the pages are
        // made. Each is under the fingerprint of the bytes it was decoded from: no later change to
        // a file makes it wrong.
        if let stored, DecodedStore.key(root: root) == storeKey { stored.write(output: folder, key: storeKey) }
        // Taken, so that the figures go with the reports once they are written.
        let (lastChanged, figures, inputs, last) = early.withLock { made in defer { made = nil }; return made! }
        let searchBatches = key == nil ? nil : SearchBatches()
        let handbook = Handbook(site: result.site, theme: theme, lastChanged: lastChanged, searchBatches: searchBatches)
        let site = result.site
        var (pages, (previous, lastDataFile)) = (inputs, last)
        let dataTeams = pages.map { DataFileTeams(indexShape: $0.shapes[ContentIndex.shapeName]!) }
        dataTeams?.last = lastDataFile
        let reports = ReportSite(site: site, theme: theme, figures: consume figures, teams: dataTeams)
        if var known = pages {
            known.shapes.merge(Self.treeShapes(index: known.shapes[ContentIndex.shapeName]!, handbook: handbook, reports: reports)) { $1 }
            previous?.compare(shapes: known.shapes)
            pages = known
        }
        let plan = previous.map { $0.plan(output: writer.output) } ?? { @Sendable jobs in jobs }
        searchBatches?.last = previous?.lastSearchIndex(output: writer.output)
        let (jobs, ran) = pages == nil
            ? OutputJobs.render(handbook, reports, root: root, into: staged)
            : Trace.on { OutputJobs.render(handbook, reports, root: root, into: staged, plan: plan) }
        // Their pages written, the handbook's shared parts and the reports' figures and data.json
        // (20 MB at 49,000 files) are let go before the records are made.
        freeAside((consume handbook, consume reports))
        // So are the last build's search index and data.json, read for the batches and teams kept.
        searchBatches?.last = nil
        dataTeams?.last = nil
        let written = try staged.commit(leavingRetired: true)
        // The index (some 60 MB at 49,000 files) is let go before the records are made: the
        // findings and counts go on without it, as they do from the cache.
        let checked = result.withoutIndex()
        freeAside((consume result, consume site, consume lastChanged))
        // The last build's trees go beside the records, which read content/ and write a few files.
        let (pagesMade, previousPages) = (pages, previous)
        concurrently([{ staged.removeRetired() }, {
            // Kept only when no file changed while the build read it, so a record never vouches for an
            // output made from other bytes than its key. Only the new stamps of the second look are kept.
            guard let cache, let key, let inputStamps = cache.key(today: override, trusting: key.stamps).flatMap({ $0 == key ? $0.stamps : nil }) else { return }
            // Three files from one finished build, each on its own; two of them stamp what it wrote.
            let stamps = OutputStamps(written: written, jobs: jobs, copied: staged.keptAsCopies, output: folder)
            let (search, data) = (searchBatches?.made, dataTeams?.made)
            concurrently([
                { inputStamps.write(output: folder) },
                { cache.store(key: key.key, result: checked, files: written, stamps: stamps) },
                { if let pagesMade { PageRecord.write(output: folder, inputs: pagesMade, jobs: jobs, ran: ran, stamps: stamps, previous: previousPages, search: search, data: data) } },
            ])
        }])
        let kept = jobs.filter { if case .keep = $0.work { true } else { false } }.count
        let built = BuildResult(check: checked, files: writtenFiles(written, in: writer.output), cacheNote: note,
                                filesDecoded: stored?.decodedCount, pagesMade: pages == nil ? nil : jobs.count - kept)
        freeAside((consume stored, consume previous, consume pages, consume jobs, consume ran, consume searchBatches, consume dataTeams))
        return built
    }

    /// What decides which pages of the last build can be kept (`PageRecord`), the index's shape
    /// among the shapes: nil when a content file's fingerprint is not known.
    private static func pageInputs(_ inputs: BuildCache.Inputs, site: ContentIndex, lastChanged: [String: Day]) -> PageRecord.Inputs? {
        var fingerprints: [UInt64] = []
        fingerprints.reserveCapacity(site.serialPaths.count)
        for path in site.serialPaths {
            guard let hash = inputs.files[path] else { return nil }
            fingerprints.append(PageRecord.fingerprint(hash, lastChanged: lastChanged[path]))
        }
        return PageRecord.Inputs(global: inputs.global, shapes: [ContentIndex.shapeName: site.shapeFingerprint()],
                                 documents: site.serialPaths, fingerprints: fingerprints)
    }

    /// What each tree's pages read besides items: the index's shape, and the handbook's own
    /// (its free pages' sections) or the reports' figures.
    private static func treeShapes(index: UInt64, handbook: Handbook, reports: ReportSite) -> [String: UInt64] {
        var handbookShape = Fingerprint(), reportsShape = Fingerprint()
        handbookShape.add(index)
        handbookShape.add(handbook.shapeFingerprint())
        reportsShape.add(index)
        reportsShape.add(reports.dataFingerprint)
        return [Handbook.tree: handbookShape.value, ReportSite.tree: reportsShape.value]
    }

    private func writtenFiles(_ written: [String: [String]], in output: String) -> [String: [WrittenFile]] {
        Dictionary(uniqueKeysWithValues: written.map { tree, paths in
            (tree, paths.map { [folder = output + "/" + tree] in WrittenFile(path: $0, folder: folder) })
        })
    }

    /// The findings of the build a record remembers; there is no index behind them.
    private func cached(_ record: BuildCache.Record) -> CheckResult {
        let (configuration, _) = Configuration.load(root: root)
        return CheckResult(findings: record.findings.map(\.finding), filesChecked: record.filesChecked,
                           site: .empty(configuration, today: configuration.today ?? Day(ordinal: 0)))
    }

    public enum ReportFormat: String, Sendable, CaseIterable {
        case text, markdown, html, json
    }

    /// `kader report`: one report (the portfolio; a team's; or a period's, for one team or the
    /// whole organization) in one format. Nil when a finding is an error.
    /// `attention`: only the portfolio's attention list, for an e-mail, a chat message or a
    /// pull-request comment.
    public func report(team: String?, period: String?, format: ReportFormat, today override: Day? = nil, attention: Bool = false) throws -> (report: String?, check: CheckResult) {
        if attention, team != nil || period != nil {
            throw UsageError(.attentionAlone)
        }
        let parsedPeriod: Period?
        if let period {
            guard let value = Period(period) else {
                throw UsageError(.notAPeriod(period: period))
            }
            parsedPeriod = value
        } else {
            parsedPeriod = nil
        }
        let (checked, theme) = checkWithTheme(today: override)
        let site = checked.site
        if let team, site.teamsByID[team] == nil {
            throw UsageError(.noTeam(team: team, suggestion: Suggestion.closest(to: team, in: site.teamsByID.keys), teams: site.teams.map(\.id)))
        }
        guard checked.errorCount == 0 else { return (nil, checked) }
        let reports = ReportSite(site: site, theme: theme)
        let data = reports.data
        let views = reports.views
        let teamReport = team.flatMap { id in data.teams.first { $0.team == id } }
        let document: ReportDocument
        let json: any Encodable
        if attention {
            document = ReportDocument(title: views.labels["attention"], intro: ["\(views.labels.date(data.today))"],
                                      sections: [views.attention(root: "")], related: [])
            json = data.attention
        } else if let parsedPeriod {
            // Any period can be asked for, a quarter also when the reports are monthly.
            let figures = [reports.builder.figures(for: parsedPeriod.previous, team: team), reports.builder.figures(for: parsedPeriod, team: team)]
            document = views.period(parsedPeriod, team: teamReport, root: "", figures: figures)
            json = figures[1]
        } else if let teamReport {
            document = views.team(teamReport, root: "")
            json = teamReport
        } else {
            document = views.portfolio(root: "")
            json = data.portfolio
        }
        switch format {
        case .text: return (ReportText.text(document), checked)
        case .markdown: return (ReportText.markdown(document), checked)
        case .html: return (reports.html(document, root: ""), checked)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return (String(decoding: try encoder.encode(json), as: UTF8.self) + "\n", checked)
        }
    }

    static func applySeverities(_ findings: [Finding], _ configuration: Configuration) -> [Finding] {
        findings.compactMap { finding in
            var finding = finding
            if let severity = configuration.severities[finding.rule] { finding.severity = severity }
            return finding.severity == .off ? nil : finding
        }.sorted()
    }
}
