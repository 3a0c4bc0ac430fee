import Foundation
import Testing
import Yams
import ZIPFoundation
@testable import Kader

/// `kader new evaluation --responses`: survey exports in, a check-in with only the team's
/// aggregates out.
@Suite struct ResponseImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Responses").path
    static func fixture(_ name: String) -> String { fixtures + "/" + name }

    /// A file outside every repository, with these bytes.
    static func file(_ name: String, _ data: Data) throws -> String {
        let folder = URL(fileURLWithPath: Scratch.path("kader-responses"))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    static func file(_ name: String, _ text: String) throws -> String { try file(name, Data(text.utf8)) }

    static func summary(_ path: String, maps: [String] = [], scale: Int = 5) throws -> ResponseSummary {
        let table = try ResponseTable.read(path: path)
        return try ResponseSummary(table: table, columns: ResponseColumns(table: table, maps: maps), scale: scale)
    }

    /// The message of the UsageError that `body` throws.
    static func message(_ body: () throws -> Void) -> String {
        do { try body() } catch let error as UsageError { return error.description } catch { return "not a UsageError: \(error)" }
        return "no error"
    }

    /// A workbook written cell by cell, as Microsoft Forms does with inline strings.
    static func workbook(_ rows: [[String]], inline: Bool = true) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: "\n", with: "&#10;")
        }
        var sheet = #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        for (r, row) in rows.enumerated() {
            sheet += "<row r=\"\(r + 1)\">"
            for (c, cell) in row.enumerated() where !cell.isEmpty {
                let reference = ResponseTable.letter(c) + "\(r + 1)"
                if Double(cell) != nil { sheet += "<c r=\"\(reference)\"><v>\(cell)</v></c>" }
                else { sheet += "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(escaped(cell))</t></is></c>" }
            }
            sheet += "</row>"
        }
        sheet += "</sheetData></worksheet>"
        let data = Data(sheet.utf8)
        try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
        return archive.data!
    }

    // MARK: reading

    @Test func csvWithCommasNoBOMAndAnswersOverSeveralLines() throws {
        let table = try ResponseTable.read(path: Self.fixture("forms-en.csv"))
        #expect(table.headers.count == 14 && table.headers[0] == "Id" && table.headers[9] == "Steering: do we need more, the same or less?")
        #expect(table.rows.count == 5)
        // The second respondent's answer holds a line break, and is still row 3.
        #expect(table.rows[1][10] == "Helping each other\non Saturday")
        #expect(table.rowNumbers == [2, 3, 4, 5, 6])
        #expect(table.rows[2][11] == #"The "new" app is slow"#)
        #expect(table.rows[0][10] == "The roster held up, even in flu week.")
    }

    @Test func csvWithSemicolonsBOMAndCRLF() throws {
        let table = try ResponseTable.read(path: Self.fixture("forms-nl.csv"))
        #expect(table.headers[0] == "ID")  // the byte-order mark is gone
        #expect(table.headers.count == 14 && table.rows.count == 3)
        #expect(table.rows[0][10] == "Het rooster hield stand; ook in de griepweek.")
        #expect(table.rows[1][10] == "Elkaar helpen\non zaterdag".replacingOccurrences(of: "on ", with: "op "))
        #expect(table.rows[0][6] == "3,5")
    }

    @Test func csvEdges() throws {
        #expect(CSVTable.parse("a,b\r\n\"x\"\"y\",\"1,2\"\n,", separator: ",") == [["a", "b"], ["x\"y", "1,2"], ["", ""]])
        #expect(CSVTable.parse("a;b\n1;\"2\n3\"\n", separator: ";") == [["a", "b"], ["1", "2\n3"]])
        #expect(CSVTable.separator(of: "\"a;b\",c;d\n") == ",")
        #expect(CSVTable.separator(of: "a;b;c,d\n") == ";")
    }

    @Test func xlsxFromLibreOfficeReadsAsItsCSV() throws {
        for (csv, xlsx) in [("forms-en.csv", "responses-en.xlsx"), ("forms-nl.csv", "responses-nl.xlsx")] {
            let fromCSV = try ResponseTable.read(path: Self.fixture(csv))
            let fromXLSX = try ResponseTable.read(path: Self.fixture(xlsx))
            #expect(fromXLSX.headers == fromCSV.headers)
            #expect(fromXLSX.rowNumbers == fromCSV.rowNumbers)
            #expect(try Self.summary(Self.fixture(xlsx)) == Self.summary(Self.fixture(csv)))
        }
        let table = try ResponseTable.read(path: Self.fixture("responses-en.xlsx"))
        #expect(table.rows[1][10] == "Helping each other\non Saturday")  // `&#10;` in the shared strings
        #expect(table.rows[0][5] == "4")  // a number cell
        #expect(try ResponseTable.read(path: Self.fixture("responses-nl.xlsx")).rows[0][6] == "3,5")  // a text cell
    }

    @Test func xlsxWithInlineStringsAndGapsUsesTheCellReferences() throws {
        let path = try Self.file("forms.xlsx", try Self.workbook([
            ["Id", "Naam", "Autonomie", "", "Wat ging goed?"],
            ["1", "Anouk", "4", "", "Samen\nlunchen"],
            [],
            ["3", "Bram", "3.5", "", "  "],
        ]))
        let table = try ResponseTable.read(path: path)
        #expect(table.rowNumbers == [2, 4])
        #expect(table.rows == [["1", "Anouk", "4", "", "Samen\nlunchen"], ["3", "Bram", "3.5", "", "  "]])  // a blank answer, dropped by the summary
        let summary = try Self.summary(path)
        #expect(summary.participants == 2 && summary.scores == [.autonomy: Decimal(string: "3.8")!])
        #expect(summary.texts == [.wentWell: ["Samen lunchen"]])
    }

    // MARK: aggregates

    @Test func aggregatesOnly() throws {
        let summary = try Self.summary(Self.fixture("forms-en.csv"))
        #expect(summary.participants == 4)  // row 5 answered nothing
        #expect(summary.scores.mapValues(ResponseSummary.format) == [.autonomy: "4.0", .mastery: "3.0", .purpose: "4.3", .motivation: "4.0"])  // 4.25 → 4.3
        #expect(summary.steering == "less")
        #expect(summary.texts[.wentWell] == ["A quiet week", "Helping each other on Saturday", "The roster held up, even in flu week."])
        // Trimmed, merged when equal, sorted.
        #expect(summary.texts[.couldImprove] == ["Fewer meetings, more time with clients", "Handovers in the stand-up", #"The "new" app is slow"#])
        #expect(summary.texts[.drainers] == ["Double registration"])
        let dutch = try Self.summary(Self.fixture("forms-nl.csv"))
        #expect(dutch.scores.mapValues(ResponseSummary.format) == [.autonomy: "4.0", .mastery: "3.5", .purpose: "4.5", .motivation: "3.7"])
        #expect(dutch.steering == "less" && dutch.participants == 3)
    }

    @Test func steeringTiesGiveSameAndScoresRoundHalfUp() throws {
        let tie = try Self.file("tie.csv", "Sturing;Motivatie\nMeer sturing;1\nMinder;2\n;2\n;2\n")
        let summary = try Self.summary(tie)
        #expect(summary.steering == "same")
        #expect(ResponseSummary.format(summary.scores[.motivation]!) == "1.8")  // 1.75
        let english = try Self.file("en.csv", "Steering,Purpose\nMore,\"4,5\"\nmore,5\nThe same,4\n")
        #expect(try Self.summary(english).steering == "more")
        #expect(ResponseSummary.format(try Self.summary(english).scores[.purpose]!) == "4.5")
    }

    @Test func mapByHeaderOrLetter() throws {
        let path = try Self.file("q.csv", "Q1,Q2,Q3,Naam\n4,Ja,Fijn team,Anouk\n2,Nee,Fijn team ,Bram\n")
        let summary = try Self.summary(path, maps: ["autonomy=A", "went_well=q3"])
        #expect(summary.scores == [.autonomy: 3] && summary.texts == [.wentWell: ["Fijn team"]])
        let columns = try ResponseColumns(table: ResponseTable.read(path: path), maps: ["autonomy=A", "went_well=q3"])
        #expect(columns.ignored == [1, 3])
        // --map wins over a header: "Autonomie" is then just another column.
        let both = try Self.file("b.csv", "Autonomie,Autonomie (nieuw)\n1,5\n")
        #expect(Self.message { _ = try Self.summary(both) }.contains(#"column A ("Autonomie") and column B ("Autonomie (nieuw)") both look like the question autonomy"#))
        #expect(try Self.summary(both, maps: ["autonomy=B"]).scores == [.autonomy: 5])
    }

    // MARK: bad input: one sentence with row and column, and nothing written

    @Test func everyBadInput() throws {
        let header = "Naam;Autonomie;Meesterschap;Sturing\n"
        let outside = try Self.file("scale.csv", header + "An;4;3;meer\nBert;3;2;minder\nChris;6;3;meer\n")
        #expect(Self.message { _ = try Self.summary(outside) } == #"row 4, column B ("Autonomie") holds "6", outside the scale: a score runs from 1 to 5 (`scale` in kader.yml)"#)
        #expect(try Self.summary(outside, scale: 7).scores[.autonomy] == Decimal(string: "4.3")!)
        let zero = try Self.file("zero.csv", header + "An;0;3;meer\n")
        #expect(Self.message { _ = try Self.summary(zero) }.hasPrefix(#"row 2, column B ("Autonomie") holds "0", outside the scale"#))
        let text = try Self.file("text.csv", header + "An;4;veel;meer\n")
        #expect(Self.message { _ = try Self.summary(text) } == #"row 2, column C ("Meesterschap") holds "veel", which is not a number; a score is a number from 1 to 5 (a decimal comma is fine), or leave the cell empty"#)
        let steering = try Self.file("steering.csv", header + "An;4;3;meer\nBert;4;3;weet niet\n")
        #expect(Self.message { _ = try Self.summary(steering) } == #"row 3, column D ("Sturing") holds "weet niet", which is not a steering answer; answer meer, zelfde or minder (more, same or less), or leave the cell empty"#)
        let xlsx = try Self.file("forms.xlsx", try Self.workbook([["Naam", "Autonomie"], ["An", "4"], ["Bert", "hoog"]]))
        #expect(Self.message { _ = try Self.summary(xlsx) }.hasPrefix(#"row 3, column B ("Autonomie") holds "hoog", which is not a number"#))

        let empty = try Self.file("leeg.csv", "")
        #expect(Self.message { _ = try Self.summary(empty) } == "leeg.csv: the file is empty; export the survey's answers again (CSV or .xlsx) and name that file")
        let bom = try Self.file("bom.csv", Data([0xEF, 0xBB, 0xBF, 0x0D, 0x0A]))
        #expect(Self.message { _ = try Self.summary(bom) }.contains("the file is empty"))
        let headerOnly = try Self.file("kop.csv", header)
        #expect(Self.message { _ = try Self.summary(headerOnly) }.hasPrefix("the file has no answers"))
        let unknown = try Self.file("anders.csv", "Naam,Leeftijd\nAn,40\n")
        #expect(Self.message { _ = try Self.summary(unknown) }.hasPrefix("no column of the file asks a question kader knows"))

        let missing = try Self.file("map.csv", header + "An;4;3;meer\n")
        #expect(Self.message { _ = try Self.summary(missing, maps: ["purpose=Zingeving"]) } == #"--map purpose=Zingeving names a column that does not exist: no header reads "Zingeving", and the columns run from A to D"#)
        #expect(Self.message { _ = try Self.summary(missing, maps: ["purpose=F"]) }.hasPrefix("--map purpose=F names a column that does not exist"))
        #expect(Self.message { _ = try Self.summary(missing, maps: ["purpsoe=A"]) }.contains("did you mean `purpose`"))
        #expect(Self.message { _ = try Self.summary(missing, maps: ["purpose"]) }.hasPrefix("--map purpose should read FIELD=COLUMN"))

        let binary = try Self.file("export.xls", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00]))
        #expect(Self.message { _ = try Self.summary(binary) } == "export.xls: the file is neither CSV nor xlsx; export the answers as CSV (UTF-8) or as an Excel workbook (.xlsx)")
        let latin1 = try Self.file("latin1.csv", Data("Naam;Autonomie\nRen".utf8) + Data([0xE9, 0x3B, 0x34, 0x0A]))
        #expect(Self.message { _ = try Self.summary(latin1) }.contains("neither CSV nor xlsx (it is not UTF-8 text)"))
        let utf16 = try Self.file("utf16.csv", Data([0xFF, 0xFE, 0x41, 0x00]))
        #expect(Self.message { _ = try Self.summary(utf16) }.contains("UTF-16"))
        let archive = try Archive(data: Data(), accessMode: .create)
        try archive.addEntry(with: "readme.txt", type: .file, uncompressedSize: Int64(2)) { _, _ in Data("hi".utf8) }
        let zip = try Self.file("export.xlsx", archive.data!)
        #expect(Self.message { _ = try Self.summary(zip) }.contains("not an Excel workbook"))
        #expect(Self.message { _ = try Self.summary("/nonexistent/answers.csv") }.hasPrefix("there is no file `/nonexistent/answers.csv`"))
    }

    @Test func aResponsesFileInsideTheRepositoryIsRefused() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        try repository.write("antwoorden.csv", "Autonomie\n4\n")
        let message = Self.message {
            _ = try ResponseImport.summarize(file: repository.root + "/antwoorden.csv", repository: repository.root, maps: [], configuration: Configuration())
        }
        #expect(message.contains("lies inside the repository") && message.contains("would end up in git"))
        // Also when the repository is a folder of a larger git work tree.
        try FileManager.default.createDirectory(atPath: repository.root + "/.git", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: repository.root + "/handboek/content", withIntermediateDirectories: true)
        #expect(Self.message {
            _ = try ResponseImport.summarize(file: repository.root + "/antwoorden.csv", repository: repository.root + "/handboek", maps: [], configuration: Configuration())
        }.contains("lies inside the repository \(URL(fileURLWithPath: repository.root).resolvingSymlinksInPath().path)"))
    }

    // MARK: the written check-in

    static func write(_ repository: FixtureRepository, responses: String, maps: [String] = []) throws -> (text: String, notes: [String]) {
        let site = try repository.check().site
        let (summary, notes) = try ResponseImport.summarize(file: responses, repository: repository.root, maps: maps, configuration: site.configuration)
        var options = NewFile.Options()
        options.team = "noord"
        options.responses = summary
        let (path, text) = try NewFile(site: site, today: NewFileTests.today).make(.evaluation, id: nil, options: options)
        try repository.write(path, text)
        return (text, notes)
    }

    @Test func theCheckInPassesCheckAndCarriesOverActions() throws {
        for name in ["forms-en.csv", "forms-nl.csv", "responses-en.xlsx", "responses-nl.xlsx"] {
            let repository = try FixtureRepository(valid: [
                "content/evaluations/noord/2026-11-01.md": "---\nteam: noord\ndate: 2026-11-01\nparticipants: 4\nactions:\n  - id: rooster\n    title: Rooster\n    status: open\n---\n",
            ])
            let (text, notes) = try Self.write(repository, responses: Self.fixture(name))
            #expect(try repository.findings().map(\.summary) == [], "\(name)")
            #expect(text.contains("\nscores:  #") && text.contains("\nsteering: less\n") && text.contains("  - id: rooster\n"))
            #expect(notes.first?.hasPrefix("ignored (not a question of the check-in, nothing of it is written): column A (") == true)
            #expect(notes.count == 1)  // 3 or 4 respondents: not below the threshold of 3
        }
    }

    @Test func longAndOddFreeTextsStayOneListItemEach() throws {
        let long = String(repeating: "Een lang antwoord over de week: ", count: 6) + "#1 ook"
        let path = try Self.file("lang.csv", "Wat ging goed?;Autonomie\n\"\(long)\";4\n- met streepje;3\n\"'quote' en \"\"dubbel\"\"\";5\n")
        let repository = try FixtureRepository(FixtureRepository.valid)
        let (text, _) = try Self.write(repository, responses: path)
        #expect(try repository.findings().map(\.summary) == [])
        let evaluation = try repository.check().site.evaluationsByTeam["noord"]!.last!.value
        #expect(evaluation.wentWell == [#"'quote' en "dubbel""#, "- met streepje", long.trimmingCharacters(in: .whitespaces)])
        #expect(text.split(separator: "\n").contains { $0.hasPrefix("  - ") && $0.hasSuffix("#1 ook'") })
    }

    @Test func belowTheAnonymityThresholdItStillWritesAndSaysSo() throws {
        let repository = try FixtureRepository(valid: ["kader.yml": "anonymity_threshold: 5\n"])
        let (text, notes) = try Self.write(repository, responses: Self.fixture("forms-en.csv"))
        #expect(text.contains("participants: 4"))
        #expect(notes.last == "only 4 respondents, fewer than anonymity_threshold (5): the check-in is written, but its scores and steering will not show in the reports")
        #expect(try repository.findings().map(\.summary) == [])
    }

    /// The promise of the feature: of all the cells of an export, only the aggregated numbers and
    /// the free texts reach the written file.
    @Test func noInputCellButTheAggregatesAndFreeTextsIsWritten() throws {
        for name in ["forms-en.csv", "forms-nl.csv", "responses-en.xlsx", "responses-nl.xlsx"] {
            let repository = try FixtureRepository(FixtureRepository.valid)
            let before = Set(repository.listing())
            let (text, _) = try Self.write(repository, responses: Self.fixture(name))
            #expect(Set(repository.listing()).subtracting(before) == ["content/evaluations/noord/2026-11-22.md"])
            let table = try ResponseTable.read(path: Self.fixture(name))
            let columns = try ResponseColumns(table: table)
            let free = Set(ResponseField.texts.compactMap { columns.columns[$0] })
            let scores = Set(ResponseField.scores.compactMap { columns.columns[$0] })
            // Names, e-mail addresses, times, ids and steering answers: not one occurs anywhere.
            for row in table.rows {
                for (column, cell) in row.enumerated() where !free.contains(column) && !scores.contains(column) {
                    let cell = cell.trimmingCharacters(in: .whitespaces)
                    guard cell.count > 1 else { continue }  // "1", an id, is in every date
                    #expect(!text.contains(cell), "\(name): \(cell)")
                }
            }
            // Line by line, the front matter holds nothing but the template, the aggregates and the texts.
            let summary = try Self.summary(Self.fixture(name))
            var allowed: Set<String> = ["---", "team: noord", "date: 2026-11-22", "steering: \(summary.steering!)",
                                        "went_well:", "could_improve:", "energizers:", "drainers:"]
            allowed.formUnion(summary.scores.map { "  \($0.key.rawValue): \(ResponseSummary.format($0.value))" })
            let texts = Set(summary.texts.values.flatMap { $0 })
            let frontMatter = text.components(separatedBy: "\n---\n")[0].split(separator: "\n").map(String.init)
            for line in frontMatter where !line.hasPrefix("#") && !line.hasPrefix("scores:") && !line.hasPrefix("participants: \(summary.participants)  #") {
                let item = line.hasPrefix("  - ") ? (try? Yams.load(yaml: String(line.dropFirst(4)))) as? String : nil
                #expect(allowed.contains(line) || item.map(texts.contains) == true, "\(name): \(line)")
            }
        }
    }
}
