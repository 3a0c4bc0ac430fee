import Foundation
import Mustache

/// The templates, stylesheet and script of the handbook: the built-in theme, with any file of the
/// repository's own `templates/` taking the place of the built-in file of the same name.
public struct Theme: Sendable {
    /// File name → text (`team.mustache`, `style.css`).
    public let files: [String: String]
    /// File name → where it came from, for findings (`templates/team.mustache`).
    let origins: [String: String]
    /// The same templates for the thread that renders (`ThreadLibraries`).
    let perThread: ThreadLibraries
    /// Shown every context before it is rendered; for the test that every view answers for each
    /// of its fields (`ViewLookupTests`), nil otherwise.
    var observe: (@Sendable (Any) -> Void)? = nil

    public static var builtIn: [String: String] { DefaultTheme.files }

    /// Loads the theme; template syntax errors and partials that do not exist are findings.
    /// With `labels`, each `{{t.key}}` of a template is replaced by its label when the theme is
    /// loaded, so that rendering does not look the same words up again on every page.
    static func load(root: String, labels: Labels? = nil) -> (Theme, [Finding]) {
        _ = HTMLEscape.registered
        var files = DefaultTheme.files
        var origins = Dictionary(uniqueKeysWithValues: files.keys.map { ($0, "templates/\($0) (built in)") })
        let folder = root + "/templates"
        if let names = try? FileManager.default.contentsOfDirectory(atPath: folder) {
            for name in names.sorted() where !name.hasPrefix(".") {
                guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { continue }
                files[name] = String(decoding: data, as: UTF8.self)
                origins[name] = "templates/" + name
            }
        }
        var findings: [Finding] = []
        var compiledTemplates: [String: String] = [:]
        let templates = files.keys.filter { $0.hasSuffix(".mustache") }.sorted()
        for name in templates {
            do {
                // Positions of syntax errors are those of the file as written.
                _ = try MustacheTemplate(string: files[name]!)
                let compiled = "{{% CONTENT_TYPE: \(HTMLEscape.contentTypeName) }}\n" + inlineLabels(files[name]!, labels?.strings ?? [:])
                _ = try MustacheTemplate(string: compiled)
                compiledTemplates[String(name.dropLast(".mustache".count))] = compiled
            } catch let error as MustacheTemplate.ParserError {
                findings.append(Finding(.templateError, origins[name]!, Position(line: error.context.lineNumber, column: max(1, error.context.columnNumber)),
                    .templateSyntax(detail: describe(error.error))))
            } catch {
                findings.append(Finding(.templateError, origins[name]!, .file, .templateUnreadable(detail: "\(error)")))
            }
        }
        let known = Set(templates.map { String($0.dropLast(".mustache".count)) })
        for name in templates {
            for (partial, position) in partials(in: files[name]!) where !known.contains(partial) {
                findings.append(Finding(.templateError, origins[name]!, position,
                    .missingPartial(partial: partial, suggestion: Suggestion.closest(to: partial, in: known))))
            }
        }
        return (Theme(files: files, origins: origins, perThread: ThreadLibraries(compiledTemplates)), findings)
    }

    func render(_ template: String, _ context: Any) -> String {
        observe?(context)
        return perThread.library.render(context, withTemplate: template) ?? ""
    }

    /// A part of pages rendered once and placed by many (`{{{siteHeader}}}`, the sidebar's): the
    /// line of the page that places it ends it, so its own last line break is left off.
    func renderPart(_ template: String, _ context: Any) -> String {
        let rendered = render(template, context)
        return rendered.hasSuffix("\n") ? String(rendered.dropLast()) : rendered
    }

    /// `{{t.key}}` as the escaped label, `{{{t.key}}}` as the label itself, for every key in
    /// `labels`; any other tag stays as it is.
    static func inlineLabels(_ text: String, _ labels: [String: String]) -> String {
        guard !labels.isEmpty, text.contains("{{t.") || text.contains("{{{t.") else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            let triple = rest[open.upperBound...].hasPrefix("{")
            let nameStart = rest.index(open.upperBound, offsetBy: triple ? 1 : 0)
            let close = triple ? "}}}" : "}}"
            if rest[nameStart...].hasPrefix("t."), let end = rest[nameStart...].range(of: close) {
                let key = rest[rest.index(nameStart, offsetBy: 2)..<end.lowerBound]
                if !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }), let label = labels[String(key)], !label.contains("{{") {
                    result += triple ? label : HTMLEscape.escape(label)
                    rest = rest[end.upperBound...]
                    continue
                }
            }
            result += rest[open.lowerBound..<open.upperBound]
            rest = rest[open.upperBound...]
        }
        return result + rest
    }

    /// `{{> name}}` and `{{< name}}` tags, with where they stand.
    private static func partials(in text: String) -> [(String, Position)] {
        var found: [(String, Position)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let after = rest[open.upperBound...]
                guard let marker = after.first, marker == ">" || marker == "<", let close = after.range(of: "}}") else {
                    rest = after
                    continue
                }
                let name = after[after.index(after: after.startIndex)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                found.append((name, Position(line: index + 1, column: column)))
                rest = after[close.upperBound...]
            }
        }
        return found
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "a section is closed with another name than it was opened with"
        case MustacheTemplate.Error.unfinishedName: "a tag is not finished"
        case MustacheTemplate.Error.expectedSectionEnd: "a section is never closed"
        default: "\(error)"
        }
    }
}

/// A library of the theme's templates for each thread that renders. Rendering retains and
/// releases the templates' tokens and texts all the time; with one library shared by every core,
/// each of those reference counts went back and forth between the cores' caches (the build
/// took a fifth more processor time on two cores than on one). A thread's own copy, parsed from
/// the same compiled text, keeps them in its core: 4 % less processor time on corpus (a).
final class ThreadLibraries: @unchecked Sendable {
    private let compiled: [String: String]
    private let libraries = Locked<[ObjectIdentifier: MustacheLibrary]>([:])

    init(_ compiled: [String: String]) { self.compiled = compiled }

    var library: MustacheLibrary {
        let thread = ObjectIdentifier(Thread.current)
        if let library = libraries.withLock({ $0[thread] }) { return library }
        var library = MustacheLibrary()
        // Each text parsed again: a copy of the string would share its storage with the others.
        for (name, text) in compiled {
            if let template = try? MustacheTemplate(string: String(decoding: Array(text.utf8), as: UTF8.self)) { library.register(template, named: name) }
        }
        libraries.withLock { $0[thread] = library }
        return library
    }
}
