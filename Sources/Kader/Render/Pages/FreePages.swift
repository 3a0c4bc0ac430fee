// Free pages and their index, search and the 404 page.
extension Handbook {
    /// Every free page by section, with its summary.
    func pagesPage() -> OutputFile {
        let url = SiteURL.pages
        let link = links(url)
        let sections = pageSections.map { section in
            PageSection(id: section.id, name: section.name, pages: section.pages.map {
                PageEntry(link: LinkView(url: link.to(SiteURL.page($0.id)), label: $0.value.title), summary: $0.value.summary)
            })
        }
        return page(url, template: "pages", title: labels["pages"], section: "pages", PagesPageView(sections: sections))
    }

    func freePage(_ page: Item<Page>) -> OutputFile {
        let url = SiteURL.page(page.id)
        let link = links(url)
        let body = self.body(page, url: url)
        var sidebar: SidebarView?
        var trail = [sectionCrumb("pages", link)]
        var pager: PagerView?
        if let place = pagePlaces[page.id] {
            let section = pageSections[place.section]
            trail.append(LinkView(url: link.to(SiteURL.pages) + "#" + section.id, label: section.name))
            sidebar = self.sidebar(place, link: link)
            func neighbour(_ index: Int) -> LinkView? {
                section.pages.indices.contains(index) ? LinkView(url: link.to(SiteURL.page(section.pages[index].id)), label: section.pages[index].value.title) : nil
            }
            pager = PagerView(previous: neighbour(place.index - 1), next: neighbour(place.index + 1))
        }
        return self.page(url, template: "page", title: page.value.title, section: "pages", trail: trail,
                         source: page.path, owner: page.value.owner?.value, pager: pager,
                         FreePageView(summary: page.value.summary, sidebar: sidebar, body: body?.html, toc: body?.contents))
    }

    /// The window of at most `sidebarWindow` positions of `count` around `index`.
    static func window(around index: Int, count: Int) -> Range<Int> {
        let size = min(count, sidebarWindow)
        let start = max(0, min(index - size / 2, count - size))
        return start..<(start + size)
    }

    /// The pages of the page's own section and the list of sections, each a window around the
    /// current one with a link to the whole list in the index of pages when it is cut.
    func sidebar(_ place: (section: Int, index: Int), link: PageLinks) -> SidebarView {
        let section = pageSections[place.section]
        let index = link.to(SiteURL.pages)
        let window = Self.window(around: place.index, count: section.pages.count)
        let pages = window.map { position in
            NavItem(url: link.to(SiteURL.page(section.pages[position].id)), label: section.pages[position].value.title, current: position == place.index)
        }
        let entries = sidebarEntries(section: place.section, link: link)
        let pagesList = window.map { $0 == place.index ? entries.current[$0] : entries.plain[$0] }.joined(separator: "\n")
        let sections = Self.window(around: place.section, count: pageSections.count).map { position in
            NavItem(url: index + "#" + pageSections[position].id, label: pageSections[position].name, current: position == place.section)
        }
        let allSections = pageSections.count > sections.count ? LinkView(url: index, label: labels["pages.all_sections"]) : nil
        return SidebarView(
            sectionName: section.name, pagesLabel: "\(labels["pages_in"]) \(section.name)", pages: pages, pagesList: pagesList,
            allPages: section.pages.count > pages.count ? LinkView(url: index + "#" + section.id, label: labels["pages.all_in_section"]) : nil,
            sections: sections, allSections: allSections,
            sectionsNav: sectionsNav(section: place.section, root: link.root, sections, allSections))
    }

    /// Every page of a section as a sidebar entry, as it is and as the current page, for pages at
    /// the folder depth of `link`: rendered once for the section instead of a window's worth
    /// on every page.
    func sidebarEntries(section: Int, link: PageLinks) -> (plain: [String], current: [String]) {
        pageEntries.value(for: "\(section)|" + link.root) {
            let pages = pageSections[section].pages
            func render(_ page: Item<Page>, current: Bool) -> String {
                theme.renderPart("sidebar-page", NavItem(url: link.to(SiteURL.page(page.id)), label: page.value.title, current: current))
            }
            return (pages.map { render($0, current: false) }, pages.map { render($0, current: true) })
        }
    }

    /// The list of sections beside every page of one section at one folder depth is the same, so
    /// it is rendered once for each.
    func sectionsNav(section: Int, root: String, _ sections: [NavItem], _ allSections: LinkView?) -> String {
        sectionNavs.value(for: "\(section)|" + root) {
            theme.renderPart("sidebar-sections", SidebarSectionsView(sections: sections, allSections: allSections))
        }
    }

    func searchPage() -> OutputFile {
        page(SiteURL.search, template: "search", title: labels["search"], section: "search", NoView())
    }

    func notFoundPage() -> OutputFile {
        page(SiteURL.notFound, template: "404", title: labels["notfound"], section: nil, NoView())
    }
}
