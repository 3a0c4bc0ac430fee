/// action-overdue: an open or doing action, by its latest mention, whose due date has passed.
struct ActionOverdueCheck: SiteCheck {
    func check(_ site: ContentIndex) -> [Finding] {
        site.relations.actions.compactMap { action in
            guard !action.latest.status.isClosed, !action.latest.statusIsInvalid, let due = action.latest.due, due.value < site.today else { return nil }
            return Finding(.actionOverdue, action.latestPath, due.position,
                .actionOverdue(id: action.id, owner: action.latest.owner?.value, due: due.value.description, status: action.latest.status.rawValue))
        }
    }
}
