import Foundation

/// Charts as inline SVG written by kader itself: a title and a description for screen readers,
/// every series told apart by its marker or pattern as well as its colour, and no script.
public struct ChartSeries: Sendable {
    public let name: String
    public let values: [Double?]
    /// What its colour means, the same as in the handbook: `good` and `success` green (`--ok`,
    /// as `.badge-success`), `bad` red (`--bad`), `experiment` as `.badge-experiment` (`--warn`),
    /// `lesson` as `.badge-lesson` (`--accent`), `neutral` (`--accent`). Nil: a category without
    /// a meaning (a mandate, a level, a steering answer), in a neutral colour that is never red
    /// or green.
    public let meaning: Meaning?

    public enum Meaning: String, Sendable {
        case good, bad, success, lesson, experiment, neutral
    }

    public init(name: String, values: [Double?], meaning: Meaning? = nil) {
        self.name = name
        self.values = values
        self.meaning = meaning
    }
}

public enum SVGChart {
    /// Drawn 360 units wide, about as wide as a phone shows it (358 px at 390 px), so a 12-unit
    /// text is about 12 px there; the stylesheet keeps a chart at most 27rem wide on a larger
    /// screen and on paper (about 14 px), and lays the four drivers out side by side.
    static let width = 360.0
    static let plotHeight = 170.0
    static let left = 36.0, right = 10.0, top = 14.0, bottom = 52.0
    static let legendRow = 18.0
    static let fontSize = 12.0
    /// At most this many period names under the axis, so none overlaps the next.
    static let axisLabels = 6
    /// Neutral colours for series without a meaning: `c-1` … `c-4` in the stylesheet.
    static let neutralColours = 4

    /// The class that gives series `index` its colour through the stylesheet's custom properties
    /// (`.chart .c-success { color: var(--ok) }`); every mark of it is drawn in `currentColor`.
    /// Without a meaning, colour and pattern (or marker) change in different steps, so no two of
    /// the first sixteen series look alike.
    static func colourClass(_ series: ChartSeries, index: Int) -> String {
        if let meaning = series.meaning { return "c-\(meaning.rawValue)" }
        return "c-\((index + index / neutralColours) % neutralColours + 1)"
    }

    /// Lines over periods, with a gap where a value is missing. `missing` says why for a period
    /// (no check-in, too few participants): it is drawn as a hollow cross on the axis with that
    /// title, so a missed check-in is never a silent gap.
    public static func line(id: String, title: String, description: String, labels: [String], series: [ChartSeries], yRange: ClosedRange<Double>, yStep: Double,
                            missing: [String?] = []) -> String {
        let layout = legendLayout(series.map(\.name))
        var svg = open(id: id, title: title, description: description, legendRows: layout.rows)
        svg += axes(labels: labels, yRange: yRange, yStep: yStep)
        let baseline = y(yRange.lowerBound, yRange)
        for (position, reason) in missing.enumerated() {
            guard let reason, position < labels.count else { continue }
            let xx = x(position, count: labels.count)
            svg += "<path class=\"missing\" d=\"M\(format(xx - 4)) \(format(baseline - 4))L\(format(xx + 4)) \(format(baseline + 4))M\(format(xx + 4)) \(format(baseline - 4))L\(format(xx - 4)) \(format(baseline + 4))\" stroke=\"currentColor\" stroke-width=\"1.5\" fill=\"none\"><title>\(HTMLEscape.escape("\(labels[position]): \(reason)"))</title></path>\n"
        }
        for (index, serie) in series.enumerated() {
            svg += "<g class=\"series \(colourClass(serie, index: index))\">\n"
            var segment: [String] = []
            func flush() {
                if segment.count > 1 { svg += "<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"2.5\" points=\"\(segment.joined(separator: " "))\"/>\n" }
                segment = []
            }
            for (position, value) in serie.values.enumerated() {
                guard let value else { flush(); continue }
                let point = "\(format(x(position, count: labels.count))),\(format(y(value, yRange)))"
                segment.append(point)
            }
            flush()
            for (position, value) in serie.values.enumerated() {
                guard let value else { continue }
                svg += marker(index, x: x(position, count: labels.count), y: y(value, yRange), label: "\(serie.name) \(labels[position]): \(format(value))")
            }
            svg += "</g>\n"
        }
        svg += legend(series, layout: layout, markers: true)
        return svg + "</svg>\n"
    }

    /// Bars over periods, stacked (counts that add up) or side by side.
    public static func bars(id: String, title: String, description: String, labels: [String], series: [ChartSeries], stacked: Bool) -> String {
        let totals = labels.indices.map { position in
            stacked ? series.reduce(0.0) { $0 + ($1.values[position] ?? 0) } : series.map { $0.values[position] ?? 0 }.max() ?? 0
        }
        let maximum = max(1, (totals.max() ?? 1).rounded(.up))
        let step = max(1, (maximum / 5).rounded(.up))
        let yRange = 0...(step * (maximum / step).rounded(.up))
        let layout = legendLayout(series.map(\.name))
        var svg = open(id: id, title: title, description: description, legendRows: layout.rows)
        svg += patterns(id: id, series: series)
        svg += axes(labels: labels, yRange: yRange, yStep: step)
        let slot = (width - left - right) / Double(max(labels.count, 1))
        let barWidth = stacked ? slot * 0.6 : slot * 0.8 / Double(max(series.count, 1))
        for position in labels.indices {
            var base = 0.0
            for (index, serie) in series.enumerated() {
                let value = serie.values[position] ?? 0
                guard value > 0 else { continue }
                let x0 = left + slot * Double(position) + (stacked ? slot * 0.2 : slot * 0.1 + barWidth * Double(index))
                let yTop = y(stacked ? base + value : value, yRange)
                let yBottom = y(stacked ? base : 0, yRange)
                svg += "<rect x=\"\(format(x0))\" y=\"\(format(yTop))\" width=\"\(format(barWidth))\" height=\"\(format(yBottom - yTop))\" fill=\"url(#\(id)-p\(index))\" stroke=\"currentColor\" class=\"\(colourClass(serie, index: index))\"><title>\(HTMLEscape.escape("\(serie.name) \(labels[position]): \(format(value))"))</title></rect>\n"
                if stacked { base += value }
            }
        }
        svg += legend(series, layout: layout, markers: false, patternID: id)
        return svg + "</svg>\n"
    }

    /// A line of the last periods in a table cell: no axes, a dot on the latest value, and the
    /// values in its label for a screen reader. A missing value breaks the line.
    public static func sparkline(id: String, values: [Double?], yRange: ClosedRange<Double>, title: String, description: String) -> String {
        let w = 60.0, h = 16.0
        let step = values.count > 1 ? (w - 4) / Double(values.count - 1) : 0
        func yy(_ value: Double) -> Double {
            let span = max(yRange.upperBound - yRange.lowerBound, 1e-9)
            return 2 + (h - 4) * (1 - (value - yRange.lowerBound) / span)
        }
        var svg = "<svg class=\"sparkline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 60 16\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
            + "<title id=\"\(id)-title\">\(HTMLEscape.escape(title))</title><desc id=\"\(id)-desc\">\(HTMLEscape.escape(description))</desc>"
        var segment: [String] = []
        func flush() {
            if segment.count > 1 { svg += "<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" points=\"\(segment.joined(separator: " "))\"/>" }
            segment = []
        }
        for (index, value) in values.enumerated() {
            guard let value else { flush(); continue }
            segment.append("\(format(2 + step * Double(index))),\(format(yy(value)))")
        }
        flush()
        if let last = values.last ?? nil {
            svg += "<circle cx=\"\(format(2 + step * Double(values.count - 1)))\" cy=\"\(format(yy(last)))\" r=\"2\" fill=\"currentColor\"/>"
        }
        return svg + "</svg>"
    }

    // MARK: - Parts

    private static func open(id: String, title: String, description: String, legendRows: Int) -> String {
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(format(width)) \(format(height + legendRow * Double(legendRows - 1)))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">\n<title id=\"\(id)-title\">\(HTMLEscape.escape(title))</title>\n<desc id=\"\(id)-desc\">\(HTMLEscape.escape(description))</desc>\n"
    }

    private static func axes(labels: [String], yRange: ClosedRange<Double>, yStep: Double) -> String {
        var svg = "<g class=\"axes\" font-size=\"\(format(fontSize))\" fill=\"currentColor\">\n"
        var value = yRange.lowerBound
        while value <= yRange.upperBound + 1e-9 {
            let yy = format(y(value, yRange))
            svg += "<line x1=\"\(format(left))\" x2=\"\(format(width - right))\" y1=\"\(yy)\" y2=\"\(yy)\" stroke=\"currentColor\" stroke-opacity=\"0.2\"/>\n"
            svg += "<text x=\"\(format(left - 6))\" y=\"\(yy)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(format(value))</text>\n"
            value += yStep
        }
        let every = max(1, Int((Double(labels.count) / Double(axisLabels)).rounded(.up)))
        for (position, label) in labels.enumerated() where position % every == 0 {
            let xx = format(x(position, count: labels.count))
            svg += "<text x=\"\(xx)\" y=\"\(format(height - bottom + 16))\" text-anchor=\"middle\">\(HTMLEscape.escape(label))</text>\n"
        }
        return svg + "</g>\n"
    }

    private static func patterns(id: String, series: [ChartSeries]) -> String {
        var svg = "<defs>\n"
        let colour = "currentColor"
        for (index, serie) in series.enumerated() {
            // Solid, hatched, dotted, cross-hatched...: a bar is told apart without its colour.
            let pattern: String
            switch index % 4 {
            case 0: pattern = "<rect width=\"6\" height=\"6\" fill=\"\(colour)\"/>"
            case 1: pattern = "<rect width=\"6\" height=\"6\" fill=\"\(colour)\" fill-opacity=\"0.35\"/><path d=\"M0 6L6 0\" stroke=\"\(colour)\" stroke-width=\"1.5\"/>"
            case 2: pattern = "<rect width=\"6\" height=\"6\" fill=\"\(colour)\" fill-opacity=\"0.2\"/><circle cx=\"3\" cy=\"3\" r=\"1.4\" fill=\"\(colour)\"/>"
            default: pattern = "<rect width=\"6\" height=\"6\" fill=\"\(colour)\" fill-opacity=\"0.3\"/><path d=\"M0 0L6 6M6 0L0 6\" stroke=\"\(colour)\" stroke-width=\"1\"/>"
            }
            // The pattern's marks take the colour of its class, as the bar's outline does.
            svg += "<pattern id=\"\(id)-p\(index)\" class=\"\(colourClass(serie, index: index))\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">\(pattern)</pattern>\n"
        }
        return svg + "</defs>\n"
    }

    private static func marker(_ index: Int, x: Double, y: Double, label: String) -> String {
        let colour = "currentColor"
        let title = "<title>\(HTMLEscape.escape(label))</title>"
        switch index % 4 {
        case 0: return "<circle cx=\"\(format(x))\" cy=\"\(format(y))\" r=\"4\" fill=\"\(colour)\">\(title)</circle>\n"
        case 1: return "<rect x=\"\(format(x - 4))\" y=\"\(format(y - 4))\" width=\"8\" height=\"8\" fill=\"\(colour)\">\(title)</rect>\n"
        case 2: return "<path d=\"M\(format(x)) \(format(y - 5))L\(format(x + 5)) \(format(y + 4))L\(format(x - 5)) \(format(y + 4))Z\" fill=\"\(colour)\">\(title)</path>\n"
        default: return "<path d=\"M\(format(x)) \(format(y - 5))L\(format(x + 5)) \(format(y))L\(format(x)) \(format(y + 5))L\(format(x - 5)) \(format(y))Z\" fill=\"\(colour)\">\(title)</path>\n"
        }
    }

    /// Legend entries flow into rows that fit the width; each is placed once, here.
    private static func legendLayout(_ names: [String]) -> (positions: [(x: Double, y: Double)], rows: Int) {
        var positions: [(x: Double, y: Double)] = []
        var xx = legendLeft
        var row = 0
        for name in names {
            let itemWidth = 26 + Double(legendName(name).count) * characterWidth
            if xx + itemWidth > width - right, xx > legendLeft {
                row += 1
                xx = legendLeft
            }
            positions.append((xx, height - 14 + legendRow * Double(row)))
            xx += itemWidth
        }
        return (positions, row + 1)
    }

    static let legendLeft = 8.0
    /// About the width of a character of the sans-serif at `fontSize`.
    static var characterWidth: Double { fontSize * 0.58 }

    /// A name too long for one legend row is cut with "…"; the whole name is the text's title
    /// and the table below the chart.
    static func legendName(_ name: String) -> String {
        let fits = Int((width - right - legendLeft - 16) / characterWidth)
        return name.count <= fits ? name : String(name.prefix(fits - 1)) + "…"
    }

    private static func legend(_ series: [ChartSeries], layout: (positions: [(x: Double, y: Double)], rows: Int), markers: Bool, patternID: String = "") -> String {
        var svg = "<g class=\"legend\" font-size=\"\(format(fontSize))\" fill=\"currentColor\">\n"
        for (index, serie) in series.enumerated() {
            let name = serie.name
            let (xx, yy) = layout.positions[index]
            svg += "<g class=\"legend-key \(colourClass(serie, index: index))\">"
            if markers {
                svg += marker(index, x: xx + 5, y: yy - 4, label: name)
            } else {
                svg += "<rect x=\"\(format(xx))\" y=\"\(format(yy - 10))\" width=\"12\" height=\"12\" fill=\"url(#\(patternID)-p\(index))\" stroke=\"currentColor\"/>"
            }
            svg += "</g>\n"
            let shown = legendName(name)
            svg += "<text x=\"\(format(xx + 16))\" y=\"\(format(yy))\">\(shown == name ? "" : "<title>\(HTMLEscape.escape(name))</title>")\(HTMLEscape.escape(shown))</text>\n"
        }
        return svg + "</g>\n"
    }

    private static func x(_ position: Int, count: Int) -> Double {
        let slot = (width - left - right) / Double(max(count, 1))
        return left + slot * (Double(position) + 0.5)
    }

    static var height: Double { plotHeight + top + bottom - 16 }

    private static func y(_ value: Double, _ range: ClosedRange<Double>) -> Double {
        let span = max(range.upperBound - range.lowerBound, 1e-9)
        return top + (height - top - bottom) * (1 - (value - range.lowerBound) / span)
    }

    /// Up to two decimals, no trailing zeros, always a dot: SVG coordinates.
    /// A coordinate or value with at most two decimals and no trailing zeros ("12", "12.5",
    /// "12.25"), by integer arithmetic: a regular expression per coordinate was 5% of a build.
    static func format(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return "0" }
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100, fraction = abs(hundredths) % 100
        if fraction == 0 { return sign + String(whole) }
        if fraction % 10 == 0 { return "\(sign)\(whole).\(fraction / 10)" }
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
