import Foundation
import Hummingbird
import Kader
import NIOCore

/// Answers a request with a file of the last good refresh, made when asked for, or with the
/// findings while the content has errors. Only paths of the site answer: any `..` (also encoded)
/// is a 404.
struct PreviewFiles: Sendable {
    let state: PreviewState

    func response(for rawPath: String) -> Response {
        guard let relative = Self.safePath(rawPath) else { return notFound() }
        let errors = state.errors
        let isPage = relative.hasSuffix(".html") || !relative.split(separator: "/").last.map { $0.contains(".") }!
        if !errors.isEmpty, isPage { return findingsPage() }
        let (tree, path) = relative == "reports" || relative.hasPrefix("reports/")
            ? ("reports", String(relative.dropFirst("reports".count).drop { $0 == "/" }))
            : ("handbook", relative)
        // A folder is its index page, as a static server would answer.
        guard let (served, bytes) = [path, path.isEmpty ? "index.html" : path + "/index.html"].lazy
            .compactMap({ candidate in self.state.site.file(tree: tree, path: candidate).map { (candidate, $0) } }).first else { return notFound() }
        let type = Self.contentType(served)
        if type.hasPrefix("text/html") {
            let html = String(decoding: bytes, as: UTF8.self)
            return page(Self.inject(ReloadEvents.script(version: state.version), into: html), status: .ok)
        }
        return Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The path below the site root, or nil when it tries to leave it.
    static func safePath(_ raw: String) -> String? {
        let path = raw.split(separator: "?", maxSplits: 1).first.map(String.init) ?? raw
        // Decoded twice, so `%252e%252e` cannot hide a `..` either.
        guard let once = path.removingPercentEncoding, let decoded = once.removingPercentEncoding else { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == ".." || $0 == "." || $0.contains("\\") || $0.contains("\0") }) else { return nil }
        return segments.isEmpty ? "index.html" : segments.joined(separator: "/")
    }

    static func inject(_ script: String, into html: String) -> String {
        guard let range = html.range(of: "</body>", options: .backwards) else { return html + script }
        return html.replacingCharacters(in: range, with: script + "\n</body>")
    }

    static func contentType(_ path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "xml": "application/xml"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "pdf": "application/pdf"
        case "csv": "text/csv; charset=utf-8"
        case "txt", "md": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }

    private func page(_ html: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    private func notFound() -> Response {
        page("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head><body><main><h1>Not found</h1></main></body></html>", status: .notFound)
    }

    /// The findings instead of a stale page, until they are fixed; then the page reloads itself.
    private func findingsPage() -> Response {
        let escape = HTMLEscape.escape
        let (findings, language, snippets) = state.shown
        let items = findings.enumerated().map { index, finding in
            let snippet = index < snippets.count ? snippets[index].map { "\n<pre class=\"snippet\">\(escape($0))</pre>" } ?? "" : ""
            return "<li><code>\(escape(finding.file)):\(finding.line):\(finding.column)</code> \(escape(finding.message(in: language))) <small>[\(finding.rule.rawValue)]</small>\(snippet)</li>"
        }.joined(separator: "\n")
        let count = findings.count, nl = language == .nl
        let title = nl ? "\(count) \(count == 1 ? "fout" : "fouten")" : "\(count) error\(count == 1 ? "" : "s")"
        let heading = nl ? "De inhoud heeft \(title)" : "The content has \(title)"
        let advice = nl ? "Los \(count == 1 ? "ze" : "ze allemaal") op en bewaar: deze pagina laadt daarna vanzelf opnieuw."
                        : "Fix \(count == 1 ? "it" : "them") and save: this page reloads by itself."
        let html = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>kader: \(title)</title>
            <style>body{font:1rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}li{margin:.5rem 0}code{font-weight:600}pre.snippet{margin:.25rem 0;padding:.5rem;background:#f3f3f3;overflow-x:auto}</style></head>
            <body><main><h1>\(heading)</h1>
            <p>\(advice)</p>
            <ul class="findings">
            \(items)
            </ul></main>
            \(ReloadEvents.script(version: state.version))
            </body></html>
            """
        return page(html, status: .ok)
    }
}
