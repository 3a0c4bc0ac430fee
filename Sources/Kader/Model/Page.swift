/// A free handbook page: `content/pages/**/<page>.md`.
public struct Page: Sendable {
    public let title: String
    public let order: Int?
    public let summary: String?
    /// Who looks after the page: a person id.
    public let owner: Located<String>?
    /// The subfolders of `pages/` it sits in, which group the navigation.
    public let sections: [String]

    init(_ record: Record, sections: [String]) {
        title = record.text("title") ?? ""
        order = record.integer("order")
        summary = record.text("summary")
        owner = record.located("owner")
        self.sections = sections
    }
}
