import Foundation
import Testing
@testable import Kader

/// The three output formats, on the same findings.
@Suite struct FindingFormatTests {
    let findings = [
        Finding(.unknownField, "content/teams/noord.md", Position(line: 4, column: 1), "unknown field `vaues` in a team; did you mean `values`?"),
        Finding(.missingField, "content/people/an.md", .file, "a person needs the field `name`: the person's name."),
    ].sorted()

    @Test func textIsOneLinePerFindingSortedByPath() {
        #expect(FindingFormat.text.render(findings) == """
            content/people/an.md:1:1: error: a person needs the field `name`: the person's name. [missing-field]
            content/teams/noord.md:4:1: warning: unknown field `vaues` in a team; did you mean `values`? [unknown-field]

            """)
        #expect(FindingFormat.summary(files: 12, errors: 1, warnings: 1) == "12 files checked: 1 error, 1 warning")
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!FindingFormat.text.render(findings).contains("\u{1B}"))
        #expect(FindingFormat.text.render(findings, colour: true).contains("\u{1B}[1;31merror\u{1B}[0m"))
    }

    @Test func githubWorkflowCommands() {
        #expect(FindingFormat.github.render(findings) == """
            ::error file=content/people/an.md,line=1,col=1,title=missing-field::a person needs the field `name`: the person's name.
            ::warning file=content/teams/noord.md,line=4,col=1,title=unknown-field::unknown field `vaues` in a team; did you mean `values`?

            """)
        let multiline = Finding(.yamlSyntax, "content/a,b.md", .file, "50% kapot\nregel twee")
        #expect(FindingFormat.github.render([multiline]) == "::error file=content/a%2Cb.md,line=1,col=1,title=yaml-syntax::50%25 kapot%0Aregel twee\n")
    }

    @Test func jsonIsAnArrayOfFindings() throws {
        struct Row: Decodable, Equatable { let rule, severity, file, message: String; let line, column: Int }
        let rows = try JSONDecoder().decode([Row].self, from: Data(FindingFormat.json.render(findings).utf8))
        #expect(rows == [
            Row(rule: "missing-field", severity: "error", file: "content/people/an.md", message: "a person needs the field `name`: the person's name.", line: 1, column: 1),
            Row(rule: "unknown-field", severity: "warning", file: "content/teams/noord.md", message: "unknown field `vaues` in a team; did you mean `values`?", line: 4, column: 1),
        ])
        #expect(FindingFormat.json.render([]).trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]" || FindingFormat.json.render([]).trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
    }
}

/// `--format text`: the source line under each finding, with a caret under the column.
@Suite struct SnippetTests {
    @Test func theCaretSpansTheKey() throws {
        let repository = try FixtureRepository(valid: ["content/teams/onthaal.md": "---\nname: Onthaal\npurpose: P\nphase: learning\nmembers: [an]\n\nvaues: [gastvrijheid]\n---\n"])
        let finding = try #require(try repository.findings().first { $0.rule == .unknownField })
        #expect(FindingFormat.text.render([finding], language: .nl, source: SourceLines(root: repository.root)) == """
            content/teams/onthaal.md:7:1: waarschuwing: het veld `vaues` bestaat niet in een team; bedoel je `values`? [unknown-field]
               7 | vaues: [gastvrijheid]
                 | ^^^^^

            """)
        // short is today's one line; text without a source is short too.
        #expect(FindingFormat.short.render([finding], language: .en, source: SourceLines(root: repository.root)) ==
            "content/teams/onthaal.md:7:1: warning: unknown field `vaues` in a team; did you mean `values`? [unknown-field]\n")
    }

    @Test func aFileWithWindowsLineEndsShowsItsLine() throws {
        // "\r\n" is one character in Swift: split by characters, such a file was one long line
        // and its findings came without their line.
        let repository = try FixtureRepository(valid: ["content/teams/onthaal.md": "---\r\nname: Onthaal\r\npurpose: P\r\nphase: learning\r\nmembers: [an]\r\n\r\nvaues: [gastvrijheid]\r\n---\r\n"])
        let finding = try #require(try repository.findings().first { $0.rule == .unknownField })
        #expect(finding.line == 7)
        #expect(SourceLines(root: repository.root).line(7, of: "content/teams/onthaal.md") == "vaues: [gastvrijheid]")
        #expect(FindingFormat.text.render([finding], language: .en, source: SourceLines(root: repository.root)).contains("   7 | vaues: [gastvrijheid]\n     | ^^^^^\n"))
    }

    @Test func aValueIsUnderlinedWholeAndAQuotedTextToItsQuote() {
        #expect(FindingFormat.snippet(line: "phase: lerning", number: 4, column: 8) == "   4 | phase: lerning\n     |        ^^^^^^^\n")
        #expect(FindingFormat.snippet(line: "title: \"Een: twee\"", number: 2, column: 8) == "   2 | title: \"Een: twee\"\n     |        ^^^^^^^^^^^\n")
        #expect(FindingFormat.snippet(line: "- [x](weg.md)", number: 12, column: 3) == "  12 | - [x](weg.md)\n     |   ^\n")
        // In the middle of a word there is no telling where the thing starts: one caret.
        #expect(FindingFormat.snippet(line: "abcdef", number: 1, column: 3) == "   1 | abcdef\n     |   ^\n")
        #expect(FindingFormat.snippet(line: "x", number: 12345, column: 1) == "12345 | x\n      | ^\n")
    }

    @Test func tabsDoNotMisplaceTheCaret() {
        // A tab is four columns wide on screen and one character in the column count.
        #expect(FindingFormat.snippet(line: "\tcoach: y", number: 3, column: 2) == "   3 |     coach: y\n     |     ^^^^^\n")
        #expect(FindingFormat.snippet(line: "a\tb", number: 1, column: 3) == "   1 | a   b\n     |     ^\n")
        // Columns count characters, not bytes: é and the emoji are one each.
        #expect(FindingFormat.snippet(line: "é😀 x", number: 1, column: 4, spanning: false) == "   1 | é😀 x\n     |    ^\n")
    }

    @Test func fileLevelFindingsShowNoSnippetAndYAMLShowsWhereTheParserStopped() throws {
        let repository = try FixtureRepository(valid: [
            "content/people/kapot.md": "---\nnaam: X\n---\n",
            "content/people/quote.md": "---\nname: \"Bert\ntitle: x\n---\n",
        ])
        let findings = try repository.findings()
        let text = FindingFormat.text.render(findings, language: .en, source: SourceLines(root: repository.root))
        #expect(text.contains("content/people/kapot.md:1:1: error: a person needs the field `name`: the person's name. [missing-field]\ncontent/people/kapot.md:2:1"))
        let yaml = try #require(findings.first { $0.rule == .yamlSyntax })
        let snippet = try #require(FindingFormat.snippet(for: yaml, in: SourceLines(root: repository.root)))
        #expect(snippet.hasPrefix(String(repeating: " ", count: 3) + "\(yaml.line) | "))
        #expect(snippet.hasSuffix("^\n") && !snippet.hasSuffix("^^\n"))
    }

    @Test func colourOnlyWhenAsked() {
        let plain = FindingFormat.snippet(line: "vaues: x", number: 7, column: 1)
        #expect(!plain.contains("\u{1B}"))
        let coloured = FindingFormat.snippet(line: "vaues: x", number: 7, column: 1, colour: Severity.warning.colour)
        #expect(coloured.contains("\u{1B}[1;33m^^^^^\u{1B}[0m"))
    }

    @Test func githubAndJSONSpeakTheChosenLanguage() throws {
        let finding = Finding(.unknownField, "content/teams/noord.md", Position(line: 4, column: 1), .unknownField(field: "vaues", schema: "team", suggestion: "values"))
        #expect(FindingFormat.github.render([finding], language: .nl) ==
            "::warning file=content/teams/noord.md,line=4,col=1,title=unknown-field::het veld `vaues` bestaat niet in een team; bedoel je `values`?\n")
        #expect(FindingFormat.json.render([finding], language: .nl).contains("\"message\" : \"het veld `vaues` bestaat niet in een team; bedoel je `values`?\""))
        #expect(FindingFormat.json.render([finding], language: .nl).contains("\"severity\" : \"warning\""))
    }
}
