extension String {
    /// Without the white space at either end: the characters Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` takes off (Unicode's White_Space and, in
    /// Foundation, the zero width space), taken off the same way, a scalar at a time, without
    /// going through `NSString` (a third of the feed's time at 3,000 stories).
    var trimmedWhitespace: String {
        let scalars = unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace || scalar == "\u{200B}" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}
