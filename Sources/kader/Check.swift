import ArgumentParser
import Foundation
import Kader

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every content file against the content model and report every finding.")

    @Argument(help: "The content repository (the folder that holds content/).")
    var directory: String = "."

    @Option(help: "How to print findings: text, github or json.")
    var format: Format = .text

    @Option(help: "The date overdue and stale are measured against (YYYY-MM-DD).")
    var today: Day?

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, github, json
    }

    func run() throws {
        let result = try Project(root: directory).check(today: today)
        let format = FindingFormat(rawValue: format.rawValue)!
        let colour = format == .text && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let summary = FindingFormat.summary(files: result.filesChecked, errors: result.errorCount, warnings: result.warningCount)
        print(format.render(result.findings, colour: colour), terminator: "")
        if format == .json {
            FileHandle.standardError.write(Data((summary + "\n").utf8))
        } else {
            print(summary)
        }
        if result.errorCount > 0 { throw ExitCode.failure }
    }
}
