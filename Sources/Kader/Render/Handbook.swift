import Mustache
/// The team handbook: every page, the search index, the feed and sitemap, the theme's files and
/// the assets, as output files. Pages are built in parallel; the result is the same every run.
public struct Handbook: Sendable {
    let site: ContentIndex
    let theme: Theme
    let labels: Labels
    /// Free pages by section (the pages directly in `pages/` first, then each first-level folder
    /// alphabetically), each sorted by `order`, then title; and where each page stands in them.
    let pageSections: [PageSectionData]
    let pagePlaces: [String: (section: Int, index: Int)]
    /// When each content file last changed, from one `git log` run (empty outside a git work tree
    /// and with `last_updated: off`).
    let lastChanged: [String: Day]
    /// The search index's batches kept across builds, when the build traces (`PageRecord`).
    let searchBatches: SearchBatches?

    /// Site headers by folder depth and section (`siteHeader`).
    private let headers = Locked<[String: Traced<String>]>([:])
    /// The sidebars' lists of sections by section and folder depth (`sectionsNav`).
    let sectionNavs = Locked<[String: Traced<String>]>([:])
    /// The sidebars' page entries by section and folder depth (`sidebarEntries`).
    let pageEntries = Locked<[String: Traced<(plain: [String], current: [String])>]>([:])

    /// The most entries a sidebar list shows: a window around the current page or section.
    static let sidebarWindow = 30

    struct PageSectionData: Sendable {
        let id: String
        let name: String
        let pages: [Item<Page>]
    }

    init(site: ContentIndex, theme: Theme, lastChanged: [String: Day] = [:], searchBatches: SearchBatches? = nil) {
        self.site = site
        self.theme = theme
        self.lastChanged = lastChanged
        self.searchBatches = searchBatches
        let labels = Labels(site.configuration.language)
        self.labels = labels
        let sorted = site.pages.sorted { ($0.value.order ?? Int.max, $0.value.title, $0.id) < ($1.value.order ?? Int.max, $1.value.title, $1.id) }
        var sections: [PageSectionData] = []
        let top = sorted.filter { $0.value.sections.isEmpty }
        if !top.isEmpty { sections.append(PageSectionData(id: "pages-top", name: labels["pages.general"], pages: top)) }
        let grouped = Dictionary(grouping: sorted.filter { !$0.value.sections.isEmpty }) { $0.value.sections[0] }
        for name in grouped.keys.sorted() {
            sections.append(PageSectionData(id: "section-\(name)", name: Self.sectionName(name), pages: grouped[name] ?? []))
        }
        pageSections = sections
        var places: [String: (section: Int, index: Int)] = [:]
        for (sectionIndex, section) in sections.enumerated() {
            for (index, page) in section.pages.enumerated() { places[page.id] = (sectionIndex, index) }
        }
        pagePlaces = places
    }

    /// What every free page's sidebar shows of the others without reading them: the sections and
    /// the order of their pages (`ContentIndex.shapeFingerprint`).
    func shapeFingerprint() -> UInt64 {
        var hash = Fingerprint()
        for section in pageSections {
            hash.add(section.id + " " + section.name)
            for page in section.pages { hash.add(page.path) }
            hash.add("end")
        }
        return hash.value
    }

    /// `werkwijze` → "Werkwijze", `nieuw-hier` → "Nieuw hier".
    static func sectionName(_ folder: String) -> String {
        folder.prefix(1).uppercased() + folder.dropFirst().replacingOccurrences(of: "-", with: " ")
    }

    /// Every file of the handbook but the sitemap, as jobs for `OutputJobs`; `root` is the
    /// repository, where the assets are copied from.
    func jobs(root: String) -> [OutputJob] {
        // The largest jobs first, so that no core is left with one of them at the end.
        let site = site, labels = labels, theme = theme, searchBatches = searchBatches
        // Each job holds the handbook by one reference: captured as a value, it was a copy of the
        // index's thirty-odd references in each of 16,000 closures (28 ms to make them).
        let held = Held(self)
        var jobs: [(String, @Sendable () -> OutputFile)] = [
            (SearchIndex.file, { OutputFile(path: SearchIndex.file) { SearchIndex.script(for: site, labels: labels, keeping: searchBatches, emit: $0) } }),
            ("feed.xml", { OutputFile(path: "feed.xml", text: Feed.atom(for: site)) }),
        ]
        jobs.append((SiteURL.home, { held.value.homePage() }))
        jobs.append((SiteURL.teams, { held.value.teamsPage() }))
        for team in site.teams { jobs.append((SiteURL.team(team.id), { held.value.teamPage(team) })) }
        jobs.append((SiteURL.mandates, { held.value.mandatesPage() }))
        for mandate in site.mandates { jobs.append((SiteURL.mandate(mandate.id), { held.value.mandatePage(mandate) })) }
        jobs.append((SiteURL.stories, { held.value.storiesPage() }))
        for story in site.stories { jobs.append((SiteURL.story(story.id), { held.value.storyPage(story) })) }
        for value in site.organization?.value.values ?? [] { jobs.append((SiteURL.value(value.id.value), { held.value.valuePage(value) })) }
        for evaluation in site.evaluations { jobs.append((SiteURL.evaluation(evaluation.id), { held.value.evaluationPage(evaluation) })) }
        jobs.append((SiteURL.sessions, { held.value.sessionsPage() }))
        for session in site.sessions { jobs.append((SiteURL.session(session.id), { held.value.sessionPage(session) })) }
        jobs.append((SiteURL.people, { held.value.peoplePage() }))
        for person in site.people { jobs.append((SiteURL.person(person.id), { held.value.personPage(person) })) }
        jobs.append((SiteURL.pages, { held.value.pagesPage() }))
        for page in site.pages { jobs.append((SiteURL.page(page.id), { held.value.freePage(page) })) }
        jobs.append((SiteURL.search, { held.value.searchPage() }))
        jobs.append((SiteURL.notFound, { held.value.notFoundPage() }))
        for name in ["style.css", "kader.js"] {
            jobs.append((name, { OutputFile(path: name, text: theme.files[name] ?? "") }))
        }
        // The search index is made on all cores, so its trace would be partial: its batches are
        // kept instead (`SearchBatches`).
        return jobs.map { OutputJob.make(Self.tree, $0.0, traced: $0.0 != SearchIndex.file, $0.1) }
            + site.assets.map { OutputJob(tree: Self.tree, path: SiteURL.asset(forContentPath: $0), work: .copy(source: root + "/" + $0)) }
    }

    static let tree = "handbook"

    /// The sitemap, of the pages the jobs wrote (`written`, in job order).
    func sitemap(written: [String]) -> OutputFile {
        let assets = Set(site.assets.map(SiteURL.asset(forContentPath:)))
        let pages = written.filter { $0.hasSuffix(".html") && $0 != SiteURL.notFound && !assets.contains($0) }
        return OutputFile(path: "sitemap.xml", text: Sitemap.xml(for: site, pages: pages))
    }

    // MARK: - The frame of every page

    /// A page in the handbook's frame: the menu with `section` current, breadcrumbs from the home
    /// page through `trail` to `title`, previous and next, and for a page made from the content
    /// file `source`, when it last changed, its `owner` and where to edit it.
    func page(_ url: String, template: String, title: String, section: String?, trail: [LinkView] = [],
              source: String? = nil, owner: String? = nil, pager: PagerView? = nil, _ main: some MustacheParent & Sendable) -> OutputFile {
        let root = SiteURL.root(from: url)
        let home = LinkView(url: root + SiteURL.home, label: labels["nav.home"])
        let frame = PageFrame(
            // A server shows 404.html for a missing page at any depth, so its links resolve against a
            // <base> of base_url; opened from disk (file:) a script in its head points that base at
            // the page's own folder, the handbook's root.
            base: url == SiteURL.notFound ? site.configuration.basePath : nil,
            lang: labels.language.rawValue, title: title,
            documentTitle: title == site.configuration.title ? title : "\(title) · \(site.configuration.title)",
            siteTitle: site.configuration.title, root: root, t: labels.strings,
            nav: navigation(root: root, section: section), siteHeader: siteHeader(root: root, section: section),
            crumbs: url == SiteURL.home ? [LinkView(url: nil, label: labels["nav.home"])] : [home] + trail + [LinkView(url: nil, label: title)],
            pager: pager.flatMap { $0.previous != nil || $0.next != nil ? $0 : nil },
            meta: source.flatMap { pageMeta(source: $0, owner: owner, root: root) })
        return OutputFile(path: url, text: theme.render(template, PageContext(frame: frame, main: main)))
    }

    /// The menu: the home page, then one entry per section of the handbook.
    static let menu: [(section: String, url: String, label: String)] = [
        ("home", SiteURL.home, "nav.home"),
        ("teams", SiteURL.teams, "nav.teams"),
        ("mandates", SiteURL.mandates, "nav.mandates"),
        ("stories", SiteURL.stories, "nav.stories"),
        ("sessions", SiteURL.sessions, "nav.sessions"),
        ("people", SiteURL.people, "nav.people"),
        ("pages", SiteURL.pages, "nav.pages"),
        ("search", SiteURL.search, "nav.search"),
    ]

    /// The header with the menu: the same for every page at one depth in one section, so it is
    /// rendered once for each.
    func siteHeader(root: String, section: String?) -> String {
        headers.value(for: root + "|" + (section ?? "")) {
            theme.renderPart("site-header", SiteHeaderView(root: root, siteTitle: site.configuration.title, t: labels.strings,
                                                           nav: navigation(root: root, section: section)))
        }
    }

    func navigation(root: String, section: String?) -> [NavItem] {
        Self.menu.map { NavItem(url: root + $0.url, label: labels[$0.label], current: $0.section == section) }
    }

    /// The crumb of a section's index page, as seen from `link`'s page.
    func sectionCrumb(_ section: String, _ link: PageLinks) -> LinkView {
        let entry = Self.menu.first { $0.section == section }!
        return LinkView(url: link.to(entry.url), label: labels[entry.label])
    }

    func pageMeta(source: String, owner: String?, root: String) -> PageMeta? {
        let changed = lastChanged[source]
        let edit = site.configuration.editURL.map { $0.replacingOccurrences(of: "{path}", with: source) }
        let ownerLink = owner.map { id in
            site.peopleByID[id].map { LinkView(url: root + SiteURL.person(id), label: $0.value.name) } ?? LinkView(url: nil, label: id)
        }
        guard changed != nil || edit != nil || ownerLink != nil else { return nil }
        return PageMeta(lastUpdated: changed.map(labels.date), lastUpdatedISO: changed.map(\.description), owner: ownerLink, editURL: edit)
    }

    func body<T>(_ item: Item<T>, url: String) -> RenderedBody? {
        item.body.map { $0.render(pageURL: url, sourcePath: item.path, site: site, unsafe: site.configuration.unsafeHTML) }
    }

    func links(_ url: String) -> PageLinks { PageLinks(site: site, labels: labels, url: url) }
}
