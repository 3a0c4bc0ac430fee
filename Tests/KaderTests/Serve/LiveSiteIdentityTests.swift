import Foundation
import Testing
@testable import Kader

/// The preview never shows what a build would not write. A seeded random walk edits, adds,
/// deletes and renames content files, overrides a template and takes the override away, and
/// changes `kader.yml` (its `today` too); after every step the preview's site, refreshed with the
/// paths a file watcher would name, and a build through the build cache into the same folder as
/// every step before are compared with a clean `kader build --no-cache` byte for byte: the same
/// files, the same bytes, or with errors the same findings. `KADER_IDENTITY_SEED` replays a walk.
@Suite(.serialized) struct LiveSiteIdentityTests {
    /// SplitMix64: the same seed gives the same walk on every machine.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static var seeds: [UInt64] {
        if let seed = ProcessInfo.processInfo.environment["KADER_IDENTITY_SEED"].flatMap(UInt64.init) { return [seed] }
        return [1, 2]
    }

    @Test(arguments: seeds) func previewEqualsACleanBuildAfterEveryStep(seed: UInt64) throws {
        let repository = try Self.exampleCopy()
        defer {
            try? FileManager.default.removeItem(atPath: repository)
            try? FileManager.default.removeItem(atPath: repository + "-cached-output")
        }
        let live = LiveSite(project: try Project(root: repository), today: nil)
        var random = Seeded(state: seed)
        var log: [String] = []
        _ = live.refresh(touched: nil)
        try compare(live, repository, step: "start", log: log)
        for step in 1...14 {
            let (what, touched) = try Self.change(repository, &random)
            log.append(what)
            let before = Self.snapshot
            // Now and then as a poll would: no paths, so everything is stamped again.
            _ = live.refresh(touched: step % 5 == 0 ? nil : touched)
            let hadErrors = try compare(live, repository, step: "\(step) (\(what))", log: log)
            // A step that broke the content is taken back, so the walk goes on through built sites.
            if hadErrors {
                try Self.restore(before, in: repository)
                log.append("undo")
                _ = live.refresh(touched: touched)
                try compare(live, repository, step: "\(step) undone", log: log)
            }
        }
    }

    /// The preview's files against a clean build of the same repository.
    @discardableResult
    func compare(_ live: LiveSite, _ repository: String, step: String, log: [String]) throws -> Bool {
        let output = Scratch.path("kader-identity")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let clean = try Project(root: repository).build(output: output, cache: false)
        let refresh = live.refresh(touched: [])
        let cleanErrors = clean.check.findings.filter { $0.severity == .error }
        #expect(refresh.errors == cleanErrors, "step \(step) after \(log): the findings differ")
        guard cleanErrors.isEmpty else { return true }
        // The same step through the build cache, into an output folder kept from step to step.
        let cachedOutput = repository + "-cached-output"
        let cached = try Project(root: repository).build(output: cachedOutput)
        // A finding from the cache holds its sentence as words: compared as printed, in both languages.
        for language in [Configuration.Language.nl, .en] {
            #expect(cached.check.findings.map { FindingFormat.text.render([$0], language: language, colour: false, source: SourceLines(root: repository)) }
                    == clean.check.findings.map { FindingFormat.text.render([$0], language: language, colour: false, source: SourceLines(root: repository)) },
                    "step \(step) after \(log): the cached build's findings differ")
        }
        for tree in OutputWriter.trees {
            let built = DeterminismTests.files(under: output + "/" + tree)
            #expect(built == DeterminismTests.files(under: cachedOutput + "/" + tree), "step \(step) after \(log): the cached build has other files in \(tree)")
            let stale = built.filter { FileManager.default.contents(atPath: output + "/" + tree + "/" + $0) != FileManager.default.contents(atPath: cachedOutput + "/" + tree + "/" + $0) }
            #expect(stale.isEmpty, "step \(step) after \(log): the cached build differs in \(stale.prefix(3))")
            let shown = live.paths(tree: tree).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            #expect(built == shown, "step \(step) after \(log): \(tree) has other files: \(Set(built).symmetricDifference(shown).sorted().prefix(5))")
            let differing = built.filter { path in
                FileManager.default.contents(atPath: output + "/" + tree + "/" + path).map([UInt8].init) != live.file(tree: tree, path: path)
            }
            #expect(differing.isEmpty, "step \(step) after \(log): \(differing.count) files of \(tree) differ, the first is \(differing.first ?? "")")
        }
        return false
    }

    /// What the last `change` replaced: each path it touched with its text before (nil: none).
    nonisolated(unsafe) static var snapshot: [(String, String?)] = []

    static func remember(_ root: String, _ paths: [String]) {
        snapshot = paths.map { ($0, try? String(contentsOfFile: root + "/" + $0, encoding: .utf8)) }
    }

    static func restore(_ snapshot: [(String, String?)], in root: String) throws {
        for (path, text) in snapshot {
            if let text {
                try text.write(toFile: root + "/" + path, atomically: true, encoding: .utf8)
            } else {
                try? FileManager.default.removeItem(atPath: root + "/" + path)
            }
        }
    }

    /// The example's content and kader.yml in a folder of its own, dated an hour back, so that the
    /// preview trusts the stamps of the files a step does not touch.
    static func exampleCopy() throws -> String {
        let folder = Scratch.path("kader-live")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in ["content", "kader.yml"] {
            try FileManager.default.copyItem(atPath: ExampleContentTests.repositoryRoot + "/" + name, toPath: folder + "/" + name)
        }
        let hourAgo = Date().addingTimeInterval(-3600)
        for path in FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [] {
            try FileManager.default.setAttributes([.modificationDate: hourAgo], ofItemAtPath: folder + "/" + path)
        }
        return folder
    }

    /// One random change; what it was, and the repository paths it touched.
    static func change(_ root: String, _ random: inout Seeded) throws -> (String, Set<String>) {
        let files = (FileManager.default.enumerator(atPath: root + "/content")?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".md") }.sorted().map { "content/" + $0 }
        let path = files.randomElement(using: &random)!
        let text = (try? String(contentsOfFile: root + "/" + path, encoding: .utf8)) ?? ""
        func write(_ path: String, _ text: String) throws { try text.write(toFile: root + "/" + path, atomically: true, encoding: .utf8) }
        remember(root, [path])
        switch Int.random(in: 0..<10, using: &random) {
        case 0, 1:
            // A title or name, which other pages show too.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix("title: ") || line.hasPrefix("name: ") ? line + " bis" : String(line)
            }
            try write(path, lines.joined(separator: "\n"))
            return ("retitle \(path)", [path])
        case 2:
            try write(path, text + "\nEen nieuwe alinea met een [link](../organization.md).\n")
            return ("append to \(path)", [path])
        case 3:
            // A reference moved: a story, mandate or session to another team (or to one that does not exist).
            let teams = ["noord", "zuid", "west", "nachtzorg", "dagbesteding", "oost"]
            let to = teams.randomElement(using: &random)!
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix("team: ") ? "team: \(to)" : String(line)
            }
            try write(path, lines.joined(separator: "\n"))
            return ("team of \(path) → \(to)", [path])
        case 4:
            let story = files.filter { $0.hasPrefix("content/stories/") }.randomElement(using: &random)!
            let copy = "content/stories/kopie-\(random.next() % 1000).md"
            remember(root, [copy])
            try write(copy, (try String(contentsOfFile: root + "/" + story, encoding: .utf8)).replacingOccurrences(of: "title: ", with: "title: Kopie van "))
            return ("add \(copy)", [copy])
        case 5:
            let doomed = files.filter { !$0.hasSuffix("organization.md") && !$0.contains("/teams/") }.randomElement(using: &random)!
            remember(root, [doomed])
            try FileManager.default.removeItem(atPath: root + "/" + doomed)
            return ("delete \(doomed)", [doomed])
        case 6:
            let moved = files.filter { $0.hasPrefix("content/stories/") || $0.hasPrefix("content/pages/") }.randomElement(using: &random)!
            let to = (moved as NSString).deletingPathExtension + "-nieuw.md"
            remember(root, [moved, to])
            try FileManager.default.moveItem(atPath: root + "/" + moved, toPath: root + "/" + to)
            return ("rename \(moved)", [moved, to])
        case 7:
            let override = root + "/templates/story.mustache"
            snapshot = []
            if FileManager.default.fileExists(atPath: override) {
                try FileManager.default.removeItem(atPath: override)
                try? FileManager.default.removeItem(atPath: root + "/templates")
                return ("remove the story template override", ["templates/story.mustache", "templates"])
            }
            try FileManager.default.createDirectory(atPath: root + "/templates", withIntermediateDirectories: true)
            try write("templates/story.mustache", Theme.builtIn["story.mustache"]!.replacingOccurrences(of: "{{>body}}", with: "<p>Eigen sjabloon</p>\n{{>body}}"))
            return ("override the story template", ["templates", "templates/story.mustache"])
        case 8:
            remember(root, ["kader.yml"])
            let config = (try String(contentsOfFile: root + "/kader.yml", encoding: .utf8))
            let lines = config.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("today: ") }.map(String.init)
            let day = ["2026-11-22", "2027-03-01", "2026-12-31"].randomElement(using: &random)!
            try write("kader.yml", (lines + ["today: \(day)"]).joined(separator: "\n"))
            return ("today \(day)", ["kader.yml"])
        default:
            remember(root, ["kader.yml"])
            let config = (try String(contentsOfFile: root + "/kader.yml", encoding: .utf8))
            try write("kader.yml", config.replacingOccurrences(of: "title: Handboek", with: "title: Het handboek"))
            return ("retitle the handbook", ["kader.yml"])
        }
    }
}
