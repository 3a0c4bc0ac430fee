import Foundation
import Hummingbird
import Kader

/// `kader serve`: the handbook at `/` and the reports at `/reports/`, on 127.0.0.1 only, rebuilt on
/// every change, with open pages reloading themselves. Nothing is written to disk.
public struct PreviewServer: Sendable {
    public let root: String
    public let port: Int
    public let today: Day?

    /// `--lang`; nil: the repository's `language`.
    public let language: Configuration.Language?

    public init(root: String, port: Int, today: Day?, language: Configuration.Language? = nil) {
        self.language = language
        self.root = root
        self.port = port
        self.today = today
    }

    public func run() async throws {
        let state = PreviewState(site: LiveSite(project: try Project(root: root), today: today))
        let watcher = Watcher(root: root, language: language, state: state, events: FileEvents(root: root))
        let files = PreviewFiles(state: state)
        // The first refresh is done before the address is announced, so the first request finds it.
        watcher.refresh(touched: nil)

        let router = Router()
        router.get("/_kader/events") { request, _ -> Response in
            let since = request.uri.queryParameters.get("since", as: Int.self) ?? -1
            return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                            body: ResponseBody { writer in
                                try await ReloadEvents.stream(to: &writer, since: since, state: state)
                            })
        }
        router.get("/") { request, _ in files.response(for: request.uri.path) }
        router.get("**") { request, _ in files.response(for: request.uri.path) }

        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: "kader"),
            services: [watcher],
            onServerRunning: { channel in
                let actual = channel.localAddress?.port ?? port
                // Written in one go and unbuffered, so a script that waits for the address sees it.
                FileHandle.standardOutput.write(Data("Serving the handbook at http://127.0.0.1:\(actual)/ and the reports at http://127.0.0.1:\(actual)/reports/ (Ctrl-C stops)\n".utf8))
            }
        )
        try await app.runService()
    }
}
