/// One file of the output, with its path relative to the output folder it belongs in.
public struct OutputFile: Sendable {
    public let path: String
    /// The file's bytes in parts, one after the other: a large file (the search index) goes to
    /// disk as it was made, in pieces, never joined into one more copy of itself.
    public let parts: [[UInt8]]

    /// The parts joined.
    public var bytes: [UInt8] { parts.count == 1 ? parts[0] : Array(parts.joined()) }

    public init(path: String, bytes: [UInt8]) {
        self.init(path: path, parts: [bytes])
    }

    public init(path: String, parts: [[UInt8]]) {
        self.path = path
        self.parts = parts
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
