import Foundation

/// broken-link: a body that links to a content file or an asset that does not exist.
struct LinkCheck: SiteCheck {
    func check(_ site: ContentIndex) -> [Finding] {
        let assets = Set(site.assets)
        let paths = site.contentPaths
        // Each body on its own, on all cores.
        return site.bodies.parallelMap { path, body in
            body.links.compactMap { link -> Finding? in
                guard let target = link.target else { return nil }
                let exists = target.hasPrefix("content/assets/") ? assets.contains(target) : paths.contains(target)
                guard !exists else { return nil }
                return Finding(.brokenLink, path, link.position, .brokenLink(destination: link.destination, target: target))
            }
        }.flatMap { $0 }
    }
}

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

extension ContentIndex {
    /// Every parsed body with the path of its file, built or not.
    var bodies: [(String, MarkdownDocument)] {
        func pairs<T>(_ items: [Item<T>]) -> [(String, MarkdownDocument)] { items.compactMap { item in item.body.map { (item.path, $0) } } }
        var all = organization.map { pairs([$0]) } ?? []
        all += pairs(teams) + pairs(people) + pairs(mandates) + pairs(stories) + pairs(evaluations) + pairs(sessions) + pairs(pages)
        return all + unbuiltBodies.map { ($0.path, $0.body) }
    }
}
