import Foundation
import Testing
@testable import Kader

/// A heading's anchor: letters and digits, accents folded, everything else one dash between them.
@Suite struct SlugTests {
    /// The anchor as Foundation's folding makes it, the way every heading was made before ASCII
    /// ones took a shorter road.
    static func folded(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = "", pendingDash = false
        for scalar in folded.unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                if pendingDash && !slug.isEmpty { slug += "-" }
                slug.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return slug
    }

    @Test(arguments: ["Wat ging goed?", "  2. Doelen & Acties (Q3) ", "ALLEMAAL HOOFDLETTERS", "a--b__c", "[link](x) `code`", "", "?!", "Tab\tna\ttab", "Zz Aa 09"])
    func anASCIIHeadingGetsTheAnchorFoldingGave(heading: String) {
        #expect(Slug.make(heading) == Self.folded(heading))
    }

    @Test func accentsAreFolded() {
        #expect(Slug.make("Één café, naïef") == "een-cafe-naief")
        #expect(Slug.make("Wat ging goed?") == "wat-ging-goed")
    }
}
