import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one content file, and says why when it cannot: kader may not read it, or it is larger
/// than any handbook page should be (cmark-gfm needs a few hundred bytes of memory per byte of
/// pathological input, so the size is checked before a byte is read).
enum FileReader {
    /// Revision 2: Markdown files over 8 MiB are not parsed.
    static let maximumMarkdownSize = 8 * 1024 * 1024

    enum Outcome {
        case bytes([UInt8])
        case tooLarge(Int)
        case unreadable(Message.ReadFailure)
    }

    static func read(_ path: String, limit: Int? = nil) -> Outcome {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .unreadable(reason(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .unreadable(reason(errno)) }
        let size = Int(info.st_size)
        if let limit, size > limit { return .tooLarge(size) }
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let count = bytes.withUnsafeMutableBytes { posixRead(descriptor, $0.baseAddress! + offset, size - offset) }
            if count < 0 { return .unreadable(reason(errno)) }
            if count == 0 { break }
            offset += count
        }
        if offset < size { bytes.removeLast(size - offset) }
        return .bytes(bytes)
    }

    static func reason(_ code: Int32) -> Message.ReadFailure {
        code == EACCES || code == EPERM ? .permissionDenied : .other(String(cString: strerror(code)))
    }
}

#if canImport(Glibc)
private let posixRead = Glibc.read
#elseif canImport(Darwin)
private let posixRead = Darwin.read
#endif
