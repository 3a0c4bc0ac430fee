import Foundation
import Testing
@testable import Kader

/// A disk that fills up while a build writes: the build says so in one sentence that names the
/// file where it was to go, and the last build's output stays as it was, byte for byte.
@Suite struct FullDiskTests {
    /// Every file under `folder`, hidden ones too, by relative path.
    static func files(in folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder) ?? FileManager.DirectoryEnumerator() {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = FileManager.default.contents(atPath: folder + "/" + path)
            }
        }
        return files
    }

    /// Writes fail past 64 KiB (`ulimit -f`, with the signal that limit sends ignored, so that a
    /// write fails with an error as on a full disk); the example's search index and `data.json`
    /// are larger.
    @Test func aWriteThatFailsNamesTheFileAndLeavesTheLastOutputAsItWas() throws {
        let root = try LiveSiteIdentityTests.exampleCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let first = try CommandLineTests.kader(["build", root, "--today", "2026-11-22"])
        try #require(first.status == 0, "\(first.output)")
        let output = root + "/output"
        let before = Self.files(in: output), content = Self.files(in: root + "/content")
        try #require(before.keys.contains("handbook/index.html") && before.keys.contains("reports/data.json"))

        let failed = try run("bash", ["-c", "trap '' XFSZ; ulimit -f 64; exec \"$0\" \"$@\"", ServeTests.binary,
                                      "build", root, "--today", "2026-11-22", "--no-cache"])
        #expect(failed.status == 2, "\(failed.output)")
        let lines = failed.output.split(separator: "\n")
        #expect(lines.count == 1, "\(failed.output)")
        #expect(failed.output.hasPrefix("kader: `\(output)/"), "\(failed.output)")
        #expect(failed.output.contains("kon niet geschreven worden (") && failed.output.contains("dus is er niets in `\(output)` veranderd"), "\(failed.output)")
        #expect(!failed.output.contains(".kader-new"), "\(failed.output)")
        #expect(Self.files(in: output) == before)
        #expect(Self.files(in: root + "/content") == content)
    }
}
