import Foundation

/// Where a relative link in a body lands in the repository.
enum LinkTarget {
    /// The repository-relative path a link points to, or nil when it leaves the site (a URL, an
    /// anchor, an absolute path).
    static func resolve(_ destination: String, from path: String) -> String? {
        // Every link of every body goes through here with its parse (a tenth of `kader check`):
        // an ASCII link without percent signs, nearly all of them, is resolved on bytes.
        guard let target = fastTarget(destination), path.utf8.allSatisfy({ $0 < 0x80 }) else {
            return resolveByCharacters(destination, from: path)
        }
        guard !target.isEmpty, target.first != UInt8(ascii: "/"), !target.contains(UInt8(ascii: ":")) else { return nil }
        var parts = path.utf8.split(separator: UInt8(ascii: "/")).dropLast().map(Array.init)
        for part in target.split(separator: UInt8(ascii: "/")) {
            if part.elementsEqual([UInt8(ascii: ".")]) { continue }
            if part.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")]) {
                if parts.popLast() == nil { return ".." }
                continue
            }
            parts.append(Array(part))
        }
        return String(decoding: Array(parts.joined(separator: [UInt8(ascii: "/")])), as: UTF8.self)
    }

    /// The link's bytes up to its fragment or query, when it is ASCII and has nothing to decode.
    private static func fastTarget(_ destination: String) -> ArraySlice<UInt8>? {
        // In ASCII a character is a byte (a line break of two is neither of the marks looked for).
        let bytes = Array(destination.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let end = bytes.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") } ?? bytes.count
        let target = bytes[..<end]
        guard !target.contains(UInt8(ascii: "%")) else { return nil }
        return target
    }

    /// The same, by characters, with percent signs decoded.
    static func resolveByCharacters(_ destination: String, from path: String) -> String? {
        var target = destination
        if let cut = target.firstIndex(where: { $0 == "#" || $0 == "?" }) { target = String(target[..<cut]) }
        guard !target.isEmpty, !target.hasPrefix("/"), !target.contains(":") else { return nil }
        target = target.removingPercentEncoding ?? target
        var parts = path.split(separator: "/").map(String.init).dropLast()
        for part in target.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if parts.popLast() == nil { return ".." }
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
