/// A decoded entity with the file it came from.
public struct Item<Value: Sendable>: Sendable {
    public let id: String
    public let path: String
    public let value: Value
    public let body: MarkdownDocument?
}
