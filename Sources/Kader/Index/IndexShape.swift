/// What a page can read of the index without reading an item's value or body (which its `Trace`
/// records): which files there are, in which order every list holds them, every reference read
/// backwards, and the values relations hold themselves (roles, reviews, the action ledger). When
/// this is as it was, a page whose items did not change is what it was.
extension ContentIndex {
    /// Its name among the shapes a build records (`PageRecord.Inputs.shapes`).
    static let shapeName = "index"

    func shapeFingerprint() -> UInt64 {
        var hash = Fingerprint()
        func paths<T>(_ items: [Item<T>]) {
            hash.add(UInt64(items.count))
            for item in items { hash.add(item.path) }
        }
        func grouped<T>(_ name: String, _ groups: [String: [Item<T>]]) {
            hash.add(name)
            hash.add(UInt64(groups.count))
            for key in groups.keys.sorted(by: { $0.precedesInBytes($1) }) {
                hash.add(key)
                paths(groups[key]!)
            }
        }
        func texts(_ name: String, _ values: some Sequence<String>) {
            hash.add(name)
            for value in values { hash.add(value) }
            hash.add("end")
        }
        texts("organization", [organization?.path ?? "-"])
        paths(teams); paths(people); paths(mandates); paths(stories); paths(evaluations); paths(sessions); paths(pages)
        texts("assets", assets)
        texts("people", personIDs.sorted(by: { $0.precedesInBytes($1) }))
        texts("people folder", [hasPeopleFolder ? "yes" : "no"])
        for kind in ContentKind.allCases { texts(kind.rawValue, (ids[kind] ?? []).sorted(by: { $0.precedesInBytes($1) })) }
        texts("unbuilt", unbuiltBodies.map(\.path))
        grouped("evaluations by team", evaluationsByTeam)

        paths(relations.storiesNewestFirst)
        grouped("stories by team", relations.storiesByTeam)
        grouped("stories by value", relations.storiesByValue)
        grouped("sessions by team", relations.sessionsByTeam)
        grouped("mandates by team", relations.mandatesByTeam)
        grouped("teams by value", relations.teamsByValue)
        grouped("teams by member", relations.teamsByMember)
        grouped("teams by coach", relations.teamsByCoach)
        grouped("teams by manager", relations.teamsByManager)
        grouped("mandates by person", relations.mandatesByPerson)
        // Values a relation holds itself, every field (`IndexShapeTests` counts them).
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
