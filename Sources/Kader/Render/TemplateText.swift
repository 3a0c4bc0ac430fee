import Mustache

/// A text field as templates see it. swift-mustache tries a value as a template, a custom
/// renderable, a lambda, an optional and then prints it; a plain `String` went through each of
/// those dynamic casts on every use, this type stops at the second. It renders, tests and
/// transforms (`{{lowercased(title)}}`) as the string does, and has no fields of its own.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable, Comparable, Sendable {
    let string: String

    init(_ string: String) { self.string = string }

    var renderText: String { string }
    var isNull: Bool { false }
    func child(named name: String) -> Any? { nil }
    func transform(_ name: String) -> Any? { string.transform(name) }
    /// A list of texts sorts as the strings do (`{{#sorted(items)}}`).
    static func < (left: TemplateText, right: TemplateText) -> Bool { left.string < right.string }
}
