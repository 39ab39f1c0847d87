import Autodiff

/// The chain-rule expansion that produced a node's gradient, as a sentence a teacher would write:
/// `dL/dz = dL/dh · dh/dz = 14 · 1 = 14`. A node used on several paths shows the sum of one product
/// per use. Uses the gradients stored by the latest `backward()`.
struct ChainRule {
    let analysis: GraphAnalysis

    /// `dL/dz` for node i.
    func symbol(_ i: Int) -> String { "d\(analysis.rootName)/d\(analysis.names[i])" }

    /// `dh/dz`: the local derivative of consumer c with respect to node i.
    func localSymbol(consumer c: Int, of i: Int) -> String { "d\(analysis.names[c])/d\(analysis.names[i])" }

    /// The product terms of node i: (upstream gradient, local derivative) per use, or nil when a
    /// consumer's gradient has not been computed yet.
    func terms(_ i: Int) -> [(consumer: Int, upstream: Double, local: Double)]? {
        var out: [(consumer: Int, upstream: Double, local: Double)] = []
        for use in analysis.usesOf(i) {
            let consumer = analysis.nodes[use.consumer]
            guard consumer.gradComputed else { return nil }
            let locals = consumer.localDerivatives
            let local = use.slot < locals.count ? locals[use.slot] : 0
            out.append((use.consumer, consumer.grad, local))
        }
        return out
    }

    /// One symbolic factor per use: `dL/dh · dh/dz`, or just the local rule (`2·h`) when the consumer
    /// is the root itself, since dL/dL = 1 adds nothing to read.
    func symbolicTerms(_ i: Int) -> [String] {
        analysis.usesOf(i).map { use in
            if use.consumer == analysis.rootIndex {
                let c = use.consumer
                let names = analysis.operandIndices(of: c).map { analysis.names[$0] }
                return LocalRule.formula(of: analysis.nodes[c], slot: use.slot, operandNames: names)
            }
            return "\(symbol(use.consumer)) · \(localSymbol(consumer: use.consumer, of: i))"
        }
    }

    /// The numeric factors per use (`14 · 1`, or `14` from the root) and their sum.
    func numericTerms(_ i: Int) -> (texts: [String], sum: Double)? {
        guard let terms = terms(i) else { return nil }
        let texts = terms.map { term -> String in
            term.consumer == analysis.rootIndex
                ? NumberFormat.short(term.local)
                : "\(NumberFormat.short(term.upstream)) · \(NumberFormat.short(term.local))"
        }
        return (texts, terms.reduce(0) { $0 + $1.upstream * $1.local })
    }

    /// The full sentence for node i: `dL/dz = dL/dh · dh/dz = 14 · 1 = 14`.
    func expansion(_ i: Int) -> String {
        if i == analysis.rootIndex { return "\(symbol(i)) = 1 (the start of backward)" }
        let symbolic = symbolicTerms(i).joined(separator: " + ")
        guard !symbolic.isEmpty else { return "\(symbol(i)): not on a path to \(analysis.rootName)" }
        guard analysis.nodes[i].gradComputed, let numeric = numericTerms(i) else {
            return "\(symbol(i)) = \(symbolic) — not yet computed (run backward())"
        }
        // Drop a step that repeats the next one (`2 = 2`), so short chains read naturally.
        var parts = [symbol(i), symbolic, numeric.texts.joined(separator: " + "), NumberFormat.short(numeric.sum)]
        var k = 1
        while k < parts.count { if parts[k] == parts[k - 1] { parts.remove(at: k) } else { k += 1 } }
        return parts.joined(separator: " = ")
    }
}
