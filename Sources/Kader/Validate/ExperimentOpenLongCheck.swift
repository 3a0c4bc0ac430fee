/// experiment-open-long: an experiment still running more than 90 days after its date.
struct ExperimentOpenLongCheck: SiteCheck {
    static let days = 90

    func check(_ site: ContentIndex) -> [Finding] {
        site.stories.compactMap { story in
            let value = story.value
            guard value.isRunningExperiment, let date = value.date?.value, let kind = value.kind,
                  site.today.days(since: date) > Self.days else { return nil }
            return Finding(.experimentOpenLong, story.path, value.status?.position ?? kind.position,
                .experimentOpenLong(since: date.description, days: site.today.days(since: date)))
        }
    }
}
