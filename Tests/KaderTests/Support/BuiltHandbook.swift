import Foundation
@testable import Kader

/// A fixture repository built into a temporary output folder, with the files read back.
struct BuiltHandbook {
    let repository: FixtureRepository
    let output: String
    let result: BuildResult

    init(_ repository: FixtureRepository, today: String = "2026-11-22") throws {
        self.repository = repository
        output = repository.root + "/output"
        result = try Project(root: repository.root).build(output: output, today: Day(today)!)
    }

    var handbook: String { output + "/handbook" }

    func page(_ path: String) throws -> String {
        try String(contentsOfFile: handbook + "/" + path, encoding: .utf8)
    }

    /// Every file written, relative to the output folder.
    func allFiles() -> [String] {
        (FileManager.default.enumerator(atPath: output)?.allObjects as? [String] ?? [])
            .filter { !isDirectory(output + "/" + $0) }.sorted()
    }

    func contents(of relative: String) -> Data {
        FileManager.default.contents(atPath: output + "/" + relative) ?? Data()
    }

    private func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}

/// Runs a program and returns its exit status and output.
@discardableResult
func run(_ executable: String, _ arguments: [String], timeout: TimeInterval = 120) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [executable] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// The values of every `href` and `src` attribute in an HTML text.
func linkTargets(in html: String) -> [String] {
    let pattern = try! NSRegularExpression(pattern: #"(?:href|src)="([^"]*)""#)
    let range = NSRange(html.startIndex..., in: html)
    return pattern.matches(in: html, range: range).compactMap { Range($0.range(at: 1), in: html).map { String(html[$0]) } }
}
