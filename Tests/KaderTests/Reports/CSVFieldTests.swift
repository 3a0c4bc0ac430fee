import Testing
@testable import Kader

/// A field of the reports' CSVs is quoted when it holds the separator, a quote or a line break.
@Suite struct CSVFieldTests {
    @Test func aFieldIsQuotedOnlyWhenItMustBe() {
        #expect(CSVExport.quoted("3,5", separator: ";") == "3,5")
        #expect(CSVExport.quoted("3,5", separator: ",") == "\"3,5\"")
        #expect(CSVExport.quoted("meer; minder", separator: ";") == "\"meer; minder\"")
        #expect(CSVExport.quoted("zeg \"ja\"", separator: ";") == "\"zeg \"\"ja\"\"\"")
        #expect(CSVExport.quoted("regel\r\nregel", separator: ";") == "\"regel\r\nregel\"")
        #expect(CSVExport.quoted("regel\nregel", separator: ";") == "\"regel\nregel\"")
        #expect(CSVExport.quoted("2026-11-02", separator: ";") == "2026-11-02")
        #expect(CSVExport.quoted("één ‘tekst’", separator: ";") == "één ‘tekst’")
    }
}
