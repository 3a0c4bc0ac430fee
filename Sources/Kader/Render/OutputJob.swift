/// One file of the output to make, in a tree, at a path known before it is made: rendered (a page,
/// the search index, the feed) or copied (an asset). A build hands every job to `OutputJobs.run`,
/// which spreads them over all cores and gives each file to the sink as soon as it is made; the
/// preview (`LiveSite`) runs only the job of the path a browser asks for.
struct OutputJob: Sendable {
    enum Work: Sendable {
        case make(@Sendable () -> OutputFile)
        case copy(source: String)
        /// The same file of the last build, which nothing it was made from has changed since
        /// (`PageRecord`): linked, not made again.
        case keep(source: String)
        /// A file this build made (`make`), whose maker is let go once it ran: makers hold the
        /// handbook and the reports, which the records written after the build need no more.
        case made
    }

    let tree: String
    /// Relative to the tree (`teams/noord.html`).
    let path: String
    let work: Work
    /// Whether what the job reads is all in its `Trace`, so that its file can be kept while none
    /// of it changes. Not so for a job that reads on other threads: the search index, which keeps
    /// its batches itself (`SearchBatches`).
    var traced = true
    /// Of a kept file: the stamp of the last build's file as the plan saw it. A hard link is the
    /// same file, so the records after the build need not stamp it again (`OutputStamps`).
    var stamp: FileStamp? = nil

    static func make(_ tree: String, _ path: String, traced: Bool = true, _ make: @escaping @Sendable () -> OutputFile) -> OutputJob {
        OutputJob(tree: tree, path: path, work: .make(make), traced: traced)
    }

    /// The file, made; a copy is read into memory (the preview serves one file at a time).
    func file() -> OutputFile {
        switch work {
        case .make(let make): return make()
        case .copy(let source), .keep(let source):
            if case .bytes(let bytes) = FileReader.read(source) { return OutputFile(path: path, bytes: bytes) }
            return OutputFile(path: path, bytes: [])
        case .made: return OutputFile(path: path, bytes: [])
        }
    }

    /// The job as it is once it ran: a made file without its maker.
    var ran: OutputJob {
        guard case .make = work else { return self }
        return OutputJob(tree: tree, path: path, work: .made, traced: traced, stamp: stamp)
    }
}

enum OutputJobs {
    /// What running the jobs did: the paths written, in job order, per tree; and per job, the
    /// items a made file read (`Trace`, when it is on), nil for a copied or kept file.
    struct Ran {
        var written: [String: [String]] = [:]
        var reads: [[Int32]?] = []
    }

    /// Runs every job on all cores. Kept files go by folder, up to `keptAtOnce` together.
    /// `alongside` runs among them, given what they will write (the sitemap lists it).
    static func run(_ jobs: [OutputJob], into sink: OutputSink, alongside: (@Sendable (_ written: [String: [String]]) -> Void)? = nil) -> Ran {
        var written: [String: [String]] = [:]
        for job in jobs { written[job.tree, default: []].append(job.path) }
        // Pages to make first, kept folders after: in a build after one edit the few pages made
        // (a list of 3,000 stories among them) then start at once on every core, and the linking
        // of kept files fills the cores around them instead of holding them back.
        var tasks: [Task] = alongside == nil ? [] : [.alongside], keptFolders: [Task] = []
        var folders: [(names: [String], from: String, to: String, tree: String)] = []
        var open: [String: Int] = [:]
        for (index, job) in jobs.enumerated() {
            guard case .keep(let source) = job.work else {
                tasks.append(.job(index))
                continue
            }
            // By bytes: 19,000 kept pages at 16,000 content files.
            let path = job.path.utf8, sourceBytes = source.utf8
            let slash = path.lastIndex(of: UInt8(ascii: "/"))
            let name = slash.map { path[path.index(after: $0)...] } ?? path[...]
            // Only a job whose source is its own path in the last build's tree can go with others.
            guard sourceBytes.count > name.count, sourceBytes.reversed().starts(with: ([UInt8(ascii: "/")] + name).reversed()) else {
                tasks.append(.job(index))
                continue
            }
            let folder = slash.map { String(Substring(path[..<$0])) } ?? ""
            let from = String(Substring(sourceBytes.dropLast(name.count + 1)))
            let key = job.tree + "\u{0}" + folder + "\u{0}" + from
            if let at = open[key], folders[at].names.count < keptAtOnce {
                folders[at].names.append(String(Substring(name)))
            } else {
                open[key] = folders.count
                keptFolders.append(.folder(folders.count))
                folders.append(([String(Substring(name))], from, folder, job.tree))
            }
        }
        let groups = folders
        let made: [[(Int, [Int32])]] = (tasks + keptFolders).parallelMap { [written] task in
            switch task {
            case .alongside:
                alongside?(written)
                return []
            case .folder(let at):
                let folder = groups[at]
                sink.keep(folder.names, from: folder.from, to: folder.to, in: folder.tree)
                return []
            case .job(let index):
                let job = jobs[index]
                switch job.work {
                case .make(let make):
                    let (file, reads) = Trace.run(make)
                    assert(file.path == job.path, "job for \(job.path) made \(file.path)")
                    sink.put(file, in: job.tree)
                    return [(index, reads)]
                case .copy(let source):
                    sink.copy(from: source, to: job.path, in: job.tree)
                    return []
                case .keep(let source):
                    sink.keep(from: source, to: job.path, in: job.tree)
                    return []
                case .made:
                    return []
                }
            }
        }
        var done = [[Int32]?](repeating: nil, count: jobs.count)
        for (index, reads) in made.joined() { done[index] = reads }
        return Ran(written: written, reads: done)
    }

    static let keptAtOnce = 512

    private enum Task {
        case alongside
        case job(Int)
        /// Of `folders`.
        case folder(Int)
    }
}

extension OutputJobs {
    /// The handbook and the reports, rendered together into `sink`, which knows what it got.
    /// `plan` turns a job whose file the last build made from what has not changed into keeping
    /// that file; the jobs run are returned, without their makers, with what they did. The
    /// reports' `data.json` is handed over to `sink` (`ReportSite.jobs(handingOver:)`): the reports
    /// are rendered once.
    @discardableResult
    static func render(_ handbook: Handbook, _ reports: ReportSite, root: String, into sink: OutputSink,
                       plan: @escaping @Sendable ([OutputJob]) -> [OutputJob] = { $0 }) -> (jobs: [OutputJob], ran: Ran) {
        // The reports' pages are fewer but larger: they start first, beside the handbook's largest,
        // and data.json first of all, which lets go of its bytes once they are written.
        // Planning stamps every file of the last build, folder by folder on all cores.
        let jobs = plan(reports.jobs(handingOver: true) + handbook.jobs(root: root))
        let ran = run(jobs, into: sink) { written in sink.put(handbook.sitemap(written: written[Handbook.tree] ?? []), in: Handbook.tree) }
        return (jobs.map(\.ran), ran)
    }
}
