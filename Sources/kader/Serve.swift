import ArgumentParser
import Kader
import KaderServer
#if os(Linux)
// malloc.h is not part of Swift's Glibc module; mallopt and M_ARENA_MAX (-8) are glibc's.
@_silgen_name("mallopt") private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
private let M_ARENA_MAX: Int32 = -8
#endif

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, serve the handbook and reports on 127.0.0.1, and rebuild and reload on every change.")

    @OptionGroup var repository: RepositoryOptions

    @Option(help: "The port (0: any free port).")
    var port: Int = 8000

    func run() async throws {
        #if os(Linux)
        // serve rebuilds on all cores for hours; glibc gives every thread that allocates an arena
        // of its own and keeps what it freed there, so resident memory crept up by a fifth under
        // load without any leak. Two arenas keep it flat at no measurable cost to a rebuild.
        _ = mallopt(M_ARENA_MAX, 2)
        #endif
        let language = repository.language.resolve(root: repository.directory)
        _ = try UsageError.speaking(language) { try Project(root: repository.directory) }
        try await PreviewServer(root: repository.directory, port: port, today: repository.today, language: repository.language.lang).run()
    }
}
