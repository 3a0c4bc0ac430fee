import Foundation

/// `kader init`: a starter repository that passes `kader check` with no finding on the day it is
/// written, from the files in `starter/` (compiled in) and, with `--theme`, the default theme.
public enum Starter {
    public struct Conflict: Error, CustomStringConvertible {
        public let existing: [String]
        public var description: String {
            "nothing was written, because these files already exist: \(existing.joined(separator: ", ")); run kader init in an empty folder"
        }
    }

    /// Repository-relative path → text.
    public static func files(language: Configuration.Language, today: Day, theme: Bool) -> [(path: String, text: String)] {
        let tokens = ["{today}": today.description, "{due}": today.adding(days: 14).description, "{review}": today.adding(days: 90).description]
        func replaced(_ text: String) -> String {
            tokens.reduce(text) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
        }
        var result: [(String, String)] = []
        for (path, text) in StarterFiles.files {
            let parts = path.split(separator: "/", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            let target: String
            switch parts[0] {
            case language.rawValue: target = parts[1]
            // Dot-files are stored without their dot, so the build and the package leave them alone.
            case "common": target = "." + parts[1]
            default: continue
            }
            result.append((replaced(target), replaced(text)))
        }
        if theme {
            result += DefaultTheme.files.map { ("templates/" + $0.key, $0.value) }
        }
        return result.sorted { $0.0 < $1.0 }
    }

    /// Writes the starter into `folder`; with any of its files already there, writes nothing.
    @discardableResult
    public static func write(to folder: String, language: Configuration.Language, today: Day, theme: Bool) throws -> [String] {
        let files = files(language: language, today: today, theme: theme)
        let existing = files.map(\.path).filter { FileManager.default.fileExists(atPath: folder + "/" + $0) }
        guard existing.isEmpty else { throw Conflict(existing: existing) }
        do {
            for file in files {
                let url = URL(fileURLWithPath: folder + "/" + file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url)
            }
        } catch {
            throw UsageError("could not write the starter to `\(folder)`: \(error.localizedDescription)")
        }
        return files.map(\.path)
    }
}
