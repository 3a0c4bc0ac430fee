import Foundation

/// The Atom feed of stories, newest first, with absolute URLs from `base_url`.
enum Feed {
    static func atom(for site: ContentIndex) -> String {
        let base = site.configuration.baseURLWithSlash
        // Each story's date read once, not twice per comparison.
        let stories = site.stories.map { ($0.value.date?.value ?? Day(ordinal: 0), $0) }
            .sorted { ($0.0, $1.1.id) > ($1.0, $0.1.id) }.map(\.1)
        let updated = stories.first?.value.date?.value ?? site.today
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>\(HTMLEscape.escape(site.configuration.title))</title>
              <id>\(HTMLEscape.escape(base))</id>
              <link href="\(HTMLEscape.escape(base + SiteURL.home))"/>
              <link rel="self" href="\(HTMLEscape.escape(base + "feed.xml"))"/>
              <updated>\(updated)T00:00:00Z</updated>

            """
        for story in stories {
            let url = base + SiteURL.story(story.id)
            let summary = story.value.learned ?? story.value.hypothesis ?? String((story.body?.plainText() ?? "").prefix(280))
            let author = story.value.author.map { site.peopleByID[$0.value]?.value.name ?? $0.value } ?? site.configuration.title
            xml += """
                  <entry>
                    <title>\(HTMLEscape.escape(story.value.title))</title>
                    <id>\(HTMLEscape.escape(url))</id>
                    <link href="\(HTMLEscape.escape(url))"/>
                    <updated>\(story.value.date?.value ?? updated)T00:00:00Z</updated>
                    <author><name>\(HTMLEscape.escape(author))</name></author>
                    <summary>\(HTMLEscape.escape(summary.trimmedWhitespace))</summary>
                  </entry>

                """
        }
        return xml + "</feed>\n"
    }
}

extension Configuration {
    var baseURLWithSlash: String { baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }

    /// The path part of `base_url` (`https://x.org/handboek/` → `/handboek/`): the 404 page links
    /// by path, so it works at any depth on its own server and names no host.
    var basePath: String {
        let path = URL(string: baseURLWithSlash)?.path ?? "/"
        let trimmed = path.hasSuffix("/") ? path : path + "/"
        return trimmed.hasPrefix("/") ? trimmed : "/" + trimmed
    }
}
