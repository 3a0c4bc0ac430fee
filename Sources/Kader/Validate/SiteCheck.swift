/// A rule that needs the whole site to decide. Each is a small type in its own file.
protocol SiteCheck: Sendable {
    func check(_ site: ContentIndex) -> [Finding]
}

enum SiteChecks {
    static let all: [any SiteCheck] = [
        ReferenceCheck(),
        InnerIDCheck(),
        HistoryOrderCheck(),
        LinkCheck(),
        ReviewOverdueCheck(),
        ActionOverdueCheck(),
        StaleTeamCheck(),
        ValueWithoutStoryCheck(),
        ExperimentOpenLongCheck(),
    ]
}
