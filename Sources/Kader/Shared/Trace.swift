#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Which content files one output file was made from: every item whose value or body a job reads
/// while it runs on its thread (`Item.value`, `Item.body`). A build records these so that the next
/// one makes again only the files made from a file that changed (`PageRecord`). What pages read
/// without an item (the index's lists and relations) is the index's shape, compared as a whole
/// (`ContentIndex.shapeFingerprint`).
final class Trace {
    /// The serials (`Item.serial`) read, with repeats.
    private(set) var serials: [Int32] = []
    private var last: Int32 = -1

    /// Off unless a build records traces (then every read costs a thread-local lookup): a count,
    /// since builds in one process (the tests) may overlap, and one that ends must not stop another's.
    private static let builds = Atomic<Int>(0)

    static var isOn: Bool { builds.load(ordering: .relaxed) > 0 }

    /// Runs `body` with reads traced.
    static func on<T>(_ body: () throws -> T) rethrows -> T {
        builds.add(1, ordering: .relaxed)
        defer { builds.subtract(1, ordering: .relaxed) }
        return try body()
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    static func record(_ serial: Int32) {
        guard isOn, serial >= 0, let raw = pthread_getspecific(key) else { return }
        let trace = Unmanaged<Trace>.fromOpaque(raw).takeUnretainedValue()
        // A page reads the same item many times in a row.
        guard trace.last != serial else { return }
        trace.last = serial
        trace.serials.append(serial)
    }

    /// Adds what another trace read, for a part made once and used by many jobs.
    static func replay(_ serials: [Int32]) {
        guard isOn, !serials.isEmpty, let raw = pthread_getspecific(key) else { return }
        let trace = Unmanaged<Trace>.fromOpaque(raw).takeUnretainedValue()
        trace.serials += serials
        trace.last = -1
    }

    /// Runs `body` with a trace of its own on this thread; the serials it read, sorted, once each
    /// (none when no build traces).
    static func run<T>(_ body: () -> T) -> (T, [Int32]) {
        guard isOn else { return (body(), []) }
        let trace = Trace()
        let previous = pthread_getspecific(key)
        pthread_setspecific(key, Unmanaged.passUnretained(trace).toOpaque())
        let result = body()
        pthread_setspecific(key, previous)
        if let previous {
            // A part made inside a job is read by that job too.
            Unmanaged<Trace>.fromOpaque(previous).takeUnretainedValue().serials += trace.serials
        }
        return (result, Array(Set(trace.serials)).sorted())
    }
}

/// A part made once and shared by many pages, with what it read (`Trace`), so that every page
/// that uses it depends on that too.
struct Traced<Value> {
    let value: Value
    let serials: [Int32]
}

extension Locked {
    /// The part kept under `key`, made by `make` (outside the lock) the first time it is asked
    /// for; what making it read counts as read by every job that uses it.
    func value<Key: Hashable, Kept>(for key: Key, _ make: () -> Kept) -> Kept where Value == [Key: Traced<Kept>] {
        if let kept = withLock({ $0[key] }) {
            Trace.replay(kept.serials)
            return kept.value
        }
        let (made, serials) = Trace.run(make)
        withLock { $0[key] = Traced(value: made, serials: serials) }
        return made
    }
}
