import Foundation

/// Where a relative link in a body lands in the repository.
enum LinkTarget {
    /// The repository-relative path a link points to, or nil when it leaves the site (a URL, an
    /// anchor, an absolute path).
    static func resolve(_ destination: String, from path: String) -> String? {
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
