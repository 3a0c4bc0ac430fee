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

extension ContentIndex {
    /// Every parsed body with the path of its file, built or not.
    var bodies: [(String, MarkdownDocument)] {
        func pairs<T>(_ items: [Item<T>]) -> [(String, MarkdownDocument)] { items.compactMap { item in item.body.map { (item.path, $0) } } }
        var all = organization.map { pairs([$0]) } ?? []
        all += pairs(teams) + pairs(people) + pairs(mandates) + pairs(stories) + pairs(evaluations) + pairs(sessions) + pairs(pages)
        return all + unbuiltBodies.map { ($0.path, $0.body) }
    }
}
