/// One content file, decoded: its place, its typed front matter and its parsed body.
/// A class, for the same reason as `Item`: the pipeline and the preview's cache move documents
/// between lists, and each move of a struct retained every field.
public final class Document: Sendable {
    public let path: String
    public let kind: ContentKind
    public let id: String
    /// Nil when the file could not be read as content (its one finding says why); its id still
    /// exists, so references to it are not reported.
    public let entity: Entity?
    public let body: MarkdownDocument?

    public init(path: String, kind: ContentKind, id: String, entity: Entity?, body: MarkdownDocument?) {
        self.path = path
        self.kind = kind
        self.id = id
        self.entity = entity
        self.body = body
    }
}

extension Document {
    /// A private evaluation: its body is never rendered, nor stored.
    var isPrivate: Bool {
        if case .evaluation(let evaluation)? = entity { return evaluation.isPrivate }
        return false
    }
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
