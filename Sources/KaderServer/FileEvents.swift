import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells when a file under `content/` or `templates/`, or `kader.yml`, changed, from the kernel's
/// inotify events, so that nothing is polled. A thread of its own blocks on the events; a burst
/// (a `git checkout` that touches 500 files) reaches `changes` as one element, which the watcher
/// takes once the burst has been quiet for a moment. Nil where inotify is missing or out of
/// watches: the watcher then polls.
final class FileEvents: @unchecked Sendable {
    let changes: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation
    private let root: String
    private let descriptor: Int32
    // Watch descriptor → folder, and the time of the last event; read and written under the lock.
    private let lock = NSLock()
    private var folders: [Int32: String] = [:]
    private var last = DispatchTime.now()
    /// The repository paths events named since `take`; nil when that is not enough to know what
    /// changed (a folder moved, events lost, or what happened before the watches were made).
    private var touched: Set<String>? = nil
    /// The paths and folders events named since `take`, kept even when `touched` is nil: how large
    /// the burst is.
    private var named: Set<String> = []

    init?(root: String) {
        #if os(Linux)
        let descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        self.root = root
        (changes, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        guard watch(root, recursive: false) else { close(descriptor); return nil }
        for folder in ["content", "templates"] where !watch(root + "/" + folder, recursive: true) {
            var isDirectory: ObjCBool = false
            // A missing templates/ is fine (it is watched once made); a folder that cannot be watched is not.
            if FileManager.default.fileExists(atPath: root + "/" + folder, isDirectory: &isDirectory) { close(descriptor); return nil }
        }
        let thread = Thread { [self] in read() }
        thread.name = "kader file events"
        thread.start()
        #else
        return nil
        #endif
    }

    /// Ends `changes`, so that a watcher waiting on it stops.
    func finish() { continuation.finish() }

    /// The paths named since the last call, or nil (see `touched`).
    func take() -> Set<String>? {
        lock.withLock {
            defer { touched = []; named = [] }
            return touched
        }
    }

    /// Notes that an event named `name`; `path` is the file to read again, nil when which files
    /// changed cannot be known from it.
    private func touch(_ path: String?, named name: String) {
        lock.withLock {
            if let path { touched?.insert(path) } else { touched = nil }
            named.insert(name)
        }
    }

    /// Nanoseconds since the last event, and how many paths events named since `take`.
    var burst: (quietFor: UInt64, paths: Int) {
        lock.withLock { (DispatchTime.now().uptimeNanoseconds - last.uptimeNanoseconds, named.count) }
    }

    #if os(Linux)
    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Watches `folder`, and with `recursive` every folder below it; false when a watch fails.
    private func watch(_ folder: String, recursive: Bool) -> Bool {
        let descriptor = inotify_add_watch(self.descriptor, folder, Self.mask)
        guard descriptor >= 0 else { return false }
        lock.withLock { folders[descriptor] = folder }
        guard recursive, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return true }
        for name in names.sorted() {
            var isDirectory: ObjCBool = false
            let path = folder + "/" + name
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue, !watch(path, recursive: true) {
                return false
            }
        }
        return true
    }

    private func read() {
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: MemoryLayout<inotify_event>.alignment)
        defer { buffer.deallocate() }
        while true {
            let count = Glibc.read(descriptor, buffer, size)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return }
            var offset = 0
            var relevant = false
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = buffer.advanced(by: offset + MemoryLayout<inotify_event>.size)
                let name = event.len > 0 ? String(cString: nameStart.assumingMemoryBound(to: CChar.self)) : ""
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
                if event.mask & UInt32(IN_Q_OVERFLOW) != 0 { relevant = true; touch(nil, named: ""); continue }
                guard let folder = lock.withLock({ folders[event.wd] }) else { continue }
                if folder == root {
                    // In the repository's own folder only these matter; a new content/ or templates/ is watched.
                    guard ["content", "templates", "kader.yml"].contains(name) else { continue }
                    if name != "kader.yml", event.mask & UInt32(IN_ISDIR) != 0, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                        _ = watch(root + "/" + name, recursive: true)
                    }
                    touch(name == "kader.yml" ? name : nil, named: name)
                    relevant = true
                    continue
                }
                let relative = String(folder.dropFirst(root.count + 1)) + (name.isEmpty ? "" : "/" + name)
                // A folder that comes, goes or moves takes files with it that no event names.
                if event.mask & UInt32(IN_ISDIR | IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
                    if event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { _ = watch(folder + "/" + name, recursive: true) }
                    touch(nil, named: relative)
                    relevant = true
                    continue
                }
                // An editor's swap and backup files are not content.
                if name.hasPrefix(".") || name.hasSuffix("~") { continue }
                touch(relative, named: relative)
                relevant = true
            }
            if relevant {
                lock.withLock { last = DispatchTime.now() }
                continuation.yield()
            }
        }
    }
    #endif
}
