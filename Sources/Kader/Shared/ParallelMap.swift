import Dispatch

extension Array where Element: Sendable {
    /// Maps on all cores, keeping the order. Files are independent until references are resolved,
    /// so loading, decoding and rendering them is spread this way.
    ///
    /// Each result is initialized straight into the new array's storage, which then owns it: no
    /// side buffer holds a reference past the call (one once kept every parsed tree and every page
    /// of `kader serve` alive, rebuild after rebuild).
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let input = self
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = UnsafeSendable(buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: input.count) { index in
                // Each iteration initializes only its own slot.
                (base.value + index).initialize(to: transform(input[index]))
            }
            initialized = input.count
        }
    }
}

private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Runs independent pieces of work on all cores and returns when every one is done: the build's
/// serial steps that read the same finished state, such as the four records a build leaves.
/// Not an apply (`concurrentPerform`): libdispatch divides a nested apply's width by its nesting,
/// so on two cores every `parallelMap` inside one piece ran on a single core, whether or not the
/// other pieces had finished (the preview's site checks, 45 ms on one core of two).
func concurrently(_ work: [@Sendable () -> Void]) {
    guard let first = work.first else { return }
    let group = DispatchGroup()
    for piece in work.dropFirst() { aside.async(group: group, execute: piece) }
    first()
    // The pieces are not used after this returns: waited for here.
    group.wait()
}

/// Work beside the caller's: a queue of its own targets libdispatch's overcommitting pool, which
/// gives it a thread even when every worker waits (a caller inside a `parallelMap` waits for it).
private let aside = DispatchQueue(label: "kader.aside", attributes: .concurrent)

/// Frees what a finished build held on another core while the caller goes on: a build's last
/// references to its store, records and pages were 35 ms of freeing at its return, at 16,000 files.
/// `value` must be consumed into the call, so that its last reference is the one released there.
func freeAside<T>(_ value: consuming T) {
    let held = UnsafeSendable(value)
    DispatchQueue.global(qos: .utility).async { _ = held }
}

/// Two independent pieces of work, each on a core of its own, and both results.
func inParallel<A: Sendable, B: Sendable>(_ first: @escaping @Sendable () -> A, _ second: @escaping @Sendable () -> B) -> (A, B) {
    nonisolated(unsafe) var one: A?
    nonisolated(unsafe) var other: B?
    // Each piece writes only its own result.
    concurrently([{ one = first() }, { other = second() }])
    return (one!, other!)
}

/// A value held by one reference, for closures made by the thousand: a large struct captured by
/// value is a copy of every reference it holds in each of them (the handbook's and the reports'
/// jobs, 19,000 at 16,000 content files).
final class Held<Value: Sendable>: Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
