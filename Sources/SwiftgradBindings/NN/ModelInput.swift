import SwiftgradLang
import Autodiff

/// What `neuron(x)`, `layer(x)` and `model(x)` accept: `[Double]` (wrapped as input leaves labelled
/// x0, x1, …), `[Value]`, or a mix (numbers become leaves).
enum ModelInput {
    static func nodes(_ v: ScriptValue, expected: Int, _ who: String) throws -> [Node] {
        let items = try Convert.items(v, "\(who)'s input")
        guard items.count == expected else {
            throw RuntimeError(.typeMismatch, "\(who) takes \(expected) inputs, got \(items.count)")
        }
        var out: [Node] = []
        out.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            if let n = ValueBinding.node(item) { out.append(n); continue }
            guard let d = item.asDouble else {
                throw RuntimeError(.typeMismatch, "\(who)'s inputs must be numbers or Values, got \(item.typeName)")
            }
            out.append(Node(d, label: "x\(i)"))
        }
        return out
    }

    /// One output as a Value, several as `[Value]` (micrograd's convention).
    static func result(_ outs: [Node]) -> ScriptValue {
        outs.count == 1 ? ValueBinding.wrap(outs[0]) : Convert.array(outs)
    }
}
