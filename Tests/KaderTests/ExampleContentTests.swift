import Foundation
import Testing
@testable import Kader

/// The example handbook at the top of the repository is the first user of every feature.
@Suite struct ExampleContentTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    @Test func exampleContentHasNoErrors() throws {
        let result = try Project(root: Self.repositoryRoot).check(today: Day("2026-11-22")!)
        let errors = result.findings.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.summary))")
        #expect(result.filesChecked >= 60)
    }

    @Test func exampleContentUsesEveryKind() throws {
        let site = try Project(root: Self.repositoryRoot).check(today: Day("2026-11-22")!).site
        #expect(site.organization != nil)
        #expect(site.teams.count >= 3)
        #expect(Set(site.teams.map(\.value.phase)) == Set(Phase.allCases))
        #expect(site.people.count >= 12)
        #expect(site.mandates.count >= 8)
        #expect(site.stories.count >= 12)
        #expect(Set(site.stories.compactMap(\.value.kind?.value)) == Set(StoryKind.allCases))
        #expect(site.sessions.count >= 2)
        #expect(site.pages.count >= 3)
        for team in site.teams where team.value.ended == nil {
            let dates = (site.evaluationsByTeam[team.id] ?? []).compactMap(\.value.date?.value)
            #expect(dates.count >= 6, "\(team.id)")
            if let first = dates.min(), let last = dates.max() { #expect(last.days(since: first) >= 150, "\(team.id)") }
        }
    }
}

/// The example uses every field of the content model, so the handbook shows everything it can.
@Suite struct ExampleCoverageTests {
    /// `kind.field` and `kind.field.subfield` for every field the schemas know.
    static func paths(_ schema: Schema, prefix: String) -> Set<String> {
        var result: Set<String> = []
        for field in schema.fields {
            let path = prefix + "." + field.name
            result.insert(path)
            switch field.type {
            case .object(let inner), .list(.object(let inner), _): result.formUnion(paths(inner, prefix: path))
            case .keyed(let keys, _): result.formUnion(keys.map { path + "." + $0 })
            default: break
            }
        }
        return result
    }

    static func used(_ node: YAMLNode, prefix: String, into result: inout Set<String>) {
        switch node {
        case .mapping(let pairs, _):
            for pair in pairs {
                let path = prefix + "." + pair.key.text
                result.insert(path)
                used(pair.value, prefix: path, into: &result)
            }
        case .sequence(let items, _):
            for item in items { used(item, prefix: prefix, into: &result) }
        case .scalar:
            break
        }
    }

    @Test func everyFieldOfEveryTypeIsUsed() throws {
        let root = ExampleContentTests.repositoryRoot
        let site = try Project(root: root).check(today: Day("2026-11-22")!).site
        var expected: Set<String> = []
        var used: Set<String> = []
        for kind in ContentKind.allCases {
            // An organization's goals and a team's goals share one shape; both are listed.
            expected.formUnion(Self.paths(kind.schema, prefix: kind.rawValue))
        }
        for path in site.contentPaths {
            guard case .success(let location) = ContentLocation.classify(path),
                  case .text(let text) = TextDecoding.decode(Array(FileManager.default.contents(atPath: root + "/" + path)!)),
                  case .success(let split) = FrontMatter.split(text),
                  case .success(let node?) = YAMLParser.parse(split.yaml, firstLine: 2) else { continue }
            Self.used(node, prefix: location.kind.rawValue, into: &used)
        }
        let configuration = try String(contentsOfFile: root + "/kader.yml", encoding: .utf8)
        if case .success(let node?) = YAMLParser.parse(configuration, firstLine: 1) { Self.used(node, prefix: "kader", into: &used) }
        // `today` would freeze the example's date, so it is the one key the example leaves out.
        expected.formUnion(Self.paths(ContentModel.configuration, prefix: "kader").subtracting(["kader.today"]))
        let rules = Set(used.filter { $0.hasPrefix("kader.rules.") })
        #expect(expected.subtracting(used).sorted() == [])
        #expect(!rules.isEmpty)
    }
}
