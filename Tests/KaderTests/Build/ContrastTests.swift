import Foundation
import Testing
@testable import Kader

/// The theme's colours meet WCAG AA contrast (4.5:1 for text) in light and dark mode.
@Suite struct ContrastTests {
    /// The custom properties of the first `:root` block after `marker` in the stylesheet.
    static func palette(after marker: String) -> [String: String] {
        let css = Theme.builtIn["style.css"]!
        let start = css.range(of: marker)!.upperBound
        let block = css[start...].prefix { $0 != "}" }
        var result: [String: String] = [:]
        for line in block.split(separator: ";") {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            if parts.count == 2, parts[0].hasPrefix("--") { result[String(parts[0].dropFirst(2))] = parts[1] }
        }
        return result
    }

    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16)!
        let bytes: [Int] = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF]
        let channels: [Double] = bytes.map { byte in
            let c = Double(byte) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let red: Double = 0.2126 * channels[0]
        let green: Double = 0.7152 * channels[1]
        let blue: Double = 0.0722 * channels[2]
        return red + green + blue
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test(arguments: [":root {", "@media (prefers-color-scheme: dark) {\n  :root {"])
    func textColoursHaveEnoughContrast(mode: String) {
        let colours = Self.palette(after: mode)
        let pairs = [("fg", "bg"), ("muted", "bg"), ("accent", "bg"), ("ok", "bg"), ("warn", "bg"), ("bad", "bg"),
                     ("fg", "card"), ("muted", "card"), ("accent", "card"), ("accent-fg", "accent"), ("ok", "ok-bg"), ("bad", "bad-bg")]
        for (text, background) in pairs {
            guard let foreground = colours[text], let back = colours[background] else {
                Issue.record("missing --\(text) or --\(background) in \(mode)")
                continue
            }
            #expect(Self.contrast(foreground, back) >= 4.5, "\(text) on \(background): \(Self.contrast(foreground, back))")
        }
    }

    /// Chart lines and bars are graphics: 3:1 against the page background of their mode. Their
    /// colours are the custom properties the stylesheet's `.chart .c-…` rules use.
    @Test(arguments: [":root {", "@media (prefers-color-scheme: dark) {\n  :root {"])
    func chartColoursStandOut(mode: String) throws {
        let css = Theme.builtIn["style.css"]!
        let rule = try Regex(#"\.chart \.c-[a-z0-9-]+[^{]*\{ color: var\(--([a-z0-9-]+)\); \}"#)
        let properties = Set(css.matches(of: rule).map { String($0.output[1].substring ?? "") })
        #expect(properties.isSuperset(of: ["ok", "bad", "warn", "accent", "series-2"]), "\(properties.sorted())")
        let colours = Self.palette(after: mode)
        for property in properties {
            guard let colour = colours[property], let background = colours["bg"] else {
                Issue.record("missing --\(property) in \(mode)")
                continue
            }
            #expect(Self.contrast(colour, background) >= 3, "--\(property) \(colour) on \(background)")
        }
    }
}
