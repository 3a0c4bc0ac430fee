import Foundation
import Yams

/// `kader new TYPE [ID]`: one new content file at the right path, with every required field filled
/// in so that it passes `kader check`, and a comment for each optional field.
public struct NewFile: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case team, person, mandate, story, evaluation, session, page
    }

    public struct Options: Sendable {
        public var team: String?
        public var teams: [String] = []
        public var kind: String?
        public var date: Day?
        /// For an evaluation: the aggregates of the team's survey answers (`--responses`).
        public var responses: ResponseSummary?
        public init() {}
    }

    public let site: ContentIndex
    public let today: Day

    public init(site: ContentIndex, today: Day) {
        self.site = site
        self.today = today
    }

    /// The repository-relative path and the text of the new file.
    public func make(_ kind: Kind, id: String?, options: Options) throws -> (path: String, text: String) {
        let nl = site.configuration.language == .nl
        switch kind {
        case .evaluation:
            guard let team = options.team else { throw UsageError(.evaluationNeedsTeam) }
            try requireTeam(team)
            let date = options.date ?? today
            return ("content/evaluations/\(team)/\(date).md", evaluation(team: team, date: date, responses: options.responses))
        case .session:
            guard options.teams.count >= 2 else {
                throw UsageError(.sessionNeedsTwoTeams(example: site.teams.prefix(2).map(\.id)))
            }
            for team in options.teams { try requireTeam(team) }
        case .mandate:
            guard let team = options.team else { throw UsageError(.mandateNeedsTeam) }
            try requireTeam(team)
        case .story:
            if let team = options.team { try requireTeam(team) }
            if let kind = options.kind, StoryKind(rawValue: kind) == nil {
                throw UsageError(.notAStoryKind(kind: kind, suggestion: Suggestion.closest(to: kind, in: StoryKind.allCases.map(\.rawValue))))
            }
        default:
            break
        }
        guard let id else { throw UsageError(.newNeedsID(kind: kind.rawValue)) }
        guard Identifier.isValid(id) else { throw UsageError(.invalidNewID(id: id, advice: Identifier.advice(for: id))) }
        let title = Self.title(from: id)
        let folder = ContentKind(rawValue: kind.rawValue)!.folder
        let path = "content/\(folder)/\(id).md"
        var fields: [String] = []
        let schema = ContentKind(rawValue: kind.rawValue)!.schema
        switch kind {
        case .team:
            fields = ["name: \(scalar(title))", "purpose: \(scalar(nl ? "Waarom dit team er is." : "Why this team exists."))", "phase: design",
                      "members: [\(nl ? "naam" : "name")]"]
        case .person:
            fields = ["name: \(scalar(title))"]
        case .mandate:
            fields = ["title: \(scalar(title))", "team: \(options.team!)", "area: \(nl ? "budget" : "budget")", "holder: team", "level: 3",
                      "limit: \(scalar(nl ? "Waar de grens van dit mandaat ligt." : "Where the limit of this mandate lies."))",
                      "since: \(options.date ?? today)", "review: \((options.date ?? today).adding(days: 90))"]
        case .story:
            let storyKind = StoryKind(rawValue: options.kind ?? "success")!
            fields = ["title: \(scalar(title))", "date: \(options.date ?? today)", "kind: \(storyKind.rawValue)"]
            if let team = options.team { fields.append("team: \(team)") }
            if storyKind == .lesson { fields.append("learned: \(scalar(nl ? "Wat we hiervan leerden." : "What we learned from this."))") }
            if storyKind == .experiment {
                fields.append("hypothesis: \(scalar(nl ? "Wat we proberen en wat we verwachten." : "What we try and what we expect."))")
                fields.append("status: running")
            }
        case .session:
            fields = ["title: \(scalar(title))", "date: \(options.date ?? today)", "topic: direction", "teams: [\(options.teams.joined(separator: ", "))]"]
        case .page:
            fields = ["title: \(scalar(title))"]
        case .evaluation:
            break
        }
        let written = Set(fields.map { String($0.prefix { $0 != ":" }) })
        let comments = schema.fields.filter { !written.contains($0.name) && !(kind == .story && isStoryFieldOutOfPlace($0.name, kind: options.kind)) }
            .map { "# \($0.name): \(hint($0.type)) — \(nl ? DutchFieldHints.hints["\(kind.rawValue).\($0.name)"] ?? $0.summary : $0.summary)" }
        let body = nl ? "Schrijf hier de tekst (Markdown).\n" : "Write the text here (Markdown).\n"
        return (path, "---\n" + (fields + comments).joined(separator: "\n") + "\n---\n" + body)
    }

    private func isStoryFieldOutOfPlace(_ name: String, kind: String?) -> Bool {
        let kind = kind ?? "success"
        switch name {
        case "learned": return kind != "lesson"
        case "hypothesis", "status": return kind != "experiment"
        case "outcome": return true
        default: return false
        }
    }

    /// This week's check-in: today's date, the open actions of the team's previous evaluation carried
    /// over, and the mandates whose review is due listed so they can be reviewed. With survey
    /// responses, their aggregates fill in participants, scores, steering and the lists.
    func evaluation(team: String, date: Day, responses: ResponseSummary? = nil) -> String {
        let nl = site.configuration.language == .nl
        let members = site.teamsByID[team]?.value.members.count ?? 1
        var lines = ["team: \(team)", "date: \(date)"]
        if let responses {
            lines += surveyLines(responses)
        } else {
            lines += ["participants: \(max(members, 1))",
                      "# scores: " + (nl ? "teamgemiddelden van 1 tot \(site.configuration.scale)" : "team averages from 1 to \(site.configuration.scale)"),
                      "#   autonomy: 3.5", "#   mastery: 3.5", "#   purpose: 3.5", "#   motivation: 3.5",
                      "# steering: more | same | less",
                      "went_well:", "  - \(scalar(nl ? "Wat ging goed?" : "What went well?"))",
                      "could_improve:", "  - \(scalar(nl ? "Wat kan anders?" : "What could be different?"))",
                      "# energizers: [" + (nl ? "wat geeft energie" : "what gives energy") + "]",
                      "# drainers: [" + (nl ? "wat kost energie" : "what takes energy") + "]"]
        }
        let previous = (site.evaluationsByTeam[team] ?? []).filter { ($0.value.date?.value).map { $0 < date } ?? false }.last
        let open = previous?.value.actions.filter { !$0.status.isClosed } ?? []
        if !open.isEmpty {
            lines.append("actions:  # " + (nl ? "overgenomen uit de vorige evaluatie; zet status op done of dropped als ze klaar zijn" : "carried over from the previous evaluation; set status to done or dropped when finished"))
            for action in open {
                lines.append("  - id: \(action.id.value)")
                lines.append("    title: \(scalar(action.title))")
                if let owner = action.owner { lines.append("    owner: \(scalar(owner.value))") }
                if let due = action.due { lines.append("    due: \(due.value)") }
                lines.append("    status: \(action.status.rawValue)")
            }
        } else {
            lines.append("# actions: [{id, title, owner, due, status}]")
        }
        let due = site.mandates.filter { mandate in
            mandate.value.team.value == team && mandate.value.status == .active && (mandate.value.review?.value).map { $0 <= date.adding(days: 14) } ?? false
                && !site.isReviewed(mandate)
        }
        if !due.isEmpty {
            lines.append("mandate_reviews:  # " + (nl ? "deze mandaten zijn aan hun evaluatie toe; kies keep, raise, lower of revoke" : "these mandates are due for review; choose keep, raise, lower or revoke"))
            for mandate in due {
                lines.append("  - mandate: \(mandate.id)  # \(mandate.value.title), review \(mandate.value.review?.value.description ?? "")")
                lines.append("    decision: keep")
            }
        }
        lines.append("# private: true  — " + (nl ? "de aantekeningen komen dan nergens in het handboek" : "the notes then appear nowhere in the handbook"))
        let body = nl ? "Aantekeningen van het gesprek.\n" : "Notes of the conversation.\n"
        return "---\n" + lines.joined(separator: "\n") + "\n---\n" + body
    }

    /// participants, scores, steering and the four lists from the survey's aggregates; a question
    /// nobody answered stays a comment to fill in by hand.
    private func surveyLines(_ responses: ResponseSummary) -> [String] {
        let nl = site.configuration.language == .nl
        var lines = ["participants: \(responses.participants)  # " + (nl ? "uit de enquête: alleen teamtotalen, geen enkel antwoord" : "from the survey: team aggregates only, no single answer")]
        if responses.scores.isEmpty {
            lines.append("# scores: " + (nl ? "teamgemiddelden van 1 tot \(site.configuration.scale)" : "team averages from 1 to \(site.configuration.scale)"))
        } else {
            lines.append("scores:  # " + (nl ? "gemiddelden van 1 tot \(site.configuration.scale)" : "means from 1 to \(site.configuration.scale)"))
            for field in ResponseField.scores {
                if let score = responses.scores[field] { lines.append("  \(field.rawValue): \(ResponseSummary.format(score))") }
            }
        }
        lines.append(responses.steering.map { "steering: \($0)" } ?? "# steering: more | same | less")
        let placeholders: [ResponseField: (String, String)] = [
            .wentWell: ("wat ging goed", "what went well"), .couldImprove: ("wat kan anders", "what could be different"),
            .energizers: ("wat geeft energie", "what gives energy"), .drainers: ("wat kost energie", "what takes energy"),
        ]
        for field in ResponseField.texts {
            if let texts = responses.texts[field] {
                lines.append("\(field.rawValue):")
                lines += texts.map { "  - \(scalar($0))" }
            } else {
                lines.append("# \(field.rawValue): [\(nl ? placeholders[field]!.0 : placeholders[field]!.1)]")
            }
        }
        return lines
    }

    private func requireTeam(_ team: String) throws {
        guard site.teamsByID[team] != nil else {
            let known = site.teams.map(\.id)
            throw UsageError(.noTeam(team: team, suggestion: Suggestion.closest(to: team, in: known), teams: known))
        }
    }

    /// A YAML scalar as Yams writes it: quoted when the text would otherwise mean something else,
    /// and on one line however long (a folded line would fall outside its list item).
    private func scalar(_ text: String) -> String {
        ((try? Yams.dump(object: text, width: -1)) ?? text).trimmingCharacters(in: .newlines)
    }

    private func hint(_ type: FieldType) -> String {
        let nl = site.configuration.language == .nl
        switch type {
        case .text: return nl ? "tekst" : "text"
        case .date: return "YYYY-MM-DD"
        case .integer: return nl ? "een geheel getal" : "a whole number"
        case .score: return nl ? "een getal" : "a number"
        case .bool: return nl ? "true of false" : "true or false"
        case .choice(let values): return values.joined(separator: " | ")
        case .identifier: return nl ? "een id" : "an id"
        case .reference(let kind):
            let dutch: [ReferenceKind: String] = [.team: "team", .person: "persoon", .value: "waarde", .mandate: "mandaat", .holder: "houder", .roleOrPerson: "rol of persoon"]
            return nl ? "id van een \(dutch[kind] ?? kind.rawValue)" : "a \(kind.rawValue) id"
        case .list: return nl ? "een lijst" : "a list"
        case .object, .keyed, .severities: return nl ? "velden" : "a mapping"
        }
    }

    static func title(from id: String) -> String {
        let words = id.split(separator: "-").map(String.init)
        guard let first = words.first else { return id }
        return ([first.prefix(1).uppercased() + first.dropFirst()] + words.dropFirst()).joined(separator: " ")
    }
}
