#if os(Linux)
// glibc's; not in Swift's Glibc module.
@_silgen_name("malloc_trim") private func mallocTrim(_ pad: Int) -> Int32
#endif

/// Hands the pages that freed memory left whole back to the system. glibc keeps them otherwise,
/// and the preview runs for hours: its resident memory should be what it holds, not the most a
/// refresh ever needed.
public enum FreedMemory {
    public static func giveBack() {
        #if os(Linux)
        _ = mallocTrim(0)
        #endif
    }
}
