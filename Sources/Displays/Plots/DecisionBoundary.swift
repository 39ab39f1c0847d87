import Autodiff
import MimeBundle

extension Plot {
    /// Cells per side of the grid the model is evaluated on.
    static let boundaryResolution = 48

    /// micrograd's moons picture: the plane coloured by the class the model predicts (paler where it
    /// is unsure), with the data points on top. One output: the class is "score above the threshold",
    /// the threshold being 0.5 for a sigmoid output, 0 for tanh, and otherwise halfway between the
    /// mean scores of the two classes on the data (0 after hinge training on ±1, 0.5 after MSE on 0/1).
    /// Several outputs: the class is the index of the largest output.
    public static func decisionBoundary(_ model: MLP, _ X: [[Double]], _ y: [Int]) -> Plot {
        let rows = X.indices.filter { X[$0].count >= 2 }
        let xs = rows.map { X[$0][0] }, ys = rows.map { X[$0][1] }
        let labels = rows.map { $0 < y.count ? y[$0] : 0 }
        let xScale = AxisScale(covering: xs, pixels: SVGCanvas.plotX, padFraction: 0.08)
        let yScale = AxisScale(covering: ys, pixels: SVGCanvas.plotY, padFraction: 0.08)
        let classifier = Classifier(model, points: rows.map { X[$0] }, labels: labels)

        let n = boundaryResolution
        let dx = (xScale.upper - xScale.lower) / Double(n), dy = (yScale.upper - yScale.lower) / Double(n)
        var canvas = SVGCanvas(x: xScale, y: yScale)
        // Each cell's class and confidence (shown as opacity, in steps of 0.02), as runs of equal
        // neighbours along a row: one SVG rectangle and one Vega-Lite row per run instead of per
        // cell (a moons picture shrinks from ~540 KB to well under 100 KB).
        var runs: [(j: Int, start: Int, end: Int, cls: Int, opacity: Double)] = []
        for j in 0..<n {
            for i in 0..<n {
                let cx = xScale.lower + (Double(i) + 0.5) * dx, cy = yScale.lower + (Double(j) + 0.5) * dy
                let (cls, confidence) = classifier.predict([cx, cy])
                let opacity = ((0.12 + 0.38 * confidence) * 50).rounded() / 50
                if let last = runs.last, last.j == j, last.cls == cls, last.opacity == opacity {
                    runs[runs.count - 1].end = i + 1
                } else {
                    runs.append((j, i, i + 1, cls, opacity))
                }
            }
        }
        for r in runs {
            let y0 = yScale.lower + Double(r.j) * dy
            canvas.rect(x0: xScale.lower + Double(r.start) * dx, y0: y0, x1: xScale.lower + Double(r.end) * dx, y1: y0 + dy,
                        color: SVGCanvas.color(r.cls), opacity: r.opacity)
        }
        let cells = runs.map { r -> [(String, JSONValue)] in
            [("i", .int(r.start)), ("end", .int(r.end)), ("j", .int(r.j)), ("class", .int(r.cls)), ("confidence", .double(r.opacity))]
        }
        // Vega-Lite computes the rectangles' corners from the grid indices.
        func corner(_ index: String, _ lower: Double, _ step: Double) -> String { "\(lower) + datum.\(index) * \(step)" }
        let corners: JSONValue = .array([
            .object([("calculate", .string(corner("i", xScale.lower, dx))), ("as", .string("x0"))]),
            .object([("calculate", .string(corner("end", xScale.lower, dx))), ("as", .string("x0end"))]),
            .object([("calculate", .string(corner("j", yScale.lower, dy))), ("as", .string("x1"))]),
            .object([("calculate", .string("\(yScale.lower) + (datum.j + 1) * \(dy)")), ("as", .string("x1end"))]),
        ])
        canvas.axes(title: "Decision boundary", xLabel: "x₀", yLabel: "x₁")
        for k in rows.indices { canvas.point(xs[k], ys[k], color: SVGCanvas.color(labels[k])) }
        var correct = 0
        for (k, r) in rows.enumerated() where classifier.predict(X[r]).0 == labels[k] { correct += 1 }
        let accuracy = rows.isEmpty ? 0 : Double(correct) / Double(rows.count)
        let distinct = labels.isEmpty ? [0, 1] : Array(Set(labels)).sorted()
        canvas.legend(distinct.map { ("class \($0)", SVGCanvas.color($0)) })
        canvas.text("accuracy \(NumberFormat.short((accuracy * 1000).rounded() / 10))%", px: SVGCanvas.width - SVGCanvas.right,
                    py: 34, anchor: "end", size: 17, color: "#333", bold: true)

        let heat: JSONValue = .object([
            ("data", VegaLite.data(cells)),
            ("transform", corners),
            ("mark", .object([("type", .string("rect"))])),
            ("encoding", .object([
                ("x", VegaLite.field("x0", "quantitative", title: "x₀", extra: [("scale", .object([("zero", .bool(false)), ("nice", .bool(false))]))])),
                ("x2", .object([("field", .string("x0end"))])),
                ("y", VegaLite.field("x1", "quantitative", title: "x₁", extra: [("scale", .object([("zero", .bool(false)), ("nice", .bool(false))]))])),
                ("y2", .object([("field", .string("x1end"))])),
                ("color", VegaLite.classColor("class", classes: distinct)),
                ("opacity", .object([("field", .string("confidence")), ("type", .string("quantitative")), ("legend", .null),
                                     ("scale", .object([("domain", .array([.int(0), .int(1)])), ("range", .array([.int(0), .int(1)]))]))])),
            ])),
        ])
        let points: JSONValue = .object(scatterLayer(xs: xs, ys: ys, classes: labels, distinct: distinct))
        let spec = VegaLite.spec(title: "Decision boundary — accuracy \(NumberFormat.short((accuracy * 1000).rounded() / 10))%",
                                 [("layer", .array([heat, points]))])
        let summary = "Decision boundary of \(model.description): training accuracy "
            + "\(NumberFormat.short((accuracy * 1000).rounded() / 10))% (\(correct)/\(rows.count)), "
            + "\(n)×\(n) grid over x₀ in [\(NumberFormat.short(xScale.lower)), \(NumberFormat.short(xScale.upper))], "
            + "x₁ in [\(NumberFormat.short(yScale.lower)), \(NumberFormat.short(yScale.upper))]"
        return Plot(vegaLite: spec, svg: canvas.svg, summary: summary)
    }
}

/// Turns a model's outputs into a class and a confidence in [0, 1].
struct Classifier {
    let model: MLP
    let threshold: Double
    /// Distance from the threshold that counts as fully confident.
    let spread: Double

    init(_ model: MLP, points: [[Double]], labels: [Int]) {
        self.model = model
        let activation = model.layers.last?.activation
        var threshold = 0.0
        var spread = 1.0
        if activation == .sigmoid {
            threshold = 0.5; spread = 0.5
        } else if activation != .tanh, model.layers.last?.nout == 1 {
            let scores = points.map { model($0).first?.data ?? 0 }
            let positive = zip(scores, labels).filter { $0.1 > 0 }.map { $0.0 }
            let negative = zip(scores, labels).filter { $0.1 <= 0 }.map { $0.0 }
            if !positive.isEmpty && !negative.isEmpty {
                let mp = positive.reduce(0, +) / Double(positive.count)
                let mn = negative.reduce(0, +) / Double(negative.count)
                threshold = (mp + mn) / 2
                spread = Swift.max(Swift.abs(mp - mn) / 2, 1e-9)
            }
        }
        self.threshold = threshold.isFinite ? threshold : 0
        self.spread = spread.isFinite ? spread : 1
    }

    func predict(_ point: [Double]) -> (Int, Double) {
        let out = model(point).map { $0.data }
        if out.count > 1 {
            var best = 0
            for k in out.indices where out[k] > out[best] { best = k }
            let sorted = out.sorted(by: >)
            let margin = sorted[0] - sorted[1]
            return (best, margin.isFinite ? Swift.min(1, margin) : 1)
        }
        let score = out.first ?? 0
        guard score.isFinite else { return (0, 0) }
        let confidence = Swift.min(1, Swift.abs(score - threshold) / spread)
        return (score > threshold ? 1 : 0, confidence)
    }
}
