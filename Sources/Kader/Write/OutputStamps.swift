/// The stamp of every file a build wrote, taken once after the swap for both records that need
/// them (`BuildCache`'s output stamp and `PageRecord`). A kept file was linked, so it is the file
/// the plan stamped (`OutputJob.stamp`): only the files made, copied, or kept as copies are
/// stamped again, a few dozen in a one-file build instead of 19,000 twice.
struct OutputStamps: Sendable {
    private let byPath: [String: FileStamp]

    /// `written` per tree, as the swap gives it; `copied` the kept files that are copies (by tree and path).
    init(written: [String: [String]], jobs: [OutputJob], copied: Set<String>, output: String) {
        var known: [String: FileStamp] = [:]
        known.reserveCapacity(jobs.count)
        for job in jobs {
            guard let stamp = job.stamp else { continue }
            let path = job.tree + "/" + job.path
            if !copied.contains(path) { known[path] = stamp }
        }
        let rest = written.treePaths.filter { known[$0] == nil }
        for (path, stamp) in zip(rest, FileStamp.all(rest, under: output)) { known[path] = stamp }
        byPath = known
    }

    /// The stamp of the file at `path` (by tree, `handbook/teams/noord.html`), when the build wrote it.
    subscript(path: String) -> FileStamp? { byPath[path] }
}

extension Dictionary where Key == String, Value == [String] {
    /// Paths per tree (`handbook` → `teams/noord.html`) as paths by tree
    /// (`handbook/teams/noord.html`), the trees in order, each tree's paths in theirs.
    var treePaths: [String] {
        keys.sorted().flatMap { tree in self[tree]!.map { tree + "/" + $0 } }
    }
}
