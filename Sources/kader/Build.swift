import ArgumentParser
import Foundation
import Kader

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check, then write the handbook to output/handbook/ (and the reports to output/reports/).")

    @OptionGroup var repository: RepositoryOptions

    @Option(help: "The output folder (default: DIR/output).")
    var output: String?

    @Flag(help: "Write into a non-empty output folder that kader did not fill before; its own files stay.")
    var force = false

    @Flag(help: "Build everything, without reading or writing the build cache (.kader-cache.json in the output folder).")
    var noCache = false

    func run() throws {
        let language = repository.language.resolve(root: repository.directory)
        let result = try UsageError.speaking(language) {
            try Project(root: repository.directory).build(output: output, today: repository.today, force: force, cache: !noCache)
        }
        let check = result.check
        if let note = result.cacheNote { print(note.text(language)) }
        let colour = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        print(FindingFormat.text.render(check.findings, language: language, colour: colour, source: SourceLines(root: repository.directory)), terminator: "")
        print(FindingFormat.summary(files: check.filesChecked, errors: check.errorCount, warnings: check.warningCount, language: language))
        guard check.errorCount == 0 else {
            print(CommandMessage.nothingWritten.text(language))
            throw ExitCode.failure
        }
        let folder = output ?? (repository.directory as NSString).appendingPathComponent("output")
        if result.upToDate {
            print(CommandMessage.upToDate(folder: folder).text(language))
            fflush(nil)
            Foundation.exit(0)
        }
        for (tree, files) in result.files.sorted(by: { $0.key < $1.key }) {
            print(CommandMessage.wrote(count: files.count, folder: (folder as NSString).appendingPathComponent(tree)).text(language))
        }
        // The process ends here: freeing every parsed file first would only cost time.
        fflush(nil)
        Foundation.exit(0)
    }
}
