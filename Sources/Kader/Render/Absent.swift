import Mustache

/// A view's field that holds nothing. Mustache climbs the context stack when a lookup gives nil,
/// so an empty optional field was looked for again in every enclosing view and the page's
/// context (each step a handful of dynamic casts), and could even pick up another view's field of
/// the same name. This value ends the lookup at the view that declares the field and renders as
/// nothing does: an empty text, a false section, a true inverted section.
struct Absent: MustacheCustomRenderable, Sendable {
    // Immutable and empty, so one value serves every thread.
    nonisolated(unsafe) static let value: Any = Absent()
    var renderText: String { "" }
    var isNull: Bool { true }
}

/// A declared field as templates see it: its value, or `Absent` for an empty optional.
@inline(__always) func field<T>(_ value: T?) -> Any { value.map { $0 as Any } ?? Absent.value }
@inline(__always) func field<T>(_ value: T) -> Any { value }
@inline(__always) func field(_ value: String?) -> Any { value.map { TemplateText($0) as Any } ?? Absent.value }
@inline(__always) func field(_ value: String) -> Any { TemplateText(value) }
/// A list of texts as `TemplateText`s: each is printed, tested and transformed as the string is,
/// through fewer of swift-mustache's dynamic casts (`{{#wentWell}}<li>{{.}}</li>{{/wentWell}}`).
@inline(__always) func field(_ value: [String]) -> Any { value.map(TemplateText.init) }
