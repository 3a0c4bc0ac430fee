/// value-without-story: an organization value that no story shows in practice.
struct ValueWithoutStoryCheck: SiteCheck {
    func check(_ site: ContentIndex) -> [Finding] {
        guard let organization = site.organization else { return [] }
        let shown = Set(site.stories.flatMap { $0.value.values.map(\.value) })
        return organization.value.values.compactMap { value in
            guard !shown.contains(value.id.value) else { return nil }
            return Finding(.valueWithoutStory, organization.path, value.id.position,
                .valueWithoutStory(value: value.id.value))
        }
    }
}
