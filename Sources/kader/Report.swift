import ArgumentParser
import Foundation
import Kader

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one report: the portfolio, a team's report (--team), or a period's report (--period, with or without --team).")

    @OptionGroup var repository: RepositoryOptions

    @Option(help: "A team id: that team's report, or with --period its period report.")
    var team: String?

    @Option(help: "A month (2026-10) or a quarter (2026-Q4): the period report.")
    var period: String?

    @Flag(help: "Only the attention list of the portfolio: where to look first.")
    var attention = false

    @Option(help: "text, markdown (for a pull-request comment), html or json.")
    var format: Project.ReportFormat = .text

    func run() throws {
        let language = repository.language.resolve(root: repository.directory)
        let (report, check) = try UsageError.speaking(language) {
            try Project(root: repository.directory).report(team: team, period: period, format: format, today: repository.today, attention: attention)
        }
        guard let report else {
            let errors = check.findings.filter { $0.severity == .error }
            FileHandle.standardError.write(Data(FindingFormat.text.render(errors, language: language, source: SourceLines(root: repository.directory)).utf8))
            FileHandle.standardError.write(Data((CommandMessage.noReport.text(language) + "\n").utf8))
            throw ExitCode.failure
        }
        print(report, terminator: "")
    }
}
