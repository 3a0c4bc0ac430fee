import Foundation
import Testing
@testable import Kader

/// Lines and columns count in the file as it is on disk: CRLF line ends and a BOM change nothing,
/// and a column counts characters.
@Suite struct PositionTests {
    static let team = "content/teams/noord.md"

    static let wrongPhase = """
        ---
        name: Team Noord
        purpose: Thuiszorg in Noord.
        phase: lerning
        members: [an, bert]
        ---
        Zie [Zuid](zuid.md).

        """

    static func check(_ text: String) throws -> [String] {
        let repository = try FixtureRepository(valid: [:])
        try repository.write(team, text)
        return try repository.findings().map(\.described)
    }

    static let expected = ["error invalid-value \(team):4:1", "error broken-link \(team):7:5"]

    @Test func lineFeeds() throws {
        #expect(try Self.check(Self.wrongPhase) == Self.expected)
    }

    @Test func crlfLineEnds() throws {
        #expect(try Self.check(Self.wrongPhase.replacingOccurrences(of: "\n", with: "\r\n")) == Self.expected)
    }

    @Test func aByteOrderMark() throws {
        #expect(try Self.check("\u{FEFF}" + Self.wrongPhase) == Self.expected)
    }

    @Test func aByteOrderMarkAndCRLF() throws {
        #expect(try Self.check("\u{FEFF}" + Self.wrongPhase.replacingOccurrences(of: "\n", with: "\r\n")) == Self.expected)
    }

    @Test func aValidFileWithBOMAndCRLFHasNoFinding() throws {
        let text = "\u{FEFF}---\r\nname: Team Noord\r\npurpose: Thuiszorg in Noord.\r\nphase: learning\r\nmembers: [an, bert]\r\n---\r\nHet team.\r\n"
        #expect(try Self.check(text) == [])
    }

    @Test func yamlSyntaxWithCRLF() throws {
        let text = "---\r\nname: Team Noord\r\npurpose: Thuiszorg: in Noord.\r\n---\r\n"
        #expect(try Self.check(text) == ["error yaml-syntax \(Self.team):3:19"])
    }

    @Test func aYamlColumnCountsCharacters() throws {
        let repository = try FixtureRepository(valid: ["content/evaluations/noord/2026-11-01.md": """
            ---
            team: noord
            date: 2026-11-01
            participants: 4
            scores: {éé: 4, autonomy: 9}
            ---
            """])
        // `éé` starts at column 10; after it (4 bytes, 2 characters) `autonomy` at column 17.
        #expect(try repository.findings().map(\.described) == [
            "warning unknown-field content/evaluations/noord/2026-11-01.md:5:10",
            "error invalid-value content/evaluations/noord/2026-11-01.md:5:17",
        ])
    }
}
