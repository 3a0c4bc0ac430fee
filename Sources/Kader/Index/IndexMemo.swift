/// The last index the preview assembled, kept for the next one. An item whose document is the same
/// object as then (its file did not change, `DecodedFiles`) at the same place is taken again, and
/// a part of the relations whose items are all the same objects is not made again: a save to a
/// story remakes the stories' relations, not the evaluations' and the action ledger, which were
/// a third of a refresh at 16,000 files.
final class IndexMemo: Sendable {
    struct Entry: @unchecked Sendable {
        // Held, not just compared: a freed document's address could be a new document's.
        let document: Document
        let item: AnyObject
    }

    struct Last: Sendable {
        /// By the item's serial.
        let entries: [Entry?]
        let site: ContentIndex

        func entry(_ serial: Int) -> Entry? { serial < entries.count ? entries[serial] : nil }
    }

    private let last = Locked<Last?>(nil)

    init() {}

    var kept: Last? { last.withLock { $0 } }

    func keep(_ entries: [Entry?], site: ContentIndex) {
        last.withLock { $0 = Last(entries: entries, site: site) }
    }
}

extension Array where Element: AnyObject {
    /// The same objects in the same order.
    func isIdentical(to other: [Element]) -> Bool {
        count == other.count && zip(self, other).allSatisfy { $0 === $1 }
    }
}
