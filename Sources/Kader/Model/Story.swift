public enum StoryKind: String, Sendable, Codable, CaseIterable {
    case success, lesson, experiment
}

public enum ExperimentStatus: String, Sendable, Codable {
    case running, done
}

public enum Outcome: String, Sendable, Codable {
    case more, less, stop
}

/// A success, a lesson learned or an experiment: `content/stories/<story>.md`.
public struct Story: Sendable {
    public let title: String
    public let date: Located<Day>?
    public let kind: Located<StoryKind>?
    public let team: Located<String>?
    public let author: Located<String>?
    public let values: [Located<String>]
    public let learned: String?
    public let hypothesis: String?
    /// Set for experiments only (running when absent).
    public let status: Located<ExperimentStatus>?
    public let outcome: Outcome?

    init(_ record: Record) {
        title = record.text("title") ?? ""
        date = record.date("date")
        kind = record.located("kind").flatMap { located in StoryKind(rawValue: located.value).map { Located($0, at: located.position) } }
        team = record.located("team")
        author = record.located("author")
        values = record.references("values")
        learned = record.text("learned")
        hypothesis = record.text("hypothesis")
        status = record.located("status").flatMap { located in ExperimentStatus(rawValue: located.value).map { Located($0, at: located.position) } }
        outcome = record.text("outcome").flatMap(Outcome.init)
    }

    public var isRunningExperiment: Bool {
        kind?.value == .experiment && (status?.value ?? .running) == .running
    }
}
