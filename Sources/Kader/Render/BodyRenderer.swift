import CCmarkGFM
import Foundation

/// A body made ready for a page: links to content files point at their pages, headings have
/// stable anchors, and long bodies get a table of contents.
public struct RenderedBody: Sendable {
    public let html: String
    public let contents: [Heading]

    public struct Heading: Sendable {
        public let id: String
        public let text: String
        public let level: Int
    }
}

extension MarkdownDocument {
    /// Renders the body for the page at `pageURL`: links are rewritten in a tree of its own
    /// (`withTree`), so rendering is repeatable and one body can be rendered for several pages at
    /// once.
    func render(pageURL: String, sourcePath: String, site: ContentIndex, unsafe: Bool) -> RenderedBody {
        // The parse resolved every link against the body's own file; a walk of a tree of the same
        // text meets the links in the same order.
        let targets = resolvedFrom == sourcePath ? links.map(\.target) : nil
        let (html, headings) = withTree { tree in
            Self.renderRewritingLinks(tree, pageURL: pageURL, sourcePath: sourcePath, targets: targets, site: site, unsafe: unsafe)
        }
        var used: [String: Int] = [:]
        let anchored: [RenderedBody.Heading] = headings.map { heading in
            var id = Slug.make(heading.text)
            if id.isEmpty { id = "kop" }
            let count = used[id, default: 0]
            used[id] = count + 1
            if count > 0 { id += "-\(count + 1)" }
            return RenderedBody.Heading(id: id, text: heading.text, level: heading.level)
        }
        let contents = anchored.filter { $0.level == 2 || $0.level == 3 }
        return RenderedBody(html: Self.labelTasks(Self.addAnchors(anchored, to: html)), contents: contents.count >= 3 ? contents : [])
    }

    /// The HTML with links to content files and assets rewritten for `pageURL`, and the headings.
    /// The rewritten URLs stay in `tree`, which is this rendering's own (`withTree`).
    private static func renderRewritingLinks(_ tree: OpaquePointer, pageURL: String, sourcePath: String, targets: [String?]?,
                                             site: ContentIndex, unsafe: Bool) -> (html: String, headings: [(level: Int, text: String)]) {
        let root = SiteURL.root(from: pageURL)
        var headings: [(level: Int, text: String)] = []
        var linkIndex = 0
        let iterator = cmark_iter_new(tree)
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING {
                headings.append((Int(cmark_node_get_heading_level(node)), Self.text(of: node)))
            } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node) {
                let original = String(cString: url)
                let target: String?
                if let targets, targets.indices.contains(linkIndex) { target = targets[linkIndex] } else { target = LinkTarget.resolve(original, from: sourcePath) }
                linkIndex += 1
                if let target, let rewritten = Self.rewrite(original, target: target, root: root, site: site) {
                    cmark_node_set_url(node, rewritten)
                }
            }
        }
        cmark_iter_free(iterator)
        let html = Self.html(of: tree, unsafe: unsafe)
        return (html, headings)
    }

    func plainText() -> String {
        withTree { Self.plainText(of: $0) }
    }

    private static func plainText(of root: OpaquePointer) -> String {
        guard let text = cmark_render_plaintext(root, CMARK_OPT_DEFAULT, 0) else { return "" }
        defer { free(text) }
        return String(cString: text)
    }

    private static func text(of node: OpaquePointer) -> String {
        var result = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(child) {
                result += String(cString: literal)
            }
        }
        return result
    }

    /// A link to a content file becomes a link to its page; one to an asset, to its copy.
    private static func rewrite(_ destination: String, target: String, root: String, site: ContentIndex) -> String? {
        let fragment = destination.firstIndex(of: "#").map { String(destination[$0...]) } ?? ""
        if target.hasPrefix("content/assets/") {
            return root + SiteURL.asset(forContentPath: target) + fragment
        }
        guard site.contentPaths.contains(target), let page = SiteURL.page(forContentPath: target, in: site) else { return nil }
        return root + page + fragment
    }

    /// cmark writes `<h2>` without attributes; the n-th heading tag is the n-th heading node.
    /// cmark-gfm writes a task as `<li><input type="checkbox" disabled="" /> text</li>`: the
    /// checkbox has no label and the item keeps its bullet. Each task's checkbox and its text (up
    /// to the item's end or its first nested block) become one `<label>`, and the item gets the
    /// class `task-item` (no bullet).
    static func labelTasks(_ html: String) -> String {
        // On bytes: every marker is ASCII, and a search per task over the rest of the page made
        // this quadratic in the tasks of a body.
        let bytes = Array(html.utf8)
        let marker = Array(#"<input type="checkbox""#.utf8)
        guard var input = bytes.firstIndex(of: marker) else { return html }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 256)
        var copied = 0
        func has(_ suffix: String, endingAt end: Int) -> Bool {
            let suffix = Array(suffix.utf8)
            return end - suffix.count >= copied && bytes[(end - suffix.count)..<end].elementsEqual(suffix)
        }
        while true {
            var before = input
            var paragraph = ""
            if has("<p>", endingAt: before) { before -= 3; paragraph = "<p>" }
            if !paragraph.isEmpty && has("\n", endingAt: before) { before -= 1; paragraph = "\n" + paragraph }
            if has("<li>", endingAt: before) {
                result += bytes[copied..<(before - 4)]
                result += Array(#"<li class="task-item">"#.utf8) + Array(paragraph.utf8) + Array("<label>".utf8)
                let end = Self.taskEnd(in: bytes, from: input + marker.count)
                var textEnd = end
                while textEnd > input, Self.isSpace(bytes[textEnd - 1]) { textEnd -= 1 }
                result += bytes[input..<textEnd]
                result += Array("</label>".utf8)
                result += bytes[textEnd..<end]
                copied = end
            } else {
                result += bytes[copied..<(input + marker.count)]
                copied = input + marker.count
            }
            guard let next = bytes.firstIndex(of: marker, from: copied) else { break }
            input = next
        }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }

    /// Where a task's text ends: the item's end or its first nested block.
    private static func taskEnd(in bytes: [UInt8], from start: Int) -> Int {
        let ends = ["</li>", "<ul", "<ol", "</p>", "<p>", "<div"].map { Array($0.utf8) }
        var index = start
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<") {
                for end in ends where index + end.count <= bytes.count && bytes[index..<(index + end.count)].elementsEqual(end) {
                    return index
                }
            }
            index += 1
        }
        return bytes.count
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }


    private static func addAnchors(_ headings: [RenderedBody.Heading], to html: String) -> String {
        guard !headings.isEmpty else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count + headings.count * 24)
        var rest = html[...]
        var index = 0
        while index < headings.count, let range = rest.range(of: "<h\(headings[index].level)>") {
            result += rest[..<range.lowerBound]
            result += "<h\(headings[index].level) id=\"\(headings[index].id)\">"
            rest = rest[range.upperBound...]
            index += 1
        }
        result += rest
        return result
    }
}

enum Slug {
    /// "Wat ging goed?" → "wat-ging-goed"; accents folded so anchors stay readable in a URL.
    static func make(_ text: String) -> String {
        // Folding goes through Foundation (ICU); ASCII text, as most headings are, needs only its
        // capitals lowered.
        slug(of: text.utf8.allSatisfy({ $0 < 0x80 }) ? text.lowercased() : folded(text))
    }

    /// Accents and case folded away: "Één" → "een".
    static func folded(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    }

    /// Letters a–z and digits of folded text, every run of anything else one dash between them.
    static func slug(of folded: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pendingDash && !slug.isEmpty { slug += "-" }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug
    }
}
