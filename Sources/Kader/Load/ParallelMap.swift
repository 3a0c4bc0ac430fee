import Dispatch

extension Array where Element: Sendable {
    /// Maps on all cores, keeping the order. Files are independent until references are resolved,
    /// so loading and decoding them is spread this way.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            // The results are copied out below; the slots' own references must be released too, or
            // every result (every page, every parsed document) would stay alive for good.
            results.deinitialize()
            results.deallocate()
        }
        let box = UnsafeSendable(results)
        let input = self
        DispatchQueue.concurrentPerform(iterations: count) { index in
            // Each iteration writes only its own slot.
            box.value[index] = transform(input[index])
        }
        return results.map { $0! }
    }
}

private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
