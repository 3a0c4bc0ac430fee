import Foundation
import Mustache
import Testing
@testable import Kader

/// Parts of pages that kader renders once and places on many pages (the sidebar's entries and
/// its list of sections), and how an empty field of a view reads in a template.
@Suite struct TemplateFragmentTests {
    /// Mustache looks a name up in every enclosing context when the innermost one has nothing; a
    /// view's own empty field must not pick up an enclosing context's value of the same name.
    @Test func anEmptyFieldOfAViewDoesNotTakeAnEnclosingValueOfTheSameName() throws {
        let template = try MustacheTemplate(string: "{{#link}}[{{url}}|{{label}}|{{^url}}geen{{/url}}{{#url}}wel{{/url}}]{{/link}}")
        let context: [String: Any] = ["url": "buiten.html", "link": LinkView(url: nil, label: "Binnen")]
        #expect(template.render(context) == "[|Binnen|geen]")
        let filled: [String: Any] = ["url": "buiten.html", "link": LinkView(url: "binnen.html", label: "Binnen")]
        #expect(template.render(filled) == "[binnen.html|Binnen|wel]")
    }

    /// Views hand texts to templates as `TemplateText` (fewer dynamic casts in swift-mustache):
    /// every way a template can use a text must read as it does with the plain string.
    @Test func aTextFieldReadsInATemplateAsTheStringDoes() throws {
        let template = try MustacheTemplate(string: """
            {{title}}|{{{title}}}|{{#title}}[{{.}}/{{label}}]{{/title}}|{{^title}}leeg{{/title}}|\
            {{uppercased(title)}}|{{#empty}}e[{{.}}]{{/empty}}{{^empty}}niets{{/empty}}|{{#empty(empty)}}ja{{/empty(empty)}}|{{title.count}}
            """)
        let strings: [String: Any] = ["title": "Rooster <&> \"taken\"", "empty": "", "label": "buiten"]
        let texts = strings.mapValues { ($0 as? String).map(TemplateText.init) ?? $0 }
        let expected = "Rooster &lt;&amp;&gt; &quot;taken&quot;|Rooster <&> \"taken\"|[Rooster &lt;&amp;&gt; &quot;taken&quot;/buiten]||"
            + "ROOSTER &lt;&amp;&gt; &quot;TAKEN&quot;|e[]|ja|"
        #expect(template.render(strings) == expected)
        #expect(template.render(texts) == expected)
        #expect(template.render(["title": field("Rooster")]) == template.render(["title": "Rooster"]))
        #expect(template.render(["title": field(String?.none)]) == "|||leeg||niets||")
    }

    /// A list of texts reaches templates as `TemplateText`s; every way a template can use the list
    /// or its items must read as the list of strings does.
    @Test func aListOfTextsReadsInATemplateAsTheStringsDo() throws {
        let template = try MustacheTemplate(string: """
            {{#items}}[{{.}}|{{{.}}}|{{uppercased(.)}}]{{/items}}{{^items}}geen{{/items}}|\
            {{^empty(items)}}vol{{/empty(items)}}|{{first(items)}}|{{last(items)}}|{{count(items)}}|\
            {{#sorted(items)}}{{.}},{{/sorted(items)}}|{{#reversed(items)}}{{.}},{{/reversed(items)}}
            """)
        for items in [["b <&>", "a", "C"], [], ["één"]] {
            let expected = template.render(["items": items])
            #expect(template.render(["items": field(items)]) == expected, "\(items)")
        }
        #expect(template.render(["items": field(["b", "a"])]) == "[b|b|B][a|a|A]|vol|b|a|2|a,b,|a,b,")
    }

    static let pages: [String: String] = [
        "content/pages/werkwijze/vergaderen.md": "---\ntitle: Vergaderen\norder: 1\n---\n",
        "content/pages/werkwijze/evalueren.md": "---\ntitle: Evalueren\norder: 2\n---\n",
        "content/pages/werkwijze/beslissen.md": "---\ntitle: Beslissen\norder: 3\n---\n",
        "content/pages/nieuw-hier/eerste-dag.md": "---\ntitle: Je eerste dag\n---\n",
    ]

    /// The entries are shared between the pages of a section, the current one marked on each.
    @Test func eachPageOfASectionMarksItselfInTheSharedEntries() throws {
        let built = try BuiltHandbook(FixtureRepository(valid: Self.pages))
        for (path, title) in [("pages/vergaderen.html", "Vergaderen"), ("pages/evalueren.html", "Evalueren"), ("pages/beslissen.html", "Beslissen")] {
            let page = try built.page(path)
            let list = try #require(page.components(separatedBy: #"<nav class="sidebar-pages""#).dropFirst().first?.components(separatedBy: "</nav>").first)
            #expect(list.components(separatedBy: "<li>").count - 1 == 3, "\(path)")
            #expect(list.components(separatedBy: #"aria-current="page""#).count - 1 == 1, "\(path)")
            #expect(list.contains(#"aria-current="page">\#(title)</a>"#), "\(path)")
            let sections = try #require(page.components(separatedBy: #"<nav class="sidebar-sections""#).dropFirst().first?.components(separatedBy: "</nav>").first)
            #expect(sections.contains(#"aria-current="true">Werkwijze</a>"#), "\(path)")
            #expect(!sections.contains(#"aria-current="true">Nieuw hier</a>"#), "\(path)")
        }
    }

    /// A theme changes the entries and the list of sections through their own templates.
    @Test func aRepositoryOverridesTheSidebarEntryAndSectionsTemplates() throws {
        let repository = try FixtureRepository(valid: Self.pages)
        try repository.write("templates/sidebar-page.mustache", "<li class=\"eigen\">{{label}}{{#current}} (hier){{/current}}</li>\n")
        try repository.write("templates/sidebar-sections.mustache", "<nav class=\"eigen-secties\">{{#sections}}[{{label}}{{#current}}*{{/current}}]{{/sections}}</nav>\n")
        let page = try BuiltHandbook(repository).page("pages/evalueren.html")
        #expect(page.contains("<li class=\"eigen\">Vergaderen</li>\n<li class=\"eigen\">Evalueren (hier)</li>\n<li class=\"eigen\">Beslissen</li>\n</ul>"))
        #expect(page.contains("<nav class=\"eigen-secties\">[Nieuw hier][Werkwijze*]</nav>\n</div>"))
    }

    /// A page template written before the entries were shared still loops over them itself.
    @Test func aPageTemplateThatLoopsOverTheSidebarItselfStillWorks() throws {
        let repository = try FixtureRepository(valid: Self.pages)
        try repository.write("templates/page.mustache", """
            {{<layout}}{{$main}}{{#sidebar}}<ol>{{#pages}}<li>{{label}}{{#current}}!{{/current}}</li>{{/pages}}</ol>\
            <ol>{{#sections}}<li>{{label}}{{#current}}!{{/current}}</li>{{/sections}}</ol>{{/sidebar}}{{/main}}{{/layout}}
            """)
        let page = try BuiltHandbook(repository).page("pages/beslissen.html")
        #expect(page.contains("<ol><li>Vergaderen</li><li>Evalueren</li><li>Beslissen!</li></ol><ol><li>Nieuw hier</li><li>Werkwijze!</li></ol>"))
    }
}
