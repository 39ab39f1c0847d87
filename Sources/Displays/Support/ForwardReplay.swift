import Foundation
import Autodiff

/// Recomputes a graph's values from its leaves with some leaves changed, without building new
/// nodes: what finite differences need (`quiz` checks the engine's gradients with them). Nil when
/// the graph has an operation it cannot replay (a custom op).
struct ForwardReplay {
    let analysis: GraphAnalysis

    /// The root's value with leaf `i` set to `value`.
    func root(settingLeaf i: Int, to value: Double) -> Double? {
        var data = analysis.nodes.map { $0.data }
        data[i] = value
        for k in 0..<analysis.count where !analysis.nodes[k].isLeaf {
            let xs = analysis.operandIndices(of: k).map { data[$0] }
            guard let v = ForwardReplay.apply(analysis.nodes[k], xs) else { return nil }
            data[k] = v
        }
        return data[analysis.rootIndex]
    }

    /// The central difference d root / d leaf i.
    func finiteDifference(leaf i: Int) -> Double? {
        let x = analysis.nodes[i].data
        let h = 1e-6 * Swift.max(1, Swift.abs(x))
        guard let up = root(settingLeaf: i, to: x + h), let down = root(settingLeaf: i, to: x - h) else { return nil }
        return (up - down) / (2 * h)
    }

    /// The node's op (`OpCode.forward`) on operand values `x`; nil for custom ops.
    static func apply(_ node: Value, _ x: [Double]) -> Double? {
        let code = node.opCode
        guard code != .custom, code.arity >= 1, x.count >= code.arity else { return nil }
        return code.forward(x[0], code.arity == 2 ? x[1] : 0, exponent: node.exponent ?? 0)
    }
}
