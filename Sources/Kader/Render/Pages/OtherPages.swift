// Free pages, search and the 404 page.
extension Handbook {
    func freePage(_ page: Item<Page>) -> OutputFile {
        let url = SiteURL.page(page.id)
        var main: [String: Any] = [:]
        if let summary = page.value.summary { main["summary"] = summary }
        if let body = body(page, url: url) { main["body"] = body.html; main["toc"] = body.contents }
        return self.page(url, template: "page", title: page.value.title, section: nil, main)
    }

    func searchPage() -> OutputFile {
        page(SiteURL.search, template: "search", title: labels["search"], section: "search", [:])
    }

    func notFoundPage() -> OutputFile {
        page(SiteURL.notFound, template: "404", title: labels["notfound"], section: nil, [:])
    }
}
