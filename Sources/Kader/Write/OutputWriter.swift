import Foundation

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
            for (tree, files) in trees.sorted(by: { $0.key < $1.key }) {
                for file in files {
                    let path = staging + "/" + tree + "/" + file.path
                    let folder = (path as NSString).deletingLastPathComponent
                    if folders.insert(folder).inserted {
                        try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    }
                    // Plain writes, not atomic ones: the folder swap below already makes the build atomic.
                    try Data(file.bytes).write(to: URL(fileURLWithPath: path))
                }
            }
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

    static func absolute(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        var result = url.path
        while result.count > 1, result.hasSuffix("/") { result.removeLast() }
        return result
    }
}
