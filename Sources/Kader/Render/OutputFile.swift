/// One file of the output, with its path relative to the output folder it belongs in.
public struct OutputFile: Sendable {
    public let path: String
    private let content: Content

    private enum Content: Sendable {
        case parts([[UInt8]])
        /// Made while it is written: the search index, the largest file of a handbook (35 MB at
        /// 49,000 files), is never held whole, not even in parts.
        case produced(@Sendable (_ emit: ([UInt8]) -> Void) -> Void)
    }

    public init(path: String, bytes: [UInt8]) {
        self.init(path: path, parts: [bytes])
    }

    /// The bytes in parts, one after the other, never joined into one more copy of the file.
    public init(path: String, parts: [[UInt8]]) {
        self.path = path
        content = .parts(parts)
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// A file that `produce` makes as it hands its parts to `emit`, one after the other. It is made
    /// when it is written (`emit(to:)`), so a sink that holds files (`MemorySink`) holds its bytes.
    public init(path: String, producing produce: @escaping @Sendable (_ emit: ([UInt8]) -> Void) -> Void) {
        self.path = path
        content = .produced(produce)
    }

    /// Hands the bytes to `emit` in parts; a produced file is made again on every call.
    public func emit(to emit: ([UInt8]) -> Void) {
        switch content {
        case .parts(let parts): parts.forEach(emit)
        case .produced(let produce): produce(emit)
        }
    }

    /// The parts joined.
    public var bytes: [UInt8] {
        if case .parts(let parts) = content, parts.count == 1 { return parts[0] }
        var bytes: [UInt8] = []
        emit { bytes += $0 }
        return bytes
    }
}
