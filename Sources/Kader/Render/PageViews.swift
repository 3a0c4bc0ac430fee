// The contexts of whole pages: what a template reads at its top level. A handbook page is its
// own view over the frame every page has (`PageContext`); a report page and the parts rendered
// once for many pages are views of their own.
// kader-views: a Mustache lookup is generated for every struct in this file.

typealias Contents = [RenderedBody.Heading]

/// What every handbook page shows around its own view: the language, titles, menu, header,
/// breadcrumbs, previous and next, and where its content file is edited.
struct PageFrame: Sendable {
    /// Only on the 404 page (`Handbook.page`).
    let base: String?
    let lang: String
    let title: String
    let documentTitle: String
    let siteTitle: String
    let root: String
    let t: [String: String]
    let nav: [NavItem]
    let siteHeader: String
    let crumbs: [LinkView]
    let pager: PagerView?
    let meta: PageMeta?
}

/// A page with nothing of its own (search, 404).
struct NoView: Sendable {
}

struct HomePageView: Sendable {
    let teams: [TeamSummary]
    let archivedTeams: [TeamSummary]
    let organization: OrganizationView?
    let values: [ValueView]?
    let goals: [GoalView]?
    let body: String?
    let toc: Contents?
}

struct OrganizationView: Sendable {
    let title: String
    let mission: String
    let vision: String
    let fixed: [String]
    let free: [String]
    let coordination: [String]
}

struct TeamsPageView: Sendable {
    let teams: [TeamSummary]
    let archivedTeams: [TeamSummary]
}

struct TeamPageView: Sendable {
    let name: String
    let purpose: String
    let phase: String
    let phaseKey: String
    let phaseMeaning: String
    let members: [LinkView]
    let roles: [RoleView]
    let values: [LinkView]
    let goals: [GoalView]
    let evaluations: [EvaluationSummary]
    let stories: [StoryView]
    let sessions: [SessionSummary]
    let facts: [Fact]
    let ended: String?
    let board: BoardView?
    let openActions: [ActionView]
    let latest: LatestEvaluationView?
    let body: String?
    let toc: Contents?
}

/// A team's latest check-in on its page, with its actions and mandate reviews.
struct LatestEvaluationView: Sendable {
    let evaluation: LinkView
    let actions: [ActionView]
    let reviews: [ReviewView]
}

struct MandatesPageView: Sendable {
    let boards: [BoardView]
    let levels: [LevelHeader]
}

struct MandatePageView: Sendable {
    let team: LinkView
    let area: String
    let holder: LinkView
    let level: Int
    let levelName: String
    let levelMeaning: String
    let limit: String
    let since: String
    let review: String
    let reviewOverdue: Bool
    let status: String
    let statusKey: String
    let history: [HistoryView]
    let reviews: [ReviewView]
    let levels: [LevelHeader]
    let escalateTo: LinkView?
    let body: String?
    let toc: Contents?
}

struct EvaluationPageView: Sendable {
    let team: LinkView
    let date: String
    let participants: Int
    let wentWell: [String]
    let couldImprove: [String]
    let energizers: [String]
    let drainers: [String]
    let actions: [ActionView]
    let reviews: [ReviewView]
    let `private`: Bool
    let steering: String?
    let body: String?
    let toc: Contents?
}

struct StoriesPageView: Sendable {
    let stories: [StoryView]
    let kinds: [Choice]
    let teamChoices: [Choice]
    let valueChoices: [Choice]
    let count: Int
}

struct StoryPageView: Sendable {
    let date: String
    let kind: String
    let kindKey: String
    let values: [LinkView]
    let team: LinkView?
    /// True for a story without a team, absent otherwise.
    let organizationWide: Bool?
    let author: LinkView?
    let learned: String?
    let hypothesis: String?
    let experimentStatus: String?
    let outcome: String?
    let body: String?
    let toc: Contents?
}

struct ValuePageView: Sendable {
    let value: ValueView
    let stories: [StoryView]
    let teams: [LinkView]
}

struct PagesPageView: Sendable {
    let sections: [PageSection]
}

struct FreePageView: Sendable {
    let summary: String?
    let sidebar: SidebarView?
    let body: String?
    let toc: Contents?
}

struct PeoplePageView: Sendable {
    let people: [PersonSummary]
}

struct PersonPageView: Sendable {
    let name: String
    let teams: [LinkView]
    let roles: [RoleView]
    let mandates: [LinkView]
    let coachOf: [LinkView]
    let managerOf: [LinkView]
    let jobTitle: String?
    let left: String?
    let autonomy: String?
    let body: String?
    let toc: Contents?
}

struct SessionsPageView: Sendable {
    let sessions: [SessionSummary]
}

struct SessionPageView: Sendable {
    let date: String
    let topic: String
    let teams: [LinkView]
    let values: [LinkView]
    let agreements: [String]
    let decisions: [String]
    let openQuestions: [String]
    let body: String?
    let toc: Contents?
}

/// The header with the menu, rendered once per section and depth (`Handbook.siteHeader`).
struct SiteHeaderView: Sendable {
    let root: String
    let siteTitle: String
    let t: [String: String]
    let nav: [NavItem]
}

/// The list of sections beside a free page, rendered once per section and depth.
struct SidebarSectionsView: Sendable {
    let sections: [NavItem]
    let allSections: LinkView?
}

/// A report page: the report in the reports' frame.
struct ReportPageView: Sendable {
    let lang: String
    let root: String
    let t: [String: String]
    let siteTitle: String
    let report: ReportDocument
    let title: String
    let documentTitle: String
}
