#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says of a file: enough to tell that it changed without reading it. An editor that
/// saves by writing a new file and renaming it changes the inode; one that writes in place changes
/// the modification time, and a `touch -m` back to the old time still changes the status time.
public struct FileStamp: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let modified: Int64
    let changed: Int64

    /// The stamp of `path`; a file that is missing has the stamp of nothing.
    public init(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            self.init(device: 0, inode: 0, size: -1, modified: 0, changed: 0)
            return
        }
        #if os(Linux)
        let (modified, changed) = (info.st_mtim, info.st_ctim)
        #else
        let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
        #endif
        self.init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                  modified: Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec),
                  changed: Int64(changed.tv_sec) * 1_000_000_000 + Int64(changed.tv_nsec))
    }

    /// A file system keeps modification times in ticks of a few milliseconds, so two saves of the
    /// same size within one tick, the second reusing the first's inode, look alike. As git does
    /// with its index, a stamp is trusted only when the file was last modified `racyWindow`
    /// before it was read (`readAt`, from `now()`).
    static let racyWindow: Int64 = 2_000_000_000

    func isSettled(readAt: Int64) -> Bool { modified < readAt - Self.racyWindow }

    /// The wall clock in nanoseconds, as file times count: only to tell whether a stamp can be
    /// trusted, never for output.
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }
}
