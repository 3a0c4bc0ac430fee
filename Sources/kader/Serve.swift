import ArgumentParser
import Kader
import KaderServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, serve the handbook and reports on 127.0.0.1, and rebuild and reload on every change.")

    @OptionGroup var repository: RepositoryOptions

    @Option(help: "The port (0: any free port).")
    var port: Int = 8000

    func run() async throws {
        let language = repository.language.resolve(root: repository.directory)
        _ = try UsageError.speaking(language) { try Project(root: repository.directory) }
        try await PreviewServer(root: repository.directory, port: port, today: repository.today, language: repository.language.lang).run()
    }
}
