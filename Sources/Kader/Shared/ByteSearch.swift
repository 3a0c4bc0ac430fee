extension Array where Element == UInt8 {
    /// Where `needle` first stands at or after `start`: a search on bytes, for HTML and JSON that
    /// kader made itself and whose markers are ASCII.
    func firstIndex(of needle: [UInt8], from start: Int = 0) -> Int? {
        guard let first = needle.first, count >= needle.count else { return nil }
        var index = start
        let last = count - needle.count
        while index <= last {
            if self[index] == first && self[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
