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
            self = .missing
            return
        }
        self.init(info)
    }

    /// The stamp of nothing: what a file that is not there has.
    static let missing = FileStamp(device: 0, inode: 0, size: -1, modified: 0, changed: 0)

    init(_ info: stat) {
        #if os(Linux)
        let (modified, changed) = (info.st_mtim, info.st_ctim)
        #else
        let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
        #endif
        self.init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                  modified: Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec),
                  changed: Int64(changed.tv_sec) * 1_000_000_000 + Int64(changed.tv_nsec))
    }

    /// Size and modification time in nanoseconds, or nil for a file that is not there.
    var sizeAndModified: (Int64, Int64)? { size < 0 ? nil : (size, modified) }

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

extension FileStamp {
    /// The stamps of many files under `root` (paths relative to it, in any order), each folder
    /// opened once and its files stamped relative to it, the folders on all cores. A build
    /// stamps some 90,000 files (its inputs before and after, the last build's pages, the files
    /// it wrote): a `stat` of a whole path walks every folder of it again in the kernel.
    static func all(_ paths: [String], under root: String) -> [FileStamp] {
        // Runs of paths in one folder; paths come mostly grouped, as walks and jobs list them.
        var runs: [(folder: Substring, range: Range<Int>)] = []
        var split: [Substring] = []
        split.reserveCapacity(paths.count)
        for (index, path) in paths.enumerated() {
            let bytes = path.utf8
            let slash = bytes.lastIndex(of: UInt8(ascii: "/"))
            let folder = slash.map { Substring(bytes[..<$0]) } ?? ""
            split.append(Substring(slash.map { bytes[bytes.index(after: $0)...] } ?? bytes[...]))
            if let last = runs.last, last.folder == folder {
                runs[runs.count - 1].range = last.range.lowerBound..<(index + 1)
            } else {
                runs.append((folder, index..<(index + 1)))
            }
        }
        let names = split
        let stamped: [[FileStamp]] = runs.parallelMap { run in
            let folder = run.folder.isEmpty ? root : root + "/" + run.folder
            let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { return run.range.map { FileStamp(root + "/" + paths[$0]) } }
            defer { close(descriptor) }
            return run.range.map { index in
                var info = stat()
                guard fstatat(descriptor, String(names[index]), &info, 0) == 0 else { return .missing }
                return FileStamp(info)
            }
        }
        return Array(stamped.joined())
    }
}
