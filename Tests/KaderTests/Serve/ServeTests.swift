import Foundation
import Testing
@testable import Kader

/// `kader serve` as a user runs it: the real binary, a free port, curl as the browser.
@Suite(.serialized) struct ServeTests {
    static let binary = ExampleContentTests.repositoryRoot + "/.build/debug/kader"

    final class Server {
        let process = Process()
        let port: Int
        private let output = Pipe()

        /// `preload`: a library to load first, as `LD_PRELOAD` does (another allocator).
        init(root: String, preload: String? = nil) throws {
            process.executableURL = URL(fileURLWithPath: ServeTests.binary)
            if let preload { process.environment = ProcessInfo.processInfo.environment.merging(["LD_PRELOAD": preload]) { $1 } }
            process.arguments = ["serve", root, "--port", "0", "--today", "2026-11-22"]
            process.standardOutput = output
            process.standardError = output
            try process.run()
            var text = ""
            let deadline = Date().addingTimeInterval(60)
            while !text.contains("Serving the handbook at"), Date() < deadline {
                let data = output.fileHandleForReading.availableData
                if data.isEmpty { break }
                text += String(decoding: data, as: UTF8.self)
            }
            let match = text.range(of: #"127\.0\.0\.1:(\d+)/"#, options: .regularExpression).map { String(text[$0]) } ?? ""
            port = Int(match.dropFirst("127.0.0.1:".count).dropLast()) ?? 0
        }

        func get(_ path: String) throws -> (status: Int, body: String) {
            let (_, output) = try run("curl", ["-s", "--path-as-is", "-w", "\n%{http_code}", "http://127.0.0.1:\(port)\(path)"])
            let status = Int(output.split(separator: "\n").last ?? "") ?? 0
            return (status, String(output.dropLast(String(status).count + 1)))
        }

        func stop() -> (seconds: Double, status: Int32) {
            let start = Date()
            process.interrupt()
            process.waitUntilExit()
            return (Date().timeIntervalSince(start), process.terminationStatus)
        }

        /// A browser's reload stream from `page`'s version on, open for `seconds`.
        func events(after page: String, seconds: Int = 3) throws -> (process: Process, output: Pipe) {
            let version = page.range(of: #"since=\d+"#, options: .regularExpression).map { String(page[$0].dropFirst(6)) } ?? "0"
            let events = Process()
            events.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            events.arguments = ["curl", "-sN", "--max-time", "\(seconds)", "http://127.0.0.1:\(port)/_kader/events?since=\(version)"]
            let output = Pipe()
            events.standardOutput = output
            try events.run()
            Thread.sleep(forTimeInterval: 0.3)
            return (events, output)
        }

        /// Stops the server and gives everything it printed after its address.
        func stopAndRead() -> String {
            _ = stop()
            return String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        }

        deinit { if process.isRunning { process.terminate() } }
    }

    /// A `git checkout` that brings 500 new files is one refresh, even when the machine stalls it
    /// halfway, and a save the way editors save (a new file renamed over the old one) reloads an
    /// open page once, not once per event.
    @Test func aBurstIsOneRefreshAndASaveOneReload() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        let server = try Server(root: repository.root)
        #expect(server.port > 0)
        let story = try String(contentsOfFile: repository.root + "/content/stories/rooster.md", encoding: .utf8)
        // Made beside the content, then copied in by one program, as a checkout writes them.
        let staging = repository.root + "/staging"
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        for index in 0..<500 {
            try story.replacingOccurrences(of: "Het rooster hield stand", with: "Verhaal \(index)")
                .write(toFile: staging + "/burst-\(index).md", atomically: false, encoding: .utf8)
        }
        // A loaded CI machine stalled such a copy for longer than 30 ms (two refreshes, then three):
        // here it stalls for 100 ms after half of the files.
        _ = try run("sh", ["-c", "cp \"$0\"/burst-?.md \"$0\"/burst-??.md \"$0\"/burst-1??.md \"$0\"/burst-2??.md \"$1\" && sleep 0.1 && cp \"$0\"/burst-[34]??.md \"$1\"", staging, repository.root + "/content/stories"])
        var served = false
        let deadline = Date().addingTimeInterval(30)
        while !served, Date() < deadline {
            served = try server.get("/stories/burst-499.html").body.contains("Verhaal 499")
            if !served { Thread.sleep(forTimeInterval: 0.1) }
        }
        #expect(served, "the last file of the burst is served")

        let (events, eventOutput) = try server.events(after: try server.get("/").body)
        try repository.write("content/stories/.rooster.md.swp", "swap")
        try repository.write("content/stories/rooster.md.tmp", story.replacingOccurrences(of: "Het rooster hield stand", with: "Opgeslagen"))
        try FileManager.default.removeItem(atPath: repository.root + "/content/stories/rooster.md")
        try FileManager.default.moveItem(atPath: repository.root + "/content/stories/rooster.md.tmp", toPath: repository.root + "/content/stories/rooster.md")
        events.waitUntilExit()
        let stream = String(decoding: eventOutput.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(stream.components(separatedBy: "event: reload").count - 1 == 1, "\(stream)")
        #expect(try server.get("/stories/rooster.html").body.contains("Opgeslagen"))

        let printed = server.stopAndRead()
        let refreshes = printed.split(separator: "\n").filter { $0.hasPrefix("ready in") }
        // After the first, before the address: one for the burst, one for the save.
        #expect(refreshes.count == 2, "\(printed)")
    }

    @Test func servesRebuildsReloadsAndStopsCleanly() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        let server = try Server(root: repository.root)
        #expect(server.port > 0)
        let home = try server.get("/")
        #expect(home.status == 200 && home.body.contains("Team Noord") && home.body.contains("EventSource"))
        #expect(try server.get("/reports/").body.contains("Team Noord"))

        // A browser's event stream, then a change to a content file.
        let (events, eventOutput) = try server.events(after: home.body)
        let start = Date()
        try repository.write("content/teams/noord.md", (try String(contentsOfFile: repository.root + "/content/teams/noord.md", encoding: .utf8))
            .replacingOccurrences(of: "Thuiszorg in Noord.", with: "Wijkzorg in Noord-Oost."))
        var seen = false
        while Date().timeIntervalSince(start) < 2, !seen {
            seen = try server.get("/teams/noord.html").body.contains("Wijkzorg in Noord-Oost.")
            if !seen { Thread.sleep(forTimeInterval: 0.1) }
        }
        #expect(seen, "the new text is served within 2 seconds")
        events.waitUntilExit()
        let stream = String(decoding: eventOutput.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(stream.contains("event: reload"), "\(stream)")

        // A broken file: its finding instead of a stale page, until it is fixed.
        try repository.write("content/people/kapot.md", "---\nnaam: Kapot\nleft: gisteren\n---\n")
        var broken = ""
        for _ in 0..<20 where !broken.contains("kapot.md") {
            Thread.sleep(forTimeInterval: 0.1)
            broken = try server.get("/teams/noord.html").body
        }
        #expect(broken.contains("content/people/kapot.md:1:1") && broken.contains("missing-field"))
        // In the repository's language (Dutch by default), with the source line under a finding at a place.
        #expect(broken.contains("<html lang=\"nl\">") && broken.contains("De inhoud heeft 2 fouten"), "\(broken)")
        #expect(broken.contains("een persoon heeft het veld `name` nodig"), "\(broken)")
        #expect(broken.contains("<pre class=\"snippet\">   3 | left: gisteren\n     | ^^^^\n</pre>"), "\(broken)")
        try repository.remove("content/people/kapot.md")
        var fixed = ""
        for _ in 0..<20 where !fixed.contains("Wijkzorg") {
            Thread.sleep(forTimeInterval: 0.1)
            fixed = try server.get("/teams/noord.html").body
        }
        #expect(fixed.contains("Wijkzorg"))

        for path in ["/../kader.yml", "/%2e%2e/%2e%2e/etc/passwd", "/%252e%252e/kader.yml", "/reports/../../content/teams/noord.md", "/..%2fkader.yml", "/nergens.html"] {
            #expect(try server.get(path).status == 404, "\(path)")
        }

        // Bound to loopback only: the listening socket's address is 127.0.0.1.
        let table = try String(contentsOfFile: "/proc/net/tcp", encoding: .utf8)
        let portHex = String(format: "%04X", server.port)
        let listening = table.split(separator: "\n").filter { $0.contains(":\(portHex) ") && $0.contains(" 0A ") }
        #expect(!listening.isEmpty && listening.allSatisfy { $0.contains("0100007F:\(portHex)") }, "\(listening)")

        // Ctrl-C with a page still listening for reloads: the open stream must not hold the server.
        let listener = Process()
        listener.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        listener.arguments = ["curl", "-sN", "--max-time", "20", "http://127.0.0.1:\(server.port)/_kader/events"]
        listener.standardOutput = Pipe()
        try listener.run()
        Thread.sleep(forTimeInterval: 0.5)
        let stopped = server.stop()
        #expect(stopped.status == 0 && stopped.seconds < 2, "\(stopped)")
        listener.terminate()
    }
}
