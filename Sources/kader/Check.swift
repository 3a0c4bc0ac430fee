import ArgumentParser
import Foundation
import Kader

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every content file against the content model and report every finding.")

    @OptionGroup var repository: RepositoryOptions

    @Option(help: "How to print findings: text, github or json.")
    var format: FindingFormat = .text

    func run() throws {
        let result = try Project(root: repository.directory).check(today: repository.today)
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
