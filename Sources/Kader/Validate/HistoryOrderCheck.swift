/// history-order: a mandate's history runs strictly upwards in time and ends before `since`, and
/// its status changes on or after `since`.
struct HistoryOrderCheck: SiteCheck {
    func check(_ site: Site) -> [Finding] {
        var findings: [Finding] = []
        for mandate in site.mandates {
            var previous: Day?
            for step in mandate.value.history {
                let date = step.date.value
                if let previous, date <= previous {
                    findings.append(Finding(.historyOrder, mandate.path, step.date.position,
                        "the history step of \(date) does not come after the one of \(previous); list the steps oldest first, each on its own date"))
                } else if let since = mandate.value.since?.value, date >= since {
                    findings.append(Finding(.historyOrder, mandate.path, step.date.position,
                        "the history step of \(date) is not before `since: \(since)`; history holds only the earlier levels"))
                }
                previous = date
            }
            if let statusSince = mandate.value.statusSince, let since = mandate.value.since?.value, statusSince.value < since {
                findings.append(Finding(.historyOrder, mandate.path, statusSince.position,
                    "`status_since: \(statusSince.value)` lies before `since: \(since)`; a status changes on or after the current level took effect"))
            }
        }
        return findings
    }
}
