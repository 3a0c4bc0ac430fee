import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Kader
import ServiceLifecycle

#if os(Linux)
// glibc's; not in Swift's Glibc module.
@_silgen_name("malloc_trim") private func mallocTrim(_ pad: Int) -> Int32
#endif

/// Rebuilds the preview whenever a file under `content/` or `templates/`, or `kader.yml`, changes.
/// It compares a fingerprint of names, sizes and modification times a few times a second: simple,
/// portable, and cheap next to a build.
struct Watcher: Service {
    let root: String
    let today: Day?
    let language: Configuration.Language?
    let state: PreviewState
    let interval: Duration

    func run() async throws {
        var last = fingerprint()
        try await withGracefulShutdownHandler {
            while !state.stopping, !Task.isCancelled {
                try? await Task.sleep(for: interval)
                let now = fingerprint()
                if now != last {
                    last = now
                    build()
                }
            }
        } onGracefulShutdown: {
            state.stop()
        }
    }

    func build() {
        do {
            let result = try Project(root: root).build(output: state.output, today: today)
            let errors = result.check.findings.filter { $0.severity == .error }
            let language = language ?? result.check.site.configuration.language
            let source = SourceLines(root: root)
            state.built(errors: errors, language: language, snippets: errors.map { FindingFormat.snippet(for: $0, in: source) })
            #if os(Linux)
            // What a rebuild freed goes back to the system: serve runs for hours, and its resident
            // memory should be what it holds, not the highest a rebuild ever needed.
            _ = mallocTrim(0)
            #endif
            let line = errors.isEmpty ? "rebuilt" : "\(errors.count) error\(errors.count == 1 ? "" : "s"); the page shows them"
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        } catch {
            let language = Configuration.Language.resolve(language, root: root)
            state.built(errors: [Finding(.yamlSyntax, "kader", .file, (error as? UsageError)?.message.text(language) ?? "\(error)")], language: language, snippets: [nil])
        }
    }

    func fingerprint() -> [String: String] {
        var result: [String: String] = [:]
        for folder in ["content", "templates"] {
            let base = root + "/" + folder
            guard let enumerator = FileManager.default.enumerator(atPath: base) else { continue }
            while let path = enumerator.nextObject() as? String {
                result[folder + "/" + path] = stamp(base + "/" + path)
            }
        }
        result["kader.yml"] = stamp(root + "/kader.yml")
        return result
    }

    /// Size and modification time from one `stat` call; a watch pass over a large repository
    /// runs four times a second, so it stays off Foundation's attribute dictionaries.
    private func stamp(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "-" }
        #if os(Linux)
        let modified = info.st_mtim
        #else
        let modified = info.st_mtimespec
        #endif
        return "\(info.st_size)@\(modified.tv_sec).\(modified.tv_nsec)"
    }
}
