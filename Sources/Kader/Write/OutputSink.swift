import Foundation

/// Where the files of a build go, each as soon as it is made and from any thread: the output
/// folder (`StagedOutput`), or memory (`MemorySink`) for the fuzzer and tests. The build never
/// holds its whole output.
public protocol OutputSink: Sendable {
    /// `file` into `tree` (`handbook`, `reports`).
    func put(_ file: OutputFile, in tree: String)
    /// The file at `source` (absolute), copied to `path` in `tree` without reading it whole.
    func copy(from source: String, to path: String, in tree: String)
    /// The last build's file at `source` (absolute), kept as `path` in `tree`.
    func keep(from source: String, to path: String, in tree: String)
    /// The last build's files `names` in the folder `source` (absolute), kept under the same names
    /// in `folder` (relative, "" for the top) of `tree`.
    func keep(_ names: [String], from source: String, to folder: String, in tree: String)
}

extension OutputSink {
    public func keep(from source: String, to path: String, in tree: String) { copy(from: source, to: path, in: tree) }

    public func keep(_ names: [String], from source: String, to folder: String, in tree: String) {
        for name in names { keep(from: source + "/" + name, to: folder.isEmpty ? name : folder + "/" + name, in: tree) }
    }
}

/// Every file kept in memory, by tree.
public final class MemorySink: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var trees: [String: [OutputFile]] = [:]

    public init() {}

    public func put(_ file: OutputFile, in tree: String) {
        // A produced file is made now, once, as a disk would get it.
        let made = OutputFile(path: file.path, bytes: file.bytes)
        lock.withLock { trees[tree, default: []].append(made) }
    }

    public func copy(from source: String, to path: String, in tree: String) {
        if case .bytes(let bytes) = FileReader.read(source) { put(OutputFile(path: path, bytes: bytes), in: tree) }
    }

    /// The files by tree, each tree sorted by path.
    public var files: [String: [OutputFile]] {
        lock.withLock { trees.mapValues { $0.sorted { $0.path.precedesInBytes($1.path) } } }
    }
}
