import ArgumentParser
import Kader
import KaderServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, serve the handbook and reports on 127.0.0.1, and rebuild and reload on every change.")

    @Argument(help: "The content repository (the folder that holds content/).")
    var directory: String = "."

    @Option(help: "The port (0: any free port).")
    var port: Int = 8000

    @Option(help: "The date overdue and stale are measured against (YYYY-MM-DD).")
    var today: Day?

    func run() async throws {
        _ = try Project(root: directory)
        try await PreviewServer(root: directory, port: port, today: today).run()
    }
}
