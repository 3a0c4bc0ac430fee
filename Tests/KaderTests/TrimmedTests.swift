import Foundation
import Testing
@testable import Kader

/// `trimmedWhitespace` takes off exactly what Foundation's trimming of whitespace and newlines
/// does, also for Unicode's other spaces, a space carrying a combining mark, and nothing but space.
@Suite struct TrimmedTests {
    @Test func itTrimsWhatFoundationTrims() {
        // Every scalar alone and between letters.
        for value in 0..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "a" + String(scalar) + "b", String(scalar) + "a" + String(scalar)] {
                #expect(text.trimmedWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines), "U+\(String(value, radix: 16))")
            }
        }
        let pieces = [" ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{1680}", "\u{2003}", "\u{200B}", "\u{2028}",
                      "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}", "\u{301}", "a", "é", "e\u{301}", "🙂", "x y", ""]
        var generator = LiveSiteIdentityTests.Seeded(state: 5)
        var cases = pieces + ["", "   ", " a ", "\u{20}\u{301}b"]
        for _ in 0..<5_000 {
            cases.append((0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for text in cases {
            #expect(text.trimmedWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(Array(text.unicodeScalars))")
            #expect(Array(text.trimmedWhitespace.unicodeScalars) == Array(text.trimmingCharacters(in: .whitespacesAndNewlines).unicodeScalars))
        }
    }
}
