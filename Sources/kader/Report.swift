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
        let (report, check) = try Project(root: repository.directory).report(team: team, period: period,
                                                                  format: format, today: repository.today, attention: attention)
        guard let report else {
            FileHandle.standardError.write(Data(FindingFormat.text.render(check.findings.filter { $0.severity == .error }).utf8))
            FileHandle.standardError.write(Data("No report: fix the errors above first.\n".utf8))
            throw ExitCode.failure
        }
        print(report, terminator: "")
    }
}
