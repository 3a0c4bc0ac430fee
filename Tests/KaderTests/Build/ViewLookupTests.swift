import Foundation
import Mustache
import Testing
@testable import Kader

/// Templates read a view's fields through its `child(named:)`, which `kader-views` writes from the
/// view's declaration, not through reflection. A field the tool missed (a declaration it does not
/// read) would render as nothing, and no other test need notice: every view that the example's
/// pages and reports render must answer for each of its stored properties, with its value.
@Suite struct ViewLookupTests {
    final class Seen: @unchecked Sendable {
        private let lock = NSLock()
        private var contexts: [Any] = []
        func add(_ context: Any) { lock.withLock { contexts.append(context) } }
        var all: [Any] { lock.withLock { contexts } }
    }

    /// Every problem found in `value` and what it holds; `checked` collects the view types seen.
    static func problems(in value: Any, checked: inout Set<String>, depth: Int = 0) -> [String] {
        guard depth < 40 else { return [] }
        let mirror = Mirror(reflecting: value)
        var found: [String] = []
        // A page's context answers through its frame and its own view, which are checked below.
        if let parent = value as? MustacheParent, mirror.displayStyle == .struct, !(value is TemplateText),
           !String(describing: type(of: value)).hasPrefix("PageContext<") {
            let type = String(describing: type(of: value))
            checked.insert(type)
            for case let (label?, stored) in mirror.children {
                guard let answer = parent.child(named: label) else {
                    found.append("\(type).\(label) is not answered")
                    continue
                }
                if let expected = description(of: stored), expected != description(of: answer) {
                    found.append("\(type).\(label) answers \(description(of: answer) ?? "?") for \(expected)")
                }
            }
            if parent.child(named: "noSuchField") != nil { found.append("\(type) answers for a field it does not have") }
        }
        for child in mirror.children { found += problems(in: child.value, checked: &checked, depth: depth + 1) }
        return found
    }

    /// A field's value as a template sees it: a text by its string, a list of texts by theirs, an
    /// empty optional as absent, anything else (views, lists, numbers) by its description. Nil: not comparable.
    static func description(of value: Any) -> String? {
        if let text = value as? TemplateText { return "text " + text.string }
        if let text = value as? String { return "text " + text }
        if let texts = value as? [TemplateText] { return "texts \(texts.map(\.string))" }
        if let texts = value as? [String] { return "texts \(texts)" }
        if value is Absent { return "absent" }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first?.value else { return "absent" }
            return description(of: wrapped)
        }
        return String(describing: value)
    }

    @Test func everyRenderedViewAnswersForEachOfItsFields() throws {
        var (result, theme) = try Project(root: ExampleContentTests.repositoryRoot).checkWithTheme(today: Day("2026-11-22")!)
        let seen = Seen()
        theme.observe = { seen.add($0) }
        OutputJobs.render(Handbook(site: result.site, theme: theme), ReportSite(site: result.site, theme: theme), root: "/nonexistent", into: MemorySink())
        var checked: Set<String> = []
        var found: Set<String> = []
        for context in seen.all { found.formUnion(Self.problems(in: context, checked: &checked)) }
        #expect(found.isEmpty, "\(found.sorted())")
        // Enough of the views are rendered for the check to mean something.
        #expect(checked.count >= 30, "\(checked.sorted())")
        #expect(checked.isSuperset(of: ["LinkView", "ActionView", "StoryView", "ReportCell", "BoardMandate", "PageMeta",
                                        "PageFrame", "TeamPageView", "EvaluationPageView", "ReportPageView", "SiteHeaderView"]), "\(checked.sorted())")
    }
}
