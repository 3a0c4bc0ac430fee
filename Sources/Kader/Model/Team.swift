public enum Phase: String, Sendable, Codable, CaseIterable {
    case design, learning, harvesting
}

public enum Cadence: String, Sendable, Codable {
    case weekly, biweekly, monthly
}

/// A team: `content/teams/<team>.md`.
public struct Team: Sendable {
    public let name: String
    public let purpose: String
    public let phase: Phase
    public let since: Day?
    public let cadence: Cadence?
    public let coach: Located<String>?
    public let manager: Located<String>?
    public let members: [Located<String>]
    public let roles: [Role]
    public let ended: Day?
    public let values: [Located<String>]
    public let goals: [Goal]

    init(_ record: Record) {
        name = record.text("name") ?? ""
        purpose = record.text("purpose") ?? ""
        phase = record.text("phase").flatMap(Phase.init) ?? .design
        since = record.date("since")?.value
        cadence = record.text("cadence").flatMap(Cadence.init)
        coach = record.located("coach")
        manager = record.located("manager")
        members = record.references("members")
        roles = record.records("roles").compactMap(Role.init)
        ended = record.date("ended")?.value
        values = record.references("values")
        goals = record.records("goals").compactMap(Goal.init)
    }

    public var memberIDs: [String] { members.map(\.value) }
}

public struct Role: Sendable {
    public let id: Located<String>
    public let name: String
    public let holder: Located<String>?
    public let accountabilities: [String]

    init?(_ record: Record) {
        guard let id = record.located("id") else { return nil }
        self.id = id
        name = record.text("name") ?? id.value
        holder = record.located("holder")
        accountabilities = record.texts("accountabilities")
    }
}
