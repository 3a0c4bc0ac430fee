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
