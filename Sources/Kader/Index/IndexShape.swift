/// What a page can read of the index without reading an item's value or body (which its `Trace`
/// records): which files there are, in which order every list holds them, every reference read
/// backwards, and the values relations hold themselves (roles, reviews, the action ledger). When
/// this is as it was, a page whose items did not change is what it was.
extension ContentIndex {
    /// Its name among the shapes a build records (`PageRecord.Inputs.shapes`).
    static let shapeName = "index"

    /// Sections hashed each on its own, on all cores, and then in their order: one pass over
    /// 16,000 files' ids and relations was the longest step before a one-file build's pages.
    func shapeFingerprint() -> UInt64 {
        let site = self
        let sections: [@Sendable () -> UInt64] = [
            { site.listsShape() }, { site.idsShape() }, { site.groupsShape() },
            { site.relationValuesShape() }, { site.actionsShape() }, { site.evaluationPlacesShape() },
        ]
        var hash = Fingerprint()
        for section in sections.parallelMap({ $0() }) { hash.add(section) }
        return hash.value
    }

    private static func paths<T>(_ items: [Item<T>], into hash: inout Fingerprint) {
        hash.add(UInt64(items.count))
        for item in items { hash.add(item.path) }
    }

    private static func grouped<T>(_ name: String, _ groups: [String: [Item<T>]], into hash: inout Fingerprint) {
        hash.add(name)
        hash.add(UInt64(groups.count))
        for key in groups.keys.sorted(by: { $0.precedesInBytes($1) }) {
            hash.add(key)
            paths(groups[key]!, into: &hash)
        }
    }

    private static func texts(_ name: String, _ values: some Sequence<String>, into hash: inout Fingerprint) {
        hash.add(name)
        for value in values { hash.add(value) }
        hash.add("end")
    }

    private func listsShape() -> UInt64 {
        var hash = Fingerprint()
        Self.texts("organization", [organization?.path ?? "-"], into: &hash)
        Self.paths(teams, into: &hash); Self.paths(people, into: &hash); Self.paths(mandates, into: &hash)
        Self.paths(stories, into: &hash); Self.paths(evaluations, into: &hash); Self.paths(sessions, into: &hash)
        Self.paths(pages, into: &hash)
        Self.texts("assets", assets, into: &hash)
        Self.paths(relations.storiesNewestFirst, into: &hash)
        return hash.value
    }

    private func idsShape() -> UInt64 {
        var hash = Fingerprint()
        Self.texts("people", personIDs.sorted(by: { $0.precedesInBytes($1) }), into: &hash)
        Self.texts("people folder", [hasPeopleFolder ? "yes" : "no"], into: &hash)
        for kind in ContentKind.allCases { Self.texts(kind.rawValue, (ids[kind] ?? []).sorted(by: { $0.precedesInBytes($1) }), into: &hash) }
        Self.texts("unbuilt", unbuiltBodies.map(\.path), into: &hash)
        return hash.value
    }

    private func groupsShape() -> UInt64 {
        var hash = Fingerprint()
        Self.grouped("evaluations by team", evaluationsByTeam, into: &hash)
        Self.grouped("stories by team", relations.storiesByTeam, into: &hash)
        Self.grouped("stories by value", relations.storiesByValue, into: &hash)
        Self.grouped("sessions by team", relations.sessionsByTeam, into: &hash)
        Self.grouped("mandates by team", relations.mandatesByTeam, into: &hash)
        Self.grouped("teams by value", relations.teamsByValue, into: &hash)
        Self.grouped("teams by member", relations.teamsByMember, into: &hash)
        Self.grouped("teams by coach", relations.teamsByCoach, into: &hash)
        Self.grouped("teams by manager", relations.teamsByManager, into: &hash)
        Self.grouped("mandates by person", relations.mandatesByPerson, into: &hash)
        return hash.value
    }

    /// Values a relation holds itself, every field (`IndexShapeTests` counts them).
    private func relationValuesShape() -> UInt64 {
        var hash = Fingerprint()
        hash.add("roles")
        for holder in relations.rolesByHolder.keys.sorted(by: { $0.precedesInBytes($1) }) {
            hash.add(holder)
            for (team, role) in relations.rolesByHolder[holder]! {
                hash.add(team)
                hash.add(role.id)
                hash.add(role.name)
                hash.add(role.holder)
                hash.add(role.accountabilities.joined(separator: "\n"))
            }
        }
        hash.add("reviews")
        for mandate in relations.reviewsByMandate.keys.sorted(by: { $0.precedesInBytes($1) }) {
            hash.add(mandate)
            for (evaluation, review) in relations.reviewsByMandate[mandate]! {
                hash.add(evaluation.path)
                hash.add(review.mandate)
                hash.add(review.decision.rawValue)
                hash.add(review.note ?? "-")
            }
        }
        return hash.value
    }

    private func actionsShape() -> UInt64 {
        var hash = Fingerprint()
        hash.add("actions")
        for action in relations.actions {
            hash.add(action.team ?? "-")
            hash.add(action.id)
            hash.add(action.latestPath)
            hash.add([action.latestDate, action.firstMentioned, action.closed].map { $0?.description ?? "-" }.joined(separator: " "))
            let latest = action.latest
            hash.add(latest.id)
            hash.add(latest.title)
            hash.add(latest.owner)
            hash.add(latest.due.map { Located($0.value.description, at: $0.position) })
            hash.add(latest.status.rawValue + (latest.statusIsInvalid ? " invalid" : ""))
        }
        return hash.value
    }

    private func evaluationPlacesShape() -> UInt64 {
        var hash = Fingerprint()
        hash.add("evaluation places")
        for evaluation in relations.evaluationPlace.keys.sorted(by: { $0.precedesInBytes($1) }) {
            hash.add(evaluation)
            hash.add(UInt64(relations.evaluationPlace[evaluation]!))
        }
        hash.add("end")
        return hash.value
    }
}

extension Fingerprint {
    mutating func add(_ located: Located<String>?) {
        guard let located else { return add("-") }
        add(located.value)
        add(UInt64(bitPattern: Int64(located.position.line)))
        add(UInt64(bitPattern: Int64(located.position.column)))
    }
}
