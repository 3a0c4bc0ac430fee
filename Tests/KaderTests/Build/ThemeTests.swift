import Foundation
import Testing
@testable import Kader

@Suite struct ThemeTests {
    @Test func theBuiltInThemeHasNoError() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        let (theme, findings) = Theme.load(root: repository.root)
        #expect(findings.isEmpty, "\(findings.map(\.message))")
        #expect(theme.files["layout.mustache"] != nil && theme.files["style.css"] != nil && theme.files["kader.js"] != nil)
    }

    @Test func aRepositoryTemplateOverridesTheThemeFileByFile() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        try repository.write("templates/page.mustache", "{{<layout}}{{$main}}<p class=\"eigen\">{{title}}</p>{{/main}}{{/layout}}")
        try repository.write("content/pages/welkom.md", "---\ntitle: Welkom\n---\n")
        let built = try BuiltHandbook(repository)
        let page = try built.page("pages/welkom.html")
        #expect(page.contains("<p class=\"eigen\">Welkom</p>"))
        #expect(page.contains("<nav class=\"site-nav\""))
    }

    @Test func aTemplateErrorIsAFindingInTheTemplatesFile() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        try repository.write("templates/page.mustache", "<h1>{{title}}</h1>\n{{#body}}\n<p>open</p>\n{{/bodyy}}\n")
        let built = try BuiltHandbook(repository)
        let findings = built.result.check.findings.map(\.summary)
        #expect(findings.count == 1)
        #expect(findings.first?.hasPrefix("template-error templates/page.mustache:4:") == true)
        #expect(built.result.files.isEmpty)
        // kader check, as CI runs it, finds it too.
        #expect(try repository.findings().map(\.summary) == findings)
    }

    @Test func aMissingPartialIsAFinding() throws {
        let repository = try FixtureRepository(FixtureRepository.valid)
        try repository.write("templates/page.mustache", "<h1>{{title}}</h1>\n  {{> sidebar}}\n")
        let findings = try BuiltHandbook(repository).result.check.findings.map(\.summary)
        #expect(findings == ["template-error templates/page.mustache:2:3"])
    }
}
