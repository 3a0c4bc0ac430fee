import Foundation
import Testing
@testable import Kader

/// A heading's anchor: letters and digits, accents folded, everything else one dash between them.
@Suite struct SlugTests {
    @Test(arguments: ["Wat ging goed?", "  2. Doelen & Acties (Q3) ", "ALLEMAAL HOOFDLETTERS", "a--b__c", "[link](x) `code`", "", "?!", "Tab\tna\ttab", "Zz Aa 09"])
    func anASCIIHeadingGetsTheAnchorFoldingGave(heading: String) {
        #expect(Slug.make(heading) == Slug.slug(of: Slug.folded(heading)))
    }

    @Test func accentsAreFolded() {
        #expect(Slug.make("Één café, naïef") == "een-cafe-naief")
        #expect(Slug.make("Wat ging goed?") == "wat-ging-goed")
    }
}
