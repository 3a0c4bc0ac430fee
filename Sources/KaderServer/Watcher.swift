import Foundation
import Kader
import ServiceLifecycle

/// Refreshes the preview whenever a file under `content/` or `templates/`, or `kader.yml`, changes:
/// on the kernel's file events where there are any (Linux), else by comparing every file's
/// `FileStamp` once a second.
struct Watcher: Service {
    let root: String
    let language: Configuration.Language?
    let state: PreviewState
    /// Made before the first refresh, so that no change after it goes unseen; nil: poll.
    let events: FileEvents?

    /// How long, in nanoseconds, a burst of events that named `paths` files and folders must have
    /// been quiet before the refresh starts. A save names one to three paths and is refreshed
    /// at once. A `git checkout` or a copy names hundreds, and a loaded machine can stall such a
    /// program for longer than 30 ms halfway through: it waits longer, so that it stays one refresh.
    static func quiet(paths: Int) -> UInt64 {
        paths <= 8 ? 30_000_000 : 300_000_000
    }

    func run() async throws {
        await withGracefulShutdownHandler {
            if let events {
                for await _ in events.changes {
                    guard !state.stopping else { break }
                    // Asleep until the burst could have been quiet long enough, not in steps of a poll.
                    while case let burst = events.burst, case let needed = Self.quiet(paths: burst.paths), burst.quietFor < needed {
                        try? await Task.sleep(for: .nanoseconds(needed - burst.quietFor))
                    }
                    let touched = events.take()
                    // The events of a burst that a refresh already took come through once more.
                    if touched?.isEmpty == true { continue }
                    refresh(touched: touched)
                }
            } else {
                var last = fingerprint()
                while !state.stopping, !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(1))
                    let now = fingerprint()
                    if now != last {
                        last = now
                        refresh(touched: nil)
                    }
                }
            }
        } onGracefulShutdown: {
            state.stop()
            events?.finish()
        }
    }

    func refresh(touched: Set<String>?) {
        let start = DispatchTime.now()
        let refresh = state.site.refresh(touched: touched)
        let errors = refresh.errors
        let language = language ?? refresh.language
        let source = SourceLines(root: root)
        state.built(errors: errors, language: language, snippets: errors.map { FindingFormat.snippet(for: $0, in: source) })
        // What the refresh made and did not keep. The last site is given back when it is freed.
        FreedMemory.giveBack()
        let milliseconds = (DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000
        let outcome = errors.isEmpty ? "ready" : "\(errors.count) error\(errors.count == 1 ? "" : "s"); the page shows them"
        let line = "\(outcome) in \(milliseconds) ms (\(refresh.decoded) of \(refresh.files) files read)"
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Every file's stamp, for the poll where there are no file events.
    func fingerprint() -> [String: FileStamp] {
        var result: [String: FileStamp] = [:]
        for folder in ["content", "templates"] {
            let base = root + "/" + folder
            guard let enumerator = FileManager.default.enumerator(atPath: base) else { continue }
            while let path = enumerator.nextObject() as? String {
                result[folder + "/" + path] = FileStamp(base + "/" + path)
            }
        }
        result["kader.yml"] = FileStamp(root + "/kader.yml")
        return result
    }
}
