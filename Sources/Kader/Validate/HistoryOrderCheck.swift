/// history-order: a mandate's history runs strictly upwards in time and ends before `since`, and
/// its status changes on or after `since`.
struct HistoryOrderCheck: SiteCheck {
    func check(_ site: ContentIndex) -> [Finding] {
        var findings: [Finding] = []
        for mandate in site.mandates {
            var previous: Day?
            for step in mandate.value.history {
                let date = step.date.value
                if let previous, date <= previous {
                    findings.append(Finding(.historyOrder, mandate.path, step.date.position,
                        .historyStepNotAfter(date: date.description, previous: previous.description)))
                } else if let since = mandate.value.since?.value, date >= since {
                    findings.append(Finding(.historyOrder, mandate.path, step.date.position,
                        .historyStepNotBefore(date: date.description, since: since.description)))
                }
                previous = date
            }
            if let statusSince = mandate.value.statusSince, let since = mandate.value.since?.value, statusSince.value < since {
                findings.append(Finding(.historyOrder, mandate.path, statusSince.position,
                    .statusSinceBeforeSince(statusSince: statusSince.value.description, since: since.description)))
            }
        }
        return findings
    }
}
