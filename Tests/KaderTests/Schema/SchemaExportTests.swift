import Foundation
import Testing
@testable import Kader

/// The exported JSON Schemas, checked with an independent validator (Python's jsonschema).
@Suite struct SchemaExportTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("validate.py").path

    static func writeSchemas() throws -> String {
        let folder = Scratch.path("kader-schema")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for file in JSONSchemaExport.files() {
            try Data(file.text.utf8).write(to: URL(fileURLWithPath: folder + "/" + file.name))
        }
        return folder
    }

    static func validate(_ files: [(kind: String, path: String)]) throws -> [String] {
        let (status, output) = try run("python3", [script, try writeSchemas()] + files.map { "\($0.kind)=\($0.path)" })
        #expect(status == 0, "\(output)")
        return output.split(separator: "\n").map(String.init)
    }

    @Test func everyTypeHasASchema() {
        let names = JSONSchemaExport.files().map(\.name)
        #expect(names == ["organization", "team", "person", "mandate", "story", "evaluation", "session", "page"].map { "\($0).schema.json" } + ["kader.schema.json"])
    }

    @Test func theSchemasAcceptEveryFileOfTheExample() throws {
        let root = ExampleContentTests.repositoryRoot
        let site = try Project(root: root).check(today: Day("2026-11-22")!).site
        var files: [(kind: String, path: String)] = [("kader", root + "/kader.yml")]
        for kind in ContentKind.allCases {
            for path in site.contentPaths.sorted() {
                if case .success(let location) = ContentLocation.classify(path), location.kind == kind {
                    files.append((kind.rawValue, root + "/" + path))
                }
            }
        }
        #expect(files.count > 90)
        let results = try Self.validate(files)
        #expect(results.count == files.count)
        #expect(results.filter { !$0.hasPrefix("ok ") } == [])
    }

    @Test(arguments: [
        ("team", "---\nname: Noord\npurpose: P.\nphase: learning\nmembers: an\n---\n", "wrong-type"),
        ("team", "---\nname: Noord\nphase: learning\nmembers: [an]\n---\n", "missing-field"),
        ("team", "---\nname: Noord\npurpose: P.\nphase: lerning\nmembers: [an]\n---\n", "invalid-value"),
        ("mandate", "---\ntitle: T\nteam: noord\narea: a\nholder: team\nlevel: 9\nlimit: L\nsince: 2026-01-01\nreview: 2026-02-01\n---\n", "invalid-value"),
        ("evaluation", "---\nteam: noord\ndate: 2026-11-01\nparticipants: many\n---\n", "wrong-type"),
        ("story", "---\ntitle: T\ndate: 2026-01-01\nkind: lesson\n---\n", "missing-field"),
        ("session", "---\ntitle: T\ndate: 2026-01-01\ntopic: budget\nteams: [noord]\n---\n", "invalid-value"),
        ("person", "---\nname: An\nvaues: x\n---\n", "unknown-field"),
    ])
    func theSchemasRejectWhatTheCheckerRejects(kind: String, text: String, rule: String) throws {
        let path = Scratch.path("kader-schema-fixture", suffix: ".md")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let results = try Self.validate([(kind, path)])
        #expect(results.count == 1 && results[0].hasPrefix("error "), "\(results)")
        // The checker finds the same mistake.
        let repository = try FixtureRepository(valid: [ContentKind(rawValue: kind)!.folder.isEmpty ? "content/organization.md" : "content/\(ContentKind(rawValue: kind)!.folder)/\(kind == "evaluation" ? "noord/2026-11-01" : "x").md": text])
        #expect(try repository.findings().contains { $0.rule.rawValue == rule })
    }
}
