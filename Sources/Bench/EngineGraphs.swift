import Autodiff

/// The graphs of the per-node engine benchmarks, built exactly as `build_chain` and `build_wide` in
/// bench/micrograd_anchor.py build them for micrograd, so the node counts match.
enum EngineGraphs {
    /// A deep mixed chain: `v = ((v * 0.9 + 0.1).relu()) ** 2`, repeated. Each link is 6 nodes:
    /// two constant leaves (0.9 and 0.1, as micrograd wraps numbers) and four operations.
    static func chain(nodes: Int) -> Value {
        var v = Value(0.5)
        for _ in 0..<max(1, (nodes - 1) / 6) {
            v = (v * 0.9 + 0.1).relu() ** 2
        }
        return v
    }

    /// An MLP-shaped graph: layers of `width` neurons, each `act = b + Σ wᵢ·xᵢ` then relu, the last
    /// layer summed into one root. Weights are ±1/width (fixed, so values stay in a normal range).
    static func wide(nodes: Int, width: Int = 32) -> Value {
        let perLayer = width * (3 * width + 2)
        var x = (0..<width).map { Value(0.1 * Double($0 + 1)) }
        for layer in 0..<max(1, nodes / perLayer) {
            var out: [Value] = []
            out.reserveCapacity(width)
            for j in 0..<width {
                var act = Value(0.01)
                for i in 0..<width {
                    act = act + Value(weight(layer: layer, neuron: j, input: i, width: width)) * x[i]
                }
                out.append(act.relu())
            }
            x = out
        }
        var total = x[0]
        for v in x.dropFirst() { total = total + v }
        return total
    }

    static func weight(layer: Int, neuron: Int, input: Int, width: Int) -> Double {
        ((input + neuron + layer) % 3 == 0 ? -1.0 : 1.0) / Double(width)
    }

    /// A graph by its benchmark name ("chain" or "wide").
    static func build(_ shape: String, nodes: Int) -> Value? {
        switch shape {
        case "chain": return chain(nodes: nodes)
        case "wide": return wide(nodes: nodes)
        default: return nil
        }
    }
}
