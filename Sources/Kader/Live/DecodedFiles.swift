import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The decoded content files of the last run of the pipeline, by path, each with the stamp of the
/// file it was read from: the preview decodes again only what changed. What a file decodes to
/// depends on its path, its bytes and `kader.yml` (the scale), so a changed `kader.yml` empties it.
/// A file modified just before it was read is never taken from here (`FileStamp.isSettled`).
final class DecodedFiles: @unchecked Sendable {
    // Every field is read and written under the lock; the pipeline uses it from all cores.
    private let lock = NSLock()
    private var entries: [String: (stamp: FileStamp, readAt: Int64, result: (Document?, [Finding]))] = [:]
    private var configuration: FileStamp?
    private var decoded = 0
    /// The last walk of `content/`, and the paths touched since (nil: unknown, so walk and stat all).
    private var tree: ContentTree?
    private var touched: Set<String>?

    init() {}

    /// Before a run: the paths the file events named since the last one, or nil when they are not
    /// known. When every one is a content file known before that still is one, or a file that came
    /// and went (an editor's temporary file), the last walk stands and only they are looked at.
    func touch(_ paths: Set<String>?, root: String) {
        lock.withLock {
            guard let paths, let known = tree.map({ Set($0.markdown) }) else {
                (tree, touched) = (nil, nil)
                return
            }
            // kader.yml has its own stamp, and the theme its own cache (`ThemeCache`).
            let stands = paths.filter { $0.hasPrefix("content/") }.allSatisfy { path in
                var info = stat()
                let exists = lstat(root + "/" + path, &info) == 0
                return known.contains(path) ? exists && (info.st_mode & S_IFMT) == S_IFREG : !exists
            }
            (tree, touched) = stands ? (tree, paths.intersection(known)) : (nil, nil)
        }
    }

    /// The walk to reuse, if it still stands.
    var standingTree: ContentTree? { lock.withLock { touched == nil ? nil : tree } }

    func remember(_ tree: ContentTree) { lock.withLock { self.tree = tree } }

    /// For each of `paths`, what it decoded to when the file events say that it did not change
    /// since; all under one lock (taking it per file was a tenth of a refresh at 16,000 files).
    func untouched(_ paths: [String]) -> [(Document?, [Finding])?] {
        lock.withLock {
            guard let touched else { return [(Document?, [Finding])?](repeating: nil, count: paths.count) }
            return paths.map { path in touched.contains(path) ? nil : entries[path]?.result }
        }
    }

    func use(configuration stamp: FileStamp) {
        lock.withLock {
            if configuration != stamp { entries.removeAll(); tree = nil; touched = nil }
            configuration = stamp
            decoded = 0
        }
    }

    /// What the file decoded to when it had `stamp`, if that can be trusted.
    subscript(path: String, stamp: FileStamp) -> (Document?, [Finding])? {
        lock.withLock {
            guard let entry = entries[path], entry.stamp == stamp, stamp.isSettled(readAt: entry.readAt) else { return nil }
            return entry.result
        }
    }

    /// Keeps what the file decoded to; `readAt` (the wall clock in nanoseconds, as file times
    /// are) is taken before the file was read.
    func keep(_ path: String, stamp: FileStamp, readAt: Int64, _ result: (Document?, [Finding])) {
        lock.withLock {
            entries[path] = (stamp, readAt, result)
            decoded += 1
        }
    }

    /// Forgets the files that are gone.
    func keep(only paths: [String]) {
        lock.withLock {
            guard entries.count > paths.count else { return }
            let kept = Set(paths)
            entries = entries.filter { kept.contains($0.key) }
        }
    }

    /// How many files the last run read and decoded, for the preview's log.
    var decodedLastRun: Int { lock.withLock { decoded } }
}
