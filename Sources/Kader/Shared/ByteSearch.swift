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

extension String {
    /// Its lines, empty ones left out, split on the newline's byte: kader's own lists of paths
    /// (the marker, the cache record), where splitting by characters took 50 ms for 19,000 paths.
    var pathLines: [String] {
        utf8.split(separator: UInt8(ascii: "\n")).map { String(Substring($0)) }
    }
}
