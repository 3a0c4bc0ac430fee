/// Where each page of the handbook lives, as a path relative to the handbook's root. Pages link to
/// each other relatively, so the handbook also works opened from disk.
public enum SiteURL {
    public static let home = "index.html"
    public static let teams = "teams/index.html"
    public static let mandates = "mandates/index.html"
    public static let stories = "stories/index.html"
    public static let sessions = "sessions/index.html"
    public static let people = "people/index.html"
    public static let pages = "pages/index.html"
    public static let search = "search.html"
    public static let notFound = "404.html"

    public static func team(_ id: String) -> String { "teams/\(id).html" }
    public static func person(_ id: String) -> String { "people/\(id).html" }
    public static func mandate(_ id: String) -> String { "mandates/\(id).html" }
    public static func story(_ id: String) -> String { "stories/\(id).html" }
    public static func value(_ id: String) -> String { "values/\(id).html" }
    public static func session(_ id: String) -> String { "sessions/\(id).html" }
    public static func page(_ id: String) -> String { "pages/\(id).html" }
    /// `id` is `<team>/<date>`.
    public static func evaluation(_ id: String) -> String { "evaluations/\(id).html" }

    /// The page a content file becomes (`content/teams/noord.md` → `teams/noord.html`).
    static func page(forContentPath path: String, in site: ContentIndex) -> String? {
        guard path.hasPrefix("content/"), path.hasSuffix(".md") else { return nil }
        if path == "content/organization.md" { return home }
        guard case .success(let location) = ContentLocation.classify(path) else { return nil }
        switch location.kind {
        case .organization: return home
        case .team: return team(location.id)
        case .person: return person(location.id)
        case .mandate: return mandate(location.id)
        case .story: return story(location.id)
        case .evaluation: return evaluation(location.id)
        case .session: return session(location.id)
        case .page: return page(location.id)
        }
    }

    /// Where an asset is copied (`content/assets/logo.svg` → `assets/logo.svg`).
    static func asset(forContentPath path: String) -> String {
        String(path.dropFirst("content/".count))
    }

    /// The way from one page's folder back to the root: `""`, `"../"`, `"../../"`.
    public static func root(from page: String) -> String {
        String(repeating: "../", count: page.split(separator: "/").count - 1)
    }
}
