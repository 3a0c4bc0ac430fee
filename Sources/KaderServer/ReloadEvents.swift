import Foundation
import Hummingbird
import NIOCore
import ServiceLifecycle

/// Server-sent events that tell an open page to reload after a rebuild.
enum ReloadEvents {
    static func stream(to writer: inout any ResponseBodyWriter, since: Int, state: PreviewState) async throws {
        try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
        var seen = since
        var idle = 0
        // The server waits for open streams before it stops, so every stream ends on Ctrl-C.
        while !state.stopping, !Task.isCancelled, !Task.isShuttingDownGracefully {
            let version = state.version
            if version != seen, version > 0 {
                try await writer.write(ByteBuffer(string: "event: reload\ndata: \(version)\n\n"))
                seen = version
            }
            try await Task.sleep(for: .milliseconds(100))
            idle += 1
            // A comment now and then, so a closed page is noticed and its stream ends.
            if idle % 150 == 0 { try await writer.write(ByteBuffer(string: ": ping\n\n")) }
        }
        try await writer.finish(nil)
    }

    /// Added to every HTML page the preview serves.
    static func script(version: Int) -> String {
        """
        <script>(function () { var s = new EventSource("/_kader/events?since=\(version)"); s.addEventListener("reload", function () { s.close(); location.reload(); }); })();</script>
        """
    }
}
