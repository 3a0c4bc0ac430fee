/// A file under `content/` as read from disk, once.
public struct SourceFile: Sendable {
    /// Path relative to the repository root, `/`-separated (`content/teams/noord.md`).
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
