/// A decoded entity with the file it came from. A class: the index, its relations, pages and
/// reports pass items around in many lists, and a copy of a reference is one retain where a copy
/// of the entity's fields was one per string and array in it.
public final class Item<Value: Sendable>: Sendable {
    public let id: String
    public let path: String
    public let value: Value
    public let body: MarkdownDocument?

    public init(id: String, path: String, value: Value, body: MarkdownDocument?) {
        self.id = id
        self.path = path
        self.value = value
        self.body = body
    }
}
