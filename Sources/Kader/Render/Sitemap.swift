/// `sitemap.xml`: every page of the handbook, with absolute URLs from `base_url`.
enum Sitemap {
    static func xml(for site: ContentIndex, pages: [String]) -> String {
        let base = site.configuration.baseURLWithSlash
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() {
            xml += "  <url><loc>\(HTMLEscape.escape(base + page))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
