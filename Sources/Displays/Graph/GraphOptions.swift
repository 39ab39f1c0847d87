import Autodiff

/// How `ComputationGraph` draws a graph.
public struct GraphOptions {
    /// "LR" (left to right, micrograd's layout) or "TB" (top to bottom).
    public var rankdir: String
    /// Show each value's gradient ("grad ?" before `backward()` reached it).
    public var showGrads: Bool
    /// Label each edge into an operation with the local derivative, e.g. `dz/dw = 3`.
    public var edgeDerivatives: Bool
    /// Highlight every node and edge on the paths from this value to the output.
    public var highlight: Value?
    /// Above this many values the graph is collapsed into neuron/layer boxes.
    public var nodeBudget: Int

    public init(rankdir: String = "LR", showGrads: Bool = true, edgeDerivatives: Bool = false,
                highlight: Value? = nil, nodeBudget: Int = 250) {
        self.rankdir = rankdir.uppercased() == "TB" ? "TB" : "LR"
        self.showGrads = showGrads
        self.edgeDerivatives = edgeDerivatives
        self.highlight = highlight
        self.nodeBudget = Swift.max(1, nodeBudget)
    }
}
