import Foundation

/// A value that threads share, behind a lock.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}

extension Locked {
    /// The value kept under `key`, made by `make` (outside the lock) the first time it is asked
    /// for. Two threads may both make it; either result is kept, as both are the same.
    func value<Key: Hashable, Kept>(for key: Key, _ make: () -> Kept) -> Kept where Value == [Key: Kept] {
        if let kept = withLock({ $0[key] }) { return kept }
        let made = make()
        withLock { $0[key] = made }
        return made
    }
}
