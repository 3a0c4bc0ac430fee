/// review-overdue: an active mandate past its review date that no evaluation of its team has reviewed
/// on or after that date.
struct ReviewOverdueCheck: SiteCheck {
    func check(_ site: ContentIndex) -> [Finding] {
        site.mandates.compactMap { mandate in
            let value = mandate.value
            guard value.status == .active, site.exists(.team, value.team.value), let review = value.review, review.value < site.today,
                  !site.isReviewed(mandate) else { return nil }
            return Finding(.reviewOverdue, mandate.path, review.position,
                .reviewOverdue(due: review.value.description, team: value.team.value))
        }
    }
}
