// View models: what templates see. Plain structs whose stored properties templates read by name;
// every text in them is escaped by `{{…}}`, only `html` fields (rendered bodies, built by kader)
// use `{{{…}}}`.
// kader-views: a Mustache lookup is generated for every struct in this file.

struct LinkView: Sendable {
    let url: String?
    let label: String
}

struct NavItem: Sendable {
    let url: String
    let label: String
    let current: Bool
}

struct ActionView: Sendable {
    let title: String
    let owner: LinkView?
    let due: String?
    let status: String
    let statusKey: String
    let overdue: Bool
    let source: LinkView?
}

struct GoalView: Sendable {
    let id: String
    let title: String
    let due: String?
    let values: [LinkView]
    let actions: [ActionView]
}

struct ValueView: Sendable {
    let id: String
    let name: String
    let description: String?
    let behaviors: [String]
    let url: String
    let stories: [LinkView]
}

struct TeamSummary: Sendable {
    let link: LinkView
    let purpose: String
    let phase: String
    let phaseKey: String
    let ended: String?
}

struct BoardView: Sendable {
    let team: LinkView?
    let levels: [LevelHeader]
    let rows: [BoardRow]
}

struct LevelHeader: Sendable {
    let level: Int
    let name: String
    let meaning: String
}

struct BoardRow: Sendable {
    let area: String
    let cells: [BoardCell]
}

struct BoardCell: Sendable {
    let level: Int
    let levelName: String
    let mandates: [BoardMandate]
}

/// A mandate's card on the board: its status in words when it is not active, its review date
/// (overdue marked), and its move since the end of the previous period ("↑ van 3", "nieuw").
struct BoardMandate: Sendable {
    let link: LinkView
    let level: Int
    let levelName: String
    let statusKey: String
    let statusText: String?
    let review: String?
    let reviewOverdue: Bool
    let moved: String?
    let movedText: String?
}

struct RoleView: Sendable {
    let id: String
    let name: String
    let holder: LinkView?
    let team: LinkView?
    let accountabilities: [String]
}

struct ReviewView: Sendable {
    let mandate: LinkView
    let decision: String
    let note: String?
    let evaluation: LinkView?
}

struct EvaluationSummary: Sendable {
    let link: LinkView
    let date: String
}

struct StoryView: Sendable {
    let link: LinkView
    let date: String
    let kind: String
    let kindKey: String
    let team: LinkView?
    let teamID: String
    let values: [LinkView]
    let valueIDs: String
    /// An experiment's status ("loopt", "afgerond") and, when done, its outcome.
    var experimentStatus: String? = nil
    var outcome: String? = nil
}

struct HistoryView: Sendable {
    let date: String
    let level: Int
    let levelName: String
    let note: String?
    let current: Bool
}

struct SessionSummary: Sendable {
    let link: LinkView
    let date: String
    let topic: String
}

struct PersonSummary: Sendable {
    let link: LinkView
    let title: String?
    let left: String?
}

struct PageGroup: Sendable {
    let name: String?
    let pages: [LinkView]
}

struct Choice: Sendable {
    let value: String
    let label: String
}

struct Fact: Sendable {
    let label: String
    let value: String?
    let link: LinkView?
}

/// The way from the home page to this one; the last crumb (the page itself) has no URL.
typealias Crumb = LinkView

/// Previous and next in a sequence: a team's evaluations by date, a section's pages by order.
struct PagerView: Sendable {
    let previous: LinkView?
    let next: LinkView?
}

/// A free page in the index of pages.
struct PageEntry: Sendable {
    let link: LinkView
    let summary: String?
}

/// A section of free pages: a first-level folder under `pages/`, or the pages directly in it.
struct PageSection: Sendable {
    let id: String
    let name: String
    let pages: [PageEntry]
}

/// A free page's sidebar: the pages of its own section and the sections, each cut to a window of
/// at most `Handbook.sidebarWindow` entries around the current one, so no page carries a list that
/// grows with the handbook.
struct SidebarView: Sendable {
    let sectionName: String
    let pagesLabel: String
    let pages: [NavItem]
    /// `pages` through `sidebar-page.mustache`, one line each; every entry is rendered once per
    /// folder depth in each of its two states (`Handbook.sidebarEntries`).
    let pagesList: String
    let allPages: LinkView?
    let sections: [NavItem]
    let allSections: LinkView?
    /// `sections` and `allSections` through `sidebar-sections.mustache`, rendered once per
    /// section and folder depth (`Handbook.sectionsNav`).
    let sectionsNav: String
}

/// Under a page made from a content file: when its file last changed, who looks after it, where
/// to edit it.
struct PageMeta: Sendable {
    let lastUpdated: String?
    let lastUpdatedISO: String?
    let owner: LinkView?
    let editURL: String?
}
