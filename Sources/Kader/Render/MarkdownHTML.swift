import CCmarkGFM
import Foundation

extension MarkdownDocument {
    /// The body as HTML. Raw HTML in the body is dropped unless `unsafe` (kader.yml's `unsafe_html`).
    /// Safe to call from several threads, on one document or on different ones.
    public func html(unsafe: Bool = false) -> String {
        withTree { Self.html(of: $0, unsafe: unsafe) }
    }

    /// The HTML of a tree the caller holds through `withTree`.
    static func html(of root: OpaquePointer, unsafe: Bool) -> String {
        let memory = cmark_get_default_mem_allocator()
        var extensions: UnsafeMutablePointer<cmark_llist>?
        for name in Markdown.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                extensions = cmark_llist_append(memory, extensions, UnsafeMutableRawPointer(syntaxExtension))
            }
        }
        defer { cmark_llist_free(memory, extensions) }
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES | (unsafe ? CMARK_OPT_UNSAFE : 0)
        guard let html = cmark_render_html(root, options, extensions) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    func htmlForTesting() -> String { html() }
}
