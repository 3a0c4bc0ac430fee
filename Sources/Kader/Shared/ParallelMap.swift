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
