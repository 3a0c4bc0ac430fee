/// One content file, decoded: its place, its typed front matter and its parsed body.
public struct Document: Sendable {
    public let path: String
    public let kind: ContentKind
    public let id: String
    /// Nil when the file could not be read as content (its one finding says why); its id still
    /// exists, so references to it are not reported.
    public let entity: Entity?
    public let body: MarkdownDocument?
}

public enum Entity: Sendable {
    case organization(Organization)
    case team(Team)
    case person(Person)
    case mandate(Mandate)
    case story(Story)
    case evaluation(Evaluation)
    case session(Session)
    case page(Page)
}
