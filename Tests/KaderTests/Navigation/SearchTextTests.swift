import Testing
@testable import Kader

/// The search index's text: white space collapsed by Unicode scalar, as splitting by `Character`
/// did for every text but a combining mark right after a space.
@Suite struct SearchTextTests {
    static func byCharacter(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    @Test(arguments: [
        "", "   ", "rooster", "  het   rooster\tliep\r\nvast \n",
        "één   overleg, \u{201C}samen\u{201D} — daarna ‘twee’ ", "café\u{00A0}\u{00A0}om\u{2003}tien\u{3000}uur",
        "regel\u{2028}scheiding\u{2029}alinea\u{0085}volgende", "emoji 👩‍👩‍👧 en 🇳🇱  vlag", "e\u{301} samengesteld",
        "\u{000B}\u{000C}verticaal\u{1680}ogham\u{202F}\u{205F}smal",
    ])
    func whiteSpaceCollapsesAsCharactersDid(text: String) {
        #expect(SearchIndex.collapse(text) == Self.byCharacter(text))
    }

    @Test func aCombiningMarkAfterASpaceIsKept() {
        #expect(SearchIndex.collapse("a \u{301}b") == "a \u{301}b")
    }

    /// The limit counts characters, also where a character takes more than one byte.
    @Test func theTextIsLimitedInCharacters() {
        let limit = SearchIndex.textLimit
        #expect(SearchIndex.limited(String(repeating: "é", count: limit)).count == limit)
        #expect(SearchIndex.limited(String(repeating: "é", count: limit + 1)) == String(repeating: "é", count: limit))
        #expect(SearchIndex.limited(String(repeating: "a", count: limit + 5_000)).count == limit)
        #expect(SearchIndex.limited("kort") == "kort")
    }
}
