/// Ids become URLs and file names, so only `^[a-z0-9][a-z0-9-]*$` is allowed.
public enum Identifier {
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.utf8.first, isLowerAlnum(first) else { return false }
        return text.utf8.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    private static func isLowerAlnum(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// The sentence part that tells how to make `text` valid.
    static func advice(for text: String) -> Message.IDAdvice {
        let suggestion = String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
            .split(separator: "-", omittingEmptySubsequences: true).joined(separator: "-")
        let ascii = suggestion.unicodeScalars.allSatisfy { $0.isASCII }
        if !suggestion.isEmpty, ascii, isValid(suggestion) {
            return .example(suggestion)
        }
        return .general
    }
}
