/// The team handbook: every page, the search index, the feed and sitemap, the theme's files and
/// the assets, as output files. Pages are built in parallel; the result is the same every run.
public struct Handbook: Sendable {
    let site: Site
    let theme: Theme
    let labels: Labels
    let actions: [TrackedAction]
    /// The list of free pages in every page's footer depends only on the way back to the root, so
    /// it is rendered once per folder depth instead of once per page.
    private var pageNavigation: [String: String] = [:]

    init(site: Site, theme: Theme) {
        self.site = site
        self.theme = theme
        labels = Labels(site.configuration.language)
        actions = ActionLedger.actions(in: site)
        for root in ["", "../", "../../", site.configuration.basePath] {
            pageNavigation[root] = renderPageNavigation(root: root)
        }
    }

    private func renderPageNavigation(root: String) -> String {
        theme.render("page-navigation", ["pageGroups": pageGroups(root: root), "t": labels.strings] as [String: Any])
    }

    /// Every file of the handbook, sorted by path.
    func files(root: String) -> [OutputFile] {
        var jobs: [@Sendable () -> OutputFile] = []
        jobs.append { homePage() }
        for team in site.teams { jobs.append { teamPage(team) } }
        jobs.append { mandatesPage() }
        for mandate in site.mandates { jobs.append { mandatePage(mandate) } }
        jobs.append { storiesPage() }
        for story in site.stories { jobs.append { storyPage(story) } }
        for value in site.organization?.value.values ?? [] { jobs.append { valuePage(value) } }
        for evaluation in site.evaluations { jobs.append { evaluationPage(evaluation) } }
        jobs.append { sessionsPage() }
        for session in site.sessions { jobs.append { sessionPage(session) } }
        jobs.append { peoplePage() }
        for person in site.people { jobs.append { personPage(person) } }
        for page in site.pages { jobs.append { freePage(page) } }
        jobs.append { searchPage() }
        jobs.append { notFoundPage() }
        var files = jobs.parallelMap { $0() }
        files.append(OutputFile(path: "search-index.js", text: SearchIndex.script(for: site, labels: labels)))
        files.append(OutputFile(path: "feed.xml", text: Feed.atom(for: site)))
        files.append(OutputFile(path: "sitemap.xml", text: Sitemap.xml(for: site, pages: files.map(\.path).filter { $0.hasSuffix(".html") && $0 != SiteURL.notFound })))
        for name in ["style.css", "kader.js"] {
            files.append(OutputFile(path: name, text: theme.files[name] ?? ""))
        }
        for asset in site.assets {
            if case .bytes(let bytes) = FileReader.read(root + "/" + asset) {
                files.append(OutputFile(path: SiteURL.asset(forContentPath: asset), bytes: bytes))
            }
        }
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    // MARK: - The frame of every page

    func page(_ url: String, template: String, title: String, section: String?, _ main: [String: Any]) -> OutputFile {
        var context = main
        // A server shows 404.html for a missing page at any depth, so its links start at base_url.
        let root = url == SiteURL.notFound ? site.configuration.basePath : SiteURL.root(from: url)
        context["lang"] = labels.language.rawValue
        context["title"] = title
        context["documentTitle"] = title == site.configuration.title ? title : "\(title) · \(site.configuration.title)"
        context["siteTitle"] = site.configuration.title
        context["root"] = root
        context["t"] = labels.strings
        context["nav"] = navigation(root: root, section: section)
        context["pageNavigation"] = pageNavigation[root] ?? renderPageNavigation(root: root)
        return OutputFile(path: url, text: theme.render(template, context))
    }

    func navigation(root: String, section: String?) -> [NavItem] {
        let items: [(String, String, String)] = [
            ("home", SiteURL.home, labels["nav.home"]),
            ("mandates", SiteURL.mandates, labels["nav.mandates"]),
            ("stories", SiteURL.stories, labels["nav.stories"]),
            ("sessions", SiteURL.sessions, labels["nav.sessions"]),
            ("people", SiteURL.people, labels["nav.people"]),
            ("search", SiteURL.search, labels["nav.search"]),
        ]
        return items.map { NavItem(url: root + $0.1, label: $0.2, current: $0.0 == section) }
    }

    func pageGroups(root: String) -> [PageGroup] {
        let sorted = site.pages.sorted { ($0.value.order ?? Int.max, $0.value.title, $0.id) < ($1.value.order ?? Int.max, $1.value.title, $1.id) }
        var groups: [PageGroup] = []
        let top = sorted.filter { $0.value.sections.isEmpty }
        if !top.isEmpty { groups.append(PageGroup(name: nil, pages: top.map { LinkView(url: root + SiteURL.page($0.id), label: $0.value.title) })) }
        let sections = Array(Set(sorted.compactMap(\.value.sections.first))).sorted()
        for section in sections {
            let pages = sorted.filter { $0.value.sections.first == section }
            groups.append(PageGroup(name: section.prefix(1).uppercased() + section.dropFirst().replacingOccurrences(of: "-", with: " "),
                                    pages: pages.map { LinkView(url: root + SiteURL.page($0.id), label: $0.value.title) }))
        }
        return groups
    }

    func body<T>(_ item: Item<T>, url: String) -> RenderedBody? {
        item.body.map { $0.render(pageURL: url, sourcePath: item.path, site: site, unsafe: site.configuration.unsafeHTML) }
    }

    func links(_ url: String) -> PageLinks { PageLinks(site: site, labels: labels, url: url) }

    func newestFirst(_ stories: [Item<Story>]) -> [Item<Story>] {
        stories.sorted { ($0.value.date?.value ?? Day(ordinal: 0), $1.id) > ($1.value.date?.value ?? Day(ordinal: 0), $0.id) }
    }
}
