/// The whole content repository, resolved: every entity by id, and the facts derived from more than
/// one file (a person's teams, a team's evaluations, the life of an action).
public struct ContentIndex: Sendable {
    public let configuration: Configuration
    public let today: Day
    public let organization: Item<Organization>?
    public let teams: [Item<Team>]
    public let people: [Item<Person>]
    public let mandates: [Item<Mandate>]
    public let stories: [Item<Story>]
    /// Ordered by team, then date.
    public let evaluations: [Item<Evaluation>]
    public let sessions: [Item<Session>]
    public let pages: [Item<Page>]
    /// Repository-relative paths of everything under `content/assets/`.
    public let assets: [String]
    /// Every file id per type, including files that could not be read, so references to them hold.
    public let ids: [ContentKind: Set<String>]
    /// People files plus every id listed in any team's `members`.
    public let personIDs: Set<String>
    /// Whether `content/people/` exists: without it, an action owner is free text.
    public let hasPeopleFolder: Bool
    /// Repository-relative paths of every Markdown file that is content.
    public let contentPaths: Set<String>
    /// Bodies of files that give no entity (a duplicate id, a mandate without a team): they are not
    /// built, but their links are still checked, since a wrong link is a cause of its own.
    let unbuiltBodies: [(path: String, body: MarkdownDocument)]
    /// The path of each item's file by its `Item.serial`.
    let serialPaths: [String]

    public let teamsByID: [String: Item<Team>]
    public let peopleByID: [String: Item<Person>]
    public let mandatesByID: [String: Item<Mandate>]
    public let evaluationsByTeam: [String: [Item<Evaluation>]]
    /// Every reference read backwards, made once here (see `Relations`).
    public internal(set) var relations = Relations()

    /// An index of no content: what a result carries whose index was let go (a build's) or never
    /// made (one from the cache).
    static func empty(_ configuration: Configuration, today: Day) -> ContentIndex {
        assemble(documents: [], tree: ContentTree(), configuration: configuration, today: today).0
    }

    /// Builds the site from decoded documents; a second file of a kind with the same id (later in
    /// byte order) is `duplicate-id` and left out.
    /// `memo`: the preview's last index, whose items and relations are taken again where their
    /// documents are the same objects (`IndexMemo`); this one is kept in it for the next.
    static func assemble(documents: [Document], tree: ContentTree, configuration: Configuration, today: Day, memo: IndexMemo? = nil) -> (ContentIndex, [Finding]) {
        var findings: [Finding] = []
        var seen: [ContentKind: [String: String]] = [:]
        var ids: [ContentKind: Set<String>] = [:]
        var organization: Item<Organization>?
        var teams: [Item<Team>] = [], people: [Item<Person>] = [], mandates: [Item<Mandate>] = []
        var stories: [Item<Story>] = [], evaluations: [Item<Evaluation>] = [], sessions: [Item<Session>] = []
        var pages: [Item<Page>] = []
        var unbuiltBodies: [(path: String, body: MarkdownDocument)] = []

        let sorted = documents.sorted(by: { $0.path.precedesInBytes($1.path) })
        let last = memo?.kept
        var entries = [IndexMemo.Entry?](repeating: nil, count: memo == nil ? 0 : sorted.count)
        for (serial, document) in sorted.enumerated() {
            if let first = seen[document.kind]?[document.id] {
                findings.append(Finding(.duplicateID, document.path, .file, .duplicateFileID(kind: document.kind.rawValue, id: document.id, first: first)))
                if let body = document.body { unbuiltBodies.append((document.path, body)) }
                continue
            }
            seen[document.kind, default: [:]][document.id] = document.path
            ids[document.kind, default: []].insert(document.id)
            func item<T>(_ value: T) -> Item<T> {
                if let entry = last?.entry(serial), entry.document === document, let item = entry.item as? Item<T> {
                    entries[serial] = entry
                    return item
                }
                let item = Item(id: document.id, path: document.path, value: value, body: document.body, serial: Int32(serial))
                if memo != nil { entries[serial] = IndexMemo.Entry(document: document, item: item) }
                return item
            }
            switch document.entity {
            case .organization(let value)?: organization = item(value)
            case .team(let value)?: teams.append(item(value))
            case .person(let value)?: people.append(item(value))
            case .mandate(let value)?: mandates.append(item(value))
            case .story(let value)?: stories.append(item(value))
            case .evaluation(let value)?: evaluations.append(item(value))
            case .session(let value)?: sessions.append(item(value))
            case .page(let value)?: pages.append(item(value))
            case nil: if let body = document.body { unbuiltBodies.append((document.path, body)) }
            }
        }

        var personIDs = ids[.person] ?? []
        for team in teams { personIDs.formUnion(team.value.memberIDs) }
        let samePaths = last.map { last in
            last.site.serialPaths.count == sorted.count && zip(last.site.serialPaths, sorted).allSatisfy { $0 == $1.path }
        } ?? false
        var site = ContentIndex(
            configuration: configuration, today: today, organization: organization,
            teams: teams, people: people, mandates: mandates, stories: stories,
            evaluations: evaluations, sessions: sessions, pages: pages,
            assets: tree.assets, ids: ids, personIDs: personIDs,
            hasPeopleFolder: tree.folders.contains("content/people"),
            contentPaths: samePaths ? last!.site.contentPaths : Set(documents.map(\.path)),
            unbuiltBodies: unbuiltBodies,
            serialPaths: samePaths ? last!.site.serialPaths : sorted.map(\.path),
            teamsByID: Dictionary(teams.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            peopleByID: Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            mandatesByID: Dictionary(mandates.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }),
            evaluationsByTeam: Dictionary(grouping: evaluations) { evaluation in
                // An evaluation's id is its team's and its date's (`ContentLocation`): by bytes.
                let id = evaluation.id.utf8
                return String(Substring(id[..<(id.firstIndex(of: UInt8(ascii: "/")) ?? id.endIndex)]))
            }
        )
        site.relations = Relations(of: site, last: last?.site)
        memo?.keep(entries, site: site)
        return (site, findings)
    }

    /// Whether an evaluation of the mandate's team dated on or after its review date reviews it.
    public func isReviewed(_ mandate: Item<Mandate>) -> Bool {
        guard let review = mandate.value.review?.value,
              let last = relations.reviewsByMandate[mandate.id]?.compactMap(\.evaluation.value.date?.value).max() else { return false }
        return last >= review
    }

    public func exists(_ kind: ContentKind, _ id: String) -> Bool {
        ids[kind]?.contains(id) ?? false
    }

    /// The organization's values by id.
    public var valueIDs: Set<String> {
        Set(organization?.value.values.map(\.id.value) ?? [])
    }
}
