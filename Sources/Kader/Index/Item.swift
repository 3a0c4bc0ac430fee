/// A decoded entity with the file it came from. A class: the index, its relations, pages and
/// reports pass items around in many lists, and a copy of a reference is one retain where a copy
/// of the entity's fields was one per string and array in it.
public final class Item<Value: Sendable>: Sendable {
    public let id: String
    public let path: String
    private let storedValue: Value
    private let storedBody: MarkdownDocument?
    /// Its place in the index's list of documents, by which a job's `Trace` names it (-1: none).
    let serial: Int32

    /// What the file says; a job that reads it is made again when the file changes (`Trace`).
    public var value: Value {
        Trace.record(serial)
        return storedValue
    }

    public var body: MarkdownDocument? {
        Trace.record(serial)
        return storedBody
    }

    public init(id: String, path: String, value: Value, body: MarkdownDocument?, serial: Int32 = -1) {
        self.id = id
        self.path = path
        self.storedValue = value
        self.storedBody = body
        self.serial = serial
    }
}
