import Foundation

/// When each file last changed in a commit, from one `git log` run over the whole history of
/// `content/` (Revision 2: `last_updated: git`). Committed files only: a file that was never
/// committed has no date, and a change not yet committed does not move it, so the output is the
/// same for the same commit. Outside a git work tree (or without git) there are no dates.
enum GitHistory {
    /// Marks the start of a commit in the log; a content path never starts with it (ids have no spaces).
    static let marker = "kader-commit "

    /// Repository-relative path (`content/teams/noord.md`) → the committer date (`%cs`, the date
    /// as the commit records it) of the newest commit that changed it. `git` names the program
    /// (found on PATH), for tests.
    static func lastChanged(root: String, git: String = "git") -> [String: Day] {
        // --relative: paths relative to `root`, also when the repository's top is above it.
        guard let data = run(git, ["-C", root, "log", "--no-show-signature", "--relative", "--name-only", "-z",
                                   "--format=%x00\(marker)%cs", "--", "content"]) else { return [:] }
        return parse(data)
    }

    /// The commit checked out, or nil outside a git work tree: the history changes only with it.
    static func head(root: String, git: String = "git") -> String? {
        run(git, ["-C", root, "rev-parse", "HEAD"]).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The output of `git arguments…`, or nil when it fails.
    private static func run(_ git: String, _ arguments: [String]) -> Data? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [git] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? data : nil
    }

    /// `\0kader-commit 2026-11-03\0\ncontent/a.md\0content/b.md\0\0kader-commit …`.
    static func parse(_ data: Data) -> [String: Day] {
        var result: [String: Day] = [:]
        var current: Day?
        for field in data.split(separator: 0, omittingEmptySubsequences: true) {
            var text = String(decoding: field, as: UTF8.self)
            if text.hasPrefix(marker) {
                current = Day(String(text.dropFirst(marker.count)))
                continue
            }
            if text.hasPrefix("\n") { text.removeFirst() }
            guard let day = current, !text.isEmpty else { continue }
            if let known = result[text], known >= day { continue }
            result[text] = day
        }
        return result
    }
}
