import ArgumentParser
import Foundation
import Kader

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every content file against the content model and report every finding.")

    @OptionGroup var repository: RepositoryOptions

    @Option(help: "How to print findings: text (with the source line under each), short (one line each), github or json.")
    var format: FindingFormat = .text

    func run() throws {
        let language = repository.language.resolve(root: repository.directory)
        let result = try UsageError.speaking(language) { try Project(root: repository.directory).check(today: repository.today) }
        let terminal = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let colour = (format == .text || format == .short) && terminal
        let summary = FindingFormat.summary(files: result.filesChecked, errors: result.errorCount, warnings: result.warningCount, language: language)
        print(format.render(result.findings, language: language, colour: colour, source: SourceLines(root: repository.directory)), terminator: "")
        if format == .json {
            FileHandle.standardError.write(Data((summary + "\n").utf8))
        } else {
            print(summary)
        }
        // The process ends here: freeing every parsed file first would only cost time.
        fflush(nil)
        Foundation.exit(result.errorCount > 0 ? ExitCode.failure.rawValue : 0)
    }
}
