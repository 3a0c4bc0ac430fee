import Foundation
import Testing
@testable import Kader

/// Files kader may not read, files too large to parse, links that lead nowhere (Revision 2).
/// Permissions mean nothing to root, and CI runs as root: those tests run the real binary as the
/// user `nobody` through `setpriv`.
@Suite struct FileSafetyTests {
    /// `kader ARGUMENTS` as an unprivileged user.
    static func kaderUnprivileged(_ arguments: [String]) throws -> (status: Int32, output: String) {
        if getuid() != 0 { return try CommandLineTests.kader(arguments) }
        return try run("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", ServeTests.binary] + arguments)
    }

    /// A fixture that `nobody` may read (the temporary folder is made by root).
    static func repository(_ overrides: [String: String] = [:]) throws -> FixtureRepository {
        let repository = try FixtureRepository(valid: overrides)
        try run("chmod", ["-R", "a+rX", repository.root])
        return repository
    }

    static func findings(_ output: String) throws -> [String] {
        let start = output.firstIndex(of: "[") ?? output.startIndex
        let json = try JSONSerialization.jsonObject(with: Data(output[start...].utf8)) as? [[String: Any]] ?? []
        return json.map { "\($0["rule"]!) \($0["file"]!):\($0["line"]!):\($0["column"]!)" }
    }

    @Test func aContentFolderThatCannotBeListedStopsKader() throws {
        let repository = try Self.repository()
        try run("chmod", ["000", repository.root + "/content"])
        let result = try Self.kaderUnprivileged(["check", repository.root, "--today", "2026-11-22", "--format", "json"])
        #expect(result.status == 2, "\(result.output)")
        #expect(result.output.contains("content` kan niet opgesomd worden"), "\(result.output)")
    }

    @Test func anUnreadableFolderIsAFindingNotAnEmptyFolder() throws {
        let repository = try Self.repository()
        try run("chmod", ["000", repository.root + "/content/people"])
        let result = try Self.kaderUnprivileged(["check", repository.root, "--today", "2026-11-22", "--format", "json"])
        #expect(result.status == 1, "\(result.output)")
        #expect(try Self.findings(result.output) == ["unreadable-file content/people:1:1"], "\(result.output)")
    }

    @Test func anUnreadableFileIsOneFindingAndItsIdStillHolds() throws {
        let repository = try Self.repository()
        try run("chmod", ["000", repository.root + "/content/people/an.md"])
        let result = try Self.kaderUnprivileged(["check", repository.root, "--today", "2026-11-22", "--format", "json"])
        #expect(result.status == 1, "\(result.output)")
        // The team names `an` as a member and a role holder: no unknown-reference follows.
        #expect(try Self.findings(result.output) == ["unreadable-file content/people/an.md:1:1"], "\(result.output)")
        #expect(result.output.contains("geen toegang"))
    }

    @Test func anUnreadableAssetIsAFinding() throws {
        let repository = try Self.repository()
        try repository.write("content/assets/logo.png", "png")
        try run("chmod", ["000", repository.root + "/content/assets/logo.png"])
        let result = try Self.kaderUnprivileged(["check", repository.root, "--today", "2026-11-22", "--format", "json"])
        #expect(try Self.findings(result.output) == ["unreadable-file content/assets/logo.png:1:1"], "\(result.output)")
    }

    @Test func anUnreadableKaderYmlStopsKader() throws {
        let repository = try Self.repository(["kader.yml": "title: Geheim\n"])
        try run("chmod", ["000", repository.root + "/kader.yml"])
        let result = try Self.kaderUnprivileged(["check", repository.root, "--today", "2026-11-22"])
        #expect(result.status == 2, "\(result.output)")
        #expect(result.output.contains("kader.yml kan niet gelezen worden"), "\(result.output)")
    }

    @Test func aKaderYmlThatIsAPipeOrADeviceStopsKader() throws {
        let fifo = try Self.repository()
        #expect(mkfifo(fifo.root + "/kader.yml", 0o644) == 0)
        #expect(throws: UsageError.self) { try Project(root: fifo.root) }
        let device = try Self.repository()
        try FileManager.default.createSymbolicLink(atPath: device.root + "/kader.yml", withDestinationPath: "/dev/zero")
        #expect(throws: UsageError.self) { try Project(root: device.root) }
        let folder = try Self.repository()
        try FileManager.default.createDirectory(atPath: folder.root + "/kader.yml", withIntermediateDirectories: true)
        #expect(throws: UsageError.self) { try Project(root: folder.root) }
    }

    @Test func aMarkdownFileOverEightMebibytesIsNotParsed() throws {
        let head = "---\nname: Groot\n---\n"
        let limit = FileReader.maximumMarkdownSize
        let atTheLimit = head + String(repeating: "a", count: limit - head.utf8.count - 1) + "\n"
        #expect(atTheLimit.utf8.count == limit)
        let fits = try FixtureRepository(valid: ["content/people/groot.md": atTheLimit])
        #expect(try fits.findings().isEmpty)
        let tooLarge = try FixtureRepository(valid: ["content/people/groot.md": atTheLimit + "b"])
        let findings = try tooLarge.findings()
        #expect(findings.map(\.summary) == ["file-too-large content/people/groot.md:1:1"])
        #expect(findings.first?.message.contains("8,388,609 bytes") == true)
        // Its id still exists: the team's references to `groot` would hold.
        #expect(try tooLarge.check().site.exists(.person, "groot"))
    }

    @Test func aLinkToTheRepositoryItselfIsWalkedOnceAndNoFinding() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        try FileManager.default.createDirectory(atPath: repository.root + "/content/pages", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: repository.root + "/content/pages/up", withDestinationPath: "../..")
        let result = try repository.check()
        #expect(result.findings.isEmpty, "\(result.findings.map(\.described))")
        #expect(result.filesChecked == FixtureRepository.valid.count)
    }

    @Test func linksThatPointAtEachOtherSayJustThat() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        let pages = repository.root + "/content/pages"
        try FileManager.default.createDirectory(atPath: pages, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: pages + "/loop", withDestinationPath: "loop")
        try FileManager.default.createSymbolicLink(atPath: pages + "/a", withDestinationPath: "b")
        try FileManager.default.createSymbolicLink(atPath: pages + "/b", withDestinationPath: "a")
        try FileManager.default.createSymbolicLink(atPath: pages + "/weg", withDestinationPath: "nergens")
        let findings = try repository.findings()
        #expect(findings.map(\.summary) == ["unsafe-path content/pages/a:1:1", "unsafe-path content/pages/b:1:1",
                                            "unsafe-path content/pages/loop:1:1", "unsafe-path content/pages/weg:1:1"])
        for finding in findings.prefix(3) { #expect(finding.message.contains("leads back to itself"), "\(finding.message)") }
        #expect(findings.last?.message.contains("does not exist") == true)
    }

    @Test func exactlyAThousandLevelsOfMappingsOrListsPassAndOneMoreDoesNot() throws {
        func flowMappings(_ depth: Int) -> String { String(repeating: "{a: ", count: depth) + "x" + String(repeating: "}", count: depth) }
        func flowLists(_ depth: Int) -> String { String(repeating: "[", count: depth) + "x" + String(repeating: "]", count: depth) }
        func blockMappings(_ depth: Int) -> String {
            (0..<depth).map { String(repeating: " ", count: $0 + 1) + "a:" }.joined(separator: "\n") + " x"
        }
        for (name, nested) in [("flow mappings", flowMappings), ("lists", flowLists), ("block mappings", blockMappings)] {
            for (depth, refused) in [(1_000, false), (1_001, true)] {
                let value = name == "block mappings" ? "\n" + nested(depth) : nested(depth)
                let findings = try RuleCheck.lines(["content/people/an.md": "---\nname: An\ntitle: \(value)\n---\n"])
                if refused {
                    #expect(findings.count == 1 && findings[0].hasPrefix("error yaml-syntax"), "\(name) \(depth): \(findings)")
                } else {
                    #expect(findings == ["error wrong-type content/people/an.md:3:1"], "\(name) \(depth): \(findings)")
                }
            }
        }
    }
}
