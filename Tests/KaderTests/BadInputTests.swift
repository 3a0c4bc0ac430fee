import Foundation
import Testing
@testable import Kader

/// Each kind of bad input gives its finding at the right place, never a crash or a hang, and
/// `check` writes nothing.
@Suite struct BadInputTests {
    private func onlyFinding(_ path: String, _ data: Data) throws -> [String] {
        let repository = try FixtureRepository(FixtureRepository.valid)
        try repository.write(path, data)
        let before = repository.listing()
        let findings = try repository.findings()
        #expect(repository.listing() == before, "check must write nothing")
        return findings.map(\.summary)
    }

    @Test func invalidUTF8PointsAtTheFirstBadByte() throws {
        var bytes = Data("---\nname: Team Zuid\npurpose: \"caf".utf8)
        bytes.append(contentsOf: [0xC3, 0x28])
        bytes.append(Data("\"\n---\n".utf8))
        let findings = try onlyFinding("content/teams/zuid.md", bytes)
        #expect(findings == ["invalid-encoding content/teams/zuid.md:3:14"])
    }

    @Test func anEmptyFileHasNoFrontMatter() throws {
        #expect(try onlyFinding("content/people/leeg.md", Data()) == ["missing-front-matter content/people/leeg.md:1:1"])
    }

    @Test func frontMatterNeverClosed() throws {
        let findings = try onlyFinding("content/people/open.md", Data("---\nname: Open\n\nTekst zonder einde.\n".utf8))
        #expect(findings == ["yaml-syntax content/people/open.md:1:1"])
    }

    @Test func tabsInYAML() throws {
        let result = try FixtureRepository(valid: ["content/people/tab.md": "---\nname: Tab\n\ttitle: Coach\n---\n"]).findings()
        #expect(result.map(\.summary) == ["yaml-syntax content/people/tab.md:3:1"])
        #expect(result.first?.message.contains("tab") == true)
    }

    @Test func aliasBombIsRefusedQuickly() throws {
        var yaml = "---\nname: Bom\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 {
            let previous = "*a\(level - 1)"
            yaml += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        yaml += "---\n"
        let clock = ContinuousClock()
        var findings: [String] = []
        let elapsed = try clock.measure { findings = try onlyFinding("content/people/bom.md", Data(yaml.utf8)) }
        #expect(findings == ["yaml-syntax content/people/bom.md:2:1"])
        #expect(elapsed < TimeBudget.seconds(5))
    }

    @Test func deeplyNestedYAML() throws {
        let depth = 5_000
        let yaml = "---\nname: Diep\ntitle: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n---\n"
        let findings = try onlyFinding("content/people/diep.md", Data(yaml.utf8))
        #expect(findings.count == 1)
        #expect(findings.first?.hasPrefix("yaml-syntax content/people/diep.md:3:") == true)
    }

    @Test func aTwentyMegabyteBodyIsTooLargeAndNotParsed() throws {
        var text = "---\nname: Groot\n---\n"
        let paragraph = "Een alinea met **nadruk**, ~~doorgehaald~~ en een [link](../teams/noord.md).\n\n"
        text += String(repeating: paragraph, count: 20_000_000 / paragraph.utf8.count + 1)
        let clock = ContinuousClock()
        var findings: [String] = []
        let elapsed = try clock.measure { findings = try onlyFinding("content/people/groot.md", Data(text.utf8)) }
        #expect(findings == ["file-too-large content/people/groot.md:1:1"])
        #expect(elapsed < TimeBudget.seconds(5))
    }

    @Test func aFolderSymlinkLoopIsWalkedOnce() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        try repository.write("content/pages/welkom.md", "---\ntitle: Welkom\n---\n")
        try FileManager.default.createSymbolicLink(atPath: repository.root + "/content/pages/lus", withDestinationPath: repository.root + "/content/pages")
        let findings = try repository.findings()
        #expect(findings.map(\.summary) == [])
        #expect(try repository.check().site.pages.count == 1)
    }

    @Test func aSymlinkOutsideTheRepositoryIsNotFollowed() throws {
        let outside = Scratch.path("kader-outside", suffix: ".md")
        try Data("---\nname: Geheim\n---\n".utf8).write(to: URL(fileURLWithPath: outside))
        let repository = try FixtureRepository(FixtureRepository.valid)
        try FileManager.default.createSymbolicLink(atPath: repository.root + "/content/people/geheim.md", withDestinationPath: outside)
        let result = try repository.check()
        #expect(result.findings.map(\.summary) == ["unsafe-path content/people/geheim.md:1:1"])
        #expect(!result.site.people.contains { $0.id == "geheim" })
    }

    @Test(arguments: ["content/people/Noord.md", "content/people/team noord.md", "content/people/a..b.md"])
    func fileNamesThatAreNotIDs(path: String) throws {
        let findings = try onlyFinding(path, Data("---\nname: Iemand\n---\n".utf8))
        #expect(findings == ["invalid-id \(path):1:1"])
    }

    @Test func aMissingFolderOrContentIsAUsageError() throws {
        #expect(throws: UsageError.self) { try Project(root: "/nonexistent-\(UUID().uuidString)") }
        let empty = Scratch.path("kader-empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        #expect(throws: UsageError.self) { try Project(root: empty) }
    }

    @Test func aContentFolderThatLinksOutsideIsNotRead() throws {
        let outside = Scratch.path("kader-outside-content")
        try FileManager.default.createDirectory(atPath: outside + "/people", withIntermediateDirectories: true)
        try Data("---\nname: Geheim\n---\n".utf8).write(to: URL(fileURLWithPath: outside + "/people/geheim.md"))
        let root = Scratch.path("kader-linked")
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/content", withDestinationPath: outside)
        let result = try Project(root: root).check(today: Day("2026-11-22")!)
        #expect(result.findings.map(\.summary) == ["unsafe-path content:1:1"])
        #expect(result.site.people.isEmpty)
    }

    @Test func anUnclosedQuotePointsAtTheQuote() throws {
        let findings = try FixtureRepository(valid: ["content/people/quote.md": "---\nname: \"An Bakker\ntitle: Coach\n---\n"]).findings()
        #expect(findings.map(\.summary) == ["yaml-syntax content/people/quote.md:2:7"])
        #expect(findings.first?.message.contains("never closed") == true)
    }

    @Test func aMandateWithABadDateStillHasItsReferencesChecked() throws {
        let findings = try FixtureRepository(valid: ["content/mandates/m.md": """
            ---
            title: Mandaat
            team: noordd
            area: budget
            holder: team
            level: 8
            limit: Tot 500 euro.
            since: 2026-13-01
            review: 2027-01-01
            ---
            """]).findings()
        #expect(findings.map(\.summary) == ["unknown-reference content/mandates/m.md:3:1", "invalid-value content/mandates/m.md:6:1", "invalid-value content/mandates/m.md:8:1"])
    }

    @Test func anUnreadableFileGivesOneFindingEvenWithABadName() throws {
        let findings = try FixtureRepository(valid: ["content/people/Kapot Bestand.md": "geen front matter\n"]).findings()
        #expect(findings.map(\.summary) == ["missing-front-matter content/people/Kapot Bestand.md:1:1"])
    }
}
