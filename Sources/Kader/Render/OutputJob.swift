/// One file of the output to make, in a tree, at a path known before it is made: rendered (a page,
/// the search index, the feed) or copied (an asset). A build hands every job to `OutputJobs.run`,
/// which spreads them over all cores and gives each file to the sink as soon as it is made; the
/// preview (`LiveSite`) runs only the job of the path a browser asks for.
struct OutputJob: Sendable {
    enum Work: Sendable {
        case make(@Sendable () -> OutputFile)
        case copy(source: String)
    }

    let tree: String
    /// Relative to the tree (`teams/noord.html`).
    let path: String
    let work: Work

    static func make(_ tree: String, _ path: String, _ make: @escaping @Sendable () -> OutputFile) -> OutputJob {
        OutputJob(tree: tree, path: path, work: .make(make))
    }

    /// The file, made; a copy is read into memory (the preview serves one file at a time).
    func file() -> OutputFile {
        switch work {
        case .make(let make): return make()
        case .copy(let source):
            if case .bytes(let bytes) = FileReader.read(source) { return OutputFile(path: path, bytes: bytes) }
            return OutputFile(path: path, bytes: [])
        }
    }
}

enum OutputJobs {
    /// Runs every job on all cores; the paths written, in job order, per tree.
    static func run(_ jobs: [OutputJob], into sink: OutputSink) -> [String: [String]] {
        let written: [(tree: String, path: String)] = jobs.parallelMap { job in
            switch job.work {
            case .make(let make):
                let file = make()
                assert(file.path == job.path, "job for \(job.path) made \(file.path)")
                sink.put(file, in: job.tree)
            case .copy(let source):
                sink.copy(from: source, to: job.path, in: job.tree)
            }
            return (job.tree, job.path)
        }
        var byTree: [String: [String]] = [:]
        for (tree, path) in written { byTree[tree, default: []].append(path) }
        return byTree
    }
}

extension OutputJobs {
    /// The handbook and the reports, rendered together into `sink`, which knows what it got.
    static func render(_ handbook: Handbook, _ reports: ReportSite, root: String, into sink: OutputSink) {
        // The reports' pages are fewer but larger: they start first, beside the handbook's largest.
        let written = run(reports.jobs() + handbook.jobs(root: root), into: sink)
        sink.put(handbook.sitemap(written: written[Handbook.tree] ?? []), in: Handbook.tree)
    }
}
