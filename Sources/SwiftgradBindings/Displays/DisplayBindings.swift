import SwiftgradLang
import Autodiff
import Displays
import MimeBundle

/// The outputs as script functions: `graph`, `gradTable`, `trace`, `plot`, `scatter`, `lossCurve`,
/// `decisionBoundary`, `html`, `markdown`. Each returns a displayable object (a cell's last
/// expression shows it; `display(x)` shows it now); `print(x)` prints its text form.
enum DisplayBindings {
    /// One script type per display kind; all show their Displays bundle.
    static let graphType = displayType("Graph", doc: "A computation graph: shows as SVG (Graphviz); `.dot` is the DOT text.") { t in
        t.property("dot", doc: "The Graphviz DOT source.", get: { n in
            if let g = n.anyPayload as? ComputationGraph { return .str(g.dot) }
            if let g = n.anyPayload as? ArchitectureGraph { return .str(g.dot) }
            if let g = n.anyPayload as? TensorGraph { return .str(g.dot) }
            return .str("")
        })
    }
    static let tableType = displayType("GradTable", doc: "A gradient table (text, HTML and Markdown).")
    static let traceType = displayType("BackwardTrace", doc: "The backward pass narrated step by step.")
    static let plotType = displayType("Plot", doc: "A plot (Vega-Lite, SVG and a text summary).")
    static let richType = displayType("RichText", doc: "HTML or Markdown to display.")

    /// A native type whose payload is `MimeRepresentable` (or a `MimeBundle`).
    static func displayType(_ name: String, doc: String, _ extra: (NativeType) -> Void = { _ in }) -> NativeType {
        let t = NativeType(name: name, doc: doc)
        t.mimeBundle = { bundle(of: $0.anyPayload) }
        t.description = { bundle(of: $0.anyPayload)?.plainText ?? name }
        extra(t)
        return t
    }

    static func bundle(of payload: Any) -> MimeBundle? {
        if let b = payload as? MimeBundle { return b }
        return (payload as? MimeRepresentable)?.mimeBundle
    }

    static func install(_ b: Binder) {
        for t in [graphType, tableType, traceType, plotType, richType] { b.type(t) }
        installGraphs(b)
        installPlots(b)
        b.function("html", signature: "html(_ source: String)", doc: "Displays HTML.") { args in
            .native(richType.wrap(Displays.html(try text(args[0], "html"))))
        }
        b.function("markdown", signature: "markdown(_ source: String)", doc: "Displays Markdown.") { args in
            .native(richType.wrap(Displays.markdown(try text(args[0], "markdown"))))
        }
    }

    static func text(_ v: ScriptValue, _ fn: String) throws -> String {
        guard let s = v.asString else { throw RuntimeError(.typeMismatch, "\(fn) needs a String, got \(v.typeName)") }
        return s
    }

    /// A labelled String argument (nil if absent or nil).
    static func optionalText(_ r: Arguments.Named, _ label: String) throws -> String? {
        try r.labeled(label).flatMap { $0.isNil ? nil : try text($0, "\(r.function)'s \(label)") }
    }

    /// `series:` as a dictionary `[name: ys]` (in insertion order) or an array of `(name, ys)` tuples.
    static func namedSeries(_ v: ScriptValue) throws -> [(name: String, y: [Double])] {
        var pairs: [(ScriptValue, ScriptValue)] = []
        if case let .dict(d) = v {
            pairs = Array(zip(d.keys, d.values))
        } else {
            for item in try Convert.items(v, "series") {
                guard case let .tuple(t) = item, t.items.count == 2 else {
                    throw Convert.error("series must be [name: ys] or [(name, ys)]")
                }
                pairs.append((t.items[0], t.items[1]))
            }
        }
        guard !pairs.isEmpty else { throw Convert.error("series needs at least one named series") }
        return try pairs.map { name, ys in
            (name.asString ?? name.description, try Convert.doubles(ys, "each series"))
        }
    }

    static func installGraphs(_ b: Binder) {
        b.function("graph", labels: nil,
                   signature: "graph(_ root: Value, rankdir: String = \"auto\", showGrads: Bool = true, edgeDerivatives: Bool = false, highlight: Value? = nil, nodeBudget: Int = 250) -> Graph",
                   doc: """
                   Draws everything `root` depends on (micrograd's draw_dot, done properly): a record per value \
                   (label | data | grad), a node per operation, left to right or top to bottom (rankdir; "auto" picks \
                   the one that fits the output width). edgeDerivatives: true labels edges with local derivatives; \
                   highlight: x marks the path from x. `graph(model)` draws an MLP's architecture. `.dot` is the DOT text.
                   """) { args in
            let r = args.named("graph")
            let subject = try r.required(0, "root")
            if let model = NNBindings.mlp(subject) { return .native(graphType.wrap(ArchitectureGraph(model))) }
            let rankdir = try r.string("rankdir", default: "auto")
            guard rankdir == "LR" || rankdir == "TB" || rankdir == "auto" else {
                throw r.error("rankdir must be \"LR\", \"TB\" or \"auto\"")
            }
            if let t = TensorBinding.tensor(subject) {
                // "auto" chooses the direction by shape, as for scalar graphs.
                return .native(graphType.wrap(TensorGraph(t, rankdir: rankdir, showGrads: try r.bool("showGrads", default: true))))
            }
            guard let root = ValueBinding.node(subject) else { throw r.error("needs a Value, a Tensor or an MLP, got \(subject.typeName)") }
            var highlight: Node?
            if let h = r.labeled("highlight"), !h.isNil {
                guard let n = ValueBinding.node(h) else { throw r.error("highlight: must be a Value") }
                highlight = n
            }
            let options = GraphOptions(rankdir: rankdir, showGrads: try r.bool("showGrads", default: true),
                                       edgeDerivatives: try r.bool("edgeDerivatives", default: false),
                                       highlight: highlight, nodeBudget: try r.int("nodeBudget", default: 250))
            return .native(graphType.wrap(ComputationGraph(root, options: options)))
        }
        b.function("gradTable", signature: "gradTable(_ root: Value) -> GradTable",
                   doc: """
                   One row per node in backward order: label, op, data, grad, local derivative and the chain-rule \
                   product that made the grad. `gradTable(model)` lists parameters, per-layer grad norms, dead ReLUs.
                   """) { args in
            if let model = NNBindings.mlp(args[0]) { return .native(tableType.wrap(GradTable(model: model))) }
            if let t = TensorBinding.tensor(args[0]) { return .native(tableType.wrap(TensorGradTable(t))) }
            guard let root = ValueBinding.node(args[0]) else {
                throw RuntimeError(.typeMismatch, "gradTable needs a Value, a Tensor or an MLP, got \(args[0].typeName)")
            }
            return .native(tableType.wrap(GradTable(root)))
        }
        b.function("trace", signature: "trace(_ root: Value) -> BackwardTrace",
                   doc: "The backward pass from `root`, narrated step by step in the order it runs (for a Tensor: after backward(), with the matrix rule and shapes of each step).") { args in
            if let t = TensorBinding.tensor(args[0]) { return .native(traceType.wrap(TensorTrace(t))) }
            guard let root = ValueBinding.node(args[0]) else {
                throw RuntimeError(.typeMismatch, "trace needs a Value or a Tensor, got \(args[0].typeName)")
            }
            return .native(traceType.wrap(BackwardTrace(root)))
        }
    }

    static func installPlots(_ b: Binder) {
        b.function("plot", labels: nil,
                   signature: "plot(_ ys: [Double]) or plot(x: [Double], y: [Double]) or plot(x: [Double], series: [String: [Double]]), each with title: String? = nil, xLabel: String? = nil, yLabel: String? = nil -> Plot",
                   doc: "A line plot of ys against their index, of y against x, or of several named series against x (one colour each, with a legend).") { args in
            let r = args.named("plot")
            let title = try optionalText(r, "title")
            let xLabel = try optionalText(r, "xLabel"), yLabel = try optionalText(r, "yLabel")
            if let x = r.labeled("x"), let series = r.labeled("series") {
                let xs = try Convert.doubles(x, "x")
                return .native(plotType.wrap(Plot.lines(x: xs, series: try namedSeries(series), title: title,
                                                        xLabel: xLabel ?? "x", yLabel: yLabel ?? "y")))
            }
            if let x = r.labeled("x"), let y = r.labeled("y") {
                let xs = try Convert.doubles(x, "x"), ys = try Convert.doubles(y, "y")
                guard xs.count == ys.count else { throw r.error("x has \(xs.count) values but y has \(ys.count)") }
                return .native(plotType.wrap(Plot.line(x: xs, y: ys, title: title, xLabel: xLabel ?? "x", yLabel: yLabel ?? "y")))
            }
            let ys = try Convert.doubles(try r.required(0, "ys"), "ys")
            return .native(plotType.wrap(Plot.line(x: ys.indices.map(Double.init), y: ys, title: title,
                                                   xLabel: xLabel ?? "index", yLabel: yLabel ?? "value")))
        }
        b.function("scatter", labels: nil, signature: "scatter(_ points: [[Double]], labels: [Int]? = nil, title: String? = nil) -> Plot",
                   doc: "A scatter plot of 2-D points, coloured by label.") { args in
            let r = args.named("scatter")
            let points = try Convert.matrix(try r.required(0, "points"), "points")
            guard points.allSatisfy({ $0.count >= 2 }) else { throw r.error("each point needs two coordinates") }
            var labels: [Int]?
            if let l = r.labeled("labels"), !l.isNil {
                labels = try Convert.labels(l, "labels")
                guard labels!.count == points.count else { throw r.error("\(points.count) points but \(labels!.count) labels") }
            }
            let title = try optionalText(r, "title")
            return .native(plotType.wrap(Plot.scatter(points, labels: labels, title: title)))
        }
        b.function("lossCurve", signature: "lossCurve(_ history: [Double]) -> Plot",
                   doc: "The loss per epoch/step (e.g. what train returns).") { args in
            .native(plotType.wrap(Plot.lossCurve(try Convert.doubles(args[0], "history"))))
        }
        b.function("decisionBoundary", signature: "decisionBoundary(_ model: MLP, _ X: [[Double]], _ y: [Int]) -> Plot",
                   doc: "The model's decision regions over the plane with the data on top (micrograd's moons picture).") { args in
            guard let model = NNBindings.mlp(args[0]), model.nin == 2 else {
                throw RuntimeError(.typeMismatch, "decisionBoundary needs an MLP with 2 inputs")
            }
            let X = try Convert.matrix(args[1], "X"), y = try Convert.labels(args[2], "y")
            guard X.count == y.count, X.allSatisfy({ $0.count == 2 }) else {
                throw RuntimeError(.typeMismatch, "decisionBoundary needs 2-D points X and one label per point")
            }
            return .native(plotType.wrap(Plot.decisionBoundary(model, X, y)))
        }
    }
}
