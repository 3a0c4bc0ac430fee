/// The organization's frame: `content/organization.md`.
public struct Organization: Sendable {
    public let title: String
    public let mission: String
    public let vision: String
    public let values: [Value]
    public let goals: [Goal]
    public let fixed: [String]
    public let free: [String]
    public let coordination: [String]

    init(_ record: Record) {
        title = record.text("title") ?? ""
        mission = record.text("mission") ?? ""
        vision = record.text("vision") ?? ""
        values = record.records("values").compactMap(Value.init)
        goals = record.records("goals").compactMap(Goal.init)
        fixed = record.texts("fixed")
        free = record.texts("free")
        coordination = record.texts("coordination")
    }
}

public struct Value: Sendable {
    public let id: Located<String>
    public let name: String
    public let description: String?
    public let behaviors: [String]

    init?(_ record: Record) {
        guard let id = record.located("id") else { return nil }
        self.id = id
        name = record.text("name") ?? id.value
        description = record.text("description")
        behaviors = record.texts("behaviors")
    }
}

public struct Goal: Sendable {
    public let id: Located<String>
    public let title: String
    public let values: [Located<String>]
    public let due: Located<Day>?
    public let actions: [Action]

    init?(_ record: Record) {
        guard let id = record.located("id") else { return nil }
        self.id = id
        title = record.text("title") ?? id.value
        values = record.references("values")
        due = record.date("due")
        actions = record.records("actions").compactMap(Action.init)
    }
}

public enum ActionStatus: String, Sendable, Codable {
    case open, doing, done, dropped

    public var isClosed: Bool { self == .done || self == .dropped }
}

public struct Action: Sendable {
    public let id: Located<String>
    public let title: String
    public let owner: Located<String>?
    public let due: Located<Day>?
    public let status: ActionStatus
    /// `status` was written with a wrong value: its finding is the one cause, so the action is not
    /// also overdue.
    public let statusIsInvalid: Bool

    init?(_ record: Record) {
        guard let id = record.located("id") else { return nil }
        self.id = id
        title = record.text("title") ?? id.value
        owner = record.located("owner")
        due = record.date("due")
        status = record.text("status").flatMap(ActionStatus.init) ?? .open
        statusIsInvalid = record.isInvalid("status")
    }
}
