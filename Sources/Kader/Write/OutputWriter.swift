import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the output tree: everything goes into a temporary folder beside the target, which is
/// swapped in only when complete, so a failed build leaves the previous output as it was, and
/// what the previous build wrote but this one does not is gone.
public struct OutputWriter: Sendable {
    public let repository: String
    public let output: String

    /// Refuses an output folder that would overwrite or mix with the content (exit status 2).
    public init(repository: String, output: String) throws {
        let repositoryPath = Self.absolute(repository)
        let outputPath = Self.absolute(output)
        self.repository = repositoryPath
        self.output = outputPath
        func isInside(_ path: String, _ folder: String) -> Bool { path == folder || path.hasPrefix(folder + "/") }
        if isInside(repositoryPath, outputPath) {
            throw UsageError("the output folder `\(output)` is the repository or a folder that contains it; choose a folder inside it, such as output/")
        }
        for folder in ["content", "templates"] where isInside(outputPath, repositoryPath + "/" + folder) {
            throw UsageError("the output folder `\(output)` is inside \(folder)/, which kader never writes to; choose another folder, such as output/")
        }
    }

    /// Writes `trees` (folder name → files, e.g. `handbook` → pages) as the new output folder.
    public func write(_ trees: [String: [OutputFile]]) throws {
        let fileManager = FileManager.default
        let parent = (output as NSString).deletingLastPathComponent
        let name = (output as NSString).lastPathComponent
        try fileManager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        let staging = parent + "/.\(name).kader-new"
        let retired = parent + "/.\(name).kader-old"
        try? fileManager.removeItem(atPath: staging)
        try? fileManager.removeItem(atPath: retired)
        do {
            try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: true)
            var folders: Set<String> = []
            var paths: [(String, OutputFile)] = []
            for (tree, files) in trees.sorted(by: { $0.key < $1.key }) {
                for file in files {
                    let path = staging + "/" + tree + "/" + file.path
                    let folder = (path as NSString).deletingLastPathComponent
                    if folders.insert(folder).inserted {
                        try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    }
                    paths.append((path, file))
                }
            }
            let failures = paths.parallelMap { path, file in Self.writeFile(path, file.bytes) }.compactMap { $0 }
            if let failure = failures.first { throw UsageError(failure) }
            if fileManager.fileExists(atPath: output) {
                try fileManager.moveItem(atPath: output, toPath: retired)
            }
            try fileManager.moveItem(atPath: staging, toPath: output)
            try? fileManager.removeItem(atPath: retired)
        } catch let error as UsageError {
            try? fileManager.removeItem(atPath: staging)
            throw error
        } catch {
            try? fileManager.removeItem(atPath: staging)
            throw UsageError("could not write the output folder `\(output)`: \(error.localizedDescription)")
        }
    }

    /// Plain POSIX writes: Foundation's `Data.write` syncs every file to disk, which the folder swap
    /// makes unnecessary and which cost a tenth of a large build.
    private static func writeFile(_ path: String, _ bytes: [UInt8]) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return "could not write \(path): \(String(cString: strerror(errno)))" }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { posixWrite(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { return "could not write \(path): \(String(cString: strerror(errno)))" }
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
