#if os(Linux)
import Glibc

// glibc's; not in Swift's Glibc module.
@_silgen_name("malloc_trim") private func mallocTrim(_ pad: Int) -> Int32
#endif

/// Hands the pages that freed memory left whole back to the system. An allocator keeps them
/// otherwise, and the preview runs for hours: its resident memory should be what it holds, not
/// the most a refresh ever needed.
public enum FreedMemory {
    public static func giveBack() {
        #if os(Linux)
        if let purge = jemallocPurge {
            // jemalloc (a release build's allocator) would give them back only after ten seconds.
            _ = purge("arena.4096.purge", nil, nil, nil, 0)
        } else {
            _ = mallocTrim(0)
        }
        #endif
    }

    #if os(Linux)
    private typealias MallCtl = @convention(c) (UnsafePointer<CChar>?, UnsafeMutableRawPointer?, UnsafeMutablePointer<Int>?, UnsafeMutableRawPointer?, Int) -> Int32

    /// jemalloc's `mallctl` when it is the allocator (release builds link it; see Package.swift),
    /// found at run time so that debug and sanitizer builds, which do not, need no stub.
    /// 4096 is `MALLCTL_ARENAS_ALL`: every arena.
    private static let jemallocPurge: MallCtl? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallctl") else { return nil }
        return unsafeBitCast(symbol, to: MallCtl.self)
    }()
    #endif
}
