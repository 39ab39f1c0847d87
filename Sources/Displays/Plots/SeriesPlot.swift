import MimeBundle

/// Line plots with named axes, and several named series over one x axis (e.g. forward-mode and
/// reverse-mode cost against the number of inputs), one colour each with a legend.
extension Plot {
    /// `y` against `x`, with the axes named.
    public static func line(x: [Double], y: [Double], title: String? = nil, xLabel: String, yLabel: String) -> Plot {
        line(x: x, y: y, title: title, xLabel: xLabel, yLabel: yLabel, kind: "Line plot")
    }

    /// Each series' y against the shared x (pairs beyond the shorter array are ignored).
    public static func lines(x: [Double], series: [(name: String, y: [Double])], title: String? = nil,
                             xLabel: String = "x", yLabel: String = "y") -> Plot {
        let clipped = series.map { s in (name: s.name, x: Array(x.prefix(s.y.count)), y: Array(s.y.prefix(x.count))) }
        var canvas = SVGCanvas(x: AxisScale(covering: clipped.flatMap { $0.x }, pixels: SVGCanvas.plotX),
                               y: AxisScale(covering: clipped.flatMap { $0.y }, pixels: SVGCanvas.plotY, padFraction: 0.05))
        canvas.axes(title: title, xLabel: xLabel, yLabel: yLabel)
        for (k, s) in clipped.enumerated() { canvas.line(s.x, s.y, color: SVGCanvas.color(k)) }
        canvas.legend(clipped.enumerated().map { ($0.element.name, SVGCanvas.color($0.offset)) })
        let rows = clipped.flatMap { s in
            s.x.indices.map { i in [(xLabel, VegaLite.number(s.x[i])), (yLabel, VegaLite.number(s.y[i])), ("series", JSONValue.string(s.name))] }
        }
        let color = JSONValue.object([
            ("field", .string("series")), ("type", .string("nominal")), ("title", .string("series")),
            ("scale", .object([("domain", .array(clipped.map { .string($0.name) })),
                               ("range", .array(clipped.indices.map { .string(SVGCanvas.color($0)) }))])),
        ])
        let spec = VegaLite.spec(title: title, [
            ("data", VegaLite.data(rows)),
            ("mark", .object([("type", .string("line")), ("strokeWidth", .int(3)), ("tooltip", .bool(true))])),
            ("encoding", .object([("x", VegaLite.field(xLabel, "quantitative")),
                                  ("y", VegaLite.field(yLabel, "quantitative", extra: [("scale", .object([("zero", .bool(false))]))])),
                                  ("color", color)])),
        ])
        var summary = "Line plot\(title.map { " '\($0)'" } ?? ""): \(clipped.count) series, \(yLabel) against \(xLabel)"
        for s in clipped {
            let finite = s.y.filter { $0.isFinite }
            summary += "\n  \(s.name): \(s.y.count) point\(s.y.count == 1 ? "" : "s")"
            if let lo = finite.min(), let hi = finite.max(), let last = finite.last {
                summary += ", from \(NumberFormat.short(lo)) to \(NumberFormat.short(hi)), last \(NumberFormat.short(last)) \(Sparkline.of(s.y))"
            }
        }
        return Plot(vegaLite: spec, svg: canvas.svg, summary: summary)
    }
}
