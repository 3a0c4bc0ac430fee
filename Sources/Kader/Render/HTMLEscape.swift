import Mustache

/// The one escaper of the build, for text in HTML, XML (feed, sitemap) and SVG alike: `&`, `<`,
/// `>`, `"` and `'` become entities. It works on bytes, since all five are ASCII, and returns the
/// text itself when there is nothing to escape, as there mostly is not.
public enum HTMLEscape {
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: isSpecial) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result += "&amp;".utf8
            case UInt8(ascii: "<"): result += "&lt;".utf8
            case UInt8(ascii: ">"): result += "&gt;".utf8
            case UInt8(ascii: "\""): result += "&quot;".utf8
            case UInt8(ascii: "'"): result += "&#39;".utf8
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// The same escaper for Mustache's `{{name}}`, registered once under `contentTypeName`; every
    /// template of the theme declares it (see `Theme`).
    struct ContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { HTMLEscape.escape(text) }
    }

    static let contentTypeName = "KADER_HTML"

    static let registered: Bool = {
        MustacheContentTypes.register(ContentType(), named: contentTypeName)
        return true
    }()
}
