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

    @Test func memoryAfterTwentyRebuildsStaysWithinATenthOfTheFirst() throws {
        var files = FixtureRepository.valid
        let paragraph = String(repeating: "Een verhaal over het rooster, met **nadruk** en een [link](rooster.md). ", count: 40)
        for index in 0..<200 {
            files["content/stories/verhaal-\(index).md"] = "---\ntitle: Verhaal \(index)\ndate: 2026-10-02\nkind: success\nteam: noord\n---\n\(paragraph)\n\n\(paragraph)\n"
        }
        let repository = try FixtureRepository(files)
        let server = try ServeTests.Server(root: repository.root)
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
        try rebuild(1)
        let first = Self.residentKilobytes(server.process.processIdentifier)
        var trail: [Int] = []
        for round in 2...20 {
            try rebuild(round)
            trail.append(Self.residentKilobytes(server.process.processIdentifier))
        }
        // A leak only grows; the least of the last three readings leaves out a passing peak of
        // the allocator (glibc keeps an arena per thread of the parallel stages).
        let last = trail.suffix(3).min() ?? 0
        // The allocator settles over the first rebuilds; the first level is the highest of them.
        let settled = max(first, trail.prefix(2).max() ?? 0)
        print("serve memory, kB: first \(first), then \(trail)")
        #expect(first > 0)
        #expect(Double(last) <= Double(settled) * 1.10, "resident memory after the first rebuilds \(settled) kB, after the 20th \(last) kB; on the way: \(trail)")
        _ = server.stop()
    }
}
