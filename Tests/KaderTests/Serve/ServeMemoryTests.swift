import Foundation
import Testing
@testable import Kader

/// `kader serve` runs for hours: what one rebuild makes must be gone by the next. A leak of every
/// parsed tree and every output file once grew it from 100 MB to 393 MB over 7 rebuilds.
@Suite(.serialized) struct ServeMemoryTests {
    static func residentKilobytes(_ pid: Int32) -> Int {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    /// A release kader allocates with jemalloc (Package.swift), the tests' debug build with glibc's
    /// malloc: both are measured, jemalloc loaded ahead of glibc as the release binary links it.
    static let allocators: [String?] = [nil, "/usr/lib/x86_64-linux-gnu/libjemalloc.so.2"]

    @Test(arguments: allocators)
    func memoryAfterTwentyRebuildsStaysWithinATenthOfTheFirstBuild(allocator: String?) throws {
        var files = FixtureRepository.valid
        let paragraph = String(repeating: "Een verhaal over het rooster, met **nadruk** en een [link](rooster.md). ", count: 40)
        for index in 0..<200 {
            files["content/stories/verhaal-\(index).md"] = "---\ntitle: Verhaal \(index)\ndate: 2026-10-02\nkind: success\nteam: noord\n---\n\(paragraph)\n\n\(paragraph)\n"
        }
        let repository = try FixtureRepository(files)
        let server = try ServeTests.Server(root: repository.root, preload: allocator)
        #expect(server.port > 0)
        func rebuild(_ round: Int) throws {
            let title = "Ronde \(round)"
            try repository.write("content/stories/verhaal-0.md", "---\ntitle: \(title)\ndate: 2026-10-02\nkind: success\nteam: noord\n---\n\(paragraph)\n")
            let deadline = Date().addingTimeInterval(90)
            while Date() < deadline {
                if try server.get("/stories/verhaal-0.html").body.contains(title) { return }
                Thread.sleep(forTimeInterval: 0.1)
            }
            Issue.record("rebuild \(round) was not served within 90 s")
        }
        // Read once the preview is idle: the last site is freed, and its memory given back,
        // while the new one is served already.
        func idle() -> Int {
            Thread.sleep(forTimeInterval: 1)
            return Self.residentKilobytes(server.process.processIdentifier)
        }
        _ = try server.get("/")
        let first = idle()
        var trail: [Int] = []
        for round in 1...20 {
            try rebuild(round)
            trail.append(Self.residentKilobytes(server.process.processIdentifier))
        }
        let last = idle()
        print("serve memory (\(allocator ?? "glibc")), kB: first \(first), then \(trail), idle after the 20th \(last)")
        #expect(first > 0)
        #expect(Double(last) <= Double(first) * 1.10, "resident memory after the first build \(first) kB, after the 20th rebuild \(last) kB; on the way: \(trail)")
        _ = server.stop()
    }
}
