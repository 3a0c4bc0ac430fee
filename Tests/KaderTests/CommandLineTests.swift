import Foundation
import Testing
@testable import Kader

/// The `kader` binary as CI and coaches run it: exit statuses and what goes where.
@Suite struct CommandLineTests {
    static func kader(_ arguments: [String], in folder: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: ServeTests.binary)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func checkExitsZeroOneOrTwo() throws {
        let good = try FixtureRepository(FixtureRepository.valid)
        let ok = try Self.kader(["check", good.root, "--today", "2026-11-22"])
        #expect(ok.status == 0 && ok.output.hasSuffix("5 bestanden gecontroleerd: 0 fouten, 0 waarschuwingen\n"))
        let bad = try FixtureRepository(valid: ["content/people/kapot.md": "---\nnaam: X\n---\n"])
        let failed = try Self.kader(["check", bad.root, "--today", "2026-11-22"])
        #expect(failed.status == 1 && failed.output.contains("content/people/kapot.md:1:1: fout: een persoon heeft het veld `name` nodig [missing-field]\n"))
        #expect(failed.output.contains("content/people/kapot.md:2:1: waarschuwing: het veld `naam` bestaat niet in een persoon; bedoel je `name`? [unknown-field]\n   2 | naam: X\n     | ^^^^\n"))
        let english = try Self.kader(["check", bad.root, "--today", "2026-11-22", "--lang", "en", "--format", "short"])
        #expect(english.status == 1 && english.output == """
            content/people/kapot.md:1:1: error: a person needs the field `name`: the person's name. [missing-field]
            content/people/kapot.md:2:1: warning: unknown field `naam` in a person; did you mean `name`? [unknown-field]
            6 files checked: 1 error, 1 warning

            """)
        try bad.write("kader.yml", "language: en\n")
        #expect(try Self.kader(["check", bad.root, "--today", "2026-11-22"]).output.hasSuffix("6 files checked: 1 error, 1 warning\n"))
        #expect(try Self.kader(["check", bad.root, "--today", "2026-11-22", "--lang", "nl"]).output.hasSuffix("6 bestanden gecontroleerd: 1 fout, 1 waarschuwing\n"))
        let missing = try Self.kader(["check", "/nonexistent-folder", "--lang", "nl"])
        #expect(missing.status == 2 && missing.output == "kader: de map `/nonexistent-folder` bestaat niet; geef de map van een contentrepository op\n")
        #expect(try Self.kader(["check", "/nonexistent-folder", "--lang", "en"]).output.contains("there is no folder"))
        #expect(try Self.kader(["check", "/nonexistent-folder"]).status == 2)
        #expect(try Self.kader(["check", good.root, "--format", "xml"]).status == 2)
        #expect(try Self.kader(["check", good.root, "--today", "2026-02-30"]).status == 2)
        let json = try Self.kader(["check", bad.root, "--format", "json", "--today", "2026-11-22"])
        #expect(json.status == 1 && json.output.contains("\"rule\" : \"missing-field\""))
    }

    @Test func buildWithAnErrorWritesNothing() throws {
        let bad = try FixtureRepository(valid: ["content/people/kapot.md": "---\nnaam: X\n---\n"])
        let result = try Self.kader(["build", bad.root, "--today", "2026-11-22"])
        #expect(result.status == 1 && result.output.contains("Er is niets geschreven: los eerst de fouten hierboven op."))
        #expect(!FileManager.default.fileExists(atPath: bad.root + "/output"))
        #expect(try Self.kader(["build", bad.root, "--output", bad.root + "/content/x"]).status == 2)
    }

    @Test func initNewAndReportExitStatuses() throws {
        let folder = Scratch.path("kader-cli")
        #expect(try Self.kader(["init", folder, "--language", "en", "--today", "2026-11-22"]).status == 0)
        let again = try Self.kader(["init", folder, "--today", "2026-11-22"])
        #expect(again.status == 1 && again.output.contains("nothing was written"))
        let evaluation = try Self.kader(["new", "evaluation", "--team", "our-team", "--date", "2026-11-29", "--today", "2026-11-29"], in: folder)
        #expect(evaluation.status == 0 && evaluation.output.hasSuffix("content/evaluations/our-team/2026-11-29.md\n"))
        let session = try Self.kader(["new", "session", "alone", "--teams", "our-team"], in: folder)
        #expect(session.status == 2 && session.output.contains("at least two teams"))
        let dutch = try Self.kader(["new", "session", "alone", "--teams", "our-team", "--lang", "nl"], in: folder)
        #expect(dutch.status == 2 && dutch.output.contains("een gezamenlijke sessie heeft minstens twee teams aan tafel"))
        #expect(try Self.kader(["report", folder, "--team", "nobody"]).status == 2)
        let report = try Self.kader(["report", folder, "--format", "markdown", "--today", "2026-11-29"])
        #expect(report.status == 0 && report.output.hasPrefix("# Teams at a glance"))
        #expect(try Self.kader(["check", folder, "--today", "2026-11-29"]).status == 0)
    }

    @Test func newEvaluationFromResponses() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        let before = repository.listing()
        let responses = ResponseImportTests.fixture("forms-nl.csv")
        let dry = try Self.kader(["new", "evaluation", "--team", "noord", "--responses", responses, "--dry-run", "--today", "2026-11-22"], in: repository.root)
        #expect(dry.status == 0 && dry.output.contains("  mastery: 3.5\n") && repository.listing() == before)
        let written = try Self.kader(["new", "evaluation", "--team", "noord", "--responses", responses, "--today", "2026-11-22"], in: repository.root)
        #expect(written.status == 0)
        #expect(written.output.hasPrefix(#"kader: ignored (not a question of the check-in, nothing of it is written): column A ("ID"), column B ("Begintijd")"#))
        #expect(written.output.hasSuffix("content/evaluations/noord/2026-11-22.md\n"))
        #expect(try Self.kader(["check", repository.root, "--today", "2026-11-22"]).status == 0)

        // Bad input: one sentence with the row and column, exit 2, nothing written.
        let other = try FixtureRepository(FixtureRepository.valid)
        let listing = other.listing()
        let bad = try ResponseImportTests.file("antwoorden.csv", "Naam;Autonomie\nAn;4\nBert;9\n")
        let refused = try Self.kader(["new", "evaluation", "--team", "noord", "--responses", bad], in: other.root)
        #expect(refused.status == 2)
        #expect(refused.output == #"kader: antwoorden.csv: row 3, column B ("Autonomie") holds "9", outside the scale: a score runs from 1 to 5 (`scale` in kader.yml)"# + "\n")
        #expect(other.listing() == listing)
        let missingColumn = try Self.kader(["new", "evaluation", "--team", "noord", "--responses", bad, "--map", "purpose=Z"], in: other.root)
        #expect(missingColumn.status == 2 && missingColumn.output.contains("--map purpose=Z names a column that does not exist"))
        try other.write("antwoorden.csv", "Autonomie\n4\n")
        let inside = try Self.kader(["new", "evaluation", "--team", "noord", "--responses", "antwoorden.csv"], in: other.root)
        #expect(inside.status == 2 && inside.output.contains("would end up in git"))
        #expect(try Self.kader(["new", "page", "p", "--responses", bad], in: other.root).status == 2)
        #expect(try Self.kader(["new", "evaluation", "--team", "noord", "--map", "autonomy=A"], in: other.root).status == 2)
        #expect(!FileManager.default.fileExists(atPath: other.root + "/content/evaluations/noord/2026-11-22.md"))
    }
}
