import Autodiff
import Foundation
import MimeBundle

/// A chart as a Jupyter bundle: a Vega-Lite v5 spec (interactive in JupyterLab), a hand-drawn SVG
/// (nbconvert, GitHub, anything without Vega) and a one-paragraph `text/plain` summary.
public struct Plot: MimeRepresentable {
    /// The Vega-Lite v5 specification.
    public let vegaLite: JSONValue
    /// The static picture.
    public let svg: String
    /// What the picture shows, in words (and a sparkline for curves).
    public let summary: String

    public var mimeBundle: MimeBundle {
        MimeBundle(data: [("application/vnd.vegalite.v5+json", vegaLite), ("image/svg+xml", .string(svg)),
                          ("text/plain", .string(summary))])
    }

    /// `ys` against their index 0, 1, 2, …
    public static func line(_ ys: [Double], title: String? = nil) -> Plot {
        line(x: ys.indices.map(Double.init), y: ys, title: title, xLabel: "index", yLabel: "value", kind: "Line plot")
    }

    /// `y` against `x` (pairs beyond the shorter array are ignored).
    public static func line(x: [Double], y: [Double], title: String? = nil) -> Plot {
        line(x: x, y: y, title: title, xLabel: "x", yLabel: "y", kind: "Line plot")
    }

    /// The loss per epoch, as `train` returns it. Uses a log scale when the loss falls by more than 100×.
    /// `marker` (1-based epoch) draws a red dot on the curve: `explore`'s epoch slider moves it.
    public static func lossCurve(_ history: [Double], marker: Int? = nil) -> Plot {
        let epochs = history.indices.map { Double($0 + 1) }
        let positive = history.filter { $0.isFinite }
        let logY = !positive.isEmpty && positive.allSatisfy { $0 > 0 }
            && (positive.max() ?? 1) / (positive.min() ?? 1) > 100
        var plot = line(x: epochs, y: history, title: "Training loss", xLabel: "epoch", yLabel: logY ? "loss (log scale)" : "loss",
                        kind: "Loss curve", logY: logY, marker: marker.map { $0 - 1 })
        if let last = history.last, let best = history.indices.filter({ history[$0].isFinite }).min(by: { history[$0] < history[$1] }) {
            plot = Plot(vegaLite: plot.vegaLite, svg: plot.svg,
                        summary: "Loss curve: \(history.count) epochs, loss \(NumberFormat.short(history[0])) → \(NumberFormat.short(last))"
                            + " (best \(NumberFormat.short(history[best])) at epoch \(best + 1))\n" + Sparkline.of(history))
        }
        return plot
    }

    static func line(x: [Double], y: [Double], title: String?, xLabel: String, yLabel: String, kind: String,
                     logY: Bool = false, marker: Int? = nil) -> Plot {
        let n = Swift.min(x.count, y.count)
        let xs = Array(x.prefix(n)), ys = Array(y.prefix(n))
        var canvas = SVGCanvas(x: AxisScale(covering: xs, pixels: SVGCanvas.plotX),
                               y: AxisScale(covering: ys, pixels: SVGCanvas.plotY, logarithmic: logY, padFraction: logY ? 0 : 0.05))
        canvas.axes(title: title, xLabel: xLabel, yLabel: yLabel)
        canvas.line(xs, ys)
        if n == 1 { canvas.point(xs[0], ys[0], color: SVGCanvas.lineColor) }
        if let m = marker, xs.indices.contains(m), ys[m].isFinite { canvas.point(xs[m], ys[m], color: "#d62728", radius: 7) }
        if let lastX = xs.last, let lastY = ys.last, lastY.isFinite, !logY || lastY > 0 {
            canvas.point(lastX, lastY, color: SVGCanvas.lineColor, radius: 5)
            // The value goes on the side the line does not come from: below a falling line (a loss
            // curve), above a rising one.
            let falling = n >= 2 && ys[n - 2].isFinite && ys[n - 2] > lastY
            let py = falling ? Swift.min(canvas.y(lastY) + 24, SVGCanvas.plotY.0 - 6) : canvas.y(lastY) - 10
            canvas.text(NumberFormat.short(lastY), px: canvas.x(lastX) - 6, py: py, anchor: "end",
                        color: SVGCanvas.lineColor, bold: true)
        }
        let yAxis: [(String, JSONValue)] = logY ? logAxis(canvas.y) : [("scale", .object([("zero", .bool(false))]))]
        let spec = VegaLite.spec(title: title, [
            ("data", VegaLite.data((0..<n).map { [(xLabel, VegaLite.number(xs[$0])), (yLabel, VegaLite.number(ys[$0]))] })),
            ("mark", .object([("type", .string("line")), ("strokeWidth", .int(3)), ("tooltip", .bool(true))])),
            ("encoding", .object([("x", VegaLite.field(xLabel, "quantitative")),
                                  ("y", VegaLite.field(yLabel, "quantitative", extra: yAxis))])),
        ])
        let finite = ys.filter { $0.isFinite }
        var summary = "\(kind)\(title.map { " '\($0)'" } ?? ""): \(n) point\(n == 1 ? "" : "s")"
        if let lo = finite.min(), let hi = finite.max(), let last = finite.last {
            summary += ", y from \(NumberFormat.short(lo)) to \(NumberFormat.short(hi)), last \(NumberFormat.short(last))\n"
                + Sparkline.of(ys)
        }
        return Plot(vegaLite: spec, svg: canvas.svg, summary: summary)
    }

    /// A Vega-Lite log scale with the SVG's ticks (powers of ten) and labels (`1e-3`), so the chart reads
    /// the same in JupyterLab and in a static export, with one label format on the axis.
    static func logAxis(_ scale: AxisScale) -> [(String, JSONValue)] {
        [("scale", .object([("type", .string("log"))])),
         ("axis", .object([("values", .array(scale.ticks.map { VegaLite.number($0) })),
                           ("labelExpr", .string("'1e' + round(log(datum.value) / LN10)"))]))]
    }

    /// Points `[x, y]` (further coordinates ignored, shorter rows skipped), coloured by class label.
    public static func scatter(_ points: [[Double]], labels: [Int]? = nil, title: String? = nil) -> Plot {
        let rows = points.indices.filter { points[$0].count >= 2 }
        let xs = rows.map { points[$0][0] }, ys = rows.map { points[$0][1] }
        let classes = rows.map { k -> Int in
            guard let labels = labels, k < labels.count else { return 0 }
            return labels[k]
        }
        var canvas = SVGCanvas(x: AxisScale(covering: xs, pixels: SVGCanvas.plotX, padFraction: 0.05),
                               y: AxisScale(covering: ys, pixels: SVGCanvas.plotY, padFraction: 0.05))
        canvas.axes(title: title, xLabel: "x₀", yLabel: "x₁")
        for k in rows.indices { canvas.point(xs[k], ys[k], color: SVGCanvas.color(classes[k])) }
        let distinct = Array(Set(classes)).sorted()
        if labels != nil { canvas.legend(distinct.map { ("class \($0)", SVGCanvas.color($0)) }) }
        let spec = scatterSpec(title: title, xs: xs, ys: ys, classes: labels == nil ? nil : classes, distinct: distinct)
        var summary = "Scatter plot: \(rows.count) points"
        if labels != nil {
            let counts = distinct.map { c in "\(c): \(classes.filter { $0 == c }.count)" }
            summary += ", \(distinct.count) class\(distinct.count == 1 ? "" : "es") (\(counts.joined(separator: ", ")))"
        }
        if let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() {
            summary += ", x₀ in [\(NumberFormat.short(x0)), \(NumberFormat.short(x1))], x₁ in [\(NumberFormat.short(y0)), \(NumberFormat.short(y1))]"
        }
        return Plot(vegaLite: spec, svg: canvas.svg, summary: summary)
    }

    /// The point layer shared by `scatter` and `decisionBoundary`.
    static func scatterLayer(xs: [Double], ys: [Double], classes: [Int]?, distinct: [Int]) -> [(String, JSONValue)] {
        var encoding: [(String, JSONValue)] = [("x", VegaLite.field("x0", "quantitative", title: "x₀", extra: [("scale", .object([("zero", .bool(false))]))])),
                                               ("y", VegaLite.field("x1", "quantitative", title: "x₁", extra: [("scale", .object([("zero", .bool(false))]))]))]
        if classes != nil { encoding.append(("color", VegaLite.classColor("class", classes: distinct))) }
        let values = xs.indices.map { k -> [(String, JSONValue)] in
            var row: [(String, JSONValue)] = [("x0", VegaLite.number(xs[k])), ("x1", VegaLite.number(ys[k]))]
            if let classes = classes { row.append(("class", .int(classes[k]))) }
            return row
        }
        return [("data", VegaLite.data(values)),
                ("mark", .object([("type", .string("circle")), ("size", .int(90)), ("opacity", .double(0.95)),
                                  ("stroke", .string("white")), ("strokeWidth", .int(1)), ("tooltip", .bool(true))])),
                ("encoding", .object(encoding))]
    }

    static func scatterSpec(title: String?, xs: [Double], ys: [Double], classes: [Int]?, distinct: [Int]) -> JSONValue {
        VegaLite.spec(title: title, scatterLayer(xs: xs, ys: ys, classes: classes, distinct: distinct))
    }
}
