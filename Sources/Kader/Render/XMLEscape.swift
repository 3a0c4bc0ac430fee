/// Text made safe inside XML and SVG, for the feed, the sitemap and the charts: the build's one
/// escaper (`HTMLEscape`).
enum XML {
    static func escape(_ text: String) -> String { HTMLEscape.escape(text) }
}
