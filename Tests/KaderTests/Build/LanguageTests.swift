import Foundation
import Testing
@testable import Kader

/// Dutch and English builds of the same content differ in labels (and `lang`) only.
@Suite struct LanguageTests {
    static func normalized(_ text: String, _ language: Configuration.Language) -> String {
        let labels = Labels(language)
        var text = text.replacingOccurrences(of: "lang=\"\(language.rawValue)\"", with: "lang=\"?\"")
        // Class names are English words in both languages; they are markup, not labels.
        text = try! NSRegularExpression(pattern: #" class="[^"]*""#).stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
        // So are data attributes (`data-level`), whatever English word names them.
        text = try! NSRegularExpression(pattern: #" data-[a-z-]+="#).stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: " data-?=")
        let months = language == .nl ? Labels.dutchMonths : Labels.englishMonths
        for (index, month) in months.enumerated() { text = text.replacingOccurrences(of: " \(month) ", with: " <month \(index + 1)> ") }
        // Several keys can share one word ("Zoeken"), so a label becomes <label>, whole words only.
        let values = Set(labels.strings.values.flatMap { [$0, $0.replacingOccurrences(of: "'", with: "&#39;")] })
        for value in values.sorted(by: { ($0.count, $0) > ($1.count, $1) }) {
            let pattern = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: value) + "(?![\\p{L}\\p{N}])"
            let regex = try! NSRegularExpression(pattern: pattern)
            text = regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "<label>")
        }
        return text
    }

    /// Content in words that are no label in either language, so only labels can differ.
    static func repository(_ language: String) throws -> FixtureRepository {
        try FixtureRepository([
            "kader.yml": "language: \(language)\ntitle: Qvx\n",
            "content/organization.md": "---\ntitle: Kqx\nmission: Mqx.\nvision: Vqx.\nvalues:\n  - id: wqx\n    name: Wqx\n---\nBqx.\n",
            "content/teams/tqx.md": "---\nname: Tqx\npurpose: Pqx.\nphase: learning\nmembers: [aqx]\n---\n",
            "content/people/aqx.md": "---\nname: Aqx\n---\n",
            "content/evaluations/tqx/2026-11-01.md": "---\nteam: tqx\ndate: 2026-11-01\nparticipants: 4\nactions:\n  - id: xqx\n    title: Xqx\n    due: 2026-11-02\n---\n",
            "content/stories/sqx.md": "---\ntitle: Sqx\ndate: 2026-10-01\nkind: lesson\nlearned: Lqx.\nteam: tqx\nvalues: [wqx]\n---\n",
            "content/mandates/mqx.md": "---\ntitle: Mqx\nteam: tqx\narea: Gqx\nholder: team\nlevel: 4\nlimit: Lqx.\nsince: 2026-05-01\nreview: 2027-05-01\n---\n",
        ])
    }

    @Test func dutchAndEnglishDifferInLabelsOnly() throws {
        let dutch = try BuiltHandbook(Self.repository("nl"))
        let english = try BuiltHandbook(Self.repository("en"))
        #expect(dutch.allFiles() == english.allFiles())
        #expect(try dutch.page("index.html").contains("<html lang=\"nl\">"))
        #expect(try english.page("index.html").contains("<html lang=\"en\">"))
        #expect(try english.page("teams/tqx.html").contains("Delegation board"))
        #expect(try dutch.page("teams/tqx.html").contains("Delegatiebord"))
        // Report numbers do not depend on the language.
        // Only the sentences of the attention list are in the site's language.
        func numbers(_ data: Data) -> String {
            String(decoding: data, as: UTF8.self).split(separator: "\n").filter { !$0.contains("\"text\" : ") }.joined(separator: "\n")
        }
        #expect(numbers(dutch.contents(of: "reports/data.json")) == numbers(english.contents(of: "reports/data.json")))
        #expect(String(decoding: english.contents(of: "reports/data.json"), as: UTF8.self).contains("past the agreed date"))
        for file in dutch.allFiles() where file.hasPrefix("handbook/") {
            if file.hasSuffix(".css") || file.hasSuffix(".js") && !file.hasSuffix("search-index.js") {
                #expect(dutch.contents(of: file) == english.contents(of: file), "\(file)")
                continue
            }
            let nl = String(decoding: dutch.contents(of: file), as: UTF8.self)
            let en = String(decoding: english.contents(of: file), as: UTF8.self)
            let a = Self.normalized(nl, .nl).split(separator: "\n"), b = Self.normalized(en, .en).split(separator: "\n")
            let firstDifference = zip(a, b).first { $0 != $1 }.map { "\($0.0)\n  vs \($0.1)" } ?? "lengths \(a.count) vs \(b.count)"
            #expect(a == b, "\(file): \(firstDifference)")
        }
    }

    @Test func bothLanguagesHaveTheSameLabels() {
        #expect(Set(Labels.dutch.keys) == Set(Labels.english.keys))
    }
}

/// A label key written twice crashes every build at start (a dictionary literal with duplicate
/// keys); two merged branches once did that.
@Suite struct LabelKeyTests {
    @Test func noLabelKeyIsWrittenTwice() throws {
        let source = try String(contentsOfFile: ExampleContentTests.repositoryRoot + "/Sources/Kader/Render/Labels.swift", encoding: .utf8)
        for name in ["dutch", "english"] {
            let start = try #require(source.range(of: "static let \(name)"))
            let end = try #require(source.range(of: "\n    ]", range: start.upperBound..<source.endIndex))
            let keys = try NSRegularExpression(pattern: #""([a-z0-9_.\-]+)":"#)
                .matches(in: String(source[start.upperBound..<end.lowerBound]), range: NSRange(location: 0, length: source[start.upperBound..<end.lowerBound].utf16.count))
                .map { (String(source[start.upperBound..<end.lowerBound]) as NSString).substring(with: $0.range(at: 1)) }
            let repeated = Dictionary(grouping: keys, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
            #expect(repeated.isEmpty, "\(name): \(repeated)")
        }
        _ = Labels(.nl)["portfolio"]
        _ = Labels(.en)["portfolio"]
    }
}
