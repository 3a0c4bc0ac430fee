import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the output folder without ever touching a file kader did not write.
///
/// The folder holds a marker, `.kader-output`, that lists every file kader wrote there. A folder
/// that is not empty and has no marker belongs to someone else and is refused unless `--force`;
/// even then only kader's own trees (`handbook/`, `reports/`) are replaced, and only when every
/// file in them is one kader wrote. Each tree is staged complete inside the folder and swapped in
/// with a rename, so a failed build leaves the previous output as it was.
public struct OutputWriter: Sendable {
    public static let markerName = ".kader-output"
    static let markerHeading = "# Written by kader build. kader replaces the files listed here, and no others."
    private static let staging = ".kader-new"
    private static let retired = ".kader-old"

    public let repository: String
    public let output: String
    /// What the marker of the previous build listed (empty for a new folder).
    let previous: Set<String>

    /// Refuses an output folder that would overwrite or mix with the content, or that holds files
    /// kader did not write (exit status 2), before anything is checked or written.
    public init(repository: String, output: String, force: Bool = false) throws {
        let repositoryPath = Self.absolute(repository)
        let outputPath = Self.absolute(output)
        self.repository = repositoryPath
        self.output = outputPath
        func isInside(_ path: String, _ folder: String) -> Bool { path == folder || path.hasPrefix(folder + "/") }
        if isInside(repositoryPath, outputPath) {
            throw UsageError(.outputIsRepository(output: output))
        }
        for folder in ["content", "templates"] where isInside(outputPath, repositoryPath + "/" + folder) {
            throw UsageError(.outputInsideForbidden(output: output, folder: folder))
        }
        previous = try Self.claim(outputPath, shownAs: output, force: force)
        for tree in Self.trees { try checkOwned(tree: tree) }
    }

    /// The folders kader fills in the output folder.
    public static let trees = ["handbook", "reports"]

    /// The files of the previous build, or a refusal when the folder is someone else's.
    private static func claim(_ output: String, shownAs shown: String, force: Bool) throws -> Set<String> {
        var info = stat()
        guard lstat(output, &info) == 0 else { return [] }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            throw UsageError(.outputNotFolder(path: shown))
        }
        let marker = output + "/" + markerName
        if lstat(marker, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFREG, let bytes = FileManager.default.contents(atPath: marker) else {
                throw UsageError(.markerUnreadable(path: "\(shown)/\(markerName)"))
            }
            return Set(String(decoding: bytes, as: UTF8.self).split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init))
        }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: output) else {
            throw UsageError(.outputUnreadable(output: shown))
        }
        if !entries.isEmpty && !force {
            throw UsageError(.outputNotOurs(output: shown, marker: markerName))
        }
        return []
    }

    /// Writes `trees` (folder name → files, e.g. `handbook` → pages) into the output folder.
    public func write(_ trees: [String: [OutputFile]]) throws {
        let fileManager = FileManager.default
        let createdOutput = !fileManager.fileExists(atPath: output)
        let staging = output + "/" + Self.staging
        let retired = output + "/" + Self.retired
        do {
            try fileManager.createDirectory(atPath: output, withIntermediateDirectories: true)
            // Left by a build that was killed: both are kader's own by name.
            try? fileManager.removeItem(atPath: staging)
            try? fileManager.removeItem(atPath: retired)
            let names = trees.keys.sorted()
            for name in names { try checkOwned(tree: name) }
            try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            var folders: Set<String> = []
            var paths: [(String, OutputFile)] = []
            var written: [String] = []
            for name in names {
                for file in trees[name] ?? [] {
                    let path = staging + "/" + name + "/" + file.path
                    let folder = (path as NSString).deletingLastPathComponent
                    if folders.insert(folder).inserted {
                        try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    }
                    paths.append((path, file))
                    written.append(name + "/" + file.path)
                }
            }
            let failures = paths.parallelMap { path, file in Self.writeFile(path, file.bytes) }.compactMap { $0 }
            if let failure = failures.first { throw UsageError(failure) }
            // Until the swap is done, the marker claims both the old files and the new ones, so an
            // interrupted build never leaves a file of kader's unclaimed.
            try writeMarker(previous.union(written))
            try fileManager.createDirectory(atPath: retired, withIntermediateDirectories: true)
            for name in names {
                let current = output + "/" + name
                if fileManager.fileExists(atPath: current) { try fileManager.moveItem(atPath: current, toPath: retired + "/" + name) }
                try fileManager.moveItem(atPath: staging + "/" + name, toPath: current)
            }
            try writeMarker(Set(written))
            try? fileManager.removeItem(atPath: retired)
            try? fileManager.removeItem(atPath: staging)
        } catch {
            try? fileManager.removeItem(atPath: staging)
            if createdOutput { try? fileManager.removeItem(atPath: output) }
            if let error = error as? UsageError { throw error }
            throw UsageError(.outputWriteFailed(output: output, detail: error.localizedDescription))
        }
    }

    /// A tree is replaced whole, so every file in it must be one the previous build wrote.
    private func checkOwned(tree name: String) throws {
        let root = output + "/" + name
        var info = stat()
        guard lstat(root, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            if previous.contains(name) { return }
            throw UsageError(.wouldReplace(path: "\(output)/\(name)"))
        }
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return }
        while let relative = enumerator.nextObject() as? String {
            guard lstat(root + "/" + relative, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { continue }
            if !previous.contains(name + "/" + relative) {
                throw UsageError(.wouldRemove(path: "\(output)/\(name)/\(relative)"))
            }
        }
    }

    private func writeMarker(_ paths: Set<String>) throws {
        let text = ([Self.markerHeading] + paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }).joined(separator: "\n") + "\n"
        let temporary = output + "/" + Self.markerName + ".new"
        if let failure = Self.writeFile(temporary, Array(text.utf8)) { throw UsageError(failure) }
        guard rename(temporary, output + "/" + Self.markerName) == 0 else {
            throw UsageError(.couldNotWrite(path: "\(output)/\(Self.markerName)", detail: String(cString: strerror(errno))))
        }
    }

    /// Plain POSIX writes: Foundation's `Data.write` syncs every file to disk, which the folder swap
    /// makes unnecessary and which cost a tenth of a large build.
    private static func writeFile(_ path: String, _ bytes: [UInt8]) -> UsageMessage? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return .couldNotWrite(path: path, detail: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { posixWrite(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { return .couldNotWrite(path: path, detail: String(cString: strerror(errno))) }
            offset += written
        }
        return nil
    }

    static func absolute(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        var result = url.path
        while result.count > 1, result.hasSuffix("/") { result.removeLast() }
        return result
    }
}

#if canImport(Glibc)
private let posixWrite = Glibc.write
#elseif canImport(Darwin)
private let posixWrite = Darwin.write
#endif
