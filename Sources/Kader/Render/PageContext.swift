import Mustache

/// A handbook page's context: the frame every page has, over the page's own view. A name the
/// frame answers for is the frame's, as a page's own view never uses one of the frame's names.
struct PageContext<Main: MustacheParent & Sendable>: MustacheParent, Sendable {
    let frame: PageFrame
    let main: Main

    func child(named name: String) -> Any? { frame.child(named: name) ?? main.child(named: name) }
}
