import Foundation
import Testing
@testable import Kader

/// Reports as a manager prints them (issue 9): every column of every table on paper, no nearly
/// empty first page. Printed by Debian's chromium, read back with pdftotext.
@Suite(.serialized) struct ReportPrintTests {
    static func headers(_ html: String) -> [String] {
        html.components(separatedBy: "<th scope=\"col\">").dropFirst().compactMap { $0.components(separatedBy: "</th>").first }
            .filter { !$0.isEmpty }
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    @Test(arguments: ["reports/index.html", "reports/teams/noord.html", "reports/periods/2026-10.html"])
    func everyColumnHeaderIsOnPaper(page: String) throws {
        let (output, _) = try ExampleHandbookTests.build()
        let html = try String(contentsOfFile: output + "/" + page, encoding: .utf8)
        let folder = output + "/print-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let pdf = folder + "/page.pdf"
        let (status, log) = try Browser.chromium(["--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://\(output)/\(page)"])
        #expect(status == 0, "\(log)")
        let (_, raw) = try run("pdftotext", [pdf, "-"])
        let text = Self.collapsed(raw)
        let headers = Set(Self.headers(html).map { Self.collapsed($0.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'")) })
        #expect(!headers.isEmpty)
        let missing = headers.filter { header in !header.split(separator: " ").allSatisfy { text.contains($0) } }
        #expect(missing.isEmpty, "\(page): columns not on paper: \(missing.sorted())")
        // The first page carries the title and more than a line or two.
        let pages = raw.components(separatedBy: "\u{0C}")
        #expect(Self.collapsed(pages.first ?? "").count > 200, "\(page): first page: \(pages.first ?? "")")
    }
}
