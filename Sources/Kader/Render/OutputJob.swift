/// One file of the output to make, in a tree: rendered (a page, the search index, the feed) or
/// copied (an asset). Handbook and reports hand theirs to one `OutputJobs.run`, which spreads
/// them over all cores and gives each file to the sink as soon as it is made.
struct OutputJob: Sendable {
    enum Work: Sendable {
        case make(@Sendable () -> OutputFile)
        case copy(source: String, path: String)
    }

    let tree: String
    let work: Work

    static func make(_ tree: String, _ make: @escaping @Sendable () -> OutputFile) -> OutputJob {
        OutputJob(tree: tree, work: .make(make))
    }
}

enum OutputJobs {
    /// Runs every job on all cores; the paths written, in job order, per tree.
    static func run(_ jobs: [OutputJob], into sink: OutputSink) -> [String: [String]] {
        let written: [(tree: String, path: String)] = jobs.parallelMap { job in
            switch job.work {
            case .make(let make):
                let file = make()
                sink.put(file, in: job.tree)
                return (job.tree, file.path)
            case .copy(let source, let path):
                sink.copy(from: source, to: path, in: job.tree)
                return (job.tree, path)
            }
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
