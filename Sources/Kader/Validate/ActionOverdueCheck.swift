/// action-overdue: an open or doing action, by its latest mention, whose due date has passed.
struct ActionOverdueCheck: SiteCheck {
    func check(_ site: Site) -> [Finding] {
        ActionLedger.actions(in: site).compactMap { action in
            guard !action.latest.status.isClosed, !action.latest.statusIsInvalid, let due = action.latest.due, due.value < site.today else { return nil }
            let owner = action.latest.owner.map { " (owner: \($0.value))" } ?? ""
            return Finding(.actionOverdue, action.latestPath, due.position,
                "the action `\(action.id)`\(owner) was due on \(due.value) and is still \(action.latest.status.rawValue); mark it done or dropped, or agree a new `due` date")
        }
    }
}
