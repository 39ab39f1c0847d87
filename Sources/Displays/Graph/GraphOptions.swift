import Autodiff

/// How `ComputationGraph` draws a graph.
public struct GraphOptions {
    /// "LR" (left to right, micrograd's layout), "TB" (top to bottom) or "auto" (chosen by the graph's
    /// shape so it fits the output width: `LayoutChoice`).
    public var rankdir: String
    /// Show each value's gradient ("grad ?" before `backward()` reached it).
    public var showGrads: Bool
    /// Label each edge into an operation with the local derivative, e.g. `dz/dw = 3`.
    public var edgeDerivatives: Bool
    /// Highlight every node and edge on the paths from this value to the output.
    public var highlight: Value?
    /// Above this many values the graph is collapsed into neuron/layer boxes.
    public var nodeBudget: Int
    /// The node a backward stepper is at: drawn in the focus colour with the edges to its operands.
    public var focus: Value?
    /// Gradients to show instead of the stored ones (a stepper's running sums); a node missing from
    /// it shows `grad ?`.
    public var gradients: [ObjectIdentifier: Double]?

    public init(rankdir: String = "auto", showGrads: Bool = true, edgeDerivatives: Bool = false,
                highlight: Value? = nil, nodeBudget: Int = 250) {
        switch rankdir.uppercased() {
        case "TB": self.rankdir = "TB"
        case "AUTO": self.rankdir = "auto"
        default: self.rankdir = "LR"
        }
        self.showGrads = showGrads
        self.edgeDerivatives = edgeDerivatives
        self.highlight = highlight
        self.nodeBudget = Swift.max(1, nodeBudget)
    }
}
