/// review-overdue: an active mandate past its review date that no evaluation of its team has reviewed
/// on or after that date.
struct ReviewOverdueCheck: SiteCheck {
    func check(_ site: Site) -> [Finding] {
        site.mandates.compactMap { mandate in
            let value = mandate.value
            guard value.status == .active, site.exists(.team, value.team.value), let review = value.review, review.value < site.today,
                  !site.isReviewed(mandate) else { return nil }
            return Finding(.reviewOverdue, mandate.path, review.position,
                "the review of this mandate was due on \(review.value) and no evaluation of team `\(value.team.value)` since then reviews it; add it under `mandate_reviews` in the next evaluation, or set a new `review` date")
        }
    }
}
