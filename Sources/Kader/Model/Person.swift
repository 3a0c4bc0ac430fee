public enum AutonomyWish: String, Sendable, Codable {
    case more
    case asIs = "as-is"
    case less
}

/// A person: `content/people/<person>.md`. Their teams are derived from the teams' members.
public struct Person: Sendable {
    public let name: String
    public let title: String?
    public let left: Day?
    public let autonomy: AutonomyWish?

    init(_ record: Record) {
        name = record.text("name") ?? ""
        title = record.text("title")
        left = record.date("left")?.value
        autonomy = record.text("autonomy").flatMap(AutonomyWish.init)
    }
}
